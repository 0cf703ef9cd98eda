// Where a key result is heading: a robust trend through its check-ins (Theil–Sen: the median of
// the slopes between every two check-ins), read at the end of its period, with a range from Sen's
// confidence interval for that slope. One stray check-in moves it little, unlike a line through
// the last two points or a least-squares fit. Pure: dates and values in, numbers out.
import { evaluateKeyResult, type KrFields, resolveKind } from './evaluate';
import { finite, timesPowerOfTwo } from './numbers';
import type { Settings } from './types';

const DAY_MS = 86_400_000;

/** Check-ins a trend needs: with two, one stray value is the whole trend. */
export const FORECAST_MIN_CHECK_INS = 3;

/** Check-ins a trend reads at most (the latest): the method compares every two, so 1,000 make 499,500 pairs. */
export const FORECAST_MAX_CHECK_INS = 1000;

/** The normal quantile of the range: 90% of slopes like these lie inside it (Sen 1968). */
const RANGE_Z = 1.645;

export interface TrendPoint {
  date: Date;
  value: number;
}

export type Forecast =
  | {
      ok: true;
      /** The trend's value at the end date. */
      value: number;
      /** The same at the ends of the range (low ≤ value ≤ high). */
      low: number;
      high: number;
      slopePerDay: number;
      points: number;
    }
  | { ok: false; code: 'tooFewCheckIns' | 'checkInsOnOneDay' | 'tooLarge'; message: string };

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ascending = (a: number, b: number) => a - b;

/** The median of y − slope·x: the line with that slope through the middle of the points. */
function interceptFor(xs: readonly number[], ys: readonly number[], slope: number): number {
  return median(xs.map((x, i) => ys[i] - slope * x).sort(ascending));
}

/**
 * The value the Theil–Sen trend of `points` reaches at `at`, and the range around it. Needs three
 * or more points on at least two days; points with a non-finite value or date are ignored, and of
 * more than FORECAST_MAX_CHECK_INS the latest count. Values are scaled by a power of two (exact) so
 * that differences of values near ±1e308 do not overflow; a trend that leaves the range of numbers
 * by `at` is refused with code 'tooLarge'.
 */
export function forecastValue(points: readonly TrendPoint[], at: Date, clock: Clock = calendarDays): Forecast {
  const usable = points
    .filter((p) => Number.isFinite(p.date.getTime()) && Number.isFinite(p.value))
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .slice(-FORECAST_MAX_CHECK_INS);
  const n = usable.length;
  if (n < FORECAST_MIN_CHECK_INS) {
    return {
      ok: false,
      code: 'tooFewCheckIns',
      message: `A forecast needs at least ${FORECAST_MIN_CHECK_INS} check-ins with a value; this key result has ${n}.`,
    };
  }
  // Days from the first check-in, and values scaled so that their differences stay finite.
  const origin = clock(usable[0].date);
  const largest = Math.max(...usable.map((p) => Math.abs(p.value)));
  const exponent = largest > 0 ? Math.floor(Math.log2(largest)) : 0;
  const xs = usable.map((p) => clock(p.date) - origin);
  const ys = usable.map((p) => timesPowerOfTwo(p.value, -exponent));
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (xs[j] !== xs[i]) slopes.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
    }
  }
  if (slopes.length === 0) {
    return {
      ok: false,
      code: 'checkInsOnOneDay',
      message: 'All check-ins are on the same day, so there is no trend yet. Check in again on a later day.',
    };
  }
  slopes.sort(ascending);
  const slope = median(slopes);
  // Sen's interval: ranks (N ∓ z·√(n(n−1)(2n+5)/18)) / 2 of the sorted slopes, within the list.
  const spread = RANGE_Z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const lowRank = Math.max(1, Math.floor((slopes.length - spread) / 2));
  const highRank = Math.min(slopes.length, Math.ceil((slopes.length + spread) / 2) + 1);
  const days = clock(at) - origin;
  const valueWith = (s: number) => timesPowerOfTwo(interceptFor(xs, ys, s) + s * days, exponent);
  const value = valueWith(slope);
  const ends = [valueWith(slopes[lowRank - 1]), valueWith(slopes[highRank - 1])];
  if (![value, ...ends].every(Number.isFinite)) {
    return { ok: false, code: 'tooLarge', message: 'The trend exceeds ±1e308 by then.' };
  }
  const round = (x: number) => Number(x.toPrecision(12));
  return {
    ok: true,
    value: round(value),
    low: round(Math.min(value, ...ends)),
    high: round(Math.max(value, ...ends)),
    // A slope too steep to hold (values near ±1e308 a day apart) is shown as the largest number.
    slopePerDay: finite(timesPowerOfTwo(slope, exponent)),
    points: n,
  };
}

/**
 * Where a date stands on the time axis of a trend, in days. Calendar days by default; a phased
 * key result's trend runs on its plan's days (core/pace.ts planDays), so that check-ins that keep
 * to a back-loaded plan forecast the target, not a shortfall.
 */
export type Clock = (date: Date) => number;

const calendarDays: Clock = (date) => date.getTime() / DAY_MS;

export type Projection =
  | { ok: true; value: number; progress: number; low: number; high: number; slopePerDay: number }
  | { ok: false; code: string; message: string };

/**
 * The value the check-in trend reaches at `end`, and the progress it would give, by the same
 * evaluation as the KR's own progress, with the progress at the ends of the trend's range (low ≤
 * progress ≤ high). Milestones have no trend (they are done or not), so they are refused with
 * code 'milestoneHasNoTrend'.
 */
export function projectProgress(
  kr: KrFields,
  points: readonly TrendPoint[],
  end: Date,
  settings: Settings,
  clock?: Clock | null,
): Projection {
  if (resolveKind(kr) === 'milestone') {
    return {
      ok: false,
      code: 'milestoneHasNoTrend',
      message: 'A milestone is done or not: it has no trend to project.',
    };
  }
  // On a plan's clock, check-ins inside a stretch where nothing is due share one point in time:
  // with no trend there, the calendar's is used.
  const planned = clock ? forecastValue(points, end, clock) : null;
  const forecast = planned?.ok ? planned : forecastValue(points, end);
  if (!forecast.ok) return forecast;
  const unreadable = { ...kr.unreadable };
  delete unreadable.current;
  const progressAt = (current: number) =>
    evaluateKeyResult({ ...kr, current, unreadable }, { settings }).progress ?? Number.NaN;
  const projected = evaluateKeyResult({ ...kr, current: forecast.value, unreadable }, { settings });
  if (projected.progress === null) {
    const code = projected.problem?.code ?? 'noTarget';
    return { ok: false, code, message: `The forecast cannot be scored: ${code}.` };
  }
  // A decreasing KR's progress falls as its value rises: the range's ends swap.
  const ends = [progressAt(forecast.low), progressAt(forecast.high)].filter(Number.isFinite);
  return {
    ok: true,
    value: forecast.value,
    progress: projected.progress,
    low: Math.min(projected.progress, ...ends),
    high: Math.max(projected.progress, ...ends),
    slopePerDay: forecast.slopePerDay,
  };
}

/**
 * The progress a forecast value would give the key result at the end of its period, by the same
 * evaluation as its own progress (the pipeline forecast of a linked won-revenue key result).
 */
export function progressOfValue(kr: KrFields, value: number, settings: Settings): number | null {
  const unreadable = { ...kr.unreadable };
  delete unreadable.current;
  return evaluateKeyResult({ ...kr, current: value, unreadable }, { settings }).progress;
}
