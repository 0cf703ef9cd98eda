// Call counts of the period actions on the emulated workbook, for `npm run bench`. Local only:
// it loads the emulator, so nothing in the Apps Script bundle (src/main.ts) may import it.
import { createEmulator, type Emulator } from '../emulator/index';
import { generateTeam, writeCheckIns } from '../playground/generate';
import type { NewPeriodRequest } from '../src/core/actions';
import { type PeriodSpec, periodOf } from '../src/core/periods';
import { DEFAULT_SETTINGS } from '../src/core/types';
import * as customFunctions from '../src/functions/customFunctions';
import { getSidebarState } from '../src/server/endpoints';
import { closePeriod, createPeriod, createPeriodWith, recordCheckIn } from '../src/sheet/periods';

export type ActionName = 'openSidebar' | 'checkIn' | 'newQuarter' | 'close' | 'carryOver';

export interface ActionCost {
  action: ActionName;
  keyResults: number;
  /** Calls that reach the Sheets server: what the action costs in Sheets. */
  roundTrips: number;
  /** Every counted call, local ones (builders, fetched fields) included. */
  calls: number;
  /** JSON the sidebar receives from the action, in bytes. */
  payloadBytes: number;
  /** Time the action took here, on the emulated workbook. */
  localMs: number;
}

/** The emulator's round-trip count when it has one, else the same rule applied to its call counts. */
function roundTrips(emulator: Emulator): number {
  const calls = emulator.calls as Emulator['calls'] & { roundTrips?: () => number };
  return typeof calls.roundTrips === 'function' ? calls.roundTrips() : roundTripsOf(calls.byMethod());
}

export const BENCH_NOW = new Date('2027-02-15T12:00:00Z');
const Q1: NewPeriodRequest = {
  period: { kind: 'quarter', year: 2027, quarter: 1 },
  team: 'Sales',
  startFrom: 'empty',
  language: 'en',
};

/**
 * Runs each period action once on a generated team of `count` key results (fixed seed), counting
 * what each costs: a new quarter holding them, opening the sidebar (with a month and a half of
 * check-ins in the log), a check-in, closing the quarter, and carrying it over into the next.
 */
export function measureActions(count: number): ActionCost[] {
  const emulator = createEmulator({ customFunctions, now: BENCH_NOW, timeZone: 'Etc/UTC' });
  const restore = emulator.installGlobals();
  const costs: ActionCost[] = [];
  const measure = (action: ActionName, run: () => unknown) => {
    emulator.calls.reset();
    const started = performance.now();
    const answer = run();
    const localMs = performance.now() - started;
    costs.push({
      action,
      keyResults: count,
      roundTrips: roundTrips(emulator),
      calls: emulator.calls.total(),
      payloadBytes: answer === undefined ? 0 : Buffer.byteLength(JSON.stringify(answer)),
      localMs,
    });
  };
  try {
    const ss = emulator.spreadsheet;
    const period = periodOf(Q1.period as PeriodSpec, 'en');
    const team = generateTeam(count, period, BENCH_NOW);
    measure('newQuarter', () => createPeriodWith(ss, Q1, team.keyResults, DEFAULT_SETTINGS));
    writeCheckIns(
      ss.getSheetByName('Q1 2027 · Check-ins') as GoogleAppsScript.Spreadsheet.Sheet,
      team,
      DEFAULT_SETTINGS,
    );
    measure('openSidebar', () => getSidebarState());
    const kr = team.keyResults[0];
    measure('checkIn', () =>
      recordCheckIn(
        ss,
        { periodLabel: 'Q1 2027', krId: kr.id as string, value: 1, confidence: 7, note: '', who: '' },
        DEFAULT_SETTINGS,
      ),
    );
    measure('close', () => closePeriod(ss, { label: 'Q1 2027', date: '2027-03-31' }, DEFAULT_SETTINGS));
    measure('carryOver', () =>
      createPeriod(
        ss,
        { ...Q1, period: { kind: 'quarter', year: 2027, quarter: 2 }, startFrom: 'previous' },
        DEFAULT_SETTINGS,
      ),
    );
    return costs;
  } finally {
    restore();
  }
}

/**
 * Calls that Apps Script answers inside the script: builders and the values they build, finders
 * being set up, fields of fetched objects (developer metadata, a range's geometry), menus and HTML
 * being built, Utilities. Everything else is a round trip (getRange, getName, properties, locks).
 * The same rule as the emulator's round-trip count; used where the emulator does not count them.
 */
const LOCAL_CALL =
  /^(?:\w+Builder\.|BooleanCondition\.|ConditionalFormatRule\.|DataValidation\.|EmbeddedChart\.|ChartOptions\.|ContainerInfo\.|HtmlOutput\.|Menu\.|PromptResponse\.|TextStyle\.|User\.|Utilities\.|DeveloperMetadataLocation\.|SpreadsheetApp\.new|Sheet\.newChart$|Ui\.create|HtmlService\.create|\w+\.createDeveloperMetadataFinder$|DeveloperMetadataFinder\.(?:with|onIntersecting)|DeveloperMetadata\.get|NamedRange\.get|Range\.(?:getA1Notation|getColumn|getGridId|getHeight|getLastColumn|getLastRow|getNumColumns|getNumRows|getRow|getRowIndex|getSheet|getWidth)$)/;

/** Round trips among counted calls (`calls.byMethod()`): every call that reaches the server. */
export function roundTripsOf(byMethod: Record<string, number>): number {
  let trips = 0;
  for (const [method, count] of Object.entries(byMethod)) if (!LOCAL_CALL.test(method)) trips += count;
  return trips;
}
