import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OkrInputError } from '../../src/core/errors';
import { krProgress } from '../../src/core/progress';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const cap = fc.double({ min: 0.01, max: 3, noNaN: true });

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof OkrInputError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('krProgress: increase and decrease', () => {
  it('is linear from baseline to target', () => {
    expect(krProgress({ kind: 'increase', baseline: 0, target: 500000, current: 125000 })).toBe(0.25);
    expect(krProgress({ kind: 'increase', baseline: 0.15, target: 0.25, current: 0.19 })).toBe(0.4);
    expect(krProgress({ kind: 'increase', baseline: 40000, target: 46000, current: 43000 })).toBe(0.5);
    expect(krProgress({ kind: 'decrease', baseline: 60, target: 55, current: 57 })).toBe(0.6);
    expect(krProgress({ kind: 'decrease', baseline: 0.05, target: 0.045, current: 0.05 })).toBe(0);
  });

  it('is 0 when worse than the baseline and stops at the cap', () => {
    expect(krProgress({ kind: 'increase', baseline: 100, target: 200, current: 50 })).toBe(0);
    expect(krProgress({ kind: 'decrease', baseline: 60, target: 55, current: 70 })).toBe(0);
    expect(krProgress({ kind: 'increase', baseline: 0, target: 100, current: 150 })).toBe(1);
    expect(krProgress({ kind: 'increase', baseline: 0, target: 100, current: 150, cap: 1.2 })).toBe(1.2);
    expect(krProgress({ kind: 'increase', baseline: 0, target: 100, current: 110, cap: 1.2 })).toBe(1.1);
  });

  it('refuses a target equal to the baseline or on the wrong side of it', () => {
    expect(code(() => krProgress({ kind: 'increase', baseline: 5, target: 5, current: 5 }))).toBe(
      'targetEqualsBaseline',
    );
    expect(code(() => krProgress({ kind: 'increase', baseline: 10, target: 5, current: 7 }))).toBe('targetWrongWay');
    expect(code(() => krProgress({ kind: 'decrease', baseline: 5, target: 10, current: 7 }))).toBe('targetWrongWay');
    expect(code(() => krProgress({ kind: 'increase', baseline: 0, target: 10, current: 7, cap: 0 }))).toBe('badCap');
    expect(code(() => krProgress({ kind: 'increase', baseline: 0, target: 10, current: Number.NaN }))).toBe(
      'currentNotANumber',
    );
  });

  it('stays within [0, cap] and matches the formula inside the range (property)', () => {
    fc.assert(
      fc.property(value, value, value, cap, (baseline, target, current, c) => {
        fc.pre(Math.abs(target - baseline) > 1e-6);
        const kind = target > baseline ? 'increase' : 'decrease';
        const p = krProgress({ kind, baseline, target, current, cap: c });
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(c);
        const raw = (current - baseline) / (target - baseline);
        if (raw <= 0) expect(p).toBe(0);
        else if (raw >= c) expect(p).toBe(c);
        else expect(p).toBeCloseTo(raw, 9);
      }),
    );
  });

  it('never decreases as current moves towards the target (property)', () => {
    fc.assert(
      fc.property(value, value, value, value, (baseline, target, a, b) => {
        fc.pre(Math.abs(target - baseline) > 1e-6);
        const kind = target > baseline ? 'increase' : 'decrease';
        const [worse, better] = (b - a) * (target - baseline) >= 0 ? [a, b] : [b, a];
        expect(krProgress({ kind, baseline, target, current: better })).toBeGreaterThanOrEqual(
          krProgress({ kind, baseline, target, current: worse }),
        );
      }),
    );
  });

  it('gives 0 at the baseline and 1 at the target (property)', () => {
    fc.assert(
      fc.property(value, value, (baseline, target) => {
        fc.pre(Math.abs(target - baseline) > 1e-6);
        const kind = target > baseline ? 'increase' : 'decrease';
        expect(krProgress({ kind, baseline, target, current: baseline })).toBe(0);
        expect(krProgress({ kind, baseline, target, current: target })).toBe(1);
      }),
    );
  });
});

describe('krProgress: at least, at most, milestone', () => {
  it('counts hitting the target exactly as met (inclusive)', () => {
    expect(krProgress({ kind: 'atLeast', baseline: 0, target: 4, current: 4 })).toBe(1);
    expect(krProgress({ kind: 'atLeast', baseline: 0, target: 4, current: 3.99 })).toBe(0);
    expect(krProgress({ kind: 'atMost', baseline: 0, target: 0.1, current: 0.1 })).toBe(1);
    expect(krProgress({ kind: 'atMost', baseline: 0, target: 0.1, current: 0.11 })).toBe(0);
    // Sheet arithmetic noise does not flip the result: 0.7 − 0.4 is 0.29999999999999993.
    expect(krProgress({ kind: 'atLeast', baseline: 0, target: 0.3, current: 0.7 - 0.4 })).toBe(1);
  });

  it('ignores the baseline, even when it equals the target', () => {
    expect(krProgress({ kind: 'atLeast', baseline: 90, target: 90, current: 92 })).toBe(1);
    expect(krProgress({ kind: 'atMost', baseline: 10, target: 10, current: 9 })).toBe(1);
  });

  it('is 1 exactly when the condition holds (property)', () => {
    fc.assert(
      fc.property(value, value, (target, current) => {
        // Within 1e-9 (relative) of the target counts as hitting it: sheet arithmetic noise.
        fc.pre(Math.abs(current - target) > 1e-9 * Math.max(1, Math.abs(target)));
        expect(krProgress({ kind: 'atLeast', baseline: 0, target, current })).toBe(current >= target ? 1 : 0);
        expect(krProgress({ kind: 'atMost', baseline: 0, target, current })).toBe(current <= target ? 1 : 0);
      }),
    );
  });

  it('counts a milestone done for TRUE, 1 and done words only', () => {
    for (const done of [true, 1, 'done', 'Erledigt', '✓', '完成', 'نعم']) {
      expect(krProgress({ kind: 'milestone', baseline: 0, target: 0, current: done }), String(done)).toBe(1);
    }
    for (const open of [false, 0, 0.5, 'in progress', 'no', '']) {
      expect(krProgress({ kind: 'milestone', baseline: 0, target: 0, current: open }), String(open)).toBe(0);
    }
  });
});
