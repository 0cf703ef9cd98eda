// Shared set-up for the period tests: an emulated workbook with the add-on's custom functions,
// and a sample quarter whose scores are known by hand.
import { createEmulator, type Emulator } from '../../emulator/index';
import type { NewPeriodRequest } from '../../src/core/actions';
import { DEFAULT_SETTINGS, type KeyResult, type Settings } from '../../src/core/types';
import * as customFunctions from '../../src/functions/customFunctions';

export const TODAY = new Date('2027-02-15T12:00:00Z');
export const Q1 = { kind: 'quarter', year: 2027, quarter: 1 } as const;
export const Q2 = { kind: 'quarter', year: 2027, quarter: 2 } as const;

/** The settings the period actions get unless a test says otherwise. */
export const SETTINGS: Settings = DEFAULT_SETTINGS;

/** Full settings with some changed, as the sidebar saves them. */
export function settingsWith(changes: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...changes };
}

export interface Workbook {
  emu: Emulator;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  restore: () => void;
}

export function newWorkbook(locale = 'en_US', userLocale = 'en'): Workbook {
  const emu = createEmulator({ customFunctions, now: TODAY, timeZone: 'Etc/UTC', locale, userLocale });
  const restore = emu.installGlobals();
  return { emu, ss: emu.spreadsheet, restore };
}

export function request(overrides: Partial<NewPeriodRequest> = {}): NewPeriodRequest {
  return { period: Q1, team: 'EMEA', startFrom: 'empty', language: 'en', ...overrides };
}

/** A "Deals" tab feeding one KR by formula (a data link): 840,000 pipeline / 200,000 quota = 4.2. */
export function addDealsTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  ss.insertSheet('Deals')
    .getRange(1, 1, 2, 1)
    .setValues([[840000], [200000]]);
}

const kr = (fields: Partial<KeyResult>): Partial<KeyResult> => ({
  owner: '',
  team: 'EMEA',
  parentObjectiveId: '',
  unit: '',
  baseline: null,
  weight: null,
  confidence: null,
  dueDate: null,
  notes: '',
  dataLink: '',
  ...fields,
});

/**
 * Sample quarter, scored by hand with expected progress 0.5 (as of 15 Feb, day 45 of 90; O1.1 is
 * due 28 Feb, so 45 of its 59 days have passed):
 * O1 = (0.8×2 + 0.5 + 1) / 4 = 0.775; O2 = (1 + 0) / 2 = 0.5; O3 = (0.3 + 0.2) / 2 = 0.25;
 * overall = mean of objectives = 0.508333…; statuses: 2 done, 2 on track, 1 at risk, 2 off track.
 */
export function sampleKeyResults(): Partial<KeyResult>[] {
  const o1 = { objectiveId: 'O1', objectiveTitle: 'Grow new-business revenue', owner: 'Ana' };
  const o2 = { objectiveId: 'O2', objectiveTitle: 'Build a healthy pipeline', owner: 'Ben', parentObjectiveId: 'C1' };
  const o3 = { objectiveId: 'O3', objectiveTitle: 'Convert more leads', owner: 'Cleo' };
  return [
    kr({
      ...o1,
      id: 'O1.1',
      title: 'Close 500,000 in new business',
      kind: 'increase',
      unit: 'currency',
      baseline: 0,
      target: 500000,
      current: 400000,
      weight: 2,
      dueDate: new Date(Date.UTC(2027, 1, 28)),
    }),
    kr({
      ...o1,
      id: 'O1.2',
      title: 'Cut the sales cycle from 60 to 50 days',
      kind: 'decrease',
      unit: 'days',
      baseline: 60,
      target: 50,
      current: 55,
      notes: '=not a formula',
    }),
    kr({ ...o1, id: 'O1.3', title: 'Launch the partner portal', kind: 'milestone', current: true }),
    kr({
      ...o2,
      id: 'O2.1',
      title: 'Pipeline coverage at least 4× quota',
      kind: 'atLeast',
      unit: 'ratio',
      baseline: 3,
      target: 4,
      current: null,
      dataLink: '=Deals!A1/Deals!A2',
      weight: 1,
    }),
    kr({
      ...o2,
      id: 'O2.2',
      title: 'Sales team turnover at most 10%',
      kind: 'atMost',
      unit: '%',
      baseline: 0.15,
      target: 0.1,
      current: 0.12,
    }),
    kr({
      ...o3,
      id: 'O3.1',
      title: 'Raise lead conversion from 15% to 25%',
      kind: 'increase',
      unit: '%',
      baseline: 0.15,
      target: 0.25,
      current: 0.18,
    }),
    kr({
      ...o3,
      id: 'O3.2',
      title: 'Book 40 demos',
      kind: 'increase',
      unit: 'count',
      baseline: 0,
      target: 40,
      current: 8,
      confidence: 0.8,
    }),
  ];
}

/** Values of a tab's rectangle, 1-based. */
export function valuesOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: string, a1: string): unknown[][] {
  return ss.getSheetByName(tab)!.getRange(a1).getValues();
}

export function displayOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: string, a1: string): string[][] {
  return ss.getSheetByName(tab)!.getRange(a1).getDisplayValues();
}
