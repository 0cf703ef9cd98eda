import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySettingsToOpenPeriods, closePeriod, createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { listPeriods, readPeriod } from '../../src/sheet/read';
import { flagTexts, reviewColumn } from '../../src/tabs/writer';
import {
  addDealsTab,
  newWorkbook,
  request,
  SETTINGS,
  sampleKeyResults,
  settingsWith,
  valuesOf,
  type Workbook,
} from './helpers';

const KR = 'Q1 2027 · Key results';
const REVIEW = 'Q1 2027 · Review';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  addDealsTab(wb.ss);
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
  const checkIn = (krId: string, value: number, confidence: number, date: string) =>
    recordCheckIn(wb.ss, { periodLabel: 'Q1 2027', krId, value, confidence, note: '', who: 'Ben', date }, SETTINGS);
  // Ben's turnover KR reaches its target too: both of his KRs score 1.0.
  checkIn('O2.2', 0.08, 9, '2027-02-01');
  // Conversion never moves from its 15% baseline while confidence stays at 8/10.
  checkIn('O3.1', 0.15, 8, '2027-01-15');
  checkIn('O3.1', 0.15, 8, '2027-02-12');
});
afterEach(() => wb.restore());

function reviewRows(): Record<string, Record<string, unknown>> {
  const values = wb.ss.getSheetByName(REVIEW)!.getDataRange().getValues();
  const header = values[3] as string[];
  const rows: Record<string, Record<string, unknown>> = {};
  for (const line of values.slice(4)) {
    if (!line[0]) break;
    rows[String(line[0])] = Object.fromEntries(header.map((h, i) => [h, line[i]]));
  }
  return rows;
}

