// What the rest of the add-on (sidebar endpoints, playground, tests) sees of a period's tabs.
import type { CheckIn, KeyResult, Language, Objective, Period } from './types';

/** The tabs the add-on created for one period, by role. */
export interface PeriodTabs {
  keyResults: string;
  checkIns: string;
  dashboard: string;
  /** Present once the period has been closed. */
  review?: string;
}

export interface PeriodSummary {
  period: Period;
  team: string;
  tabs: PeriodTabs;
  closed: boolean;
}

/** Everything the add-on knows about one period, read from its tabs in one pass. */
export interface PeriodData extends PeriodSummary {
  language: Language;
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  /** Problems found while reading (a cell with text where a number belongs, ...), with cell addresses. */
  readIssues: ReadIssue[];
}

export interface ReadIssue {
  /** A1 address including the tab, e.g. "'Q1 2027 · Key results'!H5". */
  cell: string;
  krId: string;
  code: string;
  message: string;
}

export type StartFrom = 'empty' | 'examples' | 'previous';

export interface NewPeriodRequest {
  /** e.g. { kind: 'quarter', year: 2027, quarter: 1 } or { kind: 'months', start: '2027-01-01', months: 2 } */
  period:
    | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
    | { kind: 'fiscalQuarter'; fiscalYear: number; quarter: 1 | 2 | 3 | 4; fiscalYearStartMonth: number }
    | { kind: 'months'; start: string; months: 1 | 2 | 6 | 12 };
  team: string;
  startFrom: StartFrom;
  /** With startFrom 'previous': the label of the period (its review) to carry over from. */
  previousLabel?: string;
  language: Language;
}

export interface CheckInRequest {
  periodLabel: string;
  krId: string;
  /** As typed by the user: a number, text such as "350,000" or "19%", or a boolean for milestones. */
  value: number | string | boolean;
  /** 0–10 or 0–1; null when not given. */
  confidence: number | null;
  note: string;
  who: string;
  /** ISO date (yyyy-mm-dd); today when omitted. */
  date?: string;
}
