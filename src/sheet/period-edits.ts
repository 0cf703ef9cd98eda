// The sidebar's access to the period tabs: the quarter module's reader, and appending key
// results to a period (examples inserted from the sidebar), in one place.
import { decimalSeparatorOf } from '../core/numbers';
import type { PeriodData, PeriodSummary } from '../core/period-data';
import type { KeyResult, Settings } from '../core/types';
import { KR_KIND_LABELS } from '../i18n/kinds';
import { inputValue, KEY_RESULT_COLUMNS, type KrColumnId } from '../tabs/templates';
import { settingRow } from '../tabs/writer';
import { languageOfMeta, listPeriods, matchHeaders, periodTabs, readPeriod } from './read';
import { readTab, withDocumentLock } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function decimalOf(spreadsheet: Spreadsheet): '.' | ',' {
  try {
    return decimalSeparatorOf(spreadsheet.getSpreadsheetLocale());
  } catch (_) {
    return '.';
  }
}

export function periodsOf(spreadsheet: Spreadsheet): PeriodSummary[] {
  return listPeriods(spreadsheet);
}

export function periodData(spreadsheet: Spreadsheet, label: string): PeriodData {
  const data = readPeriod(spreadsheet, label, decimalOf(spreadsheet));
  if (!data) throw new Error(`Period "${label}" was not found.`);
  return data;
}

/** Input columns only: computed columns hold one spilling formula that a value would break. */
const INPUT_COLUMNS = new Set<KrColumnId>(KEY_RESULT_COLUMNS.filter((c) => !c.formula).map((c) => c.id));

/** Runs of adjacent 0-based column indexes, so each run is written with one call. */
export function adjacentRuns(indexes: number[]): number[][] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else runs.push([i]);
  }
  return runs;
}

/** The last row the computed columns' formulas cover (from "L2:L201" in the first formula), or 0. */
export function formulaReach(formulas: string[][], headerRow: number): number {
  for (const cell of formulas[headerRow + 1] ?? []) {
    const match = /:\$?[A-Z]{1,3}\$?(\d+)/.exec(cell ?? '');
    if (match) return Number(match[1]);
  }
  return 0;
}

/**
 * Appends key-result rows below the period's last KR, under the document lock: one read of the
 * tab and one write per run of adjacent input columns (constant, whatever the number of rows).
 */
export function appendKeyResults(spreadsheet: Spreadsheet, label: string, rows: Partial<KeyResult>[]): void {
  withDocumentLock('Someone else is changing this spreadsheet. Try again in a moment.', () => {
    const tab = periodTabs(spreadsheet, label).keyResults;
    if (!tab) throw new Error(`Period "${label}" was not found.`);
    const language = languageOfMeta(tab.meta);
    const { values, formulas } = readTab(tab.sheet);
    const match = matchHeaders(values, KEY_RESULT_COLUMNS, 'krId');
    if (!match) throw new Error(`The tab "${tab.name}" has no key result header row.`);
    const idColumn = match.columns.get('krId') as number;
    const titleColumn = match.columns.get('title') ?? idColumn;
    let lastUsed = match.headerRow;
    values.forEach((row, r) => {
      if (r > match.headerRow && (String(row[idColumn] ?? '').trim() || String(row[titleColumn] ?? '').trim())) {
        lastUsed = r;
      }
    });
    const firstRow = lastUsed + 2; // 1-based row after the last used one
    const reach = formulaReach(formulas, match.headerRow);
    if (reach > 0 && firstRow + rows.length - 1 > reach) {
      throw new Error(`The tab "${tab.name}" has room for ${Math.max(0, reach - firstRow + 1)} more key results.`);
    }
    const columns = [...match.columns.entries()].filter(([id]) => INPUT_COLUMNS.has(id));
    const idAt = new Map(columns.map(([id, index]) => [index, id]));
    const cellOf = (kr: Partial<KeyResult>, id: KrColumnId): string | number | boolean => {
      if (id === 'kind') return kr.kind ? KR_KIND_LABELS[language][kr.kind] : '';
      const value = inputValue(id, kr);
      if (value === null || value === undefined) return '';
      // Sheet text that looks like a formula stays text.
      if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
      return value as string | number | boolean;
    };
    for (const run of adjacentRuns(columns.map(([, index]) => index))) {
      const block = rows.map((kr) => run.map((index) => cellOf(kr, idAt.get(index) as KrColumnId)));
      tab.sheet.getRange(firstRow, run[0] + 1, rows.length, run.length).setValues(block);
    }
  });
}

/**
 * Writes the pace thresholds and the cap into the settings block of every open period's dashboard,
 * so the sheet's formulas score as the sidebar does. One write per dashboard (the three rows are
 * adjacent); closed periods keep the settings they were graded with.
 */
export function applySettingsToOpenPeriods(spreadsheet: Spreadsheet, settings: Settings): number {
  const rows = [settingRow('cap'), settingRow('atRisk'), settingRow('offTrack')];
  if (rows[1] !== rows[0] + 1 || rows[2] !== rows[1] + 1) throw new Error('The dashboard settings moved.');
  let written = 0;
  withDocumentLock('Someone else is changing this spreadsheet. Try again in a moment.', () => {
    for (const summary of listPeriods(spreadsheet)) {
      if (summary.closed || !summary.tabs.dashboard) continue;
      const sheet = spreadsheet.getSheetByName(summary.tabs.dashboard);
      if (!sheet) continue;
      sheet.getRange(rows[0], 2, 3, 1).setValues([[settings.cap], [settings.atRiskGap], [settings.offTrackGap]]);
      written += 1;
    }
  });
  return written;
}