describe('closing a period', () => {
  it('writes a review of frozen values with grades, decisions, distribution and flags', () => {
    const result = closePeriod(
      wb.ss,
      { label: 'Q1 2027', decisions: { 'O1.2': 'drop' }, date: '2027-03-31' },
      SETTINGS,
    );
    expect(result.review).toBe(REVIEW);
    // Flags come back as keys and parameters; the review (and the endpoint) word them.
    expect(result.flags).toEqual([
      { key: 'flagTooEasy', params: { owner: 'Ben' } },
      { key: 'flagStuck', params: { kr: 'O3.1 Raise lead conversion from 15% to 25%' } },
    ]);
    expect(flagTexts(result.flags, 'de')[0]).toBe(
      'Ben: Alle Schlüsselergebnisse erreichten 1,0; die Ziele waren vielleicht zu niedrig.',
    );
    // O1 0.775, O2 (1 + 1) / 2, O3 (0 + 0.2) / 2.
    expect(result.overall).toBeCloseTo((0.775 + 1 + 0.1) / 3);
    expect(listPeriods(wb.ss)[0].closed).toBe(true);
    expect(listPeriods(wb.ss)[0].tabs.review).toBe(REVIEW);

    const formulas = wb.ss.getSheetByName(REVIEW)!.getDataRange().getFormulas();
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);

    const rows = reviewRows();
    expect(Object.keys(rows)).toEqual(['O1.1', 'O1.2', 'O1.3', 'O2.1', 'O2.2', 'O3.1', 'O3.2']);
    expect(rows['O1.1']).toMatchObject({
      'Final value': 400000,
      Grade: 'green',
      Owner: 'Ana',
      Decision: 'Carry over',
      'Objective grade': 'green',
    });
    expect(rows['O1.1'].Progress).toBeCloseTo(0.8);
    expect(rows['O1.1']['Objective score']).toBeCloseTo(0.775);
    expect(rows['O1.2'].Decision).toBe('Drop');
    expect(rows['O1.3']).toMatchObject({ 'Final value': true, Progress: 1, Decision: 'Done' });
    expect(rows['O2.1']).toMatchObject({ 'Final value': 4.2, 'Data link': '=Deals!A1/Deals!A2', Decision: 'Done' });
    expect(rows['O2.2']).toMatchObject({ 'Final value': 0.08, Progress: 1, Grade: 'green' });
    expect(rows['O3.1']).toMatchObject({ Progress: 0, Grade: 'red', 'Objective grade': 'red', Decision: 'Carry over' });
    expect(rows['O3.2'].Grade).toBe('red');

    const text = wb.ss
      .getSheetByName(REVIEW)!
      .getDataRange()
      .getValues()
      .flat()
      .filter((v) => typeof v === 'string') as string[];
    expect(text).toContain('Ben: every key result scored 1.0; the targets may have been set too low.');
    expect(text).toContain(
      'O3.1 Raise lead conversion from 15% to 25%: confidence stayed high while the value never moved.',
    );
    expect(text).toEqual(expect.arrayContaining(['What went well', 'What did not go well', 'What we learned']));
    expect(text.some((t) => t.startsWith('Final values frozen on 2027-03-31'))).toBe(true);
    expect(text).toEqual(
      expect.arrayContaining([
        'Grade bands',
        'below 0.4 red: failed to make real progress',
        '0.4 to below 0.7 yellow: progress, but fell short',
        '0.7 and above green: delivered',
      ]),
    );

    // Score distribution: 7 KRs, three at 1.0 (milestone, coverage, turnover).
    const labels = wb.ss.getSheetByName(REVIEW)!.getDataRange().getValues();
    const distTop = labels.findIndex((line) => line[2] === 'Score distribution');
    const counts = labels.slice(distTop + 1, distTop + 12).map((line) => line[3] as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(7);
    expect(counts[10]).toBe(3);
    expect(counts[0]).toBe(1);

    // The decision column offers the three decisions.
    const decision = wb.ss.getSheetByName(REVIEW)!.getRange(5, reviewColumn('decision')).getDataValidation();
    expect(decision?.getCriteriaValues()[0]).toEqual(['Done', 'Drop', 'Carry over']);
    expect(wb.emu.charts().filter((c) => c.sheet === REVIEW)).toHaveLength(2);
  });

  it('grades with the settings it is given, from the KRs’ values, and keeps those settings', () => {
    // Values the sheet (cap 1) shows differently: O1.1 over its target, O3.2 at 26 of 40 demos.
    wb.emu.setCellInput(KR, 'L2', '600000');
    wb.emu.setCellInput(KR, 'L7', '0.18');
    wb.emu.setCellInput(KR, 'L8', '26');
    wb.emu.setCellInput(KR, 'K3', 'lots');
    expect(valuesOf(wb.ss, KR, 'R2')[0][0]).toBe(1);
    const graded = settingsWith({ cap: 1.5, yellowFrom: 0.3, greenFrom: 0.6 });
    const result = closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' }, graded);

    const rows = reviewRows();
    // Progress comes from evaluating the KR with these settings, not from the sheet's column.
    expect(rows['O1.1'].Progress).toBeCloseTo(1.2);
    expect(rows['O1.1']).toMatchObject({ Grade: 'green', Decision: 'Done' });
    // A KR with a problem shows it and counts 0 in its objective: O1 = (1.2×2 + 0 + 1) / 4.
    expect(rows['O1.2']).toMatchObject({ Target: 'lots', Grade: '', Decision: 'Carry over' });
    expect(String(rows['O1.2'].Progress)).toBe('⚠ target “lots” is not a number. Enter e.g. 1.5 or 19%.');
    expect(rows['O1.1']['Objective score']).toBeCloseTo(0.85);
    // The bands are the given ones: 0.3 is yellow from 0.3, 0.65 green from 0.6.
    expect(rows['O3.1']).toMatchObject({ Progress: expect.closeTo(0.3), Grade: 'yellow' });
    expect(rows['O3.2']).toMatchObject({ Progress: expect.closeTo(0.65), Grade: 'green' });
    expect(rows['O3.2']['Objective score']).toBeCloseTo(0.475);
    expect(rows['O3.2']['Objective grade']).toBe('yellow');
    expect(result.overall).toBeCloseTo((0.85 + 1 + 0.475) / 3);
    // The colours follow the same bands (with the defaults, 0.3 would be red).
    expect(wb.emu.conditionalBackground(REVIEW, 10, reviewColumn('progress'))).toBe('#fce8b2');
    expect(wb.emu.conditionalBackground(REVIEW, 11, reviewColumn('progress'))).toBe('#b7e1cd');

    const values = wb.ss.getSheetByName(REVIEW)!.getDataRange().getValues();
    const text = values.flat().filter((v) => typeof v === 'string') as string[];
    expect(text).toEqual(
      expect.arrayContaining([
        'below 0.3 red: failed to make real progress',
        '0.3 to below 0.6 yellow: progress, but fell short',
        '0.6 and above green: delivered',
      ]),
    );
    // The distribution floors: 0.65 is in the 0.6 bucket, 0.3 in the 0.3 one, and 1.2 is among
    // the four at 1.0 or more (O1.1, O1.3, O2.1, O2.2).
    const distTop = values.findIndex((line) => line[2] === 'Score distribution');
    const counts = values.slice(distTop + 1, distTop + 12).map((line) => line[3] as number);
    expect(counts[6]).toBe(1);
    expect(counts[7]).toBe(0);
    expect(counts[3]).toBe(1);
    expect(counts[10]).toBe(4);

    // The review keeps the settings it was graded with.
    expect(readPeriod(wb.ss, 'Q1 2027')!.closedWith).toEqual({
      frozenOn: new Date('2027-03-31T00:00:00Z'),
      settings: { ...graded, language: 'auto' },
    });
  });

  it('is not regraded or recoloured when the settings change later', () => {
    closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS);
    const before = wb.emu.snapshot().sheets.find((sheet) => sheet.name === REVIEW);
    expect(applySettingsToOpenPeriods(wb.ss, settingsWith({ yellowFrom: 0.2, greenFrom: 0.3 }))).toBe(0);
    expect(wb.emu.snapshot().sheets.find((sheet) => sheet.name === REVIEW)).toEqual(before);
    // O3.1 at 0 is red, O1.1 at 0.8 green, as graded.
    expect(wb.emu.conditionalBackground(REVIEW, 10, reviewColumn('progress'))).toBe('#f4c7c3');
    expect(readPeriod(wb.ss, 'Q1 2027')!.closedWith?.settings).toMatchObject({ yellowFrom: 0.4, greenFrom: 0.7 });
  });

  it('keeps the review when the key results change afterwards', () => {
    closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS);
    const before = valuesOf(wb.ss, REVIEW, 'A1:V12');
    wb.emu.setCellInput(KR, 'L2', '0');
    wb.ss.getSheetByName('Deals')!.getRange('A1').setValue(1);
    expect(valuesOf(wb.ss, KR, 'R2')[0][0]).toBe(0);
    expect(valuesOf(wb.ss, REVIEW, 'A1:V12')).toEqual(before);
    expect(readPeriod(wb.ss, 'Q1 2027')!.closed).toBe(true);
  });

  it('refuses to close twice and changes nothing', () => {
    closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS);
    const before = wb.emu.snapshot();
    expect(() => closePeriod(wb.ss, { label: 'Q1 2027' }, SETTINGS)).toThrow(/already closed/);
    expect(wb.emu.snapshot()).toEqual(before);
  });

  it('reports an unknown period', () => {
    expect(() => closePeriod(wb.ss, { label: 'Q4 2031' }, SETTINGS)).toThrow(/no period “Q4 2031”/);
  });
});
