// The key results tab's "Trend forecast" column: one KR_FORECAST call for the column, over the
// check-in log, read at each key result's due date (else the period's end). A hand-worked key
// result and the sidebar's forecast agree with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/a1';
import { getKeyResultDetails } from '../../src/server/endpoints';
import { createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { krColumn } from '../../src/tabs/writer';
import { newWorkbook, request, SETTINGS, sampleKeyResults, valuesOf, type Workbook } from './helpers';

const KRS = 'Q1 2027 · Key results';
const FORECAST = columnLetter(krColumn('forecast'));

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
});
afterEach(() => wb.restore());

const checkIn = (krId: string, value: number, date: string) =>
  recordCheckIn(wb.ss, { periodLabel: 'Q1 2027', krId, value, confidence: null, note: '', who: '', date }, SETTINGS);

describe('the trend forecast column', () => {
  it('projects a key result with three check-ins to the period end, as the sidebar does, and leaves the others blank', () => {
    // O3.2 "Book 40 demos" (no due date): 6, 10, 14 on 10, 20 and 30 January, 0.4 a day; the
    // period ends on 31 March, 60 days after the last: 14 + 0.4 × 60 = 38.
    checkIn('O3.2', 6, '2027-01-10');
    checkIn('O3.2', 10, '2027-01-20');
    checkIn('O3.2', 14, '2027-01-30');
    // Two check-ins are not a trend.
    checkIn('O1.2', 58, '2027-01-10');
    checkIn('O1.2', 56, '2027-01-20');
    const header = valuesOf(wb.ss, KRS, `${FORECAST}1:${FORECAST}1`)[0][0];
    expect(header).toBe('Trend forecast');
    const column = valuesOf(wb.ss, KRS, `${FORECAST}2:${FORECAST}8`).map((row) => row[0]);
    const ids = valuesOf(wb.ss, KRS, 'A2:A8').map((row) => row[0]);
    const byId = new Map(ids.map((id, i) => [id, column[i]]));
    expect(byId.get('O3.2')).toBeCloseTo(38, 9);
    expect(byId.get('O1.2')).toBe('');
    expect(byId.get('O1.1')).toBe('');
    // The sidebar: the same trend, as progress toward 40.
    expect(getKeyResultDetails('Q1 2027', 'O3.2').projectedProgress).toBeCloseTo(38 / 40, 9);
  });
});
