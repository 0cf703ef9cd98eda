// A reps table: the team (and manager and region) of each sales rep, as sales ops keep it in a
// tab beside the deals ("Rep | Team | Manager | Region"). Deals name their owner by name or by
// e-mail ("anna.schmidt@example.com"); either finds the rep, so a key result can count a team's
// deals.
import { cellA1, normalizeLabel } from './headers';
import type { Deal } from './table';

export type RepField = 'rep' | 'team' | 'manager' | 'region';

/** Header labels per field, in the six languages the add-on speaks (compared loosely). */
const REP_LABELS: Record<RepField, readonly string[]> = {
  rep: [
    'Rep',
    'Sales rep',
    'Sales representative',
    'Representative',
    'Account executive',
    'Seller',
    'Owner',
    'Deal owner',
    'Opportunity owner',
    'Name',
    'Email',
    'E-mail',
    'User',
    'Vertriebsmitarbeiter',
    'Mitarbeiter',
    'Verkäufer',
    'Commercial',
    'Vendeur',
    'Représentant',
    'Nom',
    'Obchodník',
    'Jméno',
    '销售代表',
    '姓名',
    'المندوب',
    'الاسم',
  ],
  team: ['Team', 'Sales team', 'Squad', 'Pod', 'Vertriebsteam', 'Équipe', 'Tým', '团队', 'الفريق'],
  manager: [
    'Manager',
    'Sales manager',
    'Team lead',
    'Teamleiter',
    'Vorgesetzter',
    'Responsable',
    'Manažer',
    '经理',
    'المدير',
  ],
  region: ['Region', 'Territory', 'Area', 'Gebiet', 'Région', 'Territoire', 'Oblast', '区域', 'المنطقة'],
};

/** A label as compared: loosely for Latin scripts, trimmed for others (normalizeLabel drops them). */
function labelKey(text: unknown): string {
  return normalizeLabel(text) || String(text ?? '').trim();
}

const FIELD_OF_LABEL = new Map<string, RepField>(
  (Object.keys(REP_LABELS) as RepField[]).flatMap((field) => REP_LABELS[field].map((l) => [labelKey(l), field])),
);

export interface RepInfo {
  rep: string;
  team: string;
  manager: string;
  region: string;
}

export interface RepsTable {
  /** 0-based row of the header. */
  headerRow: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<RepField, number>>;
  /** Each rep by the keys a deal's owner may carry (see repKey). */
  reps: Map<string, RepInfo>;
  /** The teams, in the order they first appear. */
  teams: string[];
}

export interface RepsProblem {
  key: 'repsEmptyTab' | 'repsNoRepColumn' | 'repsNoTeamColumn';
  /** A1 cell of the tab ("A1"). */
  cell: string;
}

/**
 * The key a rep is found by: the name in lower case without accents, punctuation or extra spaces;
 * an e-mail address by its part before the @ ("anna.schmidt@…" is "anna schmidt").
 */
export function repKey(owner: unknown): string {
  const text = String(owner ?? '').trim();
  const at = text.indexOf('@');
  return labelKey(at > 0 ? text.slice(0, at) : text);
}

/** The reps table in a tab's values: its header among the first ten rows, then one rep a row. */
export function readRepsTable(grid: readonly (readonly unknown[])[]): {
  table: RepsTable | null;
  problem?: RepsProblem;
} {
  if (!grid.some((row) => row.some((v) => String(v ?? '').trim() !== ''))) {
    return { table: null, problem: { key: 'repsEmptyTab', cell: 'A1' } };
  }
  let best: { row: number; columns: Partial<Record<RepField, number>> } | null = null;
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    const columns: Partial<Record<RepField, number>> = {};
    grid[r].forEach((header, c) => {
      const field = FIELD_OF_LABEL.get(labelKey(header));
      // The first column of a field wins ("Name" and "Email" both name the rep).
      if (field && columns[field] === undefined) columns[field] = c;
    });
    if (!best || Object.keys(columns).length > Object.keys(best.columns).length) best = { row: r, columns };
  }
  const found = best as { row: number; columns: Partial<Record<RepField, number>> };
  if (found.columns.rep === undefined)
    return { table: null, problem: { key: 'repsNoRepColumn', cell: cellA1(found.row, 0) } };
  if (found.columns.team === undefined) {
    return { table: null, problem: { key: 'repsNoTeamColumn', cell: cellA1(found.row, 0) } };
  }
  const text = (row: readonly unknown[], field: RepField) =>
    found.columns[field] === undefined ? '' : String(row[found.columns[field] as number] ?? '').trim();
  const reps = new Map<string, RepInfo>();
  const teams: string[] = [];
  for (const row of grid.slice(found.row + 1)) {
    const rep = text(row, 'rep');
    if (rep === '') continue;
    const info = { rep, team: text(row, 'team'), manager: text(row, 'manager'), region: text(row, 'region') };
    // Other columns may name the same rep another way (name and e-mail): each finds them.
    const keys = new Set([repKey(rep), ...row.filter((v) => String(v ?? '').includes('@')).map(repKey)]);
    for (const key of keys) if (key !== '' && !reps.has(key)) reps.set(key, info);
    if (info.team !== '' && !teams.includes(info.team)) teams.push(info.team);
  }
  return { table: { headerRow: found.row, columns: found.columns, reps, teams } };
}

/** Each deal with its owner's team ('' for an owner the table does not list). */
export function assignTeams(deals: Deal[], table: RepsTable): void {
  for (const deal of deals) deal.team = repOf(table, deal.owner)?.team ?? '';
}

/** The rep a deal's owner is, by name or e-mail; undefined when the table does not list them. */
export function repOf(table: RepsTable, owner: unknown): RepInfo | undefined {
  return table.reps.get(repKey(owner));
}
