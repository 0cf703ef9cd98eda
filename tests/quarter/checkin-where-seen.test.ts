// A check-in from the sidebar names the row it saw the KR in and the spreadsheet's time zone it
// was told: the KR's row is then read and written in one request, Current to Confidence in one
// write. A row that no longer holds the KR, or cells between that are not plain numbers, fall back
// to reading the tab whole and writing each cell, with the same result.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/a1';
import type { CheckInRequest } from '../../src/core/actions';
import { createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { krColumn } from '../../src/tabs/writer';
import { newWorkbook, request, SETTINGS, sampleKeyResults, valuesOf, type Workbook } from './helpers';

const KRS = 'Q1 2027 · Key results';
const LOG = 'Q1 2027 · Check-ins';
const CURRENT = columnLetter(krColumn('current'));
const WEIGHT = columnLetter(krColumn('weight'));
const CONFIDENCE = columnLetter(krColumn('confidence'));

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
});
afterEach(() => wb.restore());

/** The check-in as the sidebar sends it for O1.1, seen in row 2. */
const fromSidebar = (changes: Partial<CheckInRequest> = {}): CheckInRequest => ({
  periodLabel: 'Q1 2027',
  krId: 'O1.1',
  value: 450000,
  confidence: 7,
  note: 'two deals signed',
  who: 'Ana',
  row: 2,
  timeZone: 'Etc/UTC',
  reportRow: false,
  ...changes,
});

const row = (r: number) => valuesOf(wb.ss, KRS, `${CURRENT}${r}:${CONFIDENCE}${r}`)[0];

describe('a check-in where the sidebar saw the KR', () => {
  it('reads and writes the row in one request each: 7 round trips (8 with the endpoint finding the spreadsheet)', () => {
    wb.emu.calls.reset();
    const result = recordCheckIn(wb.ss, fromSidebar(), SETTINGS);
    expect(wb.emu.calls.roundTrips()).toBeLessThanOrEqual(7);
    const calls = wb.emu.calls.byKind('server');
    expect(calls['Sheet.getDataRange']).toBeUndefined();
    expect(calls['Spreadsheet.getSpreadsheetTimeZone']).toBeUndefined();
    expect(calls['Sheet.getLastRow']).toBeUndefined();
    expect(calls['Range.setValues']).toBe(1);
    // Current and Confidence written, the weight between them kept.
    expect(row(2)).toEqual([450000, 2, 0.7]);
    expect(result).toMatchObject({ krId: 'O1.1', row: 0, value: 450000, progress: 0.9, linked: false });
    expect(valuesOf(wb.ss, LOG, 'B2:D2')[0]).toEqual(['O1.1', 450000, 0.7]);
  });

  it('finds the KR anew when rows moved since the sidebar saw it', () => {
    wb.ss.getSheetByName(KRS)?.insertRowsBefore(2, 1);
    const result = recordCheckIn(wb.ss, fromSidebar(), SETTINGS);
    expect(result.krId).toBe('O1.1');
    expect(row(3)).toEqual([450000, 2, 0.7]);
    // Nothing was written into the row the sidebar named, which no longer holds the KR.
    expect(row(2)).toEqual(['', '', '']);
  });

  it('refuses a KR that is not in the period, whatever row is named', () => {
    expect(() => recordCheckIn(wb.ss, fromSidebar({ krId: 'O9.9' }), SETTINGS)).toThrow(/O9\.9/);
    expect(row(2)).toEqual([400000, 2, '']);
  });

  it('writes Current and Confidence apart when the cell between holds a formula or text, and keeps it', () => {
    const sheet = wb.ss.getSheetByName(KRS);
    sheet?.getRange(`${WEIGHT}2`).setFormula('=1+1');
    recordCheckIn(wb.ss, fromSidebar(), SETTINGS);
    expect(sheet?.getRange(`${WEIGHT}2`).getFormula()).toBe('=1+1');
    expect(row(2)).toEqual([450000, 2, 0.7]);

    sheet?.getRange(`${WEIGHT}2`).setValue('two');
    recordCheckIn(wb.ss, fromSidebar({ value: 460000 }), SETTINGS);
    expect(row(2)).toEqual([460000, 'two', 0.7]);
  });

  it('writes only Confidence on a KR whose Current a formula fills', () => {
    wb.ss.getSheetByName(KRS)?.getRange(`${CURRENT}2`).setFormula('=420000+1');
    const result = recordCheckIn(wb.ss, fromSidebar(), SETTINGS);
    expect(result.linked).toBe(true);
    expect(wb.ss.getSheetByName(KRS)?.getRange(`${CURRENT}2`).getFormula()).toBe('=420000+1');
    expect(row(2)).toEqual([420001, 2, 0.7]);
  });

  it('puts the row back as it was when appending to the log fails', () => {
    const before = row(2);
    wb.emu.calls.reset();
    recordCheckIn(wb.ss, fromSidebar(), SETTINGS);
    const trace = Object.keys(wb.emu.calls.byMethod());
    expect(trace).toContain('Sheet.appendRow');
    // Fail the append on a second check-in, before it takes effect.
    const calls = wb.emu.calls;
    calls.reset();
    calls.setTracing(true);
    recordCheckIn(wb.ss, fromSidebar({ value: 470000 }), SETTINGS);
    calls.setTracing(false);
    const appendAt = calls.trace().indexOf('Sheet.appendRow') + 1;
    const written = row(2);
    expect(written).toEqual([470000, 2, 0.7]);
    // Back to the first check-in's row, then fail the third's append.
    wb.emu.failAt(appendAt);
    expect(() => recordCheckIn(wb.ss, fromSidebar({ value: 490000, confidence: 9 }), SETTINGS)).toThrow(
      /Injected failure/,
    );
    expect(row(2)).toEqual(written);
    expect(before).toEqual([400000, 2, '']);
    expect(valuesOf(wb.ss, LOG, 'C2:C4').map((r) => r[0])).toEqual([450000, 470000, '']);
  });

  it('reports the log row unless asked not to, and reads the time zone when the one sent is unknown', () => {
    wb.emu.calls.reset();
    const result = recordCheckIn(wb.ss, fromSidebar({ reportRow: undefined, timeZone: 'Mars/Olympus' }), SETTINGS);
    expect(result.row).toBe(2);
    const calls = wb.emu.calls.byKind('server');
    expect(calls['Sheet.getLastRow']).toBe(1);
    expect(calls['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
  });
});
