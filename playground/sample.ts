// Loads the built-in sample into a running add-on, made the way a team makes it: create the
// quarter (createPeriod), fill in its key results, then record the check-ins one by one
// (recordCheckIn), all through the add-on's own server code.
import { KR_KIND_LABELS } from '../src/i18n/kinds';
import { TEMPLATE } from '../src/i18n/template';
import { periodOf, quarterContaining } from '../src/quarter/period';
import { unitFormat } from '../src/quarter/templates';
import type { CheckInRequest, NewPeriodRequest } from '../src/quarter/types';
import type { Addon } from './runtime';
import { SAMPLE_OBJECTIVES, SAMPLE_TEAM, type SampleKeyResult, sampleCheckIns, sampleValueAt } from './sample-data';

const en = TEMPLATE.en;

export interface SampleSummary {
  periodLabel: string;
  keyResultsTab: string;
  checkIns: number;
}

/** The columns a team fills in; the others are the template's formulas. */
const PASTED = [
  en.hKrId,
  en.hObjectiveId,
  en.hObjective,
  en.hKeyResult,
  en.hOwner,
  en.hTeam,
  en.hKind,
  en.hUnit,
  en.hBaseline,
  en.hTarget,
  en.hCurrent,
  en.hWeight,
  en.hConfidence,
];

/** The sample's key results as rows, in the column order of `headers`. */
function keyResultRows(headers: string[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const objective of SAMPLE_OBJECTIVES) {
    for (const kr of objective.keyResults) {
      const byHeader: Record<string, unknown> = {
        [en.hKrId]: kr.id,
        [en.hObjectiveId]: objective.id,
        [en.hObjective]: objective.title,
        [en.hKeyResult]: kr.title,
        [en.hOwner]: kr.owner,
        [en.hTeam]: SAMPLE_TEAM,
        [en.hKind]: KR_KIND_LABELS.en[kr.kind],
        [en.hUnit]: kr.unit,
        [en.hBaseline]: kr.kind === 'milestone' ? '' : kr.baseline,
        [en.hTarget]: kr.kind === 'milestone' ? '' : kr.target,
        [en.hCurrent]: sampleValueAt(kr, 0),
        [en.hWeight]: kr.weight,
        [en.hConfidence]: kr.confidence / 10,
      };
      rows.push(headers.map((h) => (h in byHeader ? byHeader[h] : '')));
    }
  }
  return rows;
}

function allKeyResults(): SampleKeyResult[] {
  return SAMPLE_OBJECTIVES.flatMap((o) => o.keyResults);
}

export function loadSample(addon: Addon, now: Date = addon.now()): SampleSummary {
  for (const endpoint of ['createPeriod', 'recordCheckIn']) {
    if (!addon.functions.includes(endpoint)) throw new Error(`dist/Code.js lacks the endpoint ${endpoint}.`);
  }
  const spec = quarterContaining(now);
  const { label, start, end } = periodOf(spec, 'en');
  const request: NewPeriodRequest = { period: spec, team: SAMPLE_TEAM, startFrom: 'empty', language: 'en' };
  addon.call('createPeriod', [request]);
  const tabName = `${label} · ${en.tabKeyResults}`;
  const sheet = addon.emulator.spreadsheet.getSheetByName(tabName);
  if (!sheet) throw new Error(`createPeriod did not create the tab "${tabName}".`);
  pasteKeyResults(addon, sheet);
  const checkIns = sampleCheckIns(start, end, now);
  for (const checkIn of checkIns) {
    const checkInRequest: CheckInRequest = { periodLabel: label, ...checkIn };
    addon.call('recordCheckIn', [checkInRequest]);
  }
  return { periodLabel: label, keyResultsTab: tabName, checkIns: checkIns.length };
}

/**
 * The key results go in as a team pastes them under the headers of a new period, one block per
 * column; the template's formula columns compute from them. Current values start at the
 * baseline: the check-ins move them. Number formats and the milestone checkbox are set as the
 * template sets them for its own rows.
 */
function pasteKeyResults(addon: Addon, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map((h) => String(h));
  const rows = keyResultRows(headers);
  const krs = allKeyResults();
  headers.forEach((header, c) => {
    if (!PASTED.includes(header)) return;
    const column = sheet.getRange(2, c + 1, rows.length, 1);
    column.setValues(rows.map((row) => [row[c]]));
    if (header === en.hBaseline || header === en.hTarget || header === en.hCurrent) {
      column.setNumberFormats(krs.map((kr) => [unitFormat(kr.unit)]));
    }
  });
  const current = headers.indexOf(en.hCurrent) + 1;
  const checkbox = addon.emulator.globals.SpreadsheetApp.newDataValidation().requireCheckbox().build();
  krs.forEach((kr, i) => {
    if (kr.kind === 'milestone') sheet.getRange(2 + i, current).setDataValidation(checkbox);
  });
}
