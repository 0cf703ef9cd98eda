// Reading the add-on's tabs back into the OKR model: from a grid of cell values to key results and
// check-ins, header-driven, so reordered columns or headers in another of the six languages still
// read. The value cells of a key result are read by core/cells.ts, as the custom functions read
// them. Pure: the sheet layer fetches the grid; problems become ReadIssues with the cell's address.
import { cellAddress } from '../core/a1';
import type { Decision } from '../core/actions';
import { normalizeConfidence, readKrCells } from '../core/cells';
import { parseDate } from '../core/dates';
import { type DecimalHint, isBlank, parseNumber } from '../core/numbers';
import { withSharesSummed } from '../core/split';
import { type CheckIn, type KeyResult, type KrValueField, LANGUAGES, type ReadIssue } from '../core/types';
import type { TemplateKey } from '../i18n/template';
import { TEMPLATE } from '../i18n/template';
import { unitCode } from '../i18n/units';
import { CHECK_IN_COLUMNS, DECISION_KEYS, KEY_RESULT_COLUMNS, REVIEW_COLUMNS } from './templates';

function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** For a tab's columns: normalised header text in every language → column id. */
function headerLookup<K extends string>(columns: readonly { id: K; header: TemplateKey }[]): Map<string, K> {
  const lookup = new Map<string, K>();
  for (const column of columns) {
    for (const language of LANGUAGES) lookup.set(normalizeHeader(TEMPLATE[language][column.header]), column.id);
  }
  return lookup;
}

export interface HeaderMatch<K extends string> {
  /** 0-based index of the header row in the values. */
  headerRow: number;
  /** 0-based column index of each column found. */
  columns: Map<K, number>;
}

/**
 * Finds the header row (the first of the top rows that names `required`) and where each known
 * column is. Unknown headers are ignored; the first occurrence of a header wins.
 */
export function matchHeaders<K extends string>(
  values: readonly (readonly unknown[])[],
  columns: readonly { id: K; header: TemplateKey }[],
  required: K,
): HeaderMatch<K> | null {
  const lookup = headerLookup(columns);
  for (let r = 0; r < Math.min(values.length, 12); r++) {
    const found = new Map<K, number>();
    values[r].forEach((cell, c) => {
      const id = lookup.get(normalizeHeader(cell));
      if (id && !found.has(id)) found.set(id, c);
    });
    if (found.has(required)) return { headerRow: r, columns: found };
  }
  return null;
}

export interface KeyResultRow {
  kr: KeyResult;
  /** Raw cells of columns outside the KR model (progress, status, score, decision, final …). */
  extra: Record<string, unknown>;
}

type KrOrReviewColumnId = (typeof KEY_RESULT_COLUMNS)[number]['id'] | (typeof REVIEW_COLUMNS)[number]['id'];

const KR_AND_REVIEW_COLUMNS: { id: KrOrReviewColumnId; header: TemplateKey }[] = [
  ...KEY_RESULT_COLUMNS,
  ...REVIEW_COLUMNS.filter((c) => !KEY_RESULT_COLUMNS.some((k) => k.id === c.id)),
];

const VALUE_COLUMNS: Record<Exclude<KrValueField, 'current'>, KrOrReviewColumnId> = {
  kind: 'kind',
  baseline: 'baseline',
  target: 'target',
  weight: 'weight',
};

/**
 * A key result's id as the add-on writes them ("O1.2") and as teams type them ("KR-7", "S2.1"):
 * one short word with a digit in it. "Total", "Notes:" or a sentence are not ids.
 */
export function looksLikeKrId(text: string): boolean {
  return text.length <= 30 && /^\S+$/.test(text) && /\d/.test(text);
}

/** Code of the ReadIssue for a row below or inside the table that is not a key result. */
export const NOT_IN_TABLE = 'notInTable';

/** The computed columns of the key-results tab: one spilling formula fills them in every row. */
const COMPUTED = new Set<string>(KEY_RESULT_COLUMNS.filter((c) => c.formula).map((c) => c.id));

/** A tab's name, or a way to get it when a message first needs it (reading it costs a round trip). */
export type TabName = string | (() => string);

