import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckInRequest } from '../../src/core/actions';
import { createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { readPeriod } from '../../src/sheet/read';
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
const LOG = 'Q1 2027 · Check-ins';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  addDealsTab(wb.ss);
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
});
afterEach(() => wb.restore());

const checkIn = (fields: Partial<CheckInRequest>) =>
  recordCheckIn(
    wb.ss,
    {
      periodLabel: 'Q1 2027',
      krId: 'O1.1',
      value: 0,
      confidence: null,
      note: '',
      who: 'Ana',
      ...fields,
    },
    SETTINGS,
  );

describe('a check-in', () => {
  it('appends to the log and updates the current value, which rescores the KR', () => {
    const result = checkIn({ value: '450,000', confidence: 8, note: 'Two big renewals', date: '2027-02-10' });
    expect(result).toMatchObject({ row: 2, value: 450000, linked: false, message: '' });
    expect(result.progress).toBeCloseTo(0.9);
    expect(valuesOf(wb.ss, KR, 'L2')[0][0]).toBe(450000);
    expect(valuesOf(wb.ss, KR, 'R2')[0][0]).toBeCloseTo(0.9);
    // The confidence goes into the KR's own Confidence cell too, as a fraction.
    expect(valuesOf(wb.ss, KR, 'N2')[0][0]).toBe(0.8);
    expect(displayOf(wb.ss, KR, 'N2')[0][0]).toBe('80%');
    const [line] = valuesOf(wb.ss, LOG, 'A2:G2');
    expect((line[0] as Date).toISOString().slice(0, 10)).toBe('2027-02-10');
    expect(line.slice(1, 6)).toEqual(['O1.1', 450000, 0.8, 'Two big renewals', 'Ana']);
    expect(line[6]).toBeCloseTo(0.9);
    const second = checkIn({ value: 470000, date: '2027-02-17' });
    expect(second.row).toBe(3);
    // A check-in without a confidence leaves the KR's confidence as it was.
    expect(valuesOf(wb.ss, KR, 'N2')[0][0]).toBe(0.8);
    expect(valuesOf(wb.ss, LOG, 'D3')[0][0]).toBe('');
    expect(readPeriod(wb.ss, 'Q1 2027')!.checkIns.map((c) => c.value)).toEqual([450000, 470000]);
    // The dashboard's trend picks the check-ins up by week.
    const trend = valuesOf(wb.ss, 'Q1 2027 · Dashboard', 'H11:J24');
    const week = trend.find((row) => (row[0] as Date).toISOString().slice(0, 10) === '2027-02-05')!;
    expect(week[2]).toBeCloseTo(0.9);
  });

  it('leaves a linked current value alone and says so', () => {
    const result = checkIn({ krId: 'O2.1', value: 5, confidence: 6 });
    // The sheet layer reports the link; the server endpoint words the message (endpoints.test.ts).
    expect(result.linked).toBe(true);
    expect(result.message).toBe('');
    expect(wb.ss.getSheetByName(KR)!.getRange('L5').getFormula()).toBe('=Deals!A1/Deals!A2');
    expect(valuesOf(wb.ss, KR, 'L5')[0][0]).toBeCloseTo(4.2);
    // The confidence is still the team's to give, link or not.
    expect(valuesOf(wb.ss, KR, 'N5')[0][0]).toBe(0.6);
    expect(valuesOf(wb.ss, LOG, 'B2:C2')).toEqual([['O2.1', 5]]);
  });

  it('logs progress with the cap in the settings, as the sheet scores it', () => {
    wb.restore();
    wb = newWorkbook();
    addDealsTab(wb.ss);
    const capped = settingsWith({ cap: 1.2 });
    createPeriodWith(wb.ss, request(), sampleKeyResults(), capped);
    // O1.1: 0 → 500,000; 700,000 is 1.4 of the way, capped at 1.2.
    const over = recordCheckIn(
      wb.ss,
      { periodLabel: 'Q1 2027', krId: 'O1.1', value: 700000, confidence: null, note: '', who: '', date: '2027-02-10' },
      capped,
    );
    expect(over.progress).toBeCloseTo(1.2);
    expect(valuesOf(wb.ss, LOG, 'G2')[0][0]).toBeCloseTo(1.2);
    expect(valuesOf(wb.ss, KR, 'R2')[0][0]).toBeCloseTo(1.2);
    // With the default cap of 1, the same value logs 1.
    const atOne = recordCheckIn(
      wb.ss,
      { periodLabel: 'Q1 2027', krId: 'O1.1', value: 700000, confidence: null, note: '', who: '', date: '2027-02-11' },
      SETTINGS,
    );
    expect(atOne.progress).toBe(1);
    expect(valuesOf(wb.ss, LOG, 'G3')[0][0]).toBe(1);
  });

  it('stores notes and names as text even when they look like formulas', () => {
    checkIn({ value: 1, note: '=HYPERLINK("http://x","y")', who: '+Ana' });
    checkIn({ value: 2, note: '@mention', who: '-' });
    const sheet = wb.ss.getSheetByName(LOG)!;
    expect(sheet.getRange('E2:F3').getFormulas().flat()).toEqual(['', '', '', '']);
    expect(sheet.getRange('E2:F3').getValues()).toEqual([
      ['=HYPERLINK("http://x","y")', '+Ana'],
      ['@mention', '-'],
    ]);
  });

  it('ticks a milestone from a done word', () => {
    const result = checkIn({ krId: 'O1.3', value: 'no' });
    expect(result.value).toBe(false);
    expect(valuesOf(wb.ss, KR, 'L4:R4')[0][0]).toBe(false);
    checkIn({ krId: 'O1.3', value: 'done' });
    expect(valuesOf(wb.ss, KR, 'L4')[0][0]).toBe(true);
  });

  it('validates before writing anything', () => {
    const before = wb.emu.snapshot();
    expect(() => checkIn({ value: 'lots' })).toThrow(/“lots” is not a value for O1.1/);
    expect(() => checkIn({ krId: 'O9.9', value: 1 })).toThrow(/no key result “O9.9”/);
    expect(() => checkIn({ value: 1, confidence: 150 })).toThrow(/Confidence must be between/);
    expect(() => checkIn({ value: 1, date: '2027-02-30' })).toThrow(/not a date/);
    expect(() => checkIn({ periodLabel: 'Q3 2030', value: 1 })).toThrow(/no period “Q3 2030”/);
    expect(wb.emu.snapshot()).toEqual(before);
  });

  it('only edits the add-on’s own tabs', () => {
    // A look-alike tab without the add-on's metadata is not a period.
    wb.ss
      .insertSheet('Q3 2027 · Key results')
      .getRange('A1:B1')
      .setValues([['KR id', 'Current']]);
    wb.ss.insertSheet('Q3 2027 · Check-ins');
    const before = wb.emu.snapshot();
    expect(() => checkIn({ periodLabel: 'Q3 2027', value: 1 })).toThrow(/no period/);
    expect(wb.emu.snapshot()).toEqual(before);
  });
});
