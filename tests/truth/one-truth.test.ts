// One truth per key result: the disagreements a new user found between the key-results tab, the
// dashboard, the sidebar, the check-in log and the review, each reproduced on the emulated
// workbook through the add-on's own endpoints (the functions google.script.run calls).
import { describe, expect, it, vi } from 'vitest';
import { explainKeyResult } from '../../src/core/explain';
import { DEFAULT_SETTINGS, type KeyResult, type Settings } from '../../src/core/types';
import { SIDEBAR } from '../../src/i18n/sidebar';
import { STATUS_LABELS } from '../../src/i18n/status';
import { closePeriod, getOverview, recordCheckIn, saveSettings } from '../../src/server/endpoints';
import { DASHBOARD, GRADE_COLORS } from '../../src/tabs/templates';
import { columnLetter, krColumn, settingRow } from '../../src/tabs/writer';
import { useQuarterWorkbook } from './support';

const KRS = 'Q1 2027 · Key results';
const LOG = 'Q1 2027 · Check-ins';
const DASH = 'Q1 2027 · Dashboard';
const REVIEW = 'Q1 2027 · Review';

function kr(fields: Partial<KeyResult>): Partial<KeyResult> {
  return {
    owner: 'Ana',
    team: 'EMEA',
    parentObjectiveId: '',
    unit: 'count',
    kind: 'increase',
    baseline: 0,
    target: 100,
    weight: null,
    confidence: 0.5,
    dueDate: null,
    notes: '',
    dataLink: '',
    ...fields,
  };
}

// O1 scores 0.71: green under the default bands, yellow under bands of 50% / 80%.
// O2 = (0.65 + 0.25) / 2 = 0.45 by default; O3 = 0.9.
const KEY_RESULTS = [
  kr({ id: 'O1.1', objectiveId: 'O1', objectiveTitle: 'Grow revenue', title: 'New revenue', current: 71 }),
  kr({ id: 'O2.1', objectiveId: 'O2', objectiveTitle: 'Win customers', title: 'Deals won', current: 65 }),
  kr({ id: 'O2.2', objectiveId: 'O2', objectiveTitle: 'Win customers', title: 'Demos booked', current: 25 }),
  kr({ id: 'O3.1', objectiveId: 'O3', objectiveTitle: 'Keep customers', title: 'Renewals', current: 90 }),
];

const wb = useQuarterWorkbook(KEY_RESULTS);

const sheet = wb.sheet;
/** Sheet row of a KR in the key-results tab (row 1 holds the headers). */
const rowOf = (id: string) => KEY_RESULTS.findIndex((k) => k.id === id) + 2;
const krCell = (id: string, column: Parameters<typeof krColumn>[0]) => sheet(KRS).getRange(rowOf(id), krColumn(column));
const background = (tab: string, row: number, column: number) => wb.emu.conditionalFormat(tab, row, column)?.background;
const objective = (id: string) => getOverview('Q1 2027').objectives.find((o) => o.id === id)!;
const bands = (yellowFrom: number, greenFrom: number): Settings => ({ ...DEFAULT_SETTINGS, yellowFrom, greenFrom });

/** The dashboard's row of an objective in its score table. */
function dashboardRow(id: string): unknown[] {
  const first = DASHBOARD.objectivesRow + 1;
  const rows = sheet(DASH)
    .getRange(first, 1, sheet(DASH).getMaxRows() - first + 1, 6)
    .getValues();
  const row = rows.find((r) => r[0] === id);
  if (!row) throw new Error(`${id} is not on the dashboard`);
  return row;
}

