import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedProgress } from '../../src/core/pace';
import { gradeOf, statusOf, weightedScore } from '../../src/core/score';
import { STATUSES } from '../../src/core/types';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const share = fc.double({ min: 0, max: 1, noNaN: true });

describe('weightedScore', () => {
  it('is the weighted mean, with missing or null weights counting as 1', () => {
    expect(weightedScore([0.5, 1], [1, 3])).toBe(0.875);
    expect(weightedScore([0.2, 0.8])).toBe(0.5);
    expect(weightedScore([0.2, 0.8], [null, 3])).toBeCloseTo(0.65);
    expect(weightedScore([0.4, 1], [0, 2])).toBe(1);
  });

  it('is null with nothing to score and refuses negative weights', () => {
    expect(weightedScore([])).toBeNull();
    expect(weightedScore([0.5], [0])).toBeNull();
    expect(() => weightedScore([0.5], [-1])).toThrow(/negative/);
  });

  it('lies between the lowest and highest progress (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(share, fc.double({ min: 0.01, max: 10, noNaN: true })), { minLength: 1 }),
        (rows) => {
          const score = weightedScore(
            rows.map(([p]) => p),
            rows.map(([, w]) => w),
          ) as number;
          expect(score).toBeGreaterThanOrEqual(Math.min(...rows.map(([p]) => p)) - 1e-12);
          expect(score).toBeLessThanOrEqual(Math.max(...rows.map(([p]) => p)) + 1e-12);
        },
      ),
    );
  });
});

describe('gradeOf', () => {
  it("uses Google's bands with inclusive lower edges", () => {
    expect(gradeOf(0)).toBe('red');
    expect(gradeOf(0.39)).toBe('red');
    expect(gradeOf(0.4)).toBe('yellow');
    expect(gradeOf(0.69)).toBe('yellow');
    expect(gradeOf(0.7)).toBe('green');
    expect(gradeOf(0.1 + 0.2 + 0.4)).toBe('green'); // 0.7000000000000001
    expect(gradeOf(0.3 + 0.4 - 1e-15)).toBe('green');
    expect(gradeOf(1.2)).toBe('green');
    expect(gradeOf(0.55, { yellowFrom: 0.3, greenFrom: 0.5 })).toBe('green');
  });
});

describe('statusOf', () => {
  it('applies the default gaps: more than 0.1 behind is at risk, more than 0.25 off track', () => {
    expect(statusOf(1, 0.2)).toBe('done');
    expect(statusOf(1.1, 1)).toBe('done');
    expect(statusOf(0.5, 0.5)).toBe('onTrack');
    expect(statusOf(0.9, 0.5)).toBe('onTrack');
    expect(statusOf(0.4, 0.5)).toBe('onTrack'); // exactly 0.1 behind
    expect(statusOf(0.35, 0.45)).toBe('onTrack'); // 0.10000000000000003 behind: still the edge
    expect(statusOf(0.39, 0.5)).toBe('atRisk');
    expect(statusOf(0.25, 0.5)).toBe('atRisk'); // exactly 0.25 behind
    expect(statusOf(0.24, 0.5)).toBe('offTrack');
    expect(statusOf(0, 1)).toBe('offTrack');
  });

  it('uses custom thresholds', () => {
    expect(statusOf(0.4, 0.5, { atRiskGap: 0.05, offTrackGap: 0.2 })).toBe('atRisk');
    expect(statusOf(0.2, 0.5, { atRiskGap: 0.05, offTrackGap: 0.2 })).toBe('offTrack');
  });

  it('only gets worse as progress falls behind (property)', () => {
    fc.assert(
      fc.property(share, share, share, (a, b, expected) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        expect(STATUSES.indexOf(statusOf(low, expected))).toBeGreaterThanOrEqual(
          STATUSES.indexOf(statusOf(high, expected)),
        );
      }),
    );
  });
});

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
