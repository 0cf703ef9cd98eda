import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCells, evaluateKeyResult, type KrFields, resolveKind, weightOf } from '../../src/core/evaluate';
import { DEFAULT_SETTINGS, type KrKind } from '../../src/core/types';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const cap = fc.double({ min: 0.01, max: 3, noNaN: true });
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

type Fields = Partial<KrFields> & Pick<KrFields, 'kind'>;

function fields(f: Fields): KrFields {
  return { baseline: null, target: null, current: null, weight: null, ...f };
}

function evaluate(f: Fields, c = 1) {
  return evaluateKeyResult(fields(f), { settings: { ...DEFAULT_SETTINGS, cap: c } });
}

/** Progress, with the check that a computable KR has no problem. */
function progress(f: Fields, c = 1): number | null {
  const e = evaluate(f, c);
  if (e.progress !== null && e.problem) throw new Error(`progress ${e.progress} with problem ${e.problem.code}`);
  return e.progress;
}

function problem(f: Fields) {
  const e = evaluate(f);
  return e.problem && { code: e.problem.code, field: e.problem.field };
}

describe('evaluateKeyResult: increase and decrease', () => {
  it('is linear from baseline to target', () => {
    expect(progress({ kind: 'increase', baseline: 0, target: 500000, current: 125000 })).toBe(0.25);
    expect(progress({ kind: 'increase', baseline: 0.15, target: 0.25, current: 0.19 })).toBe(0.4);
    expect(progress({ kind: 'increase', baseline: 40000, target: 46000, current: 43000 })).toBe(0.5);
    expect(progress({ kind: 'decrease', baseline: 60, target: 55, current: 57 })).toBe(0.6);
    expect(progress({ kind: 'decrease', baseline: 0.05, target: 0.045, current: 0.05 })).toBe(0);
  });

  it('says how far the value moved towards the target, and the whole way', () => {
    expect(evaluate({ kind: 'increase', baseline: 100, target: 300, current: 150 })).toMatchObject({
      moved: 50,
      span: 200,
      rawProgress: 0.25,
    });
    expect(evaluate({ kind: 'decrease', baseline: 60, target: 55, current: 62 })).toMatchObject({
      moved: -2,
      span: 5,
      rawProgress: -0.4,
      progress: 0,
    });
  });

  it('is 0 when worse than the baseline and stops at the cap, keeping the raw value', () => {
    expect(progress({ kind: 'increase', baseline: 100, target: 200, current: 50 })).toBe(0);
    expect(progress({ kind: 'decrease', baseline: 60, target: 55, current: 70 })).toBe(0);
    expect(progress({ kind: 'increase', baseline: 0, target: 100, current: 150 })).toBe(1);
    expect(progress({ kind: 'increase', baseline: 0, target: 100, current: 150 }, 1.2)).toBe(1.2);
    expect(progress({ kind: 'increase', baseline: 0, target: 100, current: 110 }, 1.2)).toBe(1.1);
    expect(evaluate({ kind: 'increase', baseline: 0, target: 100, current: 150 }).rawProgress).toBe(1.5);
  });

  it('counts a blank baseline as 0 and says so', () => {
    expect(evaluate({ kind: 'increase', target: 10, current: 4 })).toMatchObject({
      baseline: 0,
      baselineDefaulted: true,
      progress: 0.4,
    });
    expect(evaluate({ kind: 'increase', baseline: 2, target: 10, current: 4 }).baselineDefaulted).toBe(false);
  });

  it('refuses a target equal to the baseline or on the wrong side of it', () => {
    expect(problem({ kind: 'increase', baseline: 5, target: 5, current: 5 })).toEqual({
      code: 'targetEqualsBaseline',
      field: 'target',
    });
    expect(problem({ kind: 'increase', baseline: 10, target: 5, current: 7 })).toEqual({
      code: 'targetWrongWay',
      field: 'target',
    });
    expect(problem({ kind: 'decrease', baseline: 5, target: 10, current: 7 })?.code).toBe('targetWrongWay');
    expect(evaluate({ kind: 'increase', baseline: 5, target: 5, current: 5 })).toMatchObject({
      progress: null,
      rawProgress: null,
      grade: null,
    });
  });

  it('stays within [0, cap] and matches the formula inside the range (property)', () => {
    fc.assert(
      fc.property(value, value, value, cap, (baseline, target, current, c) => {
        fc.pre(Math.abs(target - baseline) > 1e-6);
        const kind = target > baseline ? 'increase' : 'decrease';
        const p = progress({ kind, baseline, target, current }, c) as number;
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
        expect(progress({ kind, baseline, target, current: better })).toBeGreaterThanOrEqual(
          progress({ kind, baseline, target, current: worse }) as number,
        );
      }),
    );
  });

  it('gives 0 at the baseline and 1 at the target (property)', () => {
    fc.assert(
      fc.property(value, value, (baseline, target) => {
        fc.pre(Math.abs(target - baseline) > 1e-6);
        const kind = target > baseline ? 'increase' : 'decrease';
        expect(progress({ kind, baseline, target, current: baseline })).toBe(0);
        expect(progress({ kind, baseline, target, current: target })).toBe(1);
      }),
    );
  });
});

