import { describe, expect, it } from 'vitest';
import { type RollupNode, rollUp } from '../../src/core/rollup';
import { scorePeriod } from '../../src/core/scoring';
import { DEFAULT_SETTINGS, type KeyResult, type Period, type Settings } from '../../src/core/types';

const node = (id: string, parentId: string, score: number | null): RollupNode => ({ id, parentId, score });
const scores = (nodes: RollupNode[]) => rollUp(nodes).map((r) => r.score);

describe('rollUp: own score and children, each weighing 1', () => {
  it('means an objective with its children (two levels)', () => {
    // C: own 0.6, children A 0.2 and B 0.7 → (0.6 + 0.2 + 0.7) / 3 = 0.5
    const result = rollUp([node('C', '', 0.6), node('A', 'C', 0.2), node('B', 'C', 0.7)]);
    expect(result[0].score).toBeCloseTo(0.5, 12);
    expect(result[0].children).toBe(2);
    expect(result[1]).toEqual({ score: 0.2, children: 0, parent: 0, inCycle: false });
    expect(result[2].score).toBe(0.7);
  });

  it('uses the children’s rolled-up scores (three levels: rep → team → company)', () => {
    // rep R1 0.9, rep R2 0.3 under team T (own 0.6): T = (0.6 + 0.9 + 0.3) / 3 = 0.6
    // company C has no KRs of its own; its children T (0.6) and U (0.2): C = 0.4
    const result = scores([
      node('C', '', null),
      node('T', 'C', 0.6),
      node('U', 'C', 0.2),
      node('R1', 'T', 0.9),
      node('R2', 'T', 0.3),
    ]);
    expect(result[1]).toBeCloseTo(0.6, 12);
    expect(result[0]).toBeCloseTo(0.4, 12);
    expect(result.slice(2)).toEqual([0.2, 0.9, 0.3]);
  });

  it('finds children listed before their parents', () => {
    expect(scores([node('R', 'T', 1), node('T', 'C', 0), node('C', '', 0.5)])).toEqual([1, 0.5, 0.5]);
  });

  it('leaves blanks out instead of counting them as 0', () => {
    // P: own blank, children 0.8 and blank → 0.8; a child with a scored grandchild counts with it.
    const result = scores([
      node('P', '', null),
      node('A', 'P', 0.8),
      node('B', 'P', null),
      node('Q', '', 0.4),
      node('D', 'Q', null),
      node('E', 'D', 1),
    ]);
    expect(result).toEqual([0.8, 0.8, null, 0.7, 1, 1]);
    // Nothing scored anywhere: blank, not 0.
    expect(scores([node('X', '', null), node('Y', 'X', null)])).toEqual([null, null]);
    expect(rollUp([node('P', '', null), node('A', 'P', 0.8), node('B', 'P', null)])[0].children).toBe(1);
  });

  it('matches parent ids trimmed and case-insensitive, like every other id', () => {
    expect(scores([node('Team-1', '', 0.2), node('rep-1', '  team-1 ', 0.6)])).toEqual([0.4, 0.6]);
  });

  it('treats a parent id naming no objective as no parent', () => {
    const result = rollUp([node('A', 'COMPANY-9', 0.3), node('B', 'A', 0.5)]);
    expect(result.map((r) => r.score)).toEqual([0.4, 0.5]);
    expect(result[0].parent).toBe(-1);
  });

  it('gives the members of a cycle their own score only, without looping', () => {
    // A → B → A is a cycle; C hangs below A and is fine itself; D is outside.
    const result = rollUp([node('A', 'B', 0.2), node('B', 'A', 0.8), node('C', 'A', 1), node('D', 'C', 0)]);
    expect(result.map((r) => r.score)).toEqual([0.2, 0.8, 0.5, 0]);
    expect(result.map((r) => r.inCycle)).toEqual([true, true, false, false]);
    // An objective that names itself is a cycle of one.
    expect(rollUp([node('S', 's', 0.3), node('K', 'S', 0.9)]).map((r) => [r.score, r.inCycle])).toEqual([
      [0.3, true],
      [0.9, false],
    ]);
  });

  it('walks a long chain without recursion', () => {
    const chain = Array.from({ length: 20000 }, (_, i) => node(`O${i}`, i > 0 ? `O${i - 1}` : '', i % 2));
    const result = rollUp(chain);
    expect(result[19999].score).toBe(1);
    // O19998 (own 0) with O19999 (1): 0.5; every level above halves the distance to its own score.
    expect(result[19998].score).toBe(0.5);
    expect(result[19997].score).toBe(0.75);
    expect(Number.isFinite(result[0].score)).toBe(true);
  });

  it('counts a repeated id once (its first node)', () => {
    expect(scores([node('A', '', 0), node('B', 'A', 1), node('a', '', 0.3)])).toEqual([0.5, 1, 0.3]);
  });
});

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const period: Period = { label: 'Q1 2027', kind: 'quarter', start: day(2027, 1, 1), end: day(2027, 3, 31) };

