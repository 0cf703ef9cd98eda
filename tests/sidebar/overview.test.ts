import { describe, expect, it } from 'vitest';
import { buildOverview, rowAddress } from '../../src/core/overview';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { checkIn, kr, objective, period, TAB, utc } from './fixtures';

const asOf = utc('2027-02-15'); // 45 of 90 days elapsed: expected 0.5

describe('buildOverview', () => {
  const data = period({
    objectives: [objective({ id: 'O1', title: 'Grow revenue' }), objective({ id: 'O2', title: 'Win customers' })],
    keyResults: [
      kr({ id: 'KR1', objectiveId: 'O1', current: 80, row: 5 }),
      kr({ id: 'KR2', objectiveId: 'O1', current: 20, weight: 3, owner: 'Ben', row: 6 }),
      kr({ id: 'KR3', objectiveId: 'O2', kind: 'milestone', target: null, current: true, team: 'NA', row: 7 }),
      kr({ id: 'KR4', objectiveId: 'O3', objectiveTitle: 'Only on KR rows', current: 50, row: 8 }),
    ],
    checkIns: [
      checkIn('KR1', '2027-02-01', 60),
      checkIn('KR1', '2027-01-15', 30),
      checkIn('KR1', '2027-01-01', 0),
      checkIn('KR3', '2027-02-10', true),
    ],
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
    expect(view.pace).toEqual({ elapsedDays: 45, days: 90, start: '2027-01-01', end: '2027-03-31' });
    expect(view.settings).toEqual(DEFAULT_SETTINGS);
    expect(view.frozenOn).toBeNull();
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

  it('carries what the evaluation computed for each KR', () => {
    const [kr1, kr2] = view.objectives[0].keyResults;
    expect(kr1).toMatchObject({
      kind: 'increase',
      kindInferred: false,
      baseline: 0,
      target: 100,
      current: 80,
      rawProgress: 0.8,
      moved: 80,
      span: 100,
      weight: 1,
      scored: true,
      counted: 0.8,
      problem: null,
      problemField: null,
      problemText: '',
      expected: 0.5,
      pace: { elapsedDays: 45, days: 90, start: '2027-01-01', end: '2027-03-31' },
    });
    expect(kr2).toMatchObject({ weight: 3, counted: 0.2 });
    // 30 → 60 over 17 days: the trend reaches the target well before March 31st.
    expect(kr1.projectedProgress).toBe(1);
  });

  it('scores objectives by weight and the period as the mean of objectives', () => {
    expect(view.objectives[0].score).toBeCloseTo((0.8 + 0.2 * 3) / 4);
    expect(view.objectives[0].sum).toBeCloseTo(0.8 + 0.2 * 3);
    expect(view.objectives[0].weights).toBe(4);
    expect(view.objectives[1].score).toBe(1);
    expect(view.objectives[2].title).toBe('Only on KR rows');
    expect(view.score).toBeCloseTo((0.35 + 1 + 0.5) / 3);
  });

  it('links each KR to its row and sorts its check-ins by date for the sparkline', () => {
    const kr1 = view.objectives[0].keyResults[0];
    expect(kr1.cell).toBe(`'${TAB}'!A5`);
    expect(kr1.checkIns.map((c) => [c.date, c.value])).toEqual([
      ['2027-01-01', 0],
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

describe('buildOverview: problems, drafts and objective ids', () => {
  const data = period({
    objectives: [objective({ id: 'O1' }), objective({ id: 'O2' })],
    keyResults: [
      kr({ id: 'a', objectiveId: ' o1 ', current: 80, row: 2 }),
      kr({ id: 'b', objectiveId: 'O1', target: null, row: 3 }),
      kr({ id: 'c', objectiveId: 'O1', kind: null, baseline: null, target: null, current: null, row: 4 }),
      kr({ id: 'd', objectiveId: '', objectiveTitle: '', current: 10, row: 5 }),
      kr({ id: 'e', objectiveId: 'O2', current: 30, weight: -1, row: 6 }),
      kr({ id: 'f', objectiveId: 'O2', current: 30, weight: 3, row: 7 }),
      kr({ id: 'g', objectiveId: 'O2', current: null, unreadable: { current: { code: 'notANumber', text: 'lots' } } }),
    ],
  });
  const view = buildOverview(data, DEFAULT_SETTINGS, asOf);
  const byId = (id: string) => view.objectives.flatMap((o) => o.keyResults).find((k) => k.id === id);

  it('groups objective ids trimmed and case-insensitively, as OKR_SCORE does', () => {
    expect(view.objectives.map((o) => o.id)).toEqual(['O1', 'O2', '']);
    expect(view.objectives[0].keyResults.map((k) => k.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts a KR with a problem as 0 at its weight, and leaves out only a draft row', () => {
    expect(byId('b')).toMatchObject({ progress: null, problem: 'noTarget', problemField: 'target', scored: true });
    expect(byId('b')?.counted).toBe(0);
    expect(byId('c')).toMatchObject({ progress: null, scored: false, counted: 0 });
    // O1: a (0.8) and b (0) count; the draft c does not.
    expect(view.objectives[0]).toMatchObject({ score: 0.4, sum: 0.8, weights: 2, grade: 'yellow' });
  });

  it('keeps the progress of a KR with a bad weight but counts it as 0 at weight 1', () => {
    expect(byId('e')).toMatchObject({
      progress: 0.3,
      problem: 'negativeWeight',
      problemField: 'weight',
      problemText: '-1',
      weight: 1,
      counted: 0,
    });
    expect(byId('g')).toMatchObject({
      progress: null,
      problem: 'notANumber',
      problemField: 'current',
      problemText: 'lots',
      counted: 0,
    });
    // O2: e (0 × 1), f (0.3 × 3), g (0 × 1).
    expect(view.objectives[1].weights).toBe(5);
    expect(view.objectives[1].score).toBeCloseTo(0.9 / 5);
  });

  it('shows KRs with a blank objective id, but in no objective’s score', () => {
    expect(view.objectives[2]).toMatchObject({ id: '', score: null, grade: null, weights: 0 });
    expect(view.objectives[2].keyResults.map((k) => k.id)).toEqual(['d']);
    expect(view.score).toBeCloseTo((0.4 + 0.9 / 5) / 2);
  });
});

describe('buildOverview of a closed period', () => {
  const frozen = { ...DEFAULT_SETTINGS, greenFrom: 0.5, cap: 1.5 };
  const data = period({
    closed: true,
    closedWith: { frozenOn: utc('2027-04-02'), settings: frozen },
    objectives: [objective({ id: 'O1' })],
    keyResults: [kr({ id: 'a', current: 60 }), kr({ id: 'b', current: 140 })],
  });
  const view = buildOverview(data, { ...DEFAULT_SETTINGS, cap: 1 }, utc('2027-06-01'));

  it('grades with the settings the review keeps, as of the day it was frozen', () => {
    expect(view.settings).toEqual(frozen);
    expect(view.frozenOn).toBe('2027-04-02');
    expect(view.asOf).toBe('2027-04-02');
    expect(view.period.closed).toBe(true);
    const [a, b] = view.objectives[0].keyResults;
    expect(a).toMatchObject({ progress: 0.6, grade: 'green' }); // green from 0.5 then, not 0.7
    expect(b.progress).toBeCloseTo(1.4); // the cap of 1.5 then, not 1
    expect(view.objectives[0].score).toBeCloseTo(1);
  });
});

describe('rowAddress', () => {
  it('quotes tab names, doubling apostrophes', () => {
    expect(rowAddress("Sales' Q1", 4)).toBe("'Sales'' Q1'!A4");
    expect(rowAddress('X', 0)).toBe('');
  });
});