function nameOf(tabName: TabName): string {
  return typeof tabName === 'function' ? tabName() : tabName;
}

/**
 * Key results from a grid of values (and formulas), header-driven. A review's "Final value"
 * column is read as the current value. A key result is a row with a KR id in the id column; any
 * other row someone typed something into (a total row, a note below the table) is left alone
 * and reported as a NOT_IN_TABLE issue with its row, so that it is not scored, graded or carried
 * over. A review's table ends at its first empty row (its summary sections follow below); a
 * key-results tab may have empty rows between key results.
 */
export function keyResultsFromGrid(
  tabName: TabName,
  values: unknown[][],
  formulas: string[][],
  issues: ReadIssue[],
  decimal?: DecimalHint,
  endsAtEmptyRow = false,
): KeyResultRow[] {
  const match = matchHeaders(values, KR_AND_REVIEW_COLUMNS, 'krId');
  if (!match) return [];
  const col = match.columns;
  const currentColumn: KrOrReviewColumnId = col.has('current') ? 'current' : 'final';
  const columnOf: Record<KrValueField, KrOrReviewColumnId> = { ...VALUE_COLUMNS, current: currentColumn };
  const idAt = new Map<number, string>([...col.entries()].map(([id, c]) => [c, id]));
  const rows: KeyResultRow[] = [];
  const blankCurrent = new Set<number>();
  for (let r = match.headerRow + 1; r < values.length; r++) {
    const line = values[r];
    const cell = (id: KrOrReviewColumnId): unknown => (col.has(id) ? line[col.get(id)!] : '');
    if (endsAtEmptyRow && line.every(isBlank)) break;
    const id = text(cell('krId'));
    const title = text(cell('title'));
    if (!looksLikeKrId(id)) {
      const typed = line.filter((value, c) => !isBlank(value) && !COMPUTED.has(idAt.get(c) ?? ''));
      if (typed.length > 0) {
        issues.push({
          cell: cellAddress(nameOf(tabName), 1, r + 1),
          krId: '',
          code: NOT_IN_TABLE,
          message: preview(typed),
        });
      }
      continue;
    }
    const address = (column: KrOrReviewColumnId) => cellAddress(nameOf(tabName), (col.get(column) ?? 0) + 1, r + 1);
    const issue = (column: KrOrReviewColumnId, code: string, message: string) =>
      issues.push({ cell: address(column), krId: id, code, message });

    const cells = readKrCells({
      kind: cell('kind'),
      baseline: cell('baseline'),
      target: cell('target'),
      current: cell(currentColumn),
      weight: cell('weight'),
    });
    for (const [field, problem] of Object.entries(cells.unreadable) as [
      KrValueField,
      { code: string; text: string },
    ][]) {
      issue(columnOf[field], problem.code, `“${problem.text}” cannot be read (${problem.code}).`);
    }
    const confidenceRaw = cell('confidence');
    const confidence = isBlank(confidenceRaw) ? null : parseNumber(confidenceRaw, { decimal });
    if (confidence && !confidence.ok) issue('confidence', confidence.code, confidence.message);
    const currentFormula = col.has(currentColumn) ? (formulas[r]?.[col.get(currentColumn)!] ?? '') : '';
    const dueRaw = cell('dueDate');
    let dueDate: Date | null = null;
    if (!isBlank(dueRaw)) {
      const parsed = parseDate(dueRaw);
      if (parsed.ok) dueDate = parsed.value;
      else issue('dueDate', parsed.code, parsed.message);
    }
    const kr: KeyResult = {
      id,
      objectiveId: text(cell('objectiveId')),
      objectiveTitle: text(cell('objectiveTitle')),
      title,
      owner: text(cell('owner')),
      team: text(cell('team')),
      parentObjectiveId: text(cell('parent')),
      kind: cells.kind,
      unit: unitCode(text(cell('unit'))),
      baseline: cells.baseline,
      target: cells.target,
      current: cells.current,
      weight: cells.weight,
      confidence: confidence?.ok ? normalizeConfidence(confidence.value) : null,
      dueDate,
      notes: text(cell('notes')),
      dataLink: currentFormula || text(cell('dataLink')),
      row: r + 1,
      unreadable: cells.unreadable,
    };
    // Checked against the period by the health check (core/phasing.ts): the reader does not know it.
    const phasing = text(cell('phasing'));
    if (phasing) kr.phasing = phasing;
    const shareOf = text(cell('shareOf'));
    if (shareOf) kr.shareOf = shareOf;
    // An empty Current cell (no value, no formula) may take its shares' sum (core/split.ts). A
    // read of values only knows a linked cell (whose formula may show nothing) by its Data link.
    const linked = formulas.length > 0 ? Boolean(currentFormula) : text(cell('dataLink')).startsWith('=');
    if (!linked && emptyCell(cell(currentColumn))) blankCurrent.add(rows.length);
    const extra: Record<string, unknown> = {};
    for (const key of ['progress', 'expected', 'status', 'score', 'final', 'grade', 'objectiveGrade', 'decision']) {
      if (col.has(key as KrOrReviewColumnId)) extra[key] = line[col.get(key as KrOrReviewColumnId)!];
    }
    rows.push({ kr, extra });
  }
  // A parent's blank Current counts as its shares' sum, as the sheet's progress formula counts it.
  const summed = withSharesSummed(
    rows.map((row) => row.kr),
    (_, i) => blankCurrent.has(i),
  );
  return rows.map((row, i) => (summed[i] === row.kr ? row : { ...row, kr: summed[i] }));
}

