// Reading the add-on's period tabs back into the OKR model. Tabs are found by their metadata and
// columns by their header text in any supported language, so reordered or renamed-in-another-
// language columns still read. Problems become ReadIssues with the cell's A1 address.
import { isDoneValue, parseKind } from '../core/kinds';
import { isBlank, parseDate, parseNumber } from '../core/numbers';
import type { PeriodData, PeriodSummary, PeriodTabs, ReadIssue } from '../core/period-data';
import { parseIsoDate } from '../core/periods';
import { type CheckIn, type KeyResult, LANGUAGES, type Language, type Objective, type Period } from '../core/types';
import type { TemplateKey } from '../i18n/template';
import { TEMPLATE } from '../i18n/template';
import type { TabMeta } from '../tabs/plan';
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, REVIEW_COLUMNS } from '../tabs/templates';
import { columnLetter, quoteTab } from '../tabs/writer';
import { listOkrTabs, type OkrTab, readTab } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** Every period with tabs in the spreadsheet, in tab order of their key results tabs. */
export function listPeriods(spreadsheet: Spreadsheet): PeriodSummary[] {
  return summarize(listOkrTabs(spreadsheet));
}

function summarize(tabs: OkrTab[]): PeriodSummary[] {
  const byPeriod = new Map<string, { meta: TabMeta; tabs: Partial<PeriodTabs> }>();
  for (const tab of tabs) {
    const entry = byPeriod.get(tab.meta.period) ?? { meta: tab.meta, tabs: {} };
    entry.tabs[tab.meta.role] = tab.name;
    if (tab.meta.role === 'keyResults') entry.meta = tab.meta;
    byPeriod.set(tab.meta.period, entry);
  }
  const summaries: PeriodSummary[] = [];
  for (const { meta, tabs: found } of byPeriod.values()) {
    if (!found.keyResults) continue;
    summaries.push({
      period: periodOfMeta(meta),
      team: meta.team,
      tabs: {
        keyResults: found.keyResults,
        checkIns: found.checkIns ?? '',
        dashboard: found.dashboard ?? '',
        ...(found.review ? { review: found.review } : {}),
      },
      closed: Boolean(found.review),
    });
  }
  return summaries;
}

export function periodOfMeta(meta: TabMeta): Period {
  return {
    label: meta.period,
    kind: meta.periodKind,
    start: parseIsoDate(meta.start) ?? new Date(0),
    end: parseIsoDate(meta.end) ?? new Date(0),
  };
}

export function languageOfMeta(meta: TabMeta): Language {
  return (LANGUAGES as readonly string[]).includes(meta.language) ? (meta.language as Language) : 'en';
}

/** The add-on's tabs of one period, by role. */
export function periodTabs(spreadsheet: Spreadsheet, label: string): Partial<Record<TabMeta['role'], OkrTab>> {
  const found: Partial<Record<TabMeta['role'], OkrTab>> = {};
  for (const tab of listOkrTabs(spreadsheet)) {
    if (tab.meta.period === label && !found[tab.meta.role]) found[tab.meta.role] = tab;
  }
  return found;
}

/** Reads one period; null when the spreadsheet has no key results tab for `label`. */
export function readPeriod(spreadsheet: Spreadsheet, label: string, decimal?: '.' | ','): PeriodData | null {
  const tabs = periodTabs(spreadsheet, label);
  const krTab = tabs.keyResults;
  if (!krTab) return null;
  const summary = summarize(Object.values(tabs) as OkrTab[])[0];
  const readIssues: ReadIssue[] = [];
  const keyResults = readKeyResults(krTab, readIssues, decimal);
  const checkIns = tabs.checkIns ? readCheckIns(tabs.checkIns, readIssues, decimal) : [];
  return {
    ...summary,
    language: languageOfMeta(krTab.meta),
    objectives: objectivesOf(keyResults),
    keyResults,
    checkIns,
    readIssues,
  };
}

