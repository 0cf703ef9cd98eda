import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KrFields } from '../../src/core/evaluate';
import { forecastValue, projectProgress } from '../../src/core/forecast';
import { DEFAULT_SETTINGS } from '../../src/core/types';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);

describe('forecastValue', () => {
  it('extends a straight line of check-ins to the end date', () => {
    // 100,000 of new sales per 30 days from 0 on January 1st.
    const points = [0, 30, 60].map((n) => ({ date: day(n), value: (n / 30) * 100_000 }));
    const forecast = forecastValue(points, day(90));
    expect(forecast).toMatchObject({ ok: true, value: 300_000, points: 3 });
    if (forecast.ok) expect(forecast.slopePerDay).toBeCloseTo(100_000 / 30);
  });

  it('follows the median slope, so one stray check-in barely moves it (hand-worked)', () => {
    // 1 a day, except a stray 95 on day 20. Slopes of the 10 pairs, sorted:
    // -6.5, -2.75, 1, 1, 1, 1, 1, 1, 4.75, 8.5 → median 1; intercepts y − x: 0, 0, 75, 0, 0 → 0.
    const points = [0, 10, 20, 30, 40].map((n) => ({ date: day(n), value: n === 20 ? 95 : n }));
    const forecast = forecastValue(points, day(90));
    expect(forecast).toMatchObject({ ok: true, value: 90, slopePerDay: 1, points: 5 });
    // A least-squares line would have gone through the stray value: slope 0.35, 59 by day 90.
    // The range: n = 5, N = 10, 1.645·√(5·4·15/18) = 6.72, so ranks 1 and 10 (−6.5 and 8.5),
    // each line through the middle of the points: 225 − 6.5·90 = −360 and −75 + 8.5·90 = 690.
    expect(forecast.ok && [forecast.low, forecast.high]).toEqual([-360, 690]);
  });

  it('narrows its range as check-ins agree (hand-worked)', () => {
    // Twelve weekly check-ins exactly on a line: every pair has the same slope, the range is the value.
    const line = Array.from({ length: 12 }, (_, i) => ({ date: day(7 * i), value: 1000 + 50 * i }));
    expect(forecastValue(line, day(91))).toMatchObject({ ok: true, value: 1650, low: 1650, high: 1650 });
    // Three check-ins 0, 10, 30 on days 0, 10, 20: slopes 1, 1.5, 2 → median 1.5; intercepts
    // 0, −5, 0 → 0; with 3 points the interval spans every slope: 1·30 + 0 = 30 and
    // 2·30 + median(0, −10, −10) = 50, around 45.
    const three = [0, 10, 30].map((value, i) => ({ date: day(10 * i), value }));
    expect(forecastValue(three, day(30))).toMatchObject({ ok: true, value: 45, low: 30, high: 50, points: 3 });
  });

  it('needs three check-ins on at least two days', () => {
    expect(forecastValue([], day(9))).toMatchObject({ ok: false, code: 'tooFewCheckIns' });
    const two = [
      { date: day(1), value: 5 },
      { date: day(2), value: 7 },
    ];
    expect(forecastValue(two, day(9))).toMatchObject({ ok: false, code: 'tooFewCheckIns' });
    expect(
      forecastValue(
        [1, 1, 1].map((n, i) => ({ date: day(n), value: i })),
        day(9),
      ),
    ).toMatchObject({ ok: false, code: 'checkInsOnOneDay' });
    expect(forecastValue([...two, { date: day(3), value: Number.NaN }], day(9))).toMatchObject({
      ok: false,
      code: 'tooFewCheckIns',
    });
  });

  it('reads the latest check-ins when there are very many', () => {
    // 1,500 check-ins: the first 500 fall, the latest 1,000 rise by 2 a day.
    const points = Array.from({ length: 1500 }, (_, i) => ({ date: day(i), value: i < 500 ? -i : 2 * i }));
    expect(forecastValue(points, day(1600))).toMatchObject({ ok: true, value: 3200, points: 1000 });
  });

  it('reproduces any exact line regardless of the order of check-ins (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 3, maxLength: 15 }),
        fc.integer({ min: 0, max: 200 }),
        (slope, intercept, days, end) => {
          const points = days.map((n) => ({ date: day(n), value: intercept + slope * n }));
          const forecast = forecastValue(points, day(end));
          expect(forecast.ok).toBe(true);
          if (forecast.ok) {
            expect(forecast.value).toBeCloseTo(intercept + slope * end, 3);
            expect(forecast.low).toBeCloseTo(forecast.value, 3);
            expect(forecast.high).toBeCloseTo(forecast.value, 3);
          }
        },
      ),
    );
  });
});

