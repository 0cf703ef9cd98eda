// Expected progress: the elapsed share of a period (or of the time to a KR's due date) at a date.
// The sheet computes the same share with native formulas (tabs/templates.ts), so that no custom
// function depends on TODAY(); tests check that both agree.
import { daysBetween } from './dates';

const DAY_MS = 86_400_000;

/** Where the time of a period stands at a date: the expected progress and the days behind it. */
export interface Pace {
  /** Elapsed share, 0..1. */
  expected: number;
  /** Whole days passed since the start (0..days). */
  elapsedDays: number;
  /** Days from the start to the end, both included. */
  days: number;
  start: Date;
  end: Date;
}

/**
 * Expected progress at `asOf`: the elapsed share of the period, from the start of its first day to
 * the end of its last day (both inclusive), clamped to [0, 1].
 */
export function expectedProgress(start: Date, end: Date, asOf: Date): number {
  const from = dayNumber(start);
  const to = dayNumber(end) + 1;
  const now = asOf.getTime() / DAY_MS;
  if (to <= from) return 1;
  return Math.min(1, Math.max(0, (now - from) / (to - from)));
}

export function paceAt(start: Date, end: Date, asOf: Date): Pace {
  const days = Math.max(0, daysBetween(start, end) + 1);
  const elapsedDays = Math.min(days, Math.max(0, daysBetween(start, asOf)));
  return { expected: expectedProgress(start, end, asOf), elapsedDays, days, start, end };
}

function dayNumber(d: Date): number {
  return Math.floor(d.getTime() / DAY_MS);
}