function kr(id: string, objectiveId: string, parentObjectiveId: string, fields: Partial<KeyResult>): KeyResult {
  return {
    id,
    objectiveId,
    objectiveTitle: `Objective ${objectiveId}`,
    title: id,
    owner: '',
    team: 'Sales',
    parentObjectiveId,
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

describe('scorePeriod follows the objective-scores setting', () => {
  // Company C: one KR at 0.1. Team T (parent C): KRs 0.8 (weight 3) and 0.4 (weight 1) → own 0.7.
  // Rep R (parent named on its second row only, in other case): KR 0.3 → own 0.3.
  // Rep S: only a draft KR (kind, baseline, target and current blank) → blank.
  const krs = [
    kr('K1', 'C', '', { current: 10 }),
    kr('K2', 'T', 'C', { current: 80, weight: 3 }),
    kr('K3', 'T', 'C', { current: 40, weight: 1 }),
    kr('K4', 'R', '', { current: 30 }),
    kr('K5', 'R', 't', { current: 30 }),
    kr('K6', 'S', 'T', { kind: null, baseline: null, target: null }),
  ];
  const asOf = day(2027, 2, 15);
  const score = (settings: Settings) => scorePeriod(krs, period, settings, asOf).objectives;

  it('own key results only by default: existing workbooks keep their scores', () => {
    const own = score(DEFAULT_SETTINGS);
    expect(own.map((o) => o.score)).toEqual([0.1, own[1].ownScore, 0.3, null]);
    expect(own[1].score).toBeCloseTo(0.7, 12);
    expect(own.every((o) => o.children === 0)).toBe(true);
    expect(own.map((o) => o.parentId)).toEqual(['', 'C', 't', 'T']);
  });

  it('with child objectives: weighted own scores rolled up, blanks left out, grades from the rolled-up score', () => {
    const rolled = score({ ...DEFAULT_SETTINGS, objectiveScores: 'withChildren' });
    // R = 0.3; T = (0.7 + 0.3) / 2 = 0.5 (S is blank, left out); C = (0.1 + 0.5) / 2 = 0.3
    expect(rolled[2].score).toBeCloseTo(0.3, 12);
    expect(rolled[1].score).toBeCloseTo(0.5, 12);
    expect(rolled[1].children).toBe(1);
    expect(rolled[0].score).toBeCloseTo(0.3, 12);
    expect(rolled[3].score).toBeNull();
    expect(rolled[1].ownScore).toBeCloseTo(0.7, 12);
    expect(rolled[1].grade).toBe('yellow');
    expect(rolled[0].grade).toBe('red');
  });

  it('keeps a cycle’s members at their own scores', () => {
    const cyclic = [kr('K1', 'A', 'B', { current: 20 }), kr('K2', 'B', 'A', { current: 60 })];
    const rolled = scorePeriod(cyclic, period, { ...DEFAULT_SETTINGS, objectiveScores: 'withChildren' }, asOf);
    expect(rolled.objectives.map((o) => o.score)).toEqual([0.2, 0.6]);
  });
});
