import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeOf, statusOf } from '../../src/core/grading';
import { DEFAULT_SETTINGS, STATUSES } from '../../src/core/types';

const share = fc.double({ min: 0, max: 1, noNaN: true });

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
    expect(gradeOf(0.29, { ...DEFAULT_SETTINGS, yellowFrom: 0.3, greenFrom: 0.5 })).toBe('red');
    // Last-digit noise at a custom edge: 0.45 − 0.35 is 0.10000000000000003.
    expect(gradeOf(0.45 - 0.35, { yellowFrom: 0.1, greenFrom: 0.5 })).toBe('yellow');
  });

  it('only gets better as the score rises (property)', () => {
    const order = ['red', 'yellow', 'green'];
    fc.assert(
      fc.property(share, share, share, share, (a, b, x, y) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const bands = { yellowFrom: Math.min(x, y), greenFrom: Math.max(x, y) };
        expect(order.indexOf(gradeOf(low, bands))).toBeLessThanOrEqual(order.indexOf(gradeOf(high, bands)));
      }),
    );
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
