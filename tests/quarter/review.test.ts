import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePeriod, createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { listPeriods, readPeriod } from '../../src/sheet/read';
import { addDealsTab, newWorkbook, request, sampleKeyResults, valuesOf, type Workbook } from './helpers';

const KR = 'Q1 2027 · Key results';
const REVIEW = 'Q1 2027 · Review';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  addDealsTab(wb.ss);
  createPeriodWith(wb.ss, request(), sampleKeyResults());
  const checkIn = (krId: string, value: number, confidence: number, date: string) =>
    recordCheckIn(wb.ss, { periodLabel: 'Q1 2027', krId, value, confidence, note: '', who: 'Ben', date });
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
    const result = closePeriod(wb.ss, { label: 'Q1 2027', decisions: { 'O1.2': 'drop' }, date: '2027-03-31' });
    expect(result.review).toBe(REVIEW);
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

    // Score distribution: 7 KRs, three at 1.0 (milestone, coverage, turnover).
    const labels = wb.ss.getSheetByName(REVIEW)!.getDataRange().getValues();
    const distTop = labels.findIndex((line) => line[2] === 'Score distribution');
    const counts = labels.slice(distTop + 1, distTop + 12).map((line) => line[3] as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(7);
    expect(counts[10]).toBe(3);
    expect(counts[0]).toBe(1);

    // The decision column offers the three decisions.
    const decision = wb.ss.getSheetByName(REVIEW)!.getRange('V5').getDataValidation();
    expect(decision?.getCriteriaValues()[0]).toEqual(['Done', 'Drop', 'Carry over']);
    expect(wb.emu.charts().filter((c) => c.sheet === REVIEW)).toHaveLength(2);
  });

  it('keeps the review when the key results change afterwards', () => {
    closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' });
    const before = valuesOf(wb.ss, REVIEW, 'A1:V12');
    wb.emu.setCellInput(KR, 'L2', '0');
    wb.ss.getSheetByName('Deals')!.getRange('A1').setValue(1);
    expect(valuesOf(wb.ss, KR, 'R2')[0][0]).toBe(0);
    expect(valuesOf(wb.ss, REVIEW, 'A1:V12')).toEqual(before);
    expect(readPeriod(wb.ss, 'Q1 2027')!.closed).toBe(true);
  });

  it('refuses to close twice and changes nothing', () => {
    closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' });
    const before = wb.emu.snapshot();
    expect(() => closePeriod(wb.ss, { label: 'Q1 2027' })).toThrow(/already closed/);
    expect(wb.emu.snapshot()).toEqual(before);
  });

  it('reports an unknown period', () => {
    expect(() => closePeriod(wb.ss, { label: 'Q4 2031' })).toThrow(/no period “Q4 2031”/);
  });
});
