// Dates in the spreadsheet's time zone, end to end: the emulated workbook hands date cells to the
// script as Sheets does (the instant of midnight in the spreadsheet's zone), and the add-on reads
// them as the days the user sees, in zones far from UTC and across a daylight-saving change.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { isoDay } from '../../src/core/dates';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import * as customFunctions from '../../src/functions/customFunctions';
import { closePeriod, getOverview, recordCheckIn } from '../../src/server/endpoints';
import { createPeriodWith } from '../../src/sheet/periods';
import { readPeriod } from '../../src/sheet/read';
import { todayIn } from '../../src/sheet/workbook';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  vi.useRealTimers();
});

/** A workbook in `timeZone` whose clock (the script's and TODAY()'s) reads `now`. */
function workbookIn(timeZone: string, now: Date): Emulator {
  vi.useFakeTimers({ now, toFake: ['Date'] });
  const emu = createEmulator({ customFunctions, timeZone, now: () => new Date() });
  restore = emu.installGlobals();
  return emu;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A quarter with one KR due on `due`; a check-in on `checkIn`; what the add-on reads back. */
function roundTrip(emu: Emulator, due: string, checkIn: string) {
  createPeriodWith(
    emu.spreadsheet,
    { period: { kind: 'quarter', year: 2027, quarter: 1 }, team: '', startFrom: 'empty', language: 'en' },
    [
      {
        id: 'O1.1',
        objectiveId: 'O1',
        objectiveTitle: 'Grow',
        title: 'Close deals',
        kind: 'increase',
        unit: 'count',
        baseline: 0,
        target: 10,
        current: 2,
        weight: 1,
        dueDate: day(due),
      },
    ],
    DEFAULT_SETTINGS,
  );
  recordCheckIn({ periodLabel: 'Q1 2027', krId: 'O1.1', value: 4, confidence: 7, note: '', who: '', date: checkIn });
  const data = readPeriod(emu.spreadsheet, 'Q1 2027');
  if (!data) throw new Error('no period');
  return data;
}

/** What getValues hands the script for the due date cell. */
function dueCell(emu: Emulator): Date {
  const sheet = emu.spreadsheet.getSheetByName('Q1 2027 · Key results');
  if (!sheet) throw new Error('no tab');
  const values = sheet.getDataRange().getValues();
  const column = values[0].indexOf('Due date');
  return values[1][column] as Date;
}

describe.each([
  // UTC+14: midnight there is 10:00 of the day before in UTC.
  { timeZone: 'Pacific/Kiritimati', offsetHours: 14 },
  // UTC−11: midnight there is 11:00 of the same day in UTC.
  { timeZone: 'Pacific/Pago_Pago', offsetHours: -11 },
])('a spreadsheet in $timeZone', ({ timeZone, offsetHours }) => {
  it('hands date cells over as midnight there and reads them as the days shown', () => {
    // 2027-03-10 01:00 in Kiritimati is still 2027-03-09 in UTC; 2027-03-10 22:00 in Pago Pago is
    // already 2027-03-11 in UTC. Either way the user's today is 2027-03-10.
    const local = Date.UTC(2027, 2, 10, offsetHours > 0 ? 1 : 22);
    const emu = workbookIn(timeZone, new Date(local - offsetHours * 3_600_000));
    expect(emu.spreadsheet.getSpreadsheetTimeZone()).toBe(timeZone);
    expect(isoDay(todayIn(emu.spreadsheet))).toBe('2027-03-10');

    const data = roundTrip(emu, '2027-03-28', '2027-03-05');
    expect(dueCell(emu).toISOString()).toBe(new Date(Date.UTC(2027, 2, 28) - offsetHours * 3_600_000).toISOString());
    expect(data.readIssues).toEqual([]);
    expect(isoDay(data.keyResults[0].dueDate as Date)).toBe('2027-03-28');
    expect(data.checkIns.map((c) => isoDay(c.date))).toEqual(['2027-03-05']);

    const overview = getOverview('Q1 2027');
    expect(overview.asOf).toBe('2027-03-10');
    const kr = overview.objectives[0].keyResults[0];
    expect(kr.dueDate).toBe('2027-03-28');
    expect(kr.checkIns.map((c) => c.date)).toEqual(['2027-03-05']);
  });
});

describe('a spreadsheet in Europe/Berlin across the daylight-saving changes', () => {
  it('keeps the days on both sides of the last Sunday of March and of October', () => {
    // 2027-03-28 (last Sunday of March): clocks go from 02:00 to 03:00; as of the Monday after.
    const emu = workbookIn('Europe/Berlin', new Date('2027-03-28T22:30:00Z')); // 00:30 on 29 March there
    expect(isoDay(todayIn(emu.spreadsheet))).toBe('2027-03-29');
    const data = roundTrip(emu, '2027-03-28', '2027-03-29');
    expect(dueCell(emu).toISOString()).toBe('2027-03-27T23:00:00.000Z'); // midnight CET, before the change
    expect(isoDay(data.keyResults[0].dueDate as Date)).toBe('2027-03-28');
    expect(data.checkIns.map((c) => isoDay(c.date))).toEqual(['2027-03-29']);
    expect(getOverview('Q1 2027').asOf).toBe('2027-03-29');
    // The day after the change starts at 22:00 UTC (CEST).
    const cell = emu.spreadsheet.getSheetByName('Q1 2027 · Check-ins')?.getDataRange().getValues()[1][0] as Date;
    expect(cell.toISOString()).toBe('2027-03-28T22:00:00.000Z');
  });

  it('reads a date written on the last Sunday of October (25 hours long) as that day', () => {
    const emu = workbookIn('Europe/Berlin', new Date('2027-10-31T23:30:00Z')); // 00:30 on 1 November there
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A2').setValues([[new Date('2027-10-30T22:00:00Z')], [new Date('2027-10-31T23:00:00Z')]]);
    sheet.getRange('A3').setFormula('=A2-A1');
    expect(sheet.getRange('A3').getValue()).toBe(1); // 31 Oct to 1 Nov: one day, though 25 hours
    expect(sheet.getRange('A1:A2').getDisplayValues()).toEqual([['10/31/2027'], ['11/1/2027']]);
    sheet.getRange('B1').setFormula('=TODAY()');
    expect((sheet.getRange('B1').getValue() as Date).toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });
});

describe('today, where the spreadsheet is', () => {
  it('logs a check-in without a date and closes a quarter on the day it is there, not in UTC', () => {
    // 2027-03-31 09:00 in Kiritimati is 2027-03-30 19:00 UTC.
    const emu = workbookIn('Pacific/Kiritimati', new Date('2027-03-30T19:00:00Z'));
    roundTrip(emu, '2027-03-28', '2027-03-05');
    recordCheckIn({ periodLabel: 'Q1 2027', krId: 'O1.1', value: 6, confidence: null, note: '', who: '' });
    const data = readPeriod(emu.spreadsheet, 'Q1 2027');
    expect(data?.checkIns.map((c) => isoDay(c.date))).toEqual(['2027-03-05', '2027-03-31']);
    closePeriod({ label: 'Q1 2027' });
    expect(readPeriod(emu.spreadsheet, 'Q1 2027')?.closedWith?.frozenOn).toEqual(day('2027-03-31'));
  });
});