describe('saved grade bands reach the sheet, the dashboard, the review and the sidebar', () => {
  it('grades 0.71 yellow everywhere under bands of 50% and 80%', () => {
    expect(objective('O1').grade).toBe('green');
    expect(background(KRS, rowOf('O1.1'), krColumn('score'))).toBe(GRADE_COLORS.green);

    saveSettings(bands(0.5, 0.8));

    expect(objective('O1')).toMatchObject({ score: 0.71, grade: 'yellow' });
    expect(background(KRS, rowOf('O1.1'), krColumn('score'))).toBe(GRADE_COLORS.yellow);
    expect(background(KRS, rowOf('O1.1'), krColumn('progress'))).toBe(GRADE_COLORS.yellow);
    // The dashboard files the objective under yellow (columns D, E, F: red, yellow, green).
    const [, score, , red, yellow, green] = dashboardRow('O1');
    expect(score).toBeCloseTo(0.71);
    expect([red, yellow, green]).toEqual(['', score, '']);
    expect(background(DASH, DASHBOARD.objectivesRow + 1, 2)).toBe(GRADE_COLORS.yellow);

    closePeriod({ label: 'Q1 2027', date: '2027-03-31' });
    const review = sheet(REVIEW).getDataRange().getValues();
    const o1 = review.find((row) => row[0] === 'O1.1')!;
    expect(o1).toContain('yellow');
    expect(o1).not.toContain('green');
  });

  it('keeps grading a closed period with the settings it was closed with', () => {
    saveSettings(bands(0.5, 0.8));
    closePeriod({ label: 'Q1 2027', date: '2027-03-31' });
    saveSettings(DEFAULT_SETTINGS);

    const view = getOverview('Q1 2027');
    expect(view.period.closed).toBe(true);
    expect(view.settings).toMatchObject({ yellowFrom: 0.5, greenFrom: 0.8 });
    expect(view.frozenOn).toBe('2027-03-31');
    expect(view.asOf).toBe('2027-03-31');
    expect(view.objectives.find((o) => o.id === 'O1')?.grade).toBe('yellow');
    // The review says the same, and prints the bands it used.
    const text = sheet(REVIEW).getDataRange().getDisplayValues().flat().join('\n');
    expect(text).toContain('below 0.5 red');
    expect(text).toContain('0.8 and above green');
  });
});

describe('a check-in updates the key result everywhere', () => {
  it('writes the confidence into the KR row as well as the log', () => {
    expect(krCell('O1.1', 'confidence').getValue()).toBe(0.5);
    recordCheckIn({ periodLabel: 'Q1 2027', krId: 'O1.1', value: 75, confidence: 0.8, note: '', who: 'Ana' });
    const logged = sheet(LOG).getRange(2, 1, 1, 7).getDisplayValues()[0];
    expect(logged).toContain('80%');
    expect(krCell('O1.1', 'confidence').getDisplayValue()).toBe('80%');
    const viewed = objective('O1').keyResults[0];
    expect(viewed).toMatchObject({ confidence: 0.8, current: 75, progress: 0.75 });
  });

  it('logs progress with the saved cap, as the sheet and the sidebar score it', () => {
    saveSettings({ ...DEFAULT_SETTINGS, cap: 1.2 });
    recordCheckIn({ periodLabel: 'Q1 2027', krId: 'O3.1', value: 150, confidence: null, note: '', who: '' });
    const logged = sheet(LOG).getRange(2, 7).getValue();
    expect(logged).toBe(1.2);
    expect(krCell('O3.1', 'progress').getValue()).toBe(1.2);
    expect(objective('O3').keyResults[0].progress).toBe(1.2);
  });
});

describe('a bad row is flagged in its own row and counts as 0', () => {
  it('text in one Current cell: flagged there, the others still score, and all places agree', () => {
    krCell('O2.2', 'current').setValue('abc');

    expect(krCell('O2.2', 'progress').getValue()).toBe('⚠ current “abc” is not a number. Enter e.g. 1.5 or 19%.');
    // The objective's other row shows the objective's score, with the bad KR counted as 0.
    expect(krCell('O2.1', 'score').getValue()).toBeCloseTo((0.65 + 0) / 2);
    const overall = sheet(DASH).getRange(DASHBOARD.overallRow, 2).getValue();
    expect(typeof overall).toBe('number');

    const view = getOverview('Q1 2027');
    expect(view.score).toBeCloseTo(overall as number, 9);
    const o2 = view.objectives.find((o) => o.id === 'O2')!;
    expect(o2.score).toBeCloseTo(0.325);
    expect(dashboardRow('O2')[1]).toBeCloseTo(0.325);
    const bad = o2.keyResults.find((k) => k.id === 'O2.2')!;
    expect(bad).toMatchObject({ progress: null, problem: 'notANumber', problemField: 'current', problemText: 'abc' });
    expect(bad.counted).toBe(0);
  });

  it('explains unreadable text as unreadable, not as a missing value', () => {
    krCell('O2.2', 'current').setValue('Abc');
    const view = getOverview('Q1 2027');
    const bad = view.objectives[1].keyResults[1];
    const keys = explainKeyResult(bad, view).map((m) => m.key);
    expect(keys).toContain('problem.notANumber');
    expect(keys).not.toContain('problem.noCurrent');
    expect(SIDEBAR.en['problem.notANumber']).toContain('{text}');
  });

  it('a negative weight on sheet row 3 is flagged in row 3, and the overall score stays a number', () => {
    expect(rowOf('O2.1')).toBe(3);
    krCell('O2.1', 'weight').setValue(-1);

    expect(krCell('O2.1', 'score').getValue()).toBe('⚠ weights -1 is not ≥ 0. Enter a value that is.');
    const texts = sheet(KRS).getDataRange().getDisplayValues().flat().join('\n');
    expect(texts).not.toMatch(/row \d/i);
    // O2 = (0 × 1 + 0.25 × 1) / 2: the bad KR counts as 0 at weight 1.
    expect(krCell('O2.2', 'score').getValue()).toBeCloseTo(0.125);
    const overall = sheet(DASH).getRange(DASHBOARD.overallRow, 2).getValue();
    const view = getOverview('Q1 2027');
    expect(view.score).toBeCloseTo(overall as number, 9);
    expect(view.objectives[1].score).toBeCloseTo(0.125);
    expect(view.objectives[1].keyResults[0]).toMatchObject({ problem: 'negativeWeight', problemText: '-1' });
  });
});

