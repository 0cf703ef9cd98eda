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

  it('fits the least-squares line through noisy check-ins', () => {
    const points = [
      { date: day(0), value: 1 },
      { date: day(1), value: 3 },
      { date: day(2), value: 2 },
      { date: day(3), value: 4 },
    ];
    // Slope 0.8, intercept 1.3: at day 10, 9.3.
    const forecast = forecastValue(points, day(10));
    expect(forecast.ok && forecast.value).toBeCloseTo(9.3, 9);
  });

  it('needs two check-ins on different days', () => {
    expect(forecastValue([], day(9))).toMatchObject({ ok: false, code: 'tooFewCheckIns' });
    expect(forecastValue([{ date: day(1), value: 5 }], day(9))).toMatchObject({ ok: false, code: 'tooFewCheckIns' });
    expect(
      forecastValue(
        [
          { date: day(1), value: 5 },
          { date: day(1), value: 7 },
        ],
        day(9),
      ),
    ).toMatchObject({ ok: false, code: 'checkInsOnOneDay' });
    expect(
      forecastValue(
        [
          { date: day(1), value: 5 },
          { date: day(2), value: Number.NaN },
        ],
        day(9),
      ),
    ).toMatchObject({ ok: false, code: 'tooFewCheckIns' });
  });

  it('reproduces any exact line regardless of the order of check-ins (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 2, maxLength: 15 }),
        fc.integer({ min: 0, max: 200 }),
        (slope, intercept, days, end) => {
          const points = days.map((n) => ({ date: day(n), value: intercept + slope * n }));
          const forecast = forecastValue(points, day(end));
          expect(forecast.ok).toBe(true);
          if (forecast.ok) expect(forecast.value).toBeCloseTo(intercept + slope * end, 3);
        },
      ),
    );
  });
});

describe('projectProgress', () => {
  const trend = [
    { date: day(0), value: 60 },
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

  it('scores the projection with the settings’ cap, whatever the current value holds', () => {
    const rising = [
      { date: day(0), value: 0 },
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
