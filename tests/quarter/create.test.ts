import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPeriod, createPeriodWith } from '../../src/sheet/periods';
import { listPeriods, readPeriod } from '../../src/sheet/read';
import { DASHBOARD } from '../../src/tabs/templates';
import { settingRow } from '../../src/tabs/writer';
import {
  addDealsTab,
  displayOf,
  newWorkbook,
  request,
  SETTINGS,
  sampleKeyResults,
  settingsWith,
  valuesOf,
  type Workbook,
} from './helpers';

const KR = 'Q1 2027 · Key results';
const DASH = 'Q1 2027 · Dashboard';
const LOG = 'Q1 2027 · Check-ins';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
});
afterEach(() => wb.restore());

describe('a new quarter', () => {
  it('creates the three tabs named with the period and marks them as the add-on’s own', () => {
    const result = createPeriod(wb.ss, request(), SETTINGS);
    expect(result.tabs).toEqual({ keyResults: KR, checkIns: LOG, dashboard: DASH });
    expect(wb.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', KR, LOG, DASH]);
    const [summary] = listPeriods(wb.ss);
    expect(summary.period.label).toBe('Q1 2027');
    expect(summary.team).toBe('EMEA');
    expect(summary.closed).toBe(false);
    expect(summary.period.start.toISOString().slice(0, 10)).toBe('2027-01-01');
    expect(summary.period.end.toISOString().slice(0, 10)).toBe('2027-03-31');
  });

  it('starts the dashboard with the saved cap and pace thresholds, so the sheet scores as the settings say', () => {
    createPeriodWith(
      wb.ss,
      request(),
      sampleKeyResults(),
      settingsWith({ cap: 1.2, atRiskGap: 0.05, offTrackGap: 0.2 }),
    );
    const cell = (id: 'yellowFrom' | 'greenFrom' | 'cap' | 'atRisk' | 'offTrack') =>
      valuesOf(wb.ss, DASH, `B${settingRow(id)}`)[0][0];
    expect([cell('cap'), cell('atRisk'), cell('offTrack')]).toEqual([1.2, 0.05, 0.2]);
    // The bands not changed keep the defaults.
    expect([cell('yellowFrom'), cell('greenFrom')]).toEqual([0.4, 0.7]);
    // Over-achievement now counts up to 1.2: O1.1 (row 2) at twice its target scores 1.2.
    const sheet = wb.ss.getSheetByName(KR)!;
    const target = sheet.getRange('K2').getValue() as number;
    sheet.getRange('L2').setValue(target * 2);
    expect(valuesOf(wb.ss, KR, 'R2')[0][0]).toBeCloseTo(1.2);
  });

  it('lays the dashboard’s settings block out in rows 3 to 12, labels in A and values in B', () => {
    createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
    const block = valuesOf(wb.ss, DASH, 'A3:B12');
    expect(block.map((r) => r[0])).toEqual([
      'Period start',
      'Period end',
      'As of',
      'Expected progress',
      'Yellow from (score)',
      'Green from (score)',
      'Progress cap',
      'At risk when behind pace by more than',
      'Off track when behind pace by more than',
      'Child objectives in scores (1 yes, 0 no)',
    ]);
    expect(
      (
        ['start', 'end', 'asOf', 'pace', 'yellowFrom', 'greenFrom', 'cap', 'atRisk', 'offTrack', 'children'] as const
      ).map(settingRow),
    ).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // Own key results only (0) unless the settings roll child objectives up.
    expect(block.slice(4).map((r) => r[1])).toEqual([0.4, 0.7, 1, 0.1, 0.25, 0]);
    expect(valuesOf(wb.ss, DASH, `A${DASHBOARD.overallRow}`)[0][0]).toBe('Overall score');
  });

  it('colours the sheet by the grade bands in the settings', () => {
    addDealsTab(wb.ss);
    createPeriodWith(wb.ss, request(), sampleKeyResults(), settingsWith({ yellowFrom: 0.3, greenFrom: 0.5 }));
    expect(valuesOf(wb.ss, DASH, `B${settingRow('yellowFrom')}:B${settingRow('greenFrom')}`).flat()).toEqual([
      0.3, 0.5,
    ]);
    // Progress: O1.2 0.5 is green from 0.5; O3.1 0.3 yellow from 0.3; O3.2 0.2 still red.
    expect(wb.emu.conditionalBackground(KR, 3, 18)).toBe('#b7e1cd');
    expect(wb.emu.conditionalBackground(KR, 7, 18)).toBe('#fce8b2');
    expect(wb.emu.conditionalBackground(KR, 8, 18)).toBe('#f4c7c3');
    // Objective scores: O2 0.5 green, O3 0.25 red; the band columns follow the same cells.
    const first = DASHBOARD.objectivesRow + 1;
    expect(wb.emu.conditionalBackground(DASH, first + 1, 2)).toBe('#b7e1cd');
    expect(wb.emu.conditionalBackground(DASH, first + 2, 2)).toBe('#f4c7c3');
    expect(valuesOf(wb.ss, DASH, `D${first + 1}:F${first + 1}`)[0]).toEqual(['', '', expect.closeTo(0.5)]);
    // Overall (0.508…) green too.
    expect(wb.emu.conditionalBackground(DASH, DASHBOARD.overallRow, 2)).toBe('#b7e1cd');
  });

  it('computes progress, status and objective scores of the sample data with one call per column', () => {
    addDealsTab(wb.ss);
    wb.emu.resetCustomFunctionCalls();
    createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
    const rows = valuesOf(wb.ss, KR, 'A2:U8');
    const byId = Object.fromEntries(rows.map((r) => [r[0], r]));
    const progress = (id: string) => byId[id][17] as number;
    expect(progress('O1.1')).toBeCloseTo(0.8);
    expect(progress('O1.2')).toBeCloseTo(0.5);
    expect(progress('O1.3')).toBe(1);
    expect(progress('O2.1')).toBe(1); // fed by the Deals tab: 840,000 / 200,000 = 4.2 ≥ 4
    expect(progress('O2.2')).toBe(0);
    expect(progress('O3.1')).toBeCloseTo(0.3);
    expect(progress('O3.2')).toBeCloseTo(0.2);
    // Expected progress: the period's pace, or the share of the time to the due date (O1.1: 45 of 59 days).
    expect(rows[0][18]).toBeCloseTo(45 / 59);
    expect(rows.slice(1).map((r) => r[18])).toEqual(new Array(6).fill(0.5));
    expect(rows.map((r) => r[19])).toEqual([
      'On track',
      'On track',
      'Done',
      'Done',
      'Off track',
      'At risk',
      'Off track',
    ]);
    expect(byId['O1.1'][20]).toBeCloseTo(0.775);
    expect(byId['O2.2'][20]).toBeCloseTo(0.5);
    expect(byId['O3.2'][20]).toBeCloseTo(0.25);
    // The data link is a live formula; user text that looks like one stayed text.
    expect(wb.ss.getSheetByName(KR)!.getRange('L5').getFormula()).toBe('=Deals!A1/Deals!A2');
    expect(byId['O1.2'][15]).toBe('=not a formula');
    expect(wb.ss.getSheetByName(KR)!.getRange('P3').getFormula()).toBe('');

    // Each computed column is one formula in the first row that spills: never one per row.
    const formulas = wb.ss.getSheetByName(KR)!.getRange('R2:U201').getFormulas();
    expect(formulas.flat().filter((f) => f !== '')).toHaveLength(4);
    expect(formulas[0][0]).toMatch(
      /^=KR_PROGRESS\(ARRAYFORMULA\(IF\(A2:A="",L2:L,.*SUMIF\(X2:X,A2:A,L2:L\),L2:L\)\)\),K2:K,J2:J,H2:H,/,
    );

    // Dashboard: objective table (header, then one spilling OKR_SCORE), overall score, status counts.
    const firstObjective = DASHBOARD.objectivesRow + 1;
    const overall = `B${DASHBOARD.overallRow}`;
    expect(firstObjective).toBe(16);
    expect(overall).toBe('B13');
    expect(valuesOf(wb.ss, DASH, `A${DASHBOARD.objectivesRow}:B${DASHBOARD.objectivesRow}`)[0]).toEqual([
      'Objective id',
      'Objective score',
    ]);
    expect(
      valuesOf(wb.ss, DASH, `A${firstObjective}:C${firstObjective + 2}`).map((r) => [
        r[0],
        Number((r[1] as number).toFixed(4)),
        r[2],
      ]),
    ).toEqual([
      ['O1', 0.775, 'Grow new-business revenue'],
      ['O2', 0.5, 'Build a healthy pipeline'],
      ['O3', 0.25, 'Convert more leads'],
    ]);
    expect(valuesOf(wb.ss, DASH, `A${firstObjective + 3}:B${firstObjective + 3}`)[0]).toEqual(['', '']);
    // The band columns D..F split each score by the yellow/green settings cells.
    const dash = wb.ss.getSheetByName(DASH)!;
    expect(dash.getRange(`D${firstObjective}`).getFormula()).toContain(`$B$${settingRow('yellowFrom')}`);
    expect(dash.getRange(`F${firstObjective}`).getFormula()).toContain(`$B$${settingRow('greenFrom')}`);
    expect(valuesOf(wb.ss, DASH, `D${firstObjective}:F${firstObjective + 2}`)).toEqual([
      ['', '', expect.closeTo(0.775)],
      ['', expect.closeTo(0.5), ''],
      [expect.closeTo(0.25), '', ''],
    ]);
    expect(valuesOf(wb.ss, DASH, overall)[0][0]).toBeCloseTo((0.775 + 0.5 + 0.25) / 3);
    expect(valuesOf(wb.ss, DASH, 'H4:I7')).toEqual([
      ['Done', 2],
      ['On track', 2],
      ['At risk', 1],
      ['Off track', 2],
    ]);
    expect(displayOf(wb.ss, DASH, overall)[0][0]).toBe('0.51');

    // Editing one current value recalculates each custom function once, not once per row.
    wb.emu.setCellInput(KR, 'L8', '20');
    const calls = wb.emu.lastRecalculationCalls();
    expect(calls.KR_PROGRESS).toBe(1);
    expect(valuesOf(wb.ss, KR, 'R8')[0][0]).toBeCloseTo(0.5);
    expect(valuesOf(wb.ss, DASH, `B${firstObjective + 2}`)[0][0]).toBeCloseTo(0.4);
  });

  it('shows a KR’s problem in its row and counts it as 0 in its objective; only draft rows are left out', () => {
    addDealsTab(wb.ss);
    createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
    const sheet = wb.ss.getSheetByName(KR)!;
    const row = (r: number) => {
      const line = valuesOf(wb.ss, KR, `R${r}:U${r}`)[0];
      return { progress: line[0], status: line[2], score: line[3] };
    };
    const objectiveScores = () =>
      Object.fromEntries(
        valuesOf(wb.ss, DASH, `A${DASHBOARD.objectivesRow + 1}:B${DASHBOARD.objectivesRow + 3}`).map((r) => [
          r[0],
          Number((r[1] as number).toFixed(4)),
        ]),
      );
    expect(objectiveScores()).toEqual({ O1: 0.775, O2: 0.5, O3: 0.25 });

    // An unreadable target: the row says why, has no status, and counts 0 (was 0.5) in O1.
    wb.emu.setCellInput(KR, 'K3', 'lots');
    expect(row(3)).toEqual({
      progress: '⚠ target “lots” is not a number. Enter e.g. 1.5 or 19%.',
      status: '',
      score: expect.closeTo(0.65),
    });
    expect(row(2).score).toBeCloseTo(0.65);

    // A milestone without a value is simply not done (0), not a problem.
    sheet.getRange('L4').setValue('');
    expect(row(4)).toMatchObject({ progress: 0, score: expect.closeTo(0.4) });

    // A measured KR without a current value yet: a problem, counted 0 (was 0.2) in O3.
    sheet.getRange('L8').setValue('');
    expect(row(8)).toEqual({
      progress: '⚠ current is blank. Enter a value.',
      status: '',
      score: expect.closeTo(0.15),
    });

    // A negative weight: that row counts 0 at weight 1 and says why in its own score cell; the
    // other row of O2 still gets O2's number (now (0 + 0) / 2 instead of (1 + 0) / 2).
    sheet.getRange('M5').setValue(-1);
    expect(row(5)).toEqual({
      progress: 1,
      status: 'Done',
      score: '⚠ weights -1 is not ≥ 0. Enter a value that is.',
    });
    expect(row(6).score).toBe(0);

    // A draft row (kind, baseline, target and current all blank) shows nothing and is left out.
    sheet.getRange('A9:D9').setValues([['O3.3', 'O3', 'Convert more leads', 'Something for later']]);
    expect(row(9)).toEqual({ progress: '', status: '', score: expect.closeTo(0.15) });

    expect(objectiveScores()).toEqual({ O1: 0.4, O2: 0, O3: 0.15 });
    expect(valuesOf(wb.ss, DASH, `B${DASHBOARD.overallRow}`)[0][0]).toBeCloseTo((0.4 + 0 + 0.15) / 3);
    // The reader sees the same: the unreadable target is an issue with its cell address.
    expect(readPeriod(wb.ss, 'Q1 2027')!.readIssues).toEqual([
      expect.objectContaining({ cell: "'Q1 2027 · Key results'!K3", krId: 'O1.2', code: 'notANumber' }),
    ]);
  });

  it('keeps custom functions away from the TODAY() cell and follows a typed as-of date', () => {
    createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
    const row = settingRow('asOf');
    expect(row).toBe(5);
    const asOf = `$B$${row}`;
    expect(wb.ss.getSheetByName(DASH)!.getRange(`A${row}:B${row}`).getValues()[0][0]).toBe('As of');
    expect(wb.ss.getSheetByName(DASH)!.getRange(`B${row}`).getFormula()).toBe('=TODAY()');
    const formulas = [KR, DASH].flatMap((tab) => wb.ss.getSheetByName(tab)!.getDataRange().getFormulas().flat());
    const custom = formulas.filter((f) => /\b(KR_|OKR_)[A-Z]+\(/.test(f));
    // Progress and score in the key-results tab, two scores on the dashboard (status is native).
    expect(custom.length).toBeGreaterThanOrEqual(4);
    for (const formula of custom) expect(formula).not.toContain(asOf);
    wb.emu.setCellInput(DASH, asOf.replace(/\$/g, ''), '2027-04-01');
    expect(valuesOf(wb.ss, DASH, `B${settingRow('pace')}`)[0][0]).toBe(1);
    expect(valuesOf(wb.ss, KR, 'S3:T3')[0]).toEqual([1, 'Off track']);
  });

  it('formats, validates, freezes, protects and charts the tabs', () => {
    createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
    const sheet = wb.ss.getSheetByName(KR)!;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('K2').getNumberFormat()).toBe('#,##0');
    expect(sheet.getRange('K6').getNumberFormat()).toBe('0.0%');
    expect(displayOf(wb.ss, KR, 'K2')[0][0]).toBe('500,000');
    expect(displayOf(wb.ss, KR, 'J7')[0][0]).toBe('15.0%');
    expect(sheet.getRange('H2').getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Increase',
      'Decrease',
      'At least',
      'At most',
      'Milestone',
    ]);
    expect(String(sheet.getRange('L4').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    expect(sheet.getRange('L2').getDataValidation()).toBeNull();
    const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    // Grade bands and status words are coloured.
    expect(wb.emu.conditionalBackground(KR, 6, 18)).toBe('#f4c7c3'); // O2.2 progress 0 → red
    expect(wb.emu.conditionalBackground(KR, 2, 18)).toBe('#b7e1cd'); // 0.8 → green
    expect(wb.emu.conditionalBackground(KR, 7, 18)).toBe('#f4c7c3'); // 0.3 → red
    expect(wb.emu.conditionalBackground(KR, 4, 20)).toBe('#b7e1cd'); // Done
    const charts = wb.emu.charts().filter((c) => c.sheet === DASH);
    expect(charts.map((c) => c.chartType)).toEqual(['BAR', 'COLUMN', 'LINE']);
    expect(charts[1].ranges[0].sheet).toBe(KR);
  });

  it('refuses to run twice for the same period and changes nothing', () => {
    createPeriod(wb.ss, request({ startFrom: 'examples' }), SETTINGS);
    const before = wb.emu.snapshot();
    expect(() => createPeriod(wb.ss, request({ startFrom: 'examples' }), SETTINGS)).toThrow(
      /“Q1 2027 · Key results” already exists/,
    );
    expect(wb.emu.snapshot()).toEqual(before);
  });

  it('never takes over a tab it did not create', () => {
    wb.ss.insertSheet('Q1 2027 · Dashboard');
    const before = wb.emu.snapshot();
    expect(() => createPeriod(wb.ss, request(), SETTINGS)).toThrow(/already exists/);
    expect(wb.emu.snapshot()).toEqual(before);
    expect(listPeriods(wb.ss)).toEqual([]);
  });

  it('starts from examples in the workbook’s language', () => {
    const result = createPeriod(wb.ss, request({ startFrom: 'examples' }), SETTINGS);
    expect(result.keyResults).toBeGreaterThanOrEqual(6);
    const data = readPeriod(wb.ss, 'Q1 2027')!;
    expect(data.objectives.length).toBe(3);
    expect(data.keyResults.every((kr) => kr.team === 'EMEA' && kr.title !== '')).toBe(true);
    expect(data.readIssues).toEqual([]);
  });

  it('rejects an invalid period before touching anything', () => {
    const before = wb.emu.snapshot();
    wb.emu.calls.reset();
    expect(() =>
      createPeriod(wb.ss, request({ period: { kind: 'quarter', year: 2027, quarter: 7 as 1 } }), SETTINGS),
    ).toThrow(/quarter 1–4/);
    expect(wb.emu.calls.total()).toBe(0);
    expect(wb.emu.snapshot()).toEqual(before);
  });

  it('labels fiscal and custom periods in tab names', () => {
    createPeriod(
      wb.ss,
      request({ period: { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 3, fiscalYearStartMonth: 4 } }),
      SETTINGS,
    );
    createPeriod(wb.ss, request({ period: { kind: 'months', start: '2027-01-01', months: 2 } }), SETTINGS);
    expect(listPeriods(wb.ss).map((p) => p.period.label)).toEqual(['FY2027 Q3', 'Jan–Feb 2027']);
    expect(wb.ss.getSheetByName('FY2027 Q3 · Key results')).not.toBeNull();
    expect(
      valuesOf(wb.ss, 'FY2027 Q3 · Dashboard', 'B3:B4')
        .flat()
        .map((d) => (d as Date).toISOString().slice(0, 10)),
    ).toEqual(['2026-10-01', '2026-12-31']);
  });
});