describe('projectProgress', () => {
  const trend = [
    { date: day(0), value: 60 },
    { date: day(15), value: 59.5 },
    { date: day(30), value: 59 },
  ];
  const settings = DEFAULT_SETTINGS;
  const kr = (fields: Partial<KrFields>): KrFields => ({
    kind: null,
    baseline: null,
    target: null,
    current: null,
    weight: null,
    ...fields,
  });

  it('turns the projected value into progress for the KR kind', () => {
    // Sales cycle from 60 to 55 days, falling 1 day per 30 days: 57 by day 90, so 0.6.
    expect(projectProgress(kr({ kind: 'decrease', baseline: 60, target: 55 }), trend, day(90), settings)).toMatchObject(
      {
        ok: true,
        value: 57,
        progress: 0.6,
      },
    );
    expect(projectProgress(kr({ kind: 'atMost', baseline: 0, target: 57 }), trend, day(90), settings)).toMatchObject({
      ok: true,
      progress: 1,
    });
    // A blank kind is read from the direction of the target, as for the KR's own progress.
    expect(projectProgress(kr({ baseline: 60, target: 55 }), trend, day(90), settings)).toMatchObject({
      ok: true,
      progress: 0.6,
    });
  });

  it('gives the progress at both ends of the trend’s range, the lower first for a falling KR too', () => {
    // Cycle days 60, 58, 59 on days 0, 10, 20: slopes −0.2, −0.05, 0.1 → median −0.05, intercepts
    // y + 0.05·x: 60, 58.5, 60 → 60, so 58 by day 40. With 3 points the range spans every slope:
    // −0.2 (intercepts 60, 60, 63 → 60: 52 by day 40) and 0.1 (60, 57, 57 → 57: 61 by day 40).
    const noisy = [60, 58, 59].map((value, i) => ({ date: day(10 * i), value }));
    const cycle = kr({ kind: 'decrease', baseline: 60, target: 50 });
    const projection = projectProgress(cycle, noisy, day(40), settings);
    expect(projection).toMatchObject({ ok: true, value: 58 });
    // Fewer days are better: 58 is 0.2 of the way, 61 days is no progress (0), 52 days is 0.8.
    if (projection.ok) {
      expect(projection.progress).toBeCloseTo(0.2, 9);
      expect(projection.low).toBe(0);
      expect(projection.high).toBeCloseTo(0.8, 9);
    }
  });

  it('scores the projection with the settings’ cap, whatever the current value holds', () => {
    const rising = [
      { date: day(0), value: 0 },
      { date: day(15), value: 25 },
      { date: day(30), value: 50 },
    ];
    const growth = kr({ kind: 'increase', baseline: 0, target: 100, current: 50 });
    expect(projectProgress(growth, rising, day(90), settings)).toMatchObject({ ok: true, value: 150, progress: 1 });
    expect(projectProgress(growth, rising, day(90), { ...settings, cap: 1.2 })).toMatchObject({ progress: 1.2 });
    const unreadable = {
      ...growth,
      current: null,
      unreadable: { current: { code: 'notANumber' as const, text: 'x' } },
    };
    expect(projectProgress(unreadable, rising, day(60), settings)).toMatchObject({ ok: true, value: 100, progress: 1 });
  });

  it('refuses milestones, too few check-ins and unmeasurable KRs', () => {
    expect(projectProgress(kr({ kind: 'milestone', baseline: 0, target: 1 }), trend, day(90), settings)).toMatchObject({
      ok: false,
      code: 'milestoneHasNoTrend',
    });
    expect(projectProgress(kr({ current: true }), trend, day(90), settings)).toMatchObject({
      ok: false,
      code: 'milestoneHasNoTrend',
    });
    expect(
      projectProgress(kr({ kind: 'increase', baseline: 0, target: 1 }), trend.slice(1), day(90), settings),
    ).toMatchObject({
      ok: false,
      code: 'tooFewCheckIns',
    });
    expect(projectProgress(kr({ kind: 'increase', baseline: 5, target: 5 }), trend, day(90), settings)).toMatchObject({
      ok: false,
      code: 'targetEqualsBaseline',
    });
    expect(projectProgress(kr({ kind: 'increase', baseline: 0 }), trend, day(90), settings)).toMatchObject({
      ok: false,
      code: 'noTarget',
    });
  });
});
