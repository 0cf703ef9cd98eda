import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPeriod, createPeriodWith } from '../../src/sheet/periods';
import { listPeriods, readPeriod } from '../../src/sheet/read';
import { settingRow } from '../../src/tabs/writer';
import { addDealsTab, displayOf, newWorkbook, request, sampleKeyResults, valuesOf, type Workbook } from './helpers';

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
    const result = createPeriod(wb.ss, request());
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
    createPeriodWith(wb.ss, request(), sampleKeyResults(), { cap: 1.2, atRiskGap: 0.05, offTrackGap: 0.2 });
    const cell = (id: 'cap' | 'atRisk' | 'offTrack') => valuesOf(wb.ss, DASH, `B${settingRow(id)}`)[0][0];
    expect([cell('cap'), cell('atRisk'), cell('offTrack')]).toEqual([1.2, 0.05, 0.2]);
    // Over-achievement now counts up to 1.2: O1.1 (row 2) at twice its target scores 1.2.
    const sheet = wb.ss.getSheetByName(KR)!;
    const target = sheet.getRange('K2').getValue() as number;
    sheet.getRange('L2').setValue(target * 2);
    expect(valuesOf(wb.ss, KR, 'R2')[0][0]).toBeCloseTo(1.2);
  });

  it('computes progress, status and objective scores of the sample data with one call per column', () => {
    addDealsTab(wb.ss);
    wb.emu.resetCustomFunctionCalls();
    createPeriodWith(wb.ss, request(), sampleKeyResults());
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
    expect(formulas[0][0]).toMatch(/^=KR_PROGRESS\(L2:L201,K2:K201,J2:J201,H2:H201,/);

    // Dashboard: objective table, overall score, status counts.
    expect(valuesOf(wb.ss, DASH, 'A14:C16').map((r) => [r[0], Number((r[1] as number).toFixed(4)), r[2]])).toEqual([
      ['O1', 0.775, 'Grow new-business revenue'],
      ['O2', 0.5, 'Build a healthy pipeline'],
      ['O3', 0.25, 'Convert more leads'],
    ]);
    expect(valuesOf(wb.ss, DASH, 'B11')[0][0]).toBeCloseTo((0.775 + 0.5 + 0.25) / 3);
    expect(valuesOf(wb.ss, DASH, 'H4:I7')).toEqual([
      ['Done', 2],
      ['On track', 2],
      ['At risk', 1],
      ['Off track', 2],
    ]);
    expect(displayOf(wb.ss, DASH, 'B11')[0][0]).toBe('0.51');

    // Editing one current value recalculates each custom function once, not once per row.
    wb.emu.setCellInput(KR, 'L8', '20');
    const calls = wb.emu.lastRecalculationCalls();
    expect(calls.KR_PROGRESS).toBe(1);
    expect(valuesOf(wb.ss, KR, 'R8')[0][0]).toBeCloseTo(0.5);
    expect(valuesOf(wb.ss, DASH, 'B16')[0][0]).toBeCloseTo(0.4);
  });

  it('keeps custom functions away from the TODAY() cell and follows a typed as-of date', () => {
    createPeriodWith(wb.ss, request(), sampleKeyResults());
    const asOf = `$B$5`;
    expect(wb.ss.getSheetByName(DASH)!.getRange('A5:B5').getValues()[0][0]).toBe('As of');
    expect(wb.ss.getSheetByName(DASH)!.getRange('B5').getFormula()).toBe('=TODAY()');
    const formulas = [KR, DASH].flatMap((tab) => wb.ss.getSheetByName(tab)!.getDataRange().getFormulas().flat());
    const custom = formulas.filter((f) => /\b(KR_|OKR_)[A-Z]+\(/.test(f));
    expect(custom.length).toBeGreaterThan(4);
    for (const formula of custom) expect(formula).not.toContain(asOf);
    wb.emu.setCellInput(DASH, 'B5', '2027-04-01');
    expect(valuesOf(wb.ss, DASH, 'B6')[0][0]).toBe(1);
    expect(valuesOf(wb.ss, KR, 'S3:T3')[0]).toEqual([1, 'Off track']);
  });

  it('formats, validates, freezes, protects and charts the tabs', () => {
    createPeriodWith(wb.ss, request(), sampleKeyResults());
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
    createPeriod(wb.ss, request({ startFrom: 'examples' }));
    const before = wb.emu.snapshot();
    expect(() => createPeriod(wb.ss, request({ startFrom: 'examples' }))).toThrow(
      /“Q1 2027 · Key results” already exists/,
    );
    expect(wb.emu.snapshot()).toEqual(before);
  });

  it('never takes over a tab it did not create', () => {
    wb.ss.insertSheet('Q1 2027 · Dashboard');
    const before = wb.emu.snapshot();
    expect(() => createPeriod(wb.ss, request())).toThrow(/already exists/);
    expect(wb.emu.snapshot()).toEqual(before);
    expect(listPeriods(wb.ss)).toEqual([]);
  });

  it('starts from examples in the workbook’s language', () => {
    const result = createPeriod(wb.ss, request({ startFrom: 'examples' }));
    expect(result.keyResults).toBeGreaterThanOrEqual(6);
    const data = readPeriod(wb.ss, 'Q1 2027')!;
    expect(data.objectives.length).toBe(3);
    expect(data.keyResults.every((kr) => kr.team === 'EMEA' && kr.title !== '')).toBe(true);
    expect(data.readIssues).toEqual([]);
  });

  it('rejects an invalid period before touching anything', () => {
    const before = wb.emu.snapshot();
    wb.emu.calls.reset();
    expect(() => createPeriod(wb.ss, request({ period: { kind: 'quarter', year: 2027, quarter: 7 as 1 } }))).toThrow(
      /quarter 1–4/,
    );
    expect(wb.emu.calls.total()).toBe(0);
    expect(wb.emu.snapshot()).toEqual(before);
  });

  it('labels fiscal and custom periods in tab names', () => {
    createPeriod(
      wb.ss,
      request({ period: { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 3, fiscalYearStartMonth: 4 } }),
    );
    createPeriod(wb.ss, request({ period: { kind: 'months', start: '2027-01-01', months: 2 } }));
    expect(listPeriods(wb.ss).map((p) => p.period.label)).toEqual(['FY2027 Q3', 'Jan–Feb 2027']);
    expect(wb.ss.getSheetByName('FY2027 Q3 · Key results')).not.toBeNull();
    expect(
      valuesOf(wb.ss, 'FY2027 Q3 · Dashboard', 'B3:B4')
        .flat()
        .map((d) => (d as Date).toISOString().slice(0, 10)),
    ).toEqual(['2026-10-01', '2026-12-31']);
  });
});