/** Reads a table of key results (the key results tab, or a review's frozen copy). */
function readKeyResults(tab: OkrTab, issues: ReadIssue[], decimal?: '.' | ','): KeyResult[] {
  const { values, formulas } = readTab(tab.sheet);
  return keyResultsFromGrid(tab.name, values, formulas, issues, decimal).map((row) => row.kr);
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

/**
 * Key results from a grid of values (and formulas), header-driven. A review's "Final value"
 * column is read as the current value. Rows without a KR id and title are skipped.
 */
export function keyResultsFromGrid(
  tabName: string,
  values: unknown[][],
  formulas: string[][],
  issues: ReadIssue[],
  decimal?: '.' | ',',
): KeyResultRow[] {
  const match = matchHeaders(values, KR_AND_REVIEW_COLUMNS, 'krId');
  if (!match) return [];
  const col = match.columns;
  const rows: KeyResultRow[] = [];
  for (let r = match.headerRow + 1; r < values.length; r++) {
    const line = values[r];
    const cell = (id: KrOrReviewColumnId): unknown => (col.has(id) ? line[col.get(id)!] : '');
    const id = text(cell('krId'));
    const title = text(cell('title'));
    if (!id && !title) continue;
    const address = (column: KrOrReviewColumnId) =>
      `${quoteTab(tabName)}!${columnLetter((col.get(column) ?? 0) + 1)}${r + 1}`;
    const issue = (column: KrOrReviewColumnId, code: string, message: string) =>
      issues.push({ cell: address(column), krId: id, code, message });
    const number = (column: KrOrReviewColumnId): number | null => {
      const raw = cell(column);
      if (isBlank(raw)) return null;
      const parsed = parseNumber(raw, { decimal });
      if (parsed.ok) return parsed.value;
      issue(column, parsed.code, parsed.message);
      return null;
    };
    const kindRaw = cell('kind');
    const kind = parseKind(kindRaw) ?? null;
    if (!kind && !isBlank(kindRaw)) issue('kind', 'unknownKind', `Unknown kind "${String(kindRaw)}".`);
    const currentColumn: KrOrReviewColumnId = col.has('current') ? 'current' : 'final';
    const currentRaw = cell(currentColumn);
    const current =
      typeof currentRaw === 'boolean'
        ? currentRaw
        : kind === 'milestone'
          ? milestoneValue(currentRaw)
          : number(currentColumn);
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
      kind,
      unit: text(cell('unit')),
      baseline: number('baseline'),
      target: number('target'),
      current,
      weight: number('weight'),
      confidence: normalizeConfidence(number('confidence')),
      dueDate,
      notes: text(cell('notes')),
      dataLink: currentFormula || text(cell('dataLink')),
      row: r + 1,
    };
    const extra: Record<string, unknown> = {};
    for (const key of ['progress', 'expected', 'status', 'score', 'final', 'grade', 'objectiveGrade', 'decision']) {
      if (col.has(key as KrOrReviewColumnId)) extra[key] = line[col.get(key as KrOrReviewColumnId)!];
    }
    rows.push({ kr, extra });
  }
  return rows;
}

function milestoneValue(raw: unknown): boolean | null {
  return isBlank(raw) ? null : isDoneValue(raw);
}

/** Confidence as 0..1: "8" on a 0–10 scale and "80" as a percentage both become 0.8. */
export function normalizeConfidence(value: number | null): number | null {
  if (value === null) return null;
  if (value > 10) return value / 100;
  if (value > 1) return value / 10;
  return value;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function readCheckIns(tab: OkrTab, issues: ReadIssue[], decimal?: '.' | ','): CheckIn[] {
  return checkInsFromGrid(tab.name, readTab(tab.sheet).values, issues, decimal);
}

/** Check-ins from the log's grid, header-driven. */
export function checkInsFromGrid(
  tabName: string,
  values: unknown[][],
  issues: ReadIssue[],
  decimal?: '.' | ',',
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
      `${quoteTab(tabName)}!${columnLetter((col.get(id) ?? 0) + 1)}${r + 1}`;
    if (!date.ok) {
      issues.push({ cell: address('date'), krId, code: date.code, message: date.message });
      continue;
    }
    const valueRaw = cell('value');
    let value: number | boolean | null = null;
    if (typeof valueRaw === 'boolean') value = valueRaw;
    else if (!isBlank(valueRaw)) {
      const parsed = parseNumber(valueRaw, { decimal });
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

/** Objectives in first-seen order, from their key results' objective columns. */
export function objectivesOf(keyResults: readonly KeyResult[]): Objective[] {
  const objectives = new Map<string, Objective>();
  for (const kr of keyResults) {
    const id = kr.objectiveId || kr.objectiveTitle;
    if (!id || objectives.has(id)) continue;
    objectives.set(id, {
      id,
      title: kr.objectiveTitle,
      owner: kr.owner,
      team: kr.team,
      parentId: kr.parentObjectiveId,
    });
  }
  return [...objectives.values()];
}
