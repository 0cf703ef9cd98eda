// Expected progress: where a key result should stand at a date. Without a phasing it is the
// elapsed share of a period (or of the time to a KR's due date); with one (phasing.ts) it follows
// the KR's monthly or weekly checkpoints, linearly between them. Everything that shows or grades
// against expected progress — evaluation, status, the sidebar, the health check, the review,
// OKR_PACE and the forecast — asks here. The sheet computes the same number with native formulas
// (tabs/templates.ts), so that no custom function depends on TODAY(); tests check that both agree.
import { daysBetween } from './dates';
import { type Phasing, readPhasing, slotEnds } from './phasing';

const DAY_MS = 86_400_000;

/** Where the time of a period stands at a date: the expected progress and the days behind it. */
export interface Pace {
  /** Expected progress, 0..1: the elapsed share, or the phasing's curve at the date. */
  expected: number;
  /** Whole days passed since the start (0..days). */
  elapsedDays: number;
  /** Days from the start to the end, both included. */
  days: number;
  start: Date;
  end: Date;
  /** Present when the expected progress follows a phasing rather than the straight line. */
  phasing?: Phasing;
}

/**
 * Expected progress at `asOf`: the elapsed share of the period, from the start of its first day to
 * the end of its last day (both inclusive), clamped to [0, 1]. With a phasing, the share of the
 * gain due by then: the checkpoints of the slots (months or weeks) already over, plus the elapsed
 * part of the current slot's step.
 */
export function expectedProgress(start: Date, end: Date, asOf: Date, phasing?: Phasing | null): number {
  const from = dayNumber(start);
  const to = dayNumber(end) + 1;
  const now = asOf.getTime() / DAY_MS;
  if (to <= from) return 1;
  if (now <= from) return 0;
  if (now >= to) return 1;
  if (!phasing) return (now - from) / (to - from);
  const ends = slotEnds(phasing, start, end);
  let slotStart = from;
  let before = 0;
  for (let k = 0; k < ends.length; k++) {
    const due = phasing.checkpoints[k];
    if (now < ends[k]) return before + ((due - before) * (now - slotStart)) / (ends[k] - slotStart);
    slotStart = ends[k];
    before = due;
  }
  return 1;
}

export function paceAt(start: Date, end: Date, asOf: Date, phasing?: Phasing | null): Pace {
  const days = Math.max(0, daysBetween(start, end) + 1);
  const elapsedDays = Math.min(days, Math.max(0, daysBetween(start, asOf)));
  const pace: Pace = { expected: expectedProgress(start, end, asOf, phasing), elapsedDays, days, start, end };
  if (phasing) pace.phasing = phasing;
  return pace;
}

function dayNumber(d: Date): number {
  return Math.floor(d.getTime() / DAY_MS);
}

/**
 * A key result's pace: from the period's start to its due date (or the period's end), following
 * its phasing when the Phasing cell reads; a phasing with a problem counts as the straight line
 * (the health check names the cell and what to fix).
 */
export function krPace(
  kr: { dueDate?: Date | null; phasing?: string },
  period: { start: Date; end: Date },
  asOf: Date,
): Pace {
  const end = kr.dueDate ?? period.end;
  const read = readPhasing(kr.phasing, period.start, end);
  return paceAt(period.start, end, asOf, read.ok ? read.phasing : null);
}

/**
 * The time axis of a phased key result's plan, for its trend (core/forecast.ts): a date is worth
 * the days the straight line needs to reach the expected progress the phasing has there, so a
 * team keeping to its plan moves on a straight line. Null without a readable phasing (calendar days).
 */
export function planDays(
  kr: { dueDate?: Date | null; phasing?: string },
  period: { start: Date; end: Date },
): ((date: Date) => number) | null {
  const end = kr.dueDate ?? period.end;
  const read = readPhasing(kr.phasing, period.start, end);
  if (!read.ok || !read.phasing) return null;
  const phasing = read.phasing;
  const days = Math.max(1, daysBetween(period.start, end) + 1);
  return (date) => dayNumber(period.start) + expectedProgress(period.start, end, date, phasing) * days;
}
