// Server endpoints for the period actions, callable from the sidebar via google.script.run and
// exported as top-level functions from src/main.ts. Plain JSON in and out (dates 'yyyy-mm-dd');
// failures are thrown as Error with a message in the user's language.
import { decimalSeparatorOf, isoDay } from '../core/numbers';
import type { CheckInRequest, NewPeriodRequest, PeriodSummary } from '../core/period-data';
import { loadSettings } from '../core/settings';
import type { Language } from '../core/types';
import { languageFromLocale, translate } from '../i18n/index';
import { TEMPLATE } from '../i18n/template';
import {
  type CheckInResult,
  type ClosePeriodRequest,
  type ClosePeriodResult,
  type CreatePeriodResult,
  closePeriod as closePeriodIn,
  createPeriod as createPeriodIn,
  type ExampleChoice,
  PeriodError,
  recordCheckIn as recordCheckInIn,
} from '../sheet/periods';
import { listPeriods as listPeriodsIn, periodTabs } from '../sheet/read';
import { activeSpreadsheet } from '../sheet/workbook';
import type { TabRole } from '../tabs/plan';

/** A PeriodSummary with its dates as ISO strings. */
export interface PeriodSummaryJson extends Omit<PeriodSummary, 'period'> {
  period: { label: string; kind: PeriodSummary['period']['kind']; start: string; end: string };
}

function userLanguage(): Language {
  try {
    return languageFromLocale(Session.getActiveUserLocale());
  } catch (_) {
    return 'en';
  }
}

/** Runs an action; unexpected failures are reported in the user's language (nothing was left half done). */
function run<T>(language: Language, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof PeriodError) throw new Error(error.message);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(translate(TEMPLATE, language, 'errFailed', { reason }));
  }
}

export function listPeriods(): PeriodSummaryJson[] {
  return run(userLanguage(), () =>
    listPeriodsIn(activeSpreadsheet()).map((summary) => ({
      ...summary,
      period: {
        label: summary.period.label,
        kind: summary.period.kind,
        start: isoDay(summary.period.start),
        end: isoDay(summary.period.end),
      },
    })),
  );
}

export function createPeriod(request: NewPeriodRequest & ExampleChoice): CreatePeriodResult {
  return run(request?.language ?? userLanguage(), () => createPeriodIn(activeSpreadsheet(), request, loadSettings()));
}

export function closePeriod(request: ClosePeriodRequest): ClosePeriodResult {
  const language = userLanguage();
  return run(language, () => closePeriodIn(activeSpreadsheet(), request, new Date(), language));
}

export function recordCheckIn(request: CheckInRequest): CheckInResult {
  const language = userLanguage();
  return run(language, () => {
    const spreadsheet = activeSpreadsheet();
    const decimal = decimalSeparatorOf(spreadsheet.getSpreadsheetLocale());
    return recordCheckInIn(spreadsheet, request, new Date(), decimal, language);
  });
}

/** Shows one of a period's tabs (e.g. after "this quarter already exists"); false when there is none. */
export function openPeriodTab(label: string, role: TabRole = 'keyResults'): boolean {
  const tab = periodTabs(activeSpreadsheet(), String(label))[role];
  if (!tab) return false;
  tab.sheet.activate();
  return true;
}
