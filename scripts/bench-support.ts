// Call counts of the period actions on the emulated workbook, for `npm run bench`. Local only:
// it loads the emulator, so nothing in the Apps Script bundle (src/main.ts) may import it.
import { createEmulator } from '../emulator/index';
import { generateTeam, writeCheckIns } from '../playground/generate';
import type { SidebarState } from '../src/contract/index';
import type { NewPeriodRequest } from '../src/core/actions';
import { type PeriodSpec, periodOf } from '../src/core/periods';
import { DEFAULT_SETTINGS } from '../src/core/types';
import * as customFunctions from '../src/functions/customFunctions';
import {
  closePeriod,
  createPeriod,
  getAlignment,
  getObjectiveDetails,
  getOverview,
  getSidebarState,
  recordCheckIn,
} from '../src/server/endpoints';
import { createPeriodWith } from '../src/sheet/periods';
import { activeSpreadsheet } from '../src/sheet/workbook';

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

export const BENCH_NOW = new Date('2027-02-15T12:00:00Z');
const Q1: NewPeriodRequest = {
  period: { kind: 'quarter', year: 2027, quarter: 1 },
  team: 'Sales',
  startFrom: 'empty',
  language: 'en',
  // As the sidebar sends it: the currency it shows, kept with the period's settings.
  currency: 'USD',
};

/**
 * Runs each period action once through the server functions the sidebar calls, on a generated
 * team of `count` key results (fixed seed), counting what each costs: a new quarter holding them,
 * opening the sidebar (with a month and a half of check-ins in the log), a check-in, closing the
 * quarter, and carrying it over into the next. The new quarter runs the createPeriod endpoint's
 * body with the generated key results in place of examples or an empty table.
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
      roundTrips: emulator.calls.roundTrips(),
      calls: emulator.calls.total(),
      payloadBytes: answer === undefined ? 0 : Buffer.byteLength(JSON.stringify(answer)),
      localMs,
    });
  };
  try {
    const ss = emulator.spreadsheet;
    const period = periodOf(Q1.period as PeriodSpec, 'en');
    const team = generateTeam(count, period, BENCH_NOW);
    measure('newQuarter', () => createPeriodWith(activeSpreadsheet(), Q1, team.keyResults, null));
    writeCheckIns(
      ss.getSheetByName('Q1 2027 · Check-ins') as GoogleAppsScript.Spreadsheet.Sheet,
      team,
      DEFAULT_SETTINGS,
    );
    // The page passes the user's locale and language choice the menu read when it opened the
    // sidebar (no choice saved here: 'auto').
    const pageLocale = emulator.globals.Session.getActiveUserLocale();
    let state: SidebarState | undefined;
    measure('openSidebar', () => {
      state = getSidebarState(pageLocale, 'auto');
      return state;
    });
    // The check-in as the sidebar sends it: with the row it saw the KR in (a large period's
    // objective is opened first) and the time zone it was told.
    const kr = team.keyResults[0];
    const objective =
      (state as SidebarState).overview?.objectives[0] ?? getObjectiveDetails('Q1 2027', kr.objectiveId as string);
    const seen = objective.keyResults.find((k) => k.id === kr.id);
    measure('checkIn', () =>
      recordCheckIn({
        periodLabel: 'Q1 2027',
        krId: kr.id as string,
        value: 1,
        confidence: 7,
        note: '',
        who: '',
        row: seen?.row,
        timeZone: state?.timeZone,
        reportRow: false,
      }),
    );
    measure('close', () => closePeriod({ label: 'Q1 2027', date: '2027-03-31', language: 'en' }));
    measure('carryOver', () =>
      createPeriod({ ...Q1, period: { kind: 'quarter', year: 2027, quarter: 2 }, startFrom: 'previous' }),
    );
    return costs;
  } finally {
    restore();
  }
}

export type TeamActionName = ActionName | 'alignmentFirst' | 'alignment';

export interface TeamActionCost {
  action: TeamActionName;
  teams: number;
  keyResultsPerTeam: number;
  roundTrips: number;
  payloadBytes: number;
  localMs: number;
}

/**
 * The period actions on one team of a workbook where `teams` teams of `perTeam` key results each
 * work on the same quarter (each team's tabs named with it), and the alignment across all of them:
 * its first open (which writes the alignment tab) and a later one (which only reads it).
 */
export function measureTeamActions(teams: number, perTeam: number): TeamActionCost[] {
  const emulator = createEmulator({ customFunctions, now: BENCH_NOW, timeZone: 'Etc/UTC' });
  const restore = emulator.installGlobals();
  const costs: TeamActionCost[] = [];
  const measure = (action: TeamActionName, run: () => unknown) => {
    emulator.calls.reset();
    const started = performance.now();
    const answer = run();
    costs.push({
      action,
      teams,
      keyResultsPerTeam: perTeam,
      roundTrips: emulator.calls.roundTrips(),
      payloadBytes: answer === undefined ? 0 : Buffer.byteLength(JSON.stringify(answer)),
      localMs: performance.now() - started,
    });
  };
  try {
    const period = periodOf(Q1.period as PeriodSpec, 'en');
    // Each team's own ids (T7-O1, T7-O1.1), its objectives under the first team's first objective.
    const teamKeyResults = (t: number) =>
      generateTeam(perTeam, period, BENCH_NOW).keyResults.map((kr) => ({
        ...kr,
        id: `T${t}-${kr.id}`,
        objectiveId: `T${t}-${kr.objectiveId}`,
        parentObjectiveId: t === 1 ? '' : 'T1-O1',
      }));
    const name = (t: number) => `Team ${t}`;
    for (let t = 1; t <= teams; t++)
      createPeriodWith(activeSpreadsheet(), { ...Q1, team: name(t) }, teamKeyResults(t), null);
    const label = `Q1 2027 · ${name(Math.ceil(teams / 2))}`;
    const pageLocale = emulator.globals.Session.getActiveUserLocale();
    measure('openSidebar', () => getSidebarState(pageLocale, 'auto'));
    const overview = getOverview(label, true);
    const kr =
      overview.objectives[0]?.keyResults[0] ?? getObjectiveDetails(label, overview.objectives[0].id).keyResults[0];
    measure('checkIn', () =>
      recordCheckIn({
        periodLabel: label,
        krId: kr.id,
        value: 1,
        confidence: 7,
        note: '',
        who: '',
        row: kr.row,
        timeZone: 'Etc/UTC',
        reportRow: false,
      }),
    );
    measure('newQuarter', () =>
      createPeriodWith(activeSpreadsheet(), { ...Q1, team: name(teams + 1) }, teamKeyResults(teams + 1), null),
    );
    measure('alignmentFirst', () => getAlignment(label));
    measure('alignment', () => getAlignment(label));
    measure('close', () => closePeriod({ label, date: '2027-03-31', language: 'en' }));
    measure('carryOver', () =>
      createPeriod({
        ...Q1,
        team: name(Math.ceil(teams / 2)),
        period: { kind: 'quarter', year: 2027, quarter: 2 },
        startFrom: 'previous',
        previousLabel: label,
      }),
    );
    return costs;
  } finally {
    restore();
  }
}
