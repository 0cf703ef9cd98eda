// The period actions as plain data: what the sidebar asks for and what it gets back. The sheet
// layer carries them out; the contract passes them through google.script.run unchanged.
import type { ExampleFamily } from '../examples/types';
import type { PeriodSpec } from './periods';
import type { Language, PeriodTabs } from './types';

export type StartFrom = 'empty' | 'examples' | 'previous';

export interface NewPeriodRequest {
  /** e.g. { kind: 'quarter', year: 2027, quarter: 1 } or { kind: 'months', start: '2027-01-01', months: 2 } */
  period: PeriodSpec;
  team: string;
  /**
   * Several teams at once: each gets its own tabs for the period, named with the team
   * ("Q1 2027 · EMEA · Key results"); `team` is then not used. All are created or none.
   */
  teams?: string[];
  startFrom: StartFrom;
  /** With startFrom 'previous': the label of the period (its review) to carry over from. */
  previousLabel?: string;
  language: Language;
  /**
   * ISO 4217 code of money key results as the sidebar shows it (SidebarState.currency): recorded
   * with the period's settings when none was chosen yet.
   */
  currency?: string;
}

/** Extra choices for a period started from examples (additive to NewPeriodRequest). */
export interface ExampleChoice {
  exampleFamily?: ExampleFamily;
  exampleIds?: string[];
}

export interface CreatePeriodResult {
  label: string;
  tabs: Required<Omit<PeriodTabs, 'review'>>;
  keyResults: number;
  /** KRs carried over from the previous period's review. */
  carriedOver: number;
  /** With `teams`: each team's period, in the order asked (the fields above are the first's). */
  periods?: Omit<CreatePeriodResult, 'periods'>[];
}

export type Decision = 'done' | 'drop' | 'carryOver';

/** The decision a KR gets unless the team says otherwise: done when it reached its target, else carry over. */
export function defaultDecision(progress: number | null): Decision {
  // 1e-9: sheet arithmetic's last-digit noise, as in grading.ts.
  return progress !== null && progress >= 1 - 1e-9 ? 'done' : 'carryOver';
}

export interface ClosePeriodRequest {
  label: string;
  /** Decision per KR id; KRs not listed: done when they reached 1.0, else carry over. */
  decisions?: Record<string, Decision>;
  /** ISO date the values are frozen on (today when omitted). */
  date?: string;
  /** The language of the answer's flag texts (the sidebar's; the user's when omitted). */
  language?: Language;
}

export interface ClosePeriodResult {
  label: string;
  review: string;
  overall: number | null;
  flags: string[];
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
  /**
   * A value typed as a percentage on a currency KR ("50%") or as money on a % KR ("$15") is refused
   * with a "did you mean …?" message unless this is true; then it is read in the KR's unit (50, 15%).
   */
  confirmUnit?: boolean;
  /**
   * The row the sidebar saw the KR in: when it still holds the KR, the check-in reads and writes
   * it in one request instead of finding the tab's used area first.
   */
  row?: number;
  /** The spreadsheet's time zone as the sidebar was told it (SidebarState.timeZone): not asked again. */
  timeZone?: string;
  /** false: the log row is not read back (`row` 0 in the result), which saves a request. */
  reportRow?: boolean;
}

export interface CheckInResult {
  periodLabel: string;
  krId: string;
  /** 1-based row of the appended check-in (0 when it could not be read back after saving). */
  row: number;
  value: number | boolean;
  progress: number | null;
  /** True when the KR's current value comes from a formula and was left alone. */
  linked: boolean;
  /** A note for the user (e.g. that a linked value was not overwritten); '' when none. */
  message: string;
}