describe('evaluateKeyResult: at least, at most, milestone', () => {
  it('counts hitting the target exactly as met (inclusive)', () => {
    expect(progress({ kind: 'atLeast', baseline: 0, target: 4, current: 4 })).toBe(1);
    expect(progress({ kind: 'atLeast', baseline: 0, target: 4, current: 3.99 })).toBe(0);
    expect(progress({ kind: 'atMost', baseline: 0, target: 0.1, current: 0.1 })).toBe(1);
    expect(progress({ kind: 'atMost', baseline: 0, target: 0.1, current: 0.11 })).toBe(0);
    // Sheet arithmetic noise does not flip the result: 0.7 − 0.4 is 0.29999999999999993.
    expect(progress({ kind: 'atLeast', baseline: 0, target: 0.3, current: 0.7 - 0.4 })).toBe(1);
  });

  it('ignores the baseline, even when it equals the target or cannot be read', () => {
    expect(progress({ kind: 'atLeast', baseline: 90, target: 90, current: 92 })).toBe(1);
    expect(progress({ kind: 'atMost', baseline: 10, target: 10, current: 9 })).toBe(1);
    expect(
      evaluateCells({ kind: 'at least', baseline: 'n/a', target: 4, current: 5 }, { settings: DEFAULT_SETTINGS }),
    ).toMatchObject({ progress: 1, problem: null });
  });

  it('is 1 exactly when the condition holds (property)', () => {
    fc.assert(
      fc.property(value, value, (target, current) => {
        // Within 1e-9 (relative) of the target counts as hitting it: sheet arithmetic noise.
        fc.pre(Math.abs(current - target) > 1e-9 * Math.max(1, Math.abs(target)));
        expect(progress({ kind: 'atLeast', baseline: 0, target, current })).toBe(current >= target ? 1 : 0);
        expect(progress({ kind: 'atMost', baseline: 0, target, current })).toBe(current <= target ? 1 : 0);
      }),
    );
  });

  it('never counts a met threshold or a done milestone above 1, whatever the cap', () => {
    expect(progress({ kind: 'atLeast', target: 4, current: 9 }, 1.5)).toBe(1);
    expect(progress({ kind: 'milestone', current: true }, 1.5)).toBe(1);
  });

  it('counts a milestone done for TRUE, 1 and done words only, and a blank one as not done', () => {
    const settings = DEFAULT_SETTINGS;
    for (const done of [true, 1, 'done', 'Erledigt', '✓', '完成', 'نعم']) {
      expect(evaluateCells({ kind: 'milestone', current: done }, { settings }).progress, String(done)).toBe(1);
    }
    for (const open of [false, 0, 0.5, 'in progress', 'no', '', null]) {
      const e = evaluateCells({ kind: 'milestone', current: open }, { settings });
      expect(e.progress, String(open)).toBe(0);
      expect(e.problem, String(open)).toBeNull();
    }
  });

  it('needs no target for a milestone', () => {
    expect(evaluate({ kind: 'milestone', current: true })).toMatchObject({ progress: 1, problem: null });
  });
});

