// The check-in log is appended in one atomic call, so a row someone types into the log while a
// check-in is being saved is never overwritten; and a whole check-in costs a few calls.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { periodTabs } from '../../src/sheet/read';
import { newWorkbook, request, SETTINGS, sampleKeyResults, valuesOf, type Workbook } from './helpers';

const LOG = 'Q1 2027 · Check-ins';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
});
afterEach(() => wb.restore());

const checkIn = (value: number | string, confidence: number | null = null) =>
  recordCheckIn(wb.ss, { periodLabel: 'Q1 2027', krId: 'O1.1', value, confidence, note: 'n', who: 'Ana' }, SETTINGS);

type Calls = Emulator['calls'] & { roundTrips?: () => number };

/** Spreadsheet calls since the last reset, as the host counts them: round trips when the emulator
 * counts them; else every call but the lock service's (not the spreadsheet) and Sheet.getRange (a
 * handle built locally on the host). */
function spreadsheetCalls(emu: Emulator): number {
  const calls = emu.calls as Calls;
  if (typeof calls.roundTrips === 'function') return calls.roundTrips();
  return Object.entries(emu.calls.byMethod())
    .filter(([method]) => !/^Lock(Service)?\.|^Sheet\.getRange$/.test(method))
    .reduce((sum, [, n]) => sum + n, 0);
}

describe('appending a check-in', () => {
  it('keeps a row typed into the log between the check-in reading the sheet and writing the log', () => {
    checkIn(410000);
    // Just before the check-in writes its log row (after every read it makes), a colleague types a
    // row of their own below the last one. Reading the last row and then writing below it loses theirs.
    wb.emu.beforeCall(/^(Sheet\.appendRow|Range\.setValues)$/, () => {
      const row = wb.ss.getSheetByName(LOG)!.getLastRow() + 1;
      wb.emu.setCellInput(LOG, `B${row}`, 'typed by hand');
      wb.emu.setCellInput(LOG, `E${row}`, 'call with the CFO');
    });
    const result = checkIn(430000);
    const log = valuesOf(wb.ss, LOG, 'A2:F4');
    expect(log[0].slice(1, 3)).toEqual(['O1.1', 410000]);
    expect(log[1][1]).toBe('typed by hand');
    expect(log[1][4]).toBe('call with the CFO');
    expect(log[2].slice(1, 3)).toEqual(['O1.1', 430000]);
    expect(result.row).toBe(4);
  });

  it('costs at most 13 round trips besides finding the tabs, and writes the log with one append', () => {
    checkIn(410000);
    wb.emu.calls.reset();
    checkIn('420,000', 7);
    const byMethod = wb.emu.calls.byMethod();
    expect(byMethod['Sheet.appendRow']).toBe(1);
    expect(byMethod['Range.setValues']).toBeUndefined();
    const calls = spreadsheetCalls(wb.emu);
    // Finding a period's tabs is shared by every action: measured on its own and left out.
    wb.emu.calls.reset();
    // (their names included: a tab's name is read when first used)
    for (const tab of Object.values(periodTabs(wb.ss, 'Q1 2027'))) void tab.name;
    const lookup = spreadsheetCalls(wb.emu);
    console.log(`check-in: ${calls} round trips (${lookup} of them finding the tabs)`);
    // 21 round trips in all today (8 finding the tabs, 3 for the lock, 1 for the spreadsheet's time
    // zone, so that today and the tab's dates are the user's days); the goal is 8.
    expect(calls - lookup).toBeLessThanOrEqual(13);
  });
});
