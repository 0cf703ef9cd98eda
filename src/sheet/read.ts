// Reading a period from the spreadsheet: its tabs are found by the metadata the add-on stored on
// them, and each tab is read in one call; tabs/read.ts turns the grids into the OKR model. A
// closed period is read from its review: the values frozen on its closing day, with the settings
// it was graded with.
import { columnLetter } from '../core/a1';
import type { DecimalHint } from '../core/numbers';
import { objectivesOf } from '../core/overview';
import type { CheckIn, PeriodData, PeriodSummary, PeriodTabs, ReadIssue } from '../core/types';
import { closedWithOf, languageOfMeta, periodOfMeta, type TabMeta, type TabRole } from '../tabs/plan';
import { checkInsFromGrid, type KeyResultRow, keyResultsFromGrid, matchHeaders } from '../tabs/read';
import { KEY_RESULT_COLUMNS, type KrColumnId } from '../tabs/templates';
import { KR_HEADER_ROW, krColumn } from '../tabs/writer';
import { listOkrTabs, type OkrTab, readTab, readValues, type TimeZone, zoneOnce } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Every period with tabs in the spreadsheet, in the order their key results tabs were created.
 * `tabs` are the add-on's tabs when the caller has found them already (find them once per action).
 */
export function listPeriods(spreadsheet: Spreadsheet, tabs: OkrTab[] = listOkrTabs(spreadsheet)): PeriodSummary[] {
  return summarize(tabs);
}

function summarize(tabs: readonly OkrTab[]): PeriodSummary[] {
  const byPeriod = new Map<string, { meta: TabMeta; tabs: Partial<Record<TabRole, OkrTab>> }>();
  for (const tab of tabs) {
    const entry = byPeriod.get(tab.meta.period) ?? { meta: tab.meta, tabs: {} };
    entry.tabs[tab.meta.role] = tab;
    if (tab.meta.role === 'keyResults') entry.meta = tab.meta;
    byPeriod.set(tab.meta.period, entry);
  }
  const summaries: PeriodSummary[] = [];
  for (const { meta, tabs: found } of byPeriod.values()) {
    if (!found.keyResults) continue;
    summaries.push({
      period: periodOfMeta(meta),
      team: meta.team,
      tabs: tabNames(found),
      closed: Boolean(found.review),
    });
  }
  return summaries;
}

/** The tabs' names, each read when first used (a name costs a call; most callers need one). */
function tabNames(found: Partial<Record<TabRole, OkrTab>>): PeriodTabs {
  const names = {} as PeriodTabs;
  for (const role of ['keyResults', 'checkIns', 'dashboard', 'review'] as const) {
    const tab = found[role];
    if (!tab && role === 'review') continue;
    Object.defineProperty(names, role, { enumerable: true, get: () => tab?.name ?? '' });
  }
  return names;
}

/** The add-on's tabs of one period, by role (from `tabs` when the caller has found them already). */
export function periodTabs(
  spreadsheet: Spreadsheet,
  label: string,
  tabs: readonly OkrTab[] = listOkrTabs(spreadsheet),
): Partial<Record<TabRole, OkrTab>> {
  const found: Partial<Record<TabRole, OkrTab>> = {};
  for (const tab of tabs) {
    if (tab.meta.period === label && !found[tab.meta.role]) found[tab.meta.role] = tab;
  }
  return found;
}

/** Reads one period; null when the spreadsheet has no key results tab for `label`. */
export function readPeriod(
  spreadsheet: Spreadsheet,
  label: string,
  decimal?: DecimalHint,
  okrTabs: readonly OkrTab[] = listOkrTabs(spreadsheet),
  /** Read the check-in log only for a period of at most this many key results (a summary needs none). */
  checkInsUpTo = Number.POSITIVE_INFINITY,
  /** The spreadsheet's time zone when the caller has read it (else each tab with dates reads it). */
  timeZone?: string,
  /** Read the key results' formulas too (a linked current value); a first look needs only values. */
  withFormulas = true,
): PeriodData | null {
  const tabs = periodTabs(spreadsheet, label, okrTabs);
  const krTab = tabs.keyResults;
  if (!krTab) return null;
  const summary = summarize(Object.values(tabs) as OkrTab[])[0];
  const readIssues: ReadIssue[] = [];
  const source = tabs.review ?? krTab;
  const zone = timeZone ?? zoneOnce(spreadsheet); // read once, if a tab holds dates
  const keyResults = keyResultRows(source, readIssues, decimal, zone, withFormulas).map((row) => row.kr);
  const checkIns =
    tabs.checkIns && keyResults.length <= checkInsUpTo ? readCheckIns(tabs.checkIns, readIssues, decimal, zone) : [];
  return {
    ...summary,
    language: languageOfMeta(krTab.meta),
    objectives: objectivesOf([], keyResults),
    keyResults,
    keyResultsTab: source.name,
    checkIns,
    readIssues,
    closedWith: tabs.review ? closedWithOf(tabs.review.meta) : null,
  };
}