describe('evaluateKeyResult: kind', () => {
  it('reads a blank kind as milestone for a checkbox, else from the direction of the target', () => {
    expect(evaluate({ kind: null, baseline: 60, target: 55, current: 57 })).toMatchObject({
      kind: 'decrease',
      kindInferred: true,
      progress: 0.6,
    });
    expect(evaluate({ kind: null, target: 10, current: 5 })).toMatchObject({ kind: 'increase', kindInferred: true });
    expect(evaluate({ kind: null, current: true })).toMatchObject({
      kind: 'milestone',
      kindInferred: true,
      progress: 1,
    });
    expect(evaluate({ kind: 'increase', target: 10, current: 5 }).kindInferred).toBe(false);
  });

  it('resolves the kind the same way for any fields', () => {
    expect(resolveKind({ kind: 'atMost', baseline: 0, target: 10, current: 5 })).toBe('atMost');
    expect(resolveKind({ kind: null, baseline: null, target: -5, current: 1 })).toBe('decrease');
    expect(resolveKind({ kind: null, baseline: 3, target: 3, current: 1 })).toBe('increase');
    expect(resolveKind({ kind: null, baseline: 3, target: null, current: false })).toBe('milestone');
    expect(resolveKind({ kind: null, baseline: 3, target: null, current: 4 })).toBeNull();
  });
});

describe('evaluateKeyResult: problems and what a KR counts for', () => {
  it('names what is missing', () => {
    expect(problem({ kind: 'increase', baseline: 0, current: 5 })).toEqual({ code: 'noTarget', field: 'target' });
    expect(problem({ kind: null, baseline: 5, current: 5 })).toEqual({ code: 'noTarget', field: 'target' });
    expect(problem({ kind: 'increase', baseline: 0, target: 10 })).toEqual({ code: 'noCurrent', field: 'current' });
    expect(problem({ kind: 'atLeast', target: 10 })).toEqual({ code: 'noCurrent', field: 'current' });
  });

  it('counts a KR with a problem as 0 at its weight, and its progress otherwise', () => {
    expect(evaluate({ kind: 'increase', target: 10, current: 4, weight: 3 })).toMatchObject({
      scored: true,
      weight: 3,
      counted: 0.4,
    });
    expect(evaluate({ kind: 'increase', target: 10, weight: 3 })).toMatchObject({
      scored: true,
      weight: 3,
      counted: 0,
      progress: null,
    });
  });

  it('keeps the progress of a KR with a bad weight, but counts it as 0 at weight 1', () => {
    expect(evaluate({ kind: 'increase', target: 10, current: 4, weight: -2 })).toMatchObject({
      progress: 0.4,
      grade: 'yellow',
      weight: 1,
      counted: 0,
      problem: { code: 'negativeWeight', field: 'weight', text: '-2' },
    });
  });

  it('reports the first problem: kind, target, current, baseline, then weight', () => {
    const bad = { code: 'notANumber' as const, text: 'x' };
    let unreadable: NonNullable<KrFields['unreadable']> = {
      kind: { code: 'unknownKind', text: 'x' },
      baseline: bad,
      target: bad,
      current: bad,
      weight: bad,
    };
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      const kr = { kind: 'increase' as const, baseline: 0, target: 10, current: 5, weight: 1, unreadable };
      const field = evaluateKeyResult(kr, { settings: DEFAULT_SETTINGS }).problem?.field;
      if (!field) break;
      order.push(field);
      const { [field]: _, ...rest } = unreadable;
      unreadable = rest;
    }
    expect(order).toEqual(['kind', 'target', 'current', 'baseline', 'weight']);
  });

  it('leaves out only a draft row: kind, baseline, target and current all blank', () => {
    const draft = evaluate({ kind: null, weight: 2 });
    expect(draft).toMatchObject({ scored: false, progress: null, counted: 0 });
    expect(draft.problem?.code).toBe('noTarget');
    // Anything to measure entered, even unreadable, makes it a KR with a problem that counts as 0.
    expect(evaluate({ kind: null, baseline: 5 }).scored).toBe(true);
    expect(evaluate({ kind: null, current: 5 }).scored).toBe(true);
    expect(evaluate({ kind: 'increase' }).scored).toBe(true);
    const unreadable = { current: { code: 'notANumber' as const, text: 'abc' } };
    const settings = DEFAULT_SETTINGS;
    expect(evaluateKeyResult(fields({ kind: null, unreadable }), { settings })).toMatchObject({
      scored: true,
      counted: 0,
      problem: { code: 'noTarget' },
    });
    expect(evaluateKeyResult(fields({ kind: null, target: 10, unreadable }), { settings })).toMatchObject({
      scored: true,
      counted: 0,
      problem: { code: 'notANumber', field: 'current', text: 'abc' },
    });
  });

  it('counts progress, or 0 with a problem, always within [0, cap] (property)', () => {
    const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom<KrKind | null>(null, 'increase', 'decrease', 'atLeast', 'atMost', 'milestone'),
        maybe(value),
        maybe(value),
        fc.option(fc.oneof(value, fc.boolean()), { nil: null }),
        maybe(fc.double({ min: -5, max: 5, noNaN: true })),
        cap,
        (kind, baseline, target, current, weight, c) => {
          const e = evaluate({ kind, baseline, target, current, weight }, c);
          expect(e.weight).toBeGreaterThanOrEqual(0);
          expect(e.counted).toBe(e.problem ? 0 : e.progress);
          expect(e.counted).toBeGreaterThanOrEqual(0);
          expect(e.counted).toBeLessThanOrEqual(Math.max(c, 0));
          if (e.progress === null) expect(e.problem).not.toBeNull();
          expect(e.scored).toBe(!(kind === null && baseline === null && target === null && current === null));
        },
      ),
    );
  });
});

