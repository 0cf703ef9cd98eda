// The alignment tab of a period: every team's key results stacked by one native formula (rows of
// each team's key results tab, in the order of its sources), and each objective's score rolled up
// with its children's by one OKR_ROLLUP call. Reading this one tab is how the sidebar sees every
// team at once: one read, however many teams (each tab read apart would cost a call per team).
import { quoteTab } from '../core/a1';
import { translate } from '../i18n/index';
import { TEMPLATE, type TemplateKey } from '../i18n/template';
import type { PlanCell, TabPlan } from './plan';
import { HEADER_BACKGROUND, KEY_RESULT_COLUMNS, SHARE_FORMAT } from './templates';
import { columnLetter, emptyPlan, gradeBandFormats, KR_HEADER_ROW, krColumn, type PeriodContext } from './writer';

/** One team's key results as the alignment tab stacks them. */
export interface AlignmentSource {
  /** The team's period label in this workbook; for another file, its address. */
  label: string;
  team: string;
  /** Its key results tab (in that file, for another file). */
  tab: string;
  /** Data rows stacked from it (the tab's rows below its header when it was made). */
  rows: number;
  /** Its columns from A (the template's when it was made): tabs made before a column was added have fewer. */
  columns: number;
  /** Another file's address (https://docs.google.com/spreadsheets/d/<id>/edit): read by IMPORTRANGE. */
  file?: string;
}

export const ALIGNMENT = {
  titleRow: 1,
  noteRow: 2,
  headerRow: 3,
  firstRow: 4,
  /** Stacked: a key results tab's columns as the template has them now (older tabs have fewer). */
  columns: KEY_RESULT_COLUMNS.length,
  /** The columns of a key results tab made before tabs recorded theirs (up to its objective score). */
  legacyColumns: krColumn('score'),
  /** Where the stack starts: right of what people read first (the roll-up and the teams). */
  stackColumn: 8,
} as const;

/** Where OKR_ROLLUP spills each objective id and rolled-up score: first, as people read. */
const ROLLUP_COLUMN = 1;
/** The teams, as stacked: team, period (or file), first row of its block. */
const SOURCES_COLUMN = 4;

/**
 * Rows of spare room below each team's block: rows inserted into a team's tab grow its block
 * (Sheets moves the reference's end), and the next block's formula must stay clear of it.
 */
export function spareRows(rows: number): number {
  return 20 + Math.ceil(rows / 10);
}

/** The first row of each source's block, one after the other with spare rows between. */
export function blockStarts(sources: readonly Pick<AlignmentSource, 'rows'>[]): number[] {
  let row = ALIGNMENT.firstRow;
  return sources.map((source) => {
    const start = row;
    row += source.rows + spareRows(source.rows);
    return start;
  });
}

/**
 * One team's rows below its header: ={'EMEA · Key results'!A2:V201} for a tab of this workbook,
 * =IMPORTRANGE("…/d/<id>/edit","'Q1 2027 · Key results'!A2:V201") for another file. Each team
 * has its own formula, so a file not yet allowed leaves the other teams readable.
 */
export function blockFormula(source: Pick<AlignmentSource, 'tab' | 'rows' | 'file' | 'columns'>): string {
  const first = KR_HEADER_ROW + 1;
  const range = `${quoteTab(source.tab)}!A${first}:${columnLetter(source.columns)}${first + source.rows - 1}`;
  if (!source.file) return `={${range}}`;
  const text = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return `=IMPORTRANGE(${text(source.file)},${text(range)})`;
}

/**
 * A block's rows as its formula says now: Sheets moves the end of a reference when rows are
 * inserted into the team's tab (a file's range is text, and stays as written). 0: no range.
 */
export function rangeOfFormula(formula: string): { tab: string; rows: number } {
  const match = /('(?:[^']|'')+'|[^'{}"(),;!=]+)!\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)/.exec(formula.replace(/""/g, '"'));
  if (!match) return { tab: '', rows: 0 };
  const raw = match[1];
  const tab = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { tab, rows: Number(match[3]) - Number(match[2]) + 1 };
}