/** The key results of a tab (the key results tab, or a review's frozen copy) with their other cells. */
export function keyResultRows(
  tab: OkrTab,
  issues: ReadIssue[] = [],
  decimal?: DecimalHint,
  timeZone?: TimeZone,
  withFormulas = true,
): KeyResultRow[] {
  const { values, formulas } = withFormulas
    ? readTab(tab.sheet, timeZone)
    : { values: readValues(tab.sheet, timeZone), formulas: [] };
  return keyResultsFromGrid(() => tab.name, values, formulas, issues, decimal, tab.meta.role === 'review');
}

export function readCheckIns(
  tab: OkrTab,
  issues: ReadIssue[] = [],
  decimal?: DecimalHint,
  timeZone?: TimeZone,
): CheckIn[] {
  // Values only: the log holds no formulas worth a second read.
  return checkInsFromGrid(() => tab.name, readValues(tab.sheet, timeZone), issues, decimal);
}

/** Cells of one row from one template column to another ('current' to 'confidence'). */
export type RowSpan = readonly [from: KrColumnId, to: KrColumnId];

export interface RowWhereSeen {
  /** The tab from its header row down to the KR's row, as fetched (formulas still to be read). */
  block: Range;
  /** Its values, header first: rows keep their sheet numbers (row 1 is values[0]). */
  values: unknown[][];
  /** The asked spans of the KR's row, in the order asked. */
  cells: Range[];
}

/**
 * A key result's row where the sidebar saw it: the key results tab from its header down to that
 * row, with the asked spans of the row, in ONE request. Null when no row was given, or when the
 * row no longer holds the KR or the header is not the template's (rows or columns moved since):
 * the caller then reads the tab whole. Saves finding the tab's used area first.
 */
export function keyResultRowWhereSeen(
  sheet: Sheet,
  krId: unknown,
  row: unknown,
  spans: readonly RowSpan[],
): RowWhereSeen | null {
  const at = Number(row);
  if (!Number.isInteger(at) || at <= KR_HEADER_ROW || at > 100_000) return null;
  const span = ([from, to]: RowSpan) => `${columnLetter(krColumn(from))}${at}:${columnLetter(krColumn(to))}${at}`;
  let ranges: Range[];
  try {
    const block = `A${KR_HEADER_ROW}:${columnLetter(KEY_RESULT_COLUMNS.length)}${at}`;
    ranges = sheet.getRangeList([block, ...spans.map(span)]).getRanges();
  } catch (_) {
    return null; // the row or a column is outside the tab now
  }
  const [block, ...cells] = ranges;
  const values = block.getValues();
  const match = matchHeaders([values[0]], KEY_RESULT_COLUMNS, 'krId');
  // The template's columns in its order, or the first of them (a tab made before later columns).
  const found = KEY_RESULT_COLUMNS.filter((column) => match?.columns.has(column.id)).length;
  const templated =
    KEY_RESULT_COLUMNS.every((column, i) =>
      i < found ? match?.columns.get(column.id) === i : !match?.columns.has(column.id),
    ) && spans.every(([, to]) => krColumn(to) <= found);
  const idOf = (value: unknown) =>
    String(value ?? '')
      .trim()
      .toLowerCase();
  const seenId = values[values.length - 1]?.[krColumn('krId') - 1];
  return templated && idOf(seenId) === idOf(krId) ? { block, values, cells } : null;
}