describe('evaluateKeyResult: pace, status and grade', () => {
  const period = { start: day(2027, 1, 1), end: day(2027, 3, 31) };
  const settings = DEFAULT_SETTINGS;

  it('gives expected progress and status only with a period and a date', () => {
    const kr = fields({ kind: 'increase', target: 10, current: 2 });
    expect(evaluateKeyResult(kr, { settings })).toMatchObject({ pace: null, status: null, grade: 'red' });
    const e = evaluateKeyResult(kr, { settings, period, asOf: day(2027, 2, 15) });
    expect(e.pace).toMatchObject({ expected: 0.5, elapsedDays: 45, days: 90 });
    expect(e.status).toBe('offTrack');
  });

  it('paces a KR towards its own due date', () => {
    const kr = fields({ kind: 'increase', target: 10, current: 5, dueDate: day(2027, 1, 31) });
    const e = evaluateKeyResult(kr, { settings, period, asOf: day(2027, 2, 15) });
    expect(e.pace).toMatchObject({ expected: 1, days: 31, end: day(2027, 1, 31) });
    expect(e.status).toBe('offTrack');
  });

  it('grades and gives status with the settings', () => {
    const kr = fields({ kind: 'increase', target: 10, current: 4.5 });
    const custom = { ...DEFAULT_SETTINGS, yellowFrom: 0.2, greenFrom: 0.45, atRiskGap: 0.04, offTrackGap: 0.1 };
    expect(evaluateKeyResult(kr, { settings, period, asOf: day(2027, 2, 15) })).toMatchObject({
      grade: 'yellow',
      status: 'onTrack',
    });
    expect(evaluateKeyResult(kr, { settings: custom, period, asOf: day(2027, 2, 15) })).toMatchObject({
      grade: 'green',
      status: 'atRisk',
    });
  });

  it('has no status or grade without progress', () => {
    const e = evaluateKeyResult(fields({ kind: 'increase', target: 10 }), { settings, period, asOf: day(2027, 2, 15) });
    expect(e).toMatchObject({ status: null, grade: null });
    expect(e.pace?.expected).toBe(0.5);
  });
});

