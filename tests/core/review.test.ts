import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDecision } from '../../src/core/actions';
import { carriedKeyResult, distributionBucket, frozenValue, gradeReview } from '../../src/core/review';
import { type CheckIn, DEFAULT_SETTINGS, type KeyResult } from '../../src/core/types';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const period = { start: day(2027, 1, 1), end: day(2027, 3, 31) };
const frozenOn = day(2027, 4, 1);

function kr(id: string, objectiveId: string, fields: Partial<KeyResult>): KeyResult {
  return {
    id,
    objectiveId,
    objectiveTitle: `Objective ${objectiveId}`,
    title: `Title ${id}`,
    owner: '',
    team: '',
    parentObjectiveId: '',
    kind: 'increase',
    unit: '',
    baseline: 0,
    target: 100,
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

function checkIn(krId: string, date: Date, value: number, confidence: number | null): CheckIn {
  return { date, krId, value, confidence, note: '', who: '', row: 2 };
}

describe('distributionBucket', () => {
  it('floors to the tenth, forgiving last-digit noise, with 1 and more in the top bucket', () => {
    expect(distributionBucket(0)).toBe(0);
    expect(distributionBucket(0.09)).toBe(0);
    expect(distributionBucket(0.65)).toBe(6);
    expect(distributionBucket(0.69999)).toBe(6);
    expect(distributionBucket(0.7)).toBe(7);
    expect(distributionBucket(0.1 + 0.2)).toBe(3); // 0.30000000000000004
    expect(distributionBucket(0.7 - 0.4)).toBe(3); // 0.29999999999999993
    expect(distributionBucket(0.99)).toBe(9);
    expect(distributionBucket(1)).toBe(10);
    expect(distributionBucket(1.2)).toBe(10);
    expect(distributionBucket(-0.1)).toBe(0);
  });

  it('never puts a value in a bucket above it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (thousandths) => {
        const progress = thousandths / 1000;
        const bucket = distributionBucket(progress);
        expect(bucket).toBe(Math.floor(thousandths / 100));
      }),
    );
  });
});

describe('gradeReview', () => {
  const krs = [
    kr('A', 'O1', { current: 65, owner: 'Ana' }),
    kr('B', ' o1', { current: 100, owner: 'Ana' }),
    kr('C', 'O2', { target: 0, current: 5, owner: 'Ben' }), // target = baseline: counts as 0
    kr('D', 'O2', { kind: null, baseline: null, target: null, current: null }), // a draft row
    kr('E', 'O2', { current: 120, owner: 'Ben' }),
  ];
  const settings = { ...DEFAULT_SETTINGS, cap: 1.2, greenFrom: 0.6 };
  const review = gradeReview(krs, [], new Map([['E', 'drop']]), settings, period, frozenOn);

  it('grades every KR and objective as of the day it was frozen, with the settings in force then', () => {
    expect(review.frozenOn).toEqual(frozenOn);
    expect(review.settings).toBe(settings);
    expect(review.rows.map((r) => r.score.progress)).toEqual([0.65, 1, null, null, 1.2]);
    expect(review.rows[0]).toMatchObject({ objectiveScore: (0.65 + 1) / 2, objectiveGrade: 'green' });
    expect(review.rows[1].objectiveScore).toBe(review.rows[0].objectiveScore);
    expect(review.rows[2].objectiveScore).toBeCloseTo(1.2 / 2); // C as 0, E at the cap; D left out
    expect(review.overall).toBeCloseTo(((0.65 + 1) / 2 + 0.6) / 2);
    expect(review.overallGrade).toBe('green');
  });

  it('proposes done at the target and carry-over otherwise, unless the team decided', () => {
    expect(review.rows.map((r) => r.decision)).toEqual(['carryOver', 'done', 'carryOver', 'carryOver', 'drop']);
    expect(defaultDecision(1 - 1e-12)).toBe('done');
    expect(defaultDecision(null)).toBe('carryOver');
  });

  it('counts progress by floored tenths, a KR with a problem as 0, leaving out only draft rows', () => {
    const expected = new Array(11).fill(0);
    expected[6] = 1; // 0.65
    expected[10] = 2; // 1 and 1.2
    expected[0] = 1; // target = baseline
    expect(review.distribution).toEqual(expected);
  });

  it('flags owners whose KRs all reached 1.0, and KRs confident all along that never moved', () => {
    const easy = [kr('A', 'O1', { current: 100, owner: 'Ana' }), kr('B', 'O1', { current: 120, owner: 'Ana' })];
    expect(gradeReview(easy, [], new Map(), DEFAULT_SETTINGS, period, frozenOn).flags).toEqual([
      { key: 'flagTooEasy', params: { owner: 'Ana' } },
    ]);
    const stuck = [kr('S', 'O1', { baseline: 10, current: 10, title: 'Calls' })];
    const confident = [checkIn('S', day(2027, 1, 10), 10, 0.8), checkIn('S', day(2027, 2, 10), 10, 0.9)];
    expect(gradeReview(stuck, confident, new Map(), DEFAULT_SETTINGS, period, frozenOn).flags).toEqual([
      { key: 'flagStuck', params: { kr: 'S Calls' } },
    ]);
    const unsure = [checkIn('S', day(2027, 1, 10), 10, 0.8), checkIn('S', day(2027, 2, 10), 10, 0.5)];
    expect(gradeReview(stuck, unsure, new Map(), DEFAULT_SETTINGS, period, frozenOn).flags).toEqual([]);
  });
});

describe('frozenValue and carriedKeyResult', () => {
  it('keeps a value, or the text of a cell that could not be read', () => {
    const k = kr('A', 'O1', {
      current: null,
      target: 50,
      unreadable: { current: { code: 'notANumber', text: 'abc' } },
    });
    expect(frozenValue(k, 'current')).toBe('abc');
    expect(frozenValue(k, 'target')).toBe(50);
    expect(frozenValue(k, 'weight')).toBeNull();
  });

  it('starts the next period from the final value, with a fresh current, confidence and due date', () => {
    const k = kr('A', 'O1', {
      baseline: 10,
      current: 60,
      confidence: 0.7,
      dueDate: day(2027, 3, 1),
      dataLink: "='CRM'!B2",
      unreadable: { weight: { code: 'notANumber', text: 'x' } },
    });
    expect(carriedKeyResult(k)).toMatchObject({
      id: 'A',
      baseline: 60,
      target: 100,
      current: null,
      confidence: null,
      dueDate: null,
      dataLink: "='CRM'!B2",
      unreadable: undefined,
    });
    expect(carriedKeyResult(kr('M', 'O1', { kind: 'milestone', baseline: 0, current: true }))).toMatchObject({
      baseline: 0,
      current: false,
    });
    expect(carriedKeyResult(kr('N', 'O1', { baseline: 5, current: null })).baseline).toBe(5);
  });
});
