// Where a key result is heading: a least-squares line through its check-ins, read at the end of
// its period. Pure: dates and values in, numbers out.
import { evaluateKeyResult, type KrFields, resolveKind } from './evaluate';
import { finite, timesPowerOfTwo } from './numbers';
import type { Settings } from './types';

const DAY_MS = 86_400_000;

export interface TrendPoint {
  date: Date;
  value: number;
}

export type Forecast =
  | { ok: true; value: number; slopePerDay: number; points: number }
  | { ok: false; code: 'tooFewCheckIns' | 'checkInsOnOneDay' | 'tooLarge'; message: string };

/**
 * The value the least-squares trend of `points` reaches at `at`. Needs two or more points on
 * different days; points with a non-finite value or date are ignored. Values are scaled by a
 * power of two (exact) so that sums of values near ±1e308 do not overflow; a trend that leaves
 * the range of numbers by `at` is refused with code 'tooLarge'.
 */
export function forecastValue(points: readonly TrendPoint[], at: Date): Forecast {
  // Days relative to the first point keep the sums small and exact enough.
  let origin = Number.NaN;
  let largest = 0;
  for (const p of points) {
    if (!Number.isFinite(p.date.getTime()) || !Number.isFinite(p.value)) continue;
    if (Number.isNaN(origin)) origin = p.date.getTime();
    largest = Math.max(largest, Math.abs(p.value));
  }
  const exponent = largest > 0 ? Math.floor(Math.log2(largest)) : 0;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    const t = p.date.getTime();
    if (!Number.isFinite(t) || !Number.isFinite(p.value)) continue;
    const x = (t - origin) / DAY_MS;
    const y = timesPowerOfTwo(p.value, -exponent);
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  if (n < 2) {
    return {
      ok: false,
      code: 'tooFewCheckIns',
      message: `A forecast needs at least 2 check-ins with a value; this key result has ${n}.`,
    };
  }
  const spread = n * sxx - sx * sx;
  if (Math.abs(spread) < 1e-9) {
    return {
      ok: false,
      code: 'checkInsOnOneDay',
      message: 'All check-ins are on the same day, so there is no trend yet. Check in again on a later day.',
    };
  }
  const slope = (n * sxy - sx * sy) / spread;
  const intercept = (sy - slope * sx) / n;
  const value = timesPowerOfTwo(intercept + slope * ((at.getTime() - origin) / DAY_MS), exponent);
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      code: 'tooLarge',
      message: 'The trend exceeds ±1e308 by then.',
    };
  }
  const slopePerDay = timesPowerOfTwo(slope, exponent);
  return {
    ok: true,
    value: Number(value.toPrecision(12)),
    // A slope too steep to hold (values near ±1e308 a day apart) is shown as the largest number.
    slopePerDay: finite(slopePerDay),
    points: n,
  };
}

export type Projection =
  | { ok: true; value: number; progress: number; slopePerDay: number }
  | { ok: false; code: string; message: string };

/**
 * The value the check-in trend reaches at `end`, and the progress it would give, by the same
 * evaluation as the KR's own progress. Milestones have no trend (they are done or not), so they
 * are refused with code 'milestoneHasNoTrend'.
 */
export function projectProgress(
  kr: KrFields,
  points: readonly TrendPoint[],
  end: Date,
  settings: Settings,
): Projection {
  if (resolveKind(kr) === 'milestone') {
    return {
      ok: false,
      code: 'milestoneHasNoTrend',
      message: 'A milestone is done or not: it has no trend to project.',
    };
  }
  const forecast = forecastValue(points, end);
  if (!forecast.ok) return forecast;
  const unreadable = { ...kr.unreadable };
  delete unreadable.current;
  const projected = evaluateKeyResult({ ...kr, current: forecast.value, unreadable }, { settings });
  if (projected.progress === null) {
    const code = projected.problem?.code ?? 'noTarget';
    return { ok: false, code, message: `The forecast cannot be scored: ${code}.` };
  }
  return { ok: true, value: forecast.value, progress: projected.progress, slopePerDay: forecast.slopePerDay };
}
