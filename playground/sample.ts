// Loads the built-in sample into a running add-on. Where the bundle has the period endpoints,
// the sample is made the way a user would make it: create the quarter, fill in its key results,
// then record the check-ins one by one through the sidebar's endpoints. Otherwise a plain
// key-results tab with the add-on's formulas is written directly.
import type { Period } from '../src/core/types';
import { KR_KIND_LABELS } from '../src/i18n/kinds';
import { TEMPLATE } from '../src/i18n/template';
import { periodOf, quarterContaining } from '../src/quarter/period';
import type { CheckInRequest, NewPeriodRequest } from '../src/quarter/types';
import type { Addon } from './runtime';
import { SAMPLE_OBJECTIVES, SAMPLE_TEAM, type SampleKeyResult, sampleCheckIns, sampleValueAt } from './sample-data';

export interface SampleSummary {
  periodLabel: string;
  keyResultsTab: string;
  checkIns: number;
  /** 'endpoints' when made through the add-on's own operations, 'direct' for the plain tab. */
  madeWith: 'endpoints' | 'direct';
}

const en = TEMPLATE.en;

function unitFormat(unit: string): string {
  if (unit === 'currency') return '#,##0';
  if (unit === '%') return '0.0%';
  if (unit === 'ratio') return '0.0"×"';
  return '0';
}

/** The sample's key results as rows, in the column order of `headers`. */
function keyResultRows(headers: string[], share: number): unknown[][] {
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
        [en.hCurrent]: sampleValueAt(kr, share),
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
  const spec = quarterContaining(now);
  const period = periodOf(spec, 'en');
  const create = ['createPeriod', 'startPeriod'].find((name) => addon.functions.includes(name));
  const checkIn = ['recordCheckIn', 'submitCheckIn'].find((name) => addon.functions.includes(name));
  if (create && checkIn) return viaEndpoints(addon, { create, checkIn }, spec, period, now);
  return direct(addon, period.label, period.start, period.end, now);
}

function viaEndpoints(
  addon: Addon,
  endpoints: { create: string; checkIn: string },
  spec: NewPeriodRequest['period'],
  { label, start, end }: Period,
  now: Date,
): SampleSummary {
  const request: NewPeriodRequest = { period: spec, team: SAMPLE_TEAM, startFrom: 'empty', language: 'en' };
  addon.call(endpoints.create, [request]);
  const tabName = `${label} · ${en.tabKeyResults}`;
  const sheet = addon.emulator.spreadsheet.getSheetByName(tabName);
  if (!sheet) throw new Error(`startPeriod did not create the tab "${tabName}".`);
  // The key results go in as a person would paste them under the headers; the formula columns
  // the template wrote compute from them.
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map((h) => String(h));
  const inputs = new Set([
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
  ]);
  // Current values start at the baseline; the check-ins below move them.
  const rows = keyResultRows(headers, 0);
  headers.forEach((header, c) => {
    if (!inputs.has(header)) return;
    sheet.getRange(2, c + 1, rows.length, 1).setValues(rows.map((row) => [row[c]]));
  });
  const checkIns = sampleCheckIns(start, end, now);
  for (const checkIn of checkIns) {
    const checkInRequest: CheckInRequest = { periodLabel: label, ...checkIn };
    addon.call(endpoints.checkIn, [checkInRequest]);
  }
  return { periodLabel: label, keyResultsTab: tabName, checkIns: checkIns.length, madeWith: 'endpoints' };
}

/** A key-results tab written directly, with the add-on's custom functions in its formula columns. */
function direct(addon: Addon, label: string, start: Date, end: Date, now: Date): SampleSummary {
  const spreadsheet = addon.emulator.spreadsheet;
  const tabName = `${label} · ${en.tabKeyResults}`;
  const sheet = spreadsheet.insertSheet(tabName);
  const headers = [
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
    en.hProgress,
    en.hScore,
  ];
  const share = Math.min(1, Math.max(0, (now.getTime() - start.getTime()) / (end.getTime() - start.getTime())));
  const rows = keyResultRows(headers.slice(0, 13), share);
  const last = rows.length + 1;
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.getRange(2, 1, rows.length, 13).setValues(rows);
  sheet
    .getRange(2, 14, 1, 2)
    .setFormulas([
      [
        `=KR_PROGRESS(K2:K${last},J2:J${last},I2:I${last},G2:G${last})`,
        `=OKR_SCORE(N2:N${last},L2:L${last},B2:B${last},B2:B${last})`,
      ],
    ]);
  sheet.getRange(2, 11, rows.length, 1).setNumberFormats(allKeyResults().map((kr) => [unitFormat(kr.unit)]));
  sheet.getRange(2, 14, rows.length, 2).setNumberFormat('0%');
  sheet.setFrozenRows(1);
  spreadsheet.setActiveSheet(sheet);
  return { periodLabel: label, keyResultsTab: tabName, checkIns: 0, madeWith: 'direct' };
}