describe('the review counts scores in the band they are graded in', () => {
  it('puts 0.65 (yellow) in the 0.6 bucket, not in 0.7', () => {
    closePeriod({ label: 'Q1 2027', date: '2027-03-31' });
    const values = sheet(REVIEW).getDataRange().getDisplayValues();
    const bucket = (label: string) => values.find((row) => row.includes(label) && row.indexOf(label) >= 0);
    const count = (label: string) => {
      const row = bucket(label)!;
      return Number(row[row.indexOf(label) + 1]);
    };
    // 0.71 and 0.65 and 0.25 and 0.9: buckets 0.7, 0.6, 0.2, 0.9.
    expect(count('0.6')).toBe(1);
    expect(count('0.7')).toBe(1);
    expect(count('0.2')).toBe(1);
    expect(count('0.9')).toBe(1);
  });
});

describe('status follows the as-of date in the sheet as in the sidebar', () => {
  const statuses = () => KEY_RESULTS.map((k) => krCell(k.id as string, 'status').getValue());
  const sidebarStatuses = () =>
    getOverview('Q1 2027')
      .objectives.flatMap((o) => o.keyResults)
      .map((k) => (k.status ? STATUS_LABELS.en[k.status] : ''));
  const counts = () =>
    sheet(DASH)
      .getRange(DASHBOARD.statusRow + 1, DASHBOARD.sideColumn, 4, 2)
      .getValues()
      .map(([label, count]) => `${label}: ${count}`);

  it('agrees on every day of the quarter, and with OKR_STATUS on the same cells', () => {
    // 0.71, 0.65, 0.25, 0.9 against expected 0.5 on 15 Feb: 0.25 behind is exactly the
    // off-track gap, which still counts as at risk.
    expect(statuses()).toEqual(['On track', 'On track', 'At risk', 'On track']);
    // OKR_STATUS on the same progress, expected and gap cells (as a user may type it).
    const check = sheet(KRS).getRange(20, 25);
    const setting = (id: 'atRisk' | 'offTrack') => `'${DASH}'!$B$${settingRow(id)}`;
    const column = (id: 'progress' | 'expected') => `${columnLetter(krColumn(id))}2:${columnLetter(krColumn(id))}5`;
    check.setFormula(
      `=OKR_STATUS(${column('progress')},${column('expected')},${setting('atRisk')},${setting('offTrack')},"en")`,
    );
    const seen = new Set<unknown>();
    for (const day of ['2027-01-01', '2027-01-20', '2027-02-15', '2027-03-04', '2027-03-20', '2027-04-02']) {
      const now = new Date(`${day}T12:00:00Z`);
      // The sidebar grades as of today; the sheet as of its "As of" cell, typed as a user would.
      vi.setSystemTime(now);
      wb.emu.setCellInput(DASH, `B${settingRow('asOf')}`, day);
      expect(statuses(), day).toEqual(sidebarStatuses());
      for (const status of statuses()) seen.add(status);
      expect(sheet(KRS).getRange(20, 25, 4, 1).getValues().flat(), day).toEqual(statuses());
      const view = getOverview('Q1 2027');
      expect(counts(), day).toEqual(
        (['done', 'onTrack', 'atRisk', 'offTrack'] as const).map(
          (s) => `${STATUS_LABELS.en[s]}: ${view.statusCounts[s]}`,
        ),
      );
    }
    expect([...seen].sort()).toEqual(['At risk', 'Off track', 'On track']);
    check.clearContent();
  });

  it('grades with the saved gaps, and shows no status where progress shows a problem', () => {
    saveSettings({ ...DEFAULT_SETTINGS, atRiskGap: 0.05, offTrackGap: 0.2 });
    krCell('O1.1', 'current').setValue('abc');
    expect(statuses()).toEqual(['', 'On track', 'Off track', 'On track']);
    expect(statuses()).toEqual(sidebarStatuses());
  });
});
