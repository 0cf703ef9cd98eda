import { describe, expect, it } from 'vitest';
import { buildOverview, evaluateKeyResult, rowAddress } from '../../src/core/overview';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { checkIn, kr, objective, period, TAB, utc } from './fixtures';

const asOf = utc('2027-02-15'); // 45 of 90 days elapsed: expected 0.5

describe('evaluateKeyResult', () => {
  it('measures an increase from its baseline', () => {
    const e = evaluateKeyResult(kr({ id: 'a', baseline: 15, target: 25, current: 19 }), 1);
    expect(e.progress).toBeCloseTo(0.4);
    expect(e.problem).toBeNull();
  });

  it('measures a decrease and keeps a value worse than the baseline visible before clamping', () => {
    const better = evaluateKeyResult(kr({ id: 'a', kind: 'decrease', baseline: 60, target: 55, current: 57 }), 1);
    expect(better.progress).toBeCloseTo(0.6);
    const worse = evaluateKeyResult(kr({ id: 'b', kind: 'decrease', baseline: 60, target: 55, current: 62 }), 1);
    expect(worse.rawProgress).toBeCloseTo(-0.4);
    expect(worse.progress).toBe(0);
  });

  it('infers the kind from the direction of the target when the cell is blank', () => {
    const e = evaluateKeyResult(kr({ id: 'a', kind: null, baseline: 60, target: 55, current: 57 }), 1);
    expect(e.kind).toBe('decrease');
    expect(e.kindInferred).toBe(true);
  });

  it('counts over-achievement up to the cap only', () => {
    expect(evaluateKeyResult(kr({ id: 'a', current: 150 }), 1.2).progress).toBeCloseTo(1.2);
    expect(evaluateKeyResult(kr({ id: 'a', current: 110 }), 1.2).progress).toBeCloseTo(1.1);
    expect(evaluateKeyResult(kr({ id: 'a', current: 150 }), 1).progress).toBe(1);
  });

  it('reports unmeasurable key results instead of throwing', () => {
    expect(evaluateKeyResult(kr({ id: 'a', target: null }), 1).problem).toBe('noTarget');
    expect(evaluateKeyResult(kr({ id: 'a', baseline: 10, target: 10 }), 1).problem).toBe('targetEqualsBaseline');
    expect(evaluateKeyResult(kr({ id: 'a', baseline: 10, target: 5 }), 1).problem).toBe('targetWrongWay');
    expect(evaluateKeyResult(kr({ id: 'a', current: null }), 1).problem).toBe('noCurrent');
  });

  it('scores milestones and thresholds as met or not', () => {
    expect(evaluateKeyResult(kr({ id: 'a', kind: 'milestone', target: null, current: true }), 1).progress).toBe(1);
    expect(evaluateKeyResult(kr({ id: 'a', kind: 'milestone', target: null, current: false }), 1).progress).toBe(0);
    expect(evaluateKeyResult(kr({ id: 'a', kind: 'atLeast', target: 4, current: 4.2 }), 1).progress).toBe(1);
    expect(evaluateKeyResult(kr({ id: 'a', kind: 'atMost', target: 0.1, current: 0.12 }), 1).progress).toBe(0);
  });
});

describe('buildOverview', () => {
  const data = period({
    objectives: [objective({ id: 'O1', title: 'Grow revenue' }), objective({ id: 'O2', title: 'Win customers' })],
    keyResults: [
      kr({ id: 'KR1', objectiveId: 'O1', current: 80, row: 5 }),
      kr({ id: 'KR2', objectiveId: 'O1', current: 20, weight: 3, owner: 'Ben', row: 6 }),
      kr({ id: 'KR3', objectiveId: 'O2', kind: 'milestone', target: null, current: true, team: 'NA', row: 7 }),
      kr({ id: 'KR4', objectiveId: 'O3', objectiveTitle: 'Only on KR rows', current: 50, row: 8 }),
    ],
    checkIns: [checkIn('KR1', '2027-02-01', 60), checkIn('KR1', '2027-01-15', 30), checkIn('KR3', '2027-02-10', true)],
  });
  const view = buildOverview(data, DEFAULT_SETTINGS, asOf);

  it('carries the period as plain JSON with ISO dates', () => {
    expect(view.period).toEqual({
      label: 'Q1 2027',
      kind: 'quarter',
      start: '2027-01-01',
      end: '2027-03-31',
      team: 'EMEA',
      closed: false,
    });
    expect(view.asOf).toBe('2027-02-15');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('computes expected pace, status and grade per KR', () => {
    expect(view.expected).toBeCloseTo(45 / 90);
    const [kr1, kr2] = view.objectives[0].keyResults;
    expect(kr1.progress).toBeCloseTo(0.8);
    expect(kr1.status).toBe('onTrack');
    expect(kr1.grade).toBe('green');
    expect(kr2.status).toBe('offTrack'); // 0.2 is 30 points behind 0.5
    expect(kr2.grade).toBe('red');
  });

  it('scores objectives by weight and the period as the mean of objectives', () => {
    expect(view.objectives[0].score).toBeCloseTo((0.8 + 0.2 * 3) / 4);
    expect(view.objectives[1].score).toBe(1);
    expect(view.objectives[2].title).toBe('Only on KR rows');
    expect(view.score).toBeCloseTo((0.35 + 1 + 0.5) / 3);
  });

  it('links each KR to its row and sorts its check-ins by date for the sparkline', () => {
    const kr1 = view.objectives[0].keyResults[0];
    expect(kr1.cell).toBe(`'${TAB}'!A5`);
    expect(kr1.checkIns.map((c) => [c.date, c.value])).toEqual([
      ['2027-01-15', 30],
      ['2027-02-01', 60],
    ]);
    expect(view.objectives[1].keyResults[0].checkIns[0].value).toBe(1);
  });

  it('lists owners and teams for the filters and counts statuses', () => {
    expect(view.owners).toEqual(['Ana', 'Ben']);
    expect(view.teams).toEqual(['EMEA', 'NA']);
    expect(view.statusCounts).toEqual({ done: 1, onTrack: 2, atRisk: 0, offTrack: 1 });
  });
});

describe('rowAddress', () => {
  it('quotes tab names, doubling apostrophes', () => {
    expect(rowAddress("Sales' Q1", 4)).toBe("'Sales'' Q1'!A4");
    expect(rowAddress('X', 0)).toBe('');
  });
});