/** The alignment tab of a period: `ctx` names the period without a team. */
export function alignmentPlan(ctx: PeriodContext, name: string, sources: readonly AlignmentSource[]): TabPlan {
  const plan = emptyPlan(ctx, 'alignment', name);
  plan.meta.team = '';
  plan.meta.sources = sources.map(({ label, team, file, tab, rows, columns }) =>
    file ? { label, team, file, tab, rows, columns } : { label, team, rows, columns },
  );
  const t = (key: TemplateKey, params?: Record<string, string>) => translate(TEMPLATE, ctx.language, key, params);
  const starts = blockStarts(sources);
  // Rows from the first block's top to the last one's spare rows.
  const stacked = sources.reduce((sum, s) => sum + s.rows + spareRows(s.rows), 0);
  const first = ALIGNMENT.firstRow;
  const letter = (id: Parameters<typeof krColumn>[0]) => columnLetter(ALIGNMENT.stackColumn - 1 + krColumn(id));
  const col = (id: Parameters<typeof krColumn>[0]) => `${letter(id)}${first}:${letter(id)}`;

  plan.blocks.push({
    row: ALIGNMENT.titleRow,
    column: 1,
    cells: [[t('alignTitle', { period: ctx.period.label })]],
    bold: true,
  });
  plan.blocks.push({ row: ALIGNMENT.noteRow, column: 1, cells: [[t('alignNote')]] });
  const width = Math.max(1, ...sources.map((s) => s.columns));
  const headers = KEY_RESULT_COLUMNS.slice(0, width).map((c) => t(c.header));
  plan.blocks.push({
    row: ALIGNMENT.headerRow,
    column: ALIGNMENT.stackColumn,
    cells: [headers],
    bold: true,
    background: HEADER_BACKGROUND,
  });
  plan.blocks.push({
    row: ALIGNMENT.headerRow,
    column: ROLLUP_COLUMN,
    cells: [[t('hObjectiveId'), t('hRolledUp')]],
    bold: true,
    background: HEADER_BACKGROUND,
  });
  plan.blocks.push({
    row: ALIGNMENT.headerRow,
    column: SOURCES_COLUMN,
    cells: [[t('hTeam'), t('hPeriod'), t('hRowsFrom')]],
    bold: true,
    background: HEADER_BACKGROUND,
  });
  if (sources.length > 0) {
    // Every objective of every team, its children counted (1): the company's roll-up.
    plan.blocks.push({
      row: first,
      column: ROLLUP_COLUMN,
      cells: [
        [{ formula: `=OKR_ROLLUP(${col('progress')},${col('weight')},${col('objectiveId')},${col('parent')},1)` }],
      ],
    });
    // Team names and addresses are the user's text: written as plain text, never inside a formula
    // (an address goes into IMPORTRANGE only once it is known to be a Sheets address).
    plan.blocks.push({
      row: first,
      column: SOURCES_COLUMN,
      cells: sources.map((s, i) => [s.team, s.file ?? s.label, `${columnLetter(ALIGNMENT.stackColumn)}${starts[i]}`]),
    });
    // One column: each team's formula at the top of its block, blanks for its rows to spill into.
    const column: PlanCell[][] = Array.from({ length: stacked }, () => [null]);
    sources.forEach((source, i) => {
      column[starts[i] - first] = [{ formula: blockFormula(source) }];
    });
    plan.blocks.push({ row: first, column: ALIGNMENT.stackColumn, cells: column });
  }
  const rows = Math.max(first + stacked, first + sources.length + 5);
  plan.minRows = rows;
  plan.minColumns = ALIGNMENT.stackColumn + width - 1;
  plan.frozenRows = ALIGNMENT.headerRow;
  plan.columnWidths = {
    [ROLLUP_COLUMN]: 100,
    [ROLLUP_COLUMN + 1]: 120,
    [SOURCES_COLUMN]: 120,
    [SOURCES_COLUMN + 1]: 180,
    [SOURCES_COLUMN + 2]: 80,
    ...Object.fromEntries(KEY_RESULT_COLUMNS.slice(0, width).map((c, i) => [ALIGNMENT.stackColumn + i, c.width])),
  };
  plan.formats.push(shareColumn(ALIGNMENT.stackColumn - 1 + krColumn('progress'), first, stacked));
  plan.formats.push(shareColumn(ROLLUP_COLUMN + 1, first, stacked));
  plan.conditionalFormats.push(
    ...gradeBandFormats(
      [{ row: first, column: ROLLUP_COLUMN + 1, rows: Math.max(stacked, 1), columns: 1 }],
      ctx.settings,
    ),
  );
  return plan;
}

function shareColumn(column: number, row: number, rows: number) {
  return { row, column, formats: Array.from({ length: Math.max(rows, 1) }, () => [SHARE_FORMAT]) };
}
