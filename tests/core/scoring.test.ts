import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectiveKey, scorePeriod, weightedMean } from '../../src/core/scoring';
import { type CheckIn, DEFAULT_SETTINGS, type KeyResult, type Period } from '../../src/core/types';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const period: Period = { label: 'Q1 2027', kind: 'quarter', start: day(2027, 1, 1), end: day(2027, 3, 31) };
const midQuarter = day(2027, 2, 15); // expected progress 0.5

function kr(id: string, objectiveId: string, fields: Partial<KeyResult>): KeyResult {
  return {
    id,
    objectiveId,
    objectiveTitle: `Objective ${objectiveId}`,
    title: id,
    owner: '',
    team: 'Sales',
    parentObjectiveId: '',
    kind: null,
    unit: '',
    baseline: null,
    target: null,
    current: null,
    weight: null,
    confidence: null,
    dueDate: null,
    notes: '',
    dataLink: '',
    row: 0,
    ...fields,
  };
}

const krs: KeyResult[] = [
  kr('KR1', 'O1', { target: 500000, current: 250000 }), // 0.5, on track
  kr('KR2', 'O1', { baseline: 60, target: 55, current: 59, weight: 3 }), // decrease by default: 0.2, off track
  kr('KR3', 'O2', { kind: 'milestone', current: true }), // done
  kr('KR4', 'O2', { kind: 'atLeast', target: 4, current: 3 }), // 0
  kr('KR5', 'O2', { target: 10, baseline: 10, current: 12 }), // problem: target = baseline
  kr('KR6', 'O3', { target: 100 }), // no current value yet
];

describe('weightedMean', () => {
  const terms = (progress: number[], weights: number[]) =>
    progress.map((p, i) => ({ progress: p, weight: weights[i] }));

  it('is Σ progress × weight ÷ Σ weight, with the sum and the weights', () => {
    expect(weightedMean(terms([0.5, 1], [1, 3]))).toEqual({ score: 0.875, sum: 3.5, weights: 4 });
    expect(weightedMean(terms([0.2, 0.8], [1, 1])).score).toBe(0.5);
    expect(weightedMean(terms([0.4, 1], [0, 2])).score).toBe(1);
  });

  it('is null with nothing to score', () => {
    expect(weightedMean([])).toEqual({ score: null, sum: 0, weights: 0 });
    expect(weightedMean(terms([0.5], [0])).score).toBeNull();
  });

  it('lies between the lowest and highest progress (property)', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(share, fc.double({ min: 0.01, max: 10, noNaN: true })), { minLength: 1 }),
        (rows) => {
          const mean = weightedMean(rows.map(([progress, weight]) => ({ progress, weight })));
          const score = mean.score as number;
          expect(score).toBeGreaterThanOrEqual(Math.min(...rows.map(([p]) => p)) - 1e-12);
          expect(score).toBeLessThanOrEqual(Math.max(...rows.map(([p]) => p)) + 1e-12);
          expect(score).toBeCloseTo(mean.sum / mean.weights, 12);
        },
      ),
    );
  });
});

describe('objectiveKey', () => {
  it('compares ids as OKR_SCORE groups them: trimmed, case-insensitive', () => {
    expect(objectiveKey(' O1 ')).toBe(objectiveKey('o1'));
    expect(objectiveKey(null)).toBe('');
    expect(objectiveKey(7)).toBe('7');
  });
});