/** A cell with nothing in it, as ISBLANK sees it (a space is something). */
function emptyCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined || typeof value === 'symbol';
}

/** What a row holds, cut short, for a message that points at it. */
function preview(cells: unknown[]): string {
  const joined = cells.map(text).join(' · ');
  return joined.length > 60 ? `${joined.slice(0, 60)}…` : joined;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Check-ins from the log's grid, header-driven. Values are read as KR_FORECAST reads them. */
export function checkInsFromGrid(
  tabName: TabName,
  values: unknown[][],
  issues: ReadIssue[],
  decimal?: DecimalHint,
): CheckIn[] {
  const match = matchHeaders(values, CHECK_IN_COLUMNS, 'krId');
  if (!match) return [];
  const col = match.columns;
  const checkIns: CheckIn[] = [];
  for (let r = match.headerRow + 1; r < values.length; r++) {
    const line = values[r];
    const cell = (id: (typeof CHECK_IN_COLUMNS)[number]['id']) => (col.has(id) ? line[col.get(id)!] : '');
    const krId = text(cell('krId'));
    if (!krId) continue;
    const date = parseDate(cell('date'));
    const address = (id: (typeof CHECK_IN_COLUMNS)[number]['id']) =>
      cellAddress(nameOf(tabName), (col.get(id) ?? 0) + 1, r + 1);
    if (!date.ok) {
      issues.push({ cell: address('date'), krId, code: date.code, message: date.message });
      continue;
    }
    const valueRaw = cell('value');
    let value: number | boolean | null = null;
    if (typeof valueRaw === 'boolean') value = valueRaw;
    else if (!isBlank(valueRaw)) {
      const parsed = parseNumber(valueRaw);
      if (parsed.ok) value = parsed.value;
      else issues.push({ cell: address('value'), krId, code: parsed.code, message: parsed.message });
    }
    const confidenceRaw = cell('confidence');
    const confidence = isBlank(confidenceRaw) ? null : parseNumber(confidenceRaw, { decimal });
    checkIns.push({
      date: date.value,
      krId,
      value,
      confidence: confidence?.ok ? normalizeConfidence(confidence.value) : null,
      note: text(cell('note')),
      who: text(cell('who')),
      row: r + 1,
    });
  }
  return checkIns;
}

/** What a decision cell says, in any language; null when blank or unknown. */
export function parseDecision(value: unknown): Decision | null {
  const said = String(value ?? '')
    .trim()
    .toLowerCase();
  if (!said) return null;
  for (const decision of Object.keys(DECISION_KEYS) as Decision[]) {
    for (const language of LANGUAGES) {
      if (TEMPLATE[language][DECISION_KEYS[decision]].toLowerCase() === said) return decision;
    }
  }
  return null;
}