describe('evaluateCells', () => {
  const settings = DEFAULT_SETTINGS;

  it('reads cells as typed, in any of the languages', () => {
    expect(evaluateCells({ current: '19%', target: '25%', baseline: '15%' }, { settings }).progress).toBe(0.4);
    expect(evaluateCells({ current: '250.000 €', target: '500.000 €', kind: 'Steigern' }, { settings }).progress).toBe(
      0.5,
    );
    expect(evaluateCells({ current: 57, target: 55, baseline: 60, kind: 'Réduire' }, { settings }).progress).toBe(0.6);
  });

  it('keeps what an unreadable cell held, with the field', () => {
    const problemOf = (cells: Parameters<typeof evaluateCells>[0]) => evaluateCells(cells, { settings }).problem;
    expect(problemOf({ current: 'abc', target: 10 })).toEqual({ code: 'notANumber', field: 'current', text: 'abc' });
    expect(problemOf({ current: 5, target: '1,500' })).toEqual({
      code: 'ambiguousNumber',
      field: 'target',
      text: '1,500',
    });
    expect(problemOf({ current: 5, target: 10, kind: 'sideways' })).toEqual({
      code: 'unknownKind',
      field: 'kind',
      text: 'sideways',
    });
    expect(problemOf({ current: '19%', target: 25 })).toMatchObject({ code: 'percentMismatch', field: 'current' });
    expect(problemOf({ current: day(2027, 5, 1), target: 10 })).toEqual({
      code: 'dateNotNumber',
      field: 'current',
      text: '2027-05-01',
    });
    expect(problemOf({ current: '#N/A', target: 10 })).toMatchObject({ code: 'cellError', field: 'current' });
    expect(problemOf({ current: '⚠ no target', target: 10 })).toEqual({
      code: 'cellError',
      field: 'current',
      text: '⚠ no target',
    });
    expect(problemOf({ current: 5, target: 10, weight: 'heavy' })).toEqual({
      code: 'notANumber',
      field: 'weight',
      text: 'heavy',
    });
    expect(problemOf({ current: Number.NaN, target: 10 })?.code).toBe('notANumber');
  });

  it('agrees with evaluateKeyResult on the values it read (property)', () => {
    const cell = fc.oneof(value, fc.constantFrom('', '19%', 'abc', '1,500', true, false));
    fc.assert(
      fc.property(
        cell,
        cell,
        cell,
        fc.constantFrom('', 'increase', 'decrease', 'at least', 'milestone'),
        (current, target, baseline, kind) => {
          const fromCells = evaluateCells({ current, target, baseline, kind }, { settings });
          const direct = evaluateKeyResult(
            {
              kind: fromCells.kindInferred ? null : fromCells.kind,
              baseline: fromCells.baselineDefaulted ? null : fromCells.baseline,
              target: fromCells.target,
              current: fromCells.current,
              weight: null,
            },
            { settings },
          );
          if (!fromCells.problem) expect(direct.progress).toBe(fromCells.progress);
        },
      ),
    );
  });
});

describe('weightOf', () => {
  it('counts a blank weight as 1 and keeps 0 and positive weights', () => {
    expect(weightOf(null)).toEqual({ weight: 1, problem: null });
    expect(weightOf(0)).toEqual({ weight: 0, problem: null });
    expect(weightOf(2.5)).toEqual({ weight: 2.5, problem: null });
  });

  it('makes a negative, non-finite or unreadable weight a problem at weight 1', () => {
    expect(weightOf(-1)).toEqual({ weight: 1, problem: { code: 'negativeWeight', field: 'weight', text: '-1' } });
    expect(weightOf(Number.NaN).problem?.code).toBe('notANumber');
    expect(weightOf(Number.POSITIVE_INFINITY)).toEqual({
      weight: 1,
      problem: { code: 'tooLarge', field: 'weight', text: '1e309' },
    });
    expect(weightOf(null, { code: 'notANumber', text: 'heavy' })).toEqual({
      weight: 1,
      problem: { code: 'notANumber', field: 'weight', text: 'heavy' },
    });
  });
});