describe('scorePeriod', () => {
  const result = scorePeriod(krs, period, DEFAULT_SETTINGS, midQuarter);

  it('scores each key result with its kind, progress, pace, status and grade', () => {
    const [kr1, kr2, kr3, kr4, kr5, kr6] = result.keyResults;
    expect(kr1).toMatchObject({ krId: 'KR1', objectiveId: 'O1', kind: 'increase', progress: 0.5, status: 'onTrack' });
    expect(kr1).toMatchObject({ grade: 'yellow', pace: { expected: 0.5 } });
    expect(kr2).toMatchObject({ kind: 'decrease', progress: 0.2, status: 'offTrack', grade: 'red', weight: 3 });
    expect(kr3).toMatchObject({ kind: 'milestone', progress: 1, status: 'done', grade: 'green' });
    expect(kr4).toMatchObject({ kind: 'atLeast', progress: 0, status: 'offTrack' });
    expect(kr5).toMatchObject({ progress: null, status: null, problem: { code: 'targetEqualsBaseline' }, counted: 0 });
    expect(kr6).toMatchObject({ progress: null, status: null, problem: { code: 'noCurrent' }, counted: 0 });
    expect(result.pace).toMatchObject({ expected: 0.5, elapsedDays: 45, days: 90 });
  });

  it('scores objectives by weight, counting a KR with a problem as 0', () => {
    const [o1, o2, o3] = result.objectives;
    expect(o1).toMatchObject({ objectiveId: 'O1', title: 'Objective O1', keyResults: 2, problems: 0, weights: 4 });
    expect(o1.score).toBeCloseTo((0.5 + 3 * 0.2) / 4);
    expect(o1.sum).toBeCloseTo(0.5 + 3 * 0.2);
    expect(o1.expected).toBe(0.5);
    expect(o1.status).toBe('atRisk'); // 0.275 against 0.5
    // O2: 1 (milestone) + 0 (not met) + 0 (target = baseline), each at weight 1.
    expect(o2).toMatchObject({ keyResults: 3, problems: 1, weights: 3, grade: 'red' });
    expect(o2.score).toBeCloseTo(1 / 3);
    // O3: its only KR has no current value yet, so it scores 0, not "nothing to score".
    expect(o3).toMatchObject({ score: 0, grade: 'red', status: 'offTrack', problems: 1, weights: 1 });
    expect(result.overall).toBeCloseTo(((0.5 + 0.6) / 4 + 1 / 3 + 0) / 3);
    expect(result.overallGrade).toBe('red');
  });

  it('leaves out only draft rows; an objective of drafts has no score', () => {
    const drafts = scorePeriod(
      [
        kr('A', 'O1', { target: 10, current: 5 }),
        kr('B', 'O1', { weight: 5 }), // nothing entered yet
        kr('C', 'O2', {}),
      ],
      period,
      DEFAULT_SETTINGS,
      midQuarter,
    );
    expect(drafts.keyResults[1]).toMatchObject({ scored: false, counted: 0 });
    expect(drafts.objectives[0]).toMatchObject({ score: 0.5, weights: 1, keyResults: 2 });
    expect(drafts.objectives[1]).toMatchObject({ score: null, grade: null, status: null, weights: 0 });
    expect(drafts.overall).toBe(0.5);
  });

  it('groups objective ids trimmed and case-insensitively, and leaves KRs without one out', () => {
    const grouped = scorePeriod(
      [
        kr('A', ' O1', { target: 10, current: 10 }),
        kr('B', 'o1 ', { target: 10, current: 0 }),
        kr('C', '', { target: 10, current: 2 }),
        kr('D', '  ', { target: 10, current: 2 }),
      ],
      period,
      DEFAULT_SETTINGS,
      midQuarter,
    );
    expect(grouped.objectives).toHaveLength(1);
    expect(grouped.objectives[0]).toMatchObject({ objectiveId: 'O1', keyResults: 2, score: 0.5 });
    expect(grouped.keyResults.map((k) => k.progress)).toEqual([1, 0, 0.2, 0.2]);
    expect(grouped.overall).toBe(0.5);
  });

  it('paces a KR towards its own due date, and an objective by its KRs’ weighted pace', () => {
    const early = kr('KR7', 'O1', { target: 10, current: 5, dueDate: day(2027, 1, 31), weight: 3 });
    const late = kr('KR8', 'O1', { target: 10, current: 5 });
    const scored = scorePeriod([early, late], period, DEFAULT_SETTINGS, midQuarter);
    expect(scored.keyResults[0].pace?.expected).toBe(1);
    expect(scored.keyResults[0].status).toBe('offTrack');
    expect(scored.objectives[0].expected).toBeCloseTo((3 * 1 + 0.5) / 4);
    expect(scored.objectives[0].status).toBe('offTrack'); // 0.5 against 0.875
  });

  it('grades with the settings it is given', () => {
    const settings = { ...DEFAULT_SETTINGS, yellowFrom: 0.1, greenFrom: 0.3, cap: 1.5 };
    const scored = scorePeriod([kr('A', 'O1', { target: 10, current: 14 })], period, settings, midQuarter);
    expect(scored.keyResults[0].progress).toBe(1.4);
    expect(scorePeriod(krs, period, settings, midQuarter).objectives[0].grade).toBe('yellow');
  });

  it('forecasts from check-ins with a value', () => {
    const checkIns: CheckIn[] = [
      { date: day(2027, 1, 1), krId: 'KR1', value: 0, confidence: null, note: '', who: '', row: 2 },
      { date: day(2027, 1, 16), krId: 'KR1', value: 50000, confidence: null, note: '', who: '', row: 3 },
      { date: day(2027, 1, 31), krId: 'KR1', value: 100000, confidence: null, note: '', who: '', row: 3 },
      { date: day(2027, 1, 31), krId: 'KR3', value: true, confidence: null, note: '', who: '', row: 4 },
      { date: day(2027, 2, 1), krId: 'KR3', value: false, confidence: null, note: '', who: '', row: 5 },
    ];
    const scored = scorePeriod(krs, period, DEFAULT_SETTINGS, midQuarter, checkIns);
    // 100,000 per 30 days: 300,000 by March 31st (day 89 after January 1st), so about 0.59.
    expect(scored.keyResults[0].forecast).toBeCloseTo((89 / 30) * 100000, 3);
    expect(scored.keyResults[0].projectedProgress).toBeCloseTo((89 / 30) * 0.2, 6);
    // Three check-ins on one line: the range is the forecast itself.
    expect(scored.keyResults[0].projectedRange?.[0]).toBeCloseTo((89 / 30) * 0.2, 6);
    expect(scored.keyResults[0].projectedRange?.[1]).toBeCloseTo((89 / 30) * 0.2, 6);
    expect(scored.objectives[0].projectedScore).toBeCloseTo(scored.keyResults[0].projectedProgress as number);
    expect(scored.keyResults[2].forecast).toBeNull();
    expect(scored.objectives[1].projectedScore).toBeNull();
  });

  it("reports a negative weight as the KR's problem and counts it as 0 at weight 1", () => {
    const scored = scorePeriod(
      [kr('K', 'O', { target: 10, current: 5, weight: -1 }), kr('L', 'O', { target: 10, current: 5, weight: 1 })],
      period,
      DEFAULT_SETTINGS,
      midQuarter,
    );
    expect(scored.keyResults[0].problem?.code).toBe('negativeWeight');
    expect(scored.keyResults[0]).toMatchObject({ progress: 0.5, weight: 1, counted: 0 });
    expect(scored.objectives[0]).toMatchObject({ score: 0.25, problems: 1, weights: 2 });
  });

  it('gives every objective a score between 0 and the cap (property)', () => {
    const maybe = fc.option(fc.integer({ min: -100, max: 100 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            objective: fc.constantFrom('O1', 'o1', 'O2', ''),
            baseline: maybe,
            target: maybe,
            current: maybe,
            weight: fc.option(fc.integer({ min: -1, max: 3 }), { nil: null }),
          }),
          { maxLength: 12 },
        ),
        (rows) => {
          const scored = scorePeriod(
            rows.map((r, i) => kr(`K${i}`, r.objective, r)),
            period,
            DEFAULT_SETTINGS,
            midQuarter,
          );
          for (const o of scored.objectives) {
            const members = scored.keyResults.filter(
              (k) => objectiveKey(k.objectiveId) === objectiveKey(o.objectiveId),
            );
            expect(o.keyResults).toBe(members.length);
            const counted = members.filter((m) => m.scored);
            expect(o.weights).toBeCloseTo(
              counted.reduce((a, m) => a + m.weight, 0),
              9,
            );
            expect(o.sum).toBeCloseTo(
              counted.reduce((a, m) => a + m.weight * m.counted, 0),
              9,
            );
            if (o.score !== null) {
              expect(o.score).toBeGreaterThanOrEqual(0);
              expect(o.score).toBeLessThanOrEqual(DEFAULT_SETTINGS.cap + 1e-12);
            }
          }
          expect(scored.objectives.some((o) => o.objectiveId === '')).toBe(false);
        },
      ),
    );
  });
});
