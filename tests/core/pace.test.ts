import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedProgress, paceAt } from '../../src/core/pace';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('expectedProgress', () => {
  const start = day(2027, 1, 1);
  const end = day(2027, 3, 31); // 90 days

  it('is the elapsed share of the period in whole days, clamped to [0, 1]', () => {
    expect(expectedProgress(start, end, day(2026, 12, 15))).toBe(0);
    expect(expectedProgress(start, end, start)).toBe(0);
    expect(expectedProgress(start, end, day(2027, 2, 15))).toBe(0.5);
    expect(expectedProgress(start, end, day(2027, 4, 1))).toBe(1);
    expect(expectedProgress(start, end, day(2027, 6, 1))).toBe(1);
    expect(expectedProgress(start, start, day(2027, 1, 1))).toBe(0);
    expect(expectedProgress(end, start, day(2027, 2, 1))).toBe(1);
  });

  it('never decreases as time passes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 120 }), fc.integer({ min: 0, max: 30 }), (offset, more) => {
        const at = (n: number) => new Date(start.getTime() + n * 86_400_000);
        const a = expectedProgress(start, end, at(offset));
        const b = expectedProgress(start, end, at(offset + more));
        expect(b).toBeGreaterThanOrEqual(a);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('paceAt', () => {
  const start = day(2027, 1, 1);
  const end = day(2027, 3, 31);

  it('gives the expected share with the whole days behind it, both ends included', () => {
    expect(paceAt(start, end, day(2027, 2, 15))).toEqual({ expected: 0.5, elapsedDays: 45, days: 90, start, end });
    expect(paceAt(start, end, day(2026, 12, 1))).toMatchObject({ expected: 0, elapsedDays: 0, days: 90 });
    expect(paceAt(start, end, day(2027, 5, 1))).toMatchObject({ expected: 1, elapsedDays: 90, days: 90 });
    expect(paceAt(start, day(2027, 1, 30), day(2027, 2, 15))).toMatchObject({ expected: 1, elapsedDays: 30, days: 30 });
  });

  it('agrees with expectedProgress and counts days within [0, days] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 150 }), fc.integer({ min: 0, max: 400 }), (offset, length) => {
        const until = new Date(start.getTime() + length * 86_400_000);
        const at = new Date(start.getTime() + offset * 86_400_000);
        const pace = paceAt(start, until, at);
        expect(pace.expected).toBe(expectedProgress(start, until, at));
        expect(pace.days).toBe(length + 1);
        expect(pace.elapsedDays).toBeGreaterThanOrEqual(0);
        expect(pace.elapsedDays).toBeLessThanOrEqual(pace.days);
        expect(pace.elapsedDays / pace.days).toBeCloseTo(pace.expected, 9);
      }),
    );
  });
});
