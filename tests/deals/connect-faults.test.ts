// Connecting a deals tab writes parsed columns, then the connection: a call that fails at any
// point, before or after it took effect, leaves the workbook as it was (first connection and
// connecting again).
import { afterEach, describe, expect, it } from 'vitest';
import { generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import { connectDealsTab, readDealsTab } from '../../src/sheet/deals';
import { readIndex } from '../../src/sheet/workbook';
import { newWorkbook, type Workbook } from '../quarter/helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

const HEADERS = { amount: 'Amount', closeDate: 'Close date', created: 'Created', currency: 'Currency' };

/** A German HubSpot export in an en_US workbook: its amounts need a parsed column. */
function workbookWithExport(connectedBefore: boolean): Workbook {
  wb?.restore();
  const w = newWorkbook();
  const grid = rectangular(parseCsv(generateExport('hubspot-de', { rows: 120 }).csv).rows);
  const sheet = w.ss.insertSheet('HubSpot');
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  if (connectedBefore) connect(w);
  wb = w;
  return w;
}

function connect(w: Workbook) {
  const read = readDealsTab(w.ss, readIndex(w.ss), 'HubSpot', {}, '.');
  return connectDealsTab(read, (column) => HEADERS[column as keyof typeof HEADERS] ?? column, '2027-02-15');
}

describe.each([
  { name: 'connecting a tab', connectedBefore: false },
  { name: 'connecting it again', connectedBefore: true },
])('$name', ({ connectedBefore }) => {
  it('leaves the workbook as it was when any call fails, before or after taking effect', () => {
    let w = workbookWithExport(connectedBefore);
    w.emu.calls.reset();
    expect(connect(w).helperColumns).toBe(1);
    const total = w.emu.calls.total();
    let failures = 0;
    for (const afterEffect of [false, true]) {
      for (let k = 1; k <= total; k++) {
        w = workbookWithExport(connectedBefore);
        const before = JSON.stringify(w.emu.snapshot());
        // Reading the tab comes first and changes nothing: count from the writing.
        const read = readDealsTab(w.ss, readIndex(w.ss), 'HubSpot', {}, '.');
        w.emu.failAt(k, new Error(`failure at ${k}`), { afterEffect });
        try {
          connectDealsTab(read, (column) => column, '2027-02-15');
        } catch (error) {
          failures++;
          expect((error as Error).message).toBe(`failure at ${k}`);
          w.emu.endExecution();
          expect(JSON.parse(JSON.stringify(w.emu.snapshot())), `call ${k}, after effect: ${afterEffect}`).toEqual(
            JSON.parse(before),
          );
          continue;
        }
        w.emu.cancelFailure();
      }
    }
    expect(failures).toBeGreaterThan(0);
  }, 300_000);
});
