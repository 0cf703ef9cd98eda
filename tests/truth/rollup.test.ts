// Objective roll-ups, one truth: with the setting "own key results and child objectives", the
// key-results tab's objective score column, the dashboard's objective table and overall score,
// the sidebar and the review show the same hand-worked numbers; switched back, all show the own
// scores again. Cycles and dangling parents keep their own scores and stay in the health report.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type KeyResult, type Settings } from '../../src/core/types';
import { closePeriod, getHealthReport, getOverview, saveSettings } from '../../src/server/endpoints';
import { DASHBOARD, REVIEW_COLUMNS } from '../../src/tabs/templates';
import { krColumn, settingRow } from '../../src/tabs/writer';
import { useQuarterWorkbook } from './support';

const KRS = 'Q1 2027 · Key results';
const DASH = 'Q1 2027 · Dashboard';
const REVIEW = 'Q1 2027 · Review';
const ROLLED: Settings = { ...DEFAULT_SETTINGS, objectiveScores: 'withChildren' };

function kr(id: string, objectiveId: string, parent: string, current: number, weight: number | null = null) {
  return {
    id,
    objectiveId,
    objectiveTitle: `Objective ${objectiveId}`,
    title: `KR ${id}`,
    owner: 'Ana',
    team: 'EMEA',
    parentObjectiveId: parent,
    unit: 'count',
    kind: 'increase',
    baseline: 0,
    target: 100,
    current,
    weight,
    confidence: 0.5,
    dueDate: null,
    notes: '',
    dataLink: '',
  } satisfies Partial<KeyResult>;
}

// Company C1: own 0.1. Team T1 under C1: 0.8 at weight 3 and 0.4 at weight 1 → own 0.7.
// Rep R1 under T1 (named in other case): own 0.3. A1 ↔ B1 is a cycle (own 0.2 and 0.6);
// D1 names a parent that does not exist (own 0.5).
// Rolled up: R1 0.3; T1 (0.7 + 0.3) / 2 = 0.5; C1 (0.1 + 0.5) / 2 = 0.3; A1 0.2; B1 0.6; D1 0.5.
const KEY_RESULTS = [
  kr('C1.1', 'C1', '', 10),
  kr('T1.1', 'T1', 'C1', 80, 3),
  kr('T1.2', 'T1', 'C1', 40, 1),
  kr('R1.1', 'R1', 't1', 30),
  kr('A1.1', 'A1', 'B1', 20),
  kr('B1.1', 'B1', 'A1', 60),
  kr('D1.1', 'D1', 'X9', 50),
];
const OWN = { C1: 0.1, T1: 0.7, R1: 0.3, A1: 0.2, B1: 0.6, D1: 0.5 };
const ROLLED_UP = { C1: 0.3, T1: 0.5, R1: 0.3, A1: 0.2, B1: 0.6, D1: 0.5 };

const wb = useQuarterWorkbook(KEY_RESULTS);

const sheet = wb.sheet;

/** Objective id → score, from the key-results tab's score column (one per row, must agree). */
function krTabScores(): Record<string, unknown> {
  const scores: Record<string, unknown> = {};
  KEY_RESULTS.forEach((k, i) => {
    const value = sheet(KRS)
      .getRange(i + 2, krColumn('score'))
      .getValue();
    if (k.objectiveId in scores) expect(value).toBe(scores[k.objectiveId]);
    scores[k.objectiveId] = value;
  });
  return scores;
}

/** Objective id → score, from the dashboard's OKR_ROLLUP table. */
function dashboardScores(): Record<string, unknown> {
  const first = DASHBOARD.objectivesRow + 1;
  const rows = sheet(DASH).getRange(first, 1, KEY_RESULTS.length, 2).getValues();
  return Object.fromEntries(rows.filter((r) => r[0] !== '').map((r) => [r[0], r[1]]));
}

function sidebarScores(): Record<string, number | null> {
  return Object.fromEntries(getOverview('Q1 2027').objectives.map((o) => [o.id, o.score]));
}

function expectScores(actual: Record<string, unknown>, expected: Record<string, number>) {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const [id, score] of Object.entries(expected)) expect(actual[id], id).toBeCloseTo(score, 9);
}

describe('objective roll-ups, the same numbers everywhere', () => {
  it('shows own scores by default, in the sheet and in the sidebar', () => {
    expect(sheet(DASH).getRange(settingRow('children'), 2).getValue()).toBe(0);
    expectScores(sidebarScores(), OWN);
    expectScores(krTabScores(), OWN);
    expectScores(dashboardScores(), OWN);
  });

  it('rolls child objectives up everywhere once the setting says so, and back', () => {
    saveSettings(ROLLED);
    expect(sheet(DASH).getRange(settingRow('children'), 2).getValue()).toBe(1);
    expectScores(sidebarScores(), ROLLED_UP);
    expectScores(krTabScores(), ROLLED_UP);
    expectScores(dashboardScores(), ROLLED_UP);
    const view = getOverview('Q1 2027');
    // Overall: the mean of the objective scores as shown, on the dashboard and in the sidebar.
    const mean = Object.values(ROLLED_UP).reduce((a, b) => a + b, 0) / 6;
    expect(view.score).toBeCloseTo(mean, 9);
    expect(sheet(DASH).getRange(DASHBOARD.overallRow, 2).getValue()).toBeCloseTo(mean, 9);
    const t1 = view.objectives.find((o) => o.id === 'T1')!;
    expect(t1).toMatchObject({ children: 1, grade: 'yellow' });
    expect(t1.ownScore).toBeCloseTo(0.7, 9);

    saveSettings(DEFAULT_SETTINGS);
    expectScores(krTabScores(), OWN);
    expectScores(dashboardScores(), OWN);
    expectScores(sidebarScores(), OWN);
  });

  it('keeps reporting the cycle and the dangling parent, with their cells', () => {
    saveSettings(ROLLED);
    const findings = getHealthReport('Q1 2027') as { code: string; cell?: string }[];
    const codes = findings.map((f) => f.code);
    expect(codes).toContain('parentLoop');
    expect(codes).toContain('parentMissing');
    for (const f of findings.filter((x) => x.code.startsWith('parent'))) expect(f.cell).toMatch(/Key results'!/);
  });

  it('grades the review’s objectives with their rolled-up scores', () => {
    saveSettings(ROLLED);
    closePeriod({ label: 'Q1 2027', date: '2027-03-31' });
    const review = sheet(REVIEW).getDataRange().getValues();
    const header = review.findIndex((r) => r.includes('Objective score'));
    const column = (id: string) => review[header].indexOf(id);
    const idColumn = REVIEW_COLUMNS.findIndex((c) => c.id === 'objectiveId');
    expect(idColumn).toBeGreaterThanOrEqual(0);
    const scoreOf = (id: string) => review.find((r) => r[idColumn] === id)?.[column('Objective score')];
    expect(scoreOf('C1')).toBeCloseTo(0.3, 9);
    expect(scoreOf('T1')).toBeCloseTo(0.5, 9);
    expect(scoreOf('A1')).toBeCloseTo(0.2, 9);
  });
});
