import { describe, expect, it } from 'vitest';
import { scoreKeyResults } from '../../src/core/scoring';
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

describe('scoreKeyResults', () => {
  const result = scoreKeyResults(krs, DEFAULT_SETTINGS, midQuarter, period);

  it('scores each key result with its kind, progress, pace, status and grade', () => {
    const [kr1, kr2, kr3, kr4, kr5, kr6] = result.keyResults;
    expect(kr1).toMatchObject({ kind: 'increase', progress: 0.5, expected: 0.5, status: 'onTrack', grade: 'yellow' });
    expect(kr2).toMatchObject({ kind: 'decrease', progress: 0.2, status: 'offTrack', grade: 'red', weight: 3 });
    expect(kr3).toMatchObject({ kind: 'milestone', progress: 1, status: 'done', grade: 'green' });
    expect(kr4).toMatchObject({ kind: 'atLeast', progress: 0, status: 'offTrack' });
    expect(kr5).toMatchObject({ progress: null, status: null, problem: { code: 'targetEqualsBaseline' } });
    expect(kr6).toMatchObject({ progress: null, status: null, problem: null });
  });

  it('scores objectives by weight, leaving out KRs without progress and counting problems', () => {
    const [o1, o2, o3] = result.objectives;
    expect(o1).toMatchObject({ objectiveId: 'O1', title: 'Objective O1', keyResults: 2, scored: 2, problems: 0 });
    expect(o1.score).toBeCloseTo((0.5 + 3 * 0.2) / 4);
    expect(o1.status).toBe('atRisk'); // 0.275 against 0.5
    expect(o2).toMatchObject({ score: 0.5, grade: 'yellow', keyResults: 3, scored: 2, problems: 1 });
    expect(o3).toMatchObject({ score: null, grade: null, status: null, scored: 0 });
    expect(result.overall).toBeCloseTo(((0.5 + 0.6) / 4 + 0.5) / 2);
    expect(result.expected).toBe(0.5);
  });

  it('paces a KR towards its own due date', () => {
    const early = kr('KR7', 'O1', { target: 10, current: 5, dueDate: day(2027, 1, 31) });
    const [score] = scoreKeyResults([early], DEFAULT_SETTINGS, midQuarter, period).keyResults;
    expect(score.expected).toBe(1);
    expect(score.status).toBe('offTrack');
  });

  it('forecasts from check-ins with a value', () => {
    const checkIns: CheckIn[] = [
      { date: day(2027, 1, 1), krId: 'KR1', value: 0, confidence: null, note: '', who: '', row: 2 },
      { date: day(2027, 1, 31), krId: 'KR1', value: 100000, confidence: null, note: '', who: '', row: 3 },
      { date: day(2027, 1, 31), krId: 'KR3', value: true, confidence: null, note: '', who: '', row: 4 },
    ];
    const scored = scoreKeyResults(krs, DEFAULT_SETTINGS, midQuarter, period, checkIns);
    // 100,000 per 30 days: 300,000 by March 31st (day 89 after January 1st), so about 0.59.
    expect(scored.keyResults[0].forecast).toBeCloseTo((89 / 30) * 100000, 3);
    expect(scored.keyResults[0].projectedProgress).toBeCloseTo((89 / 30) * 0.2, 6);
    expect(scored.objectives[0].projectedScore).toBeCloseTo(scored.keyResults[0].projectedProgress as number);
    expect(scored.keyResults[2].forecast).toBeNull();
  });

  it("reports a negative weight as the KR's problem", () => {
    const [score] = scoreKeyResults(
      [kr('K', 'O', { target: 10, current: 5, weight: -1 })],
      DEFAULT_SETTINGS,
      midQuarter,
      period,
    ).keyResults;
    expect(score.problem?.code).toBe('negativeWeight');
  });
});
