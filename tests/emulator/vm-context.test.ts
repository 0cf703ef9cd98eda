// The playground runs the built bundle in a node:vm context with the emulator's globals. Values
// cross realms there: Dates and arrays made inside the context must be understood outside.
import { createContext, runInContext } from 'node:vm';
import { expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';

test('code in a vm context writes and reads through the globals, its Dates included', () => {
  let context: Record<string, unknown> = {};
  const emu = createEmulator({
    customFunctions: {
      NEXT_DAY: (...args: unknown[]) => (context.NEXT_DAY as (...a: unknown[]) => unknown)(...args),
      PAIRS: (...args: unknown[]) => (context.PAIRS as (...a: unknown[]) => unknown)(...args),
    },
  });
  context = createContext({ ...emu.globals });
  runInContext(
    `
    function NEXT_DAY(d) { return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1); }
    function PAIRS(column) { return column.map(function (row) { return [row[0], String(row[0]).length]; }); }
    function write() {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Log');
      sheet.getRange(1, 1, 2, 2).setValues([[new Date(2027, 0, 31), 'start'], [new Date(2027, 1, 1), 'next']]);
      sheet.getRange('C1').setFormula('=NEXT_DAY(A1)');
      var read = sheet.getRange('A1:C1').getValues()[0];
      return [read[0] instanceof Date, read[0].getDate(), read[2].getMonth(), read[2].getDate()];
    }
    `,
    context,
  );
  const result = runInContext('write()', context) as unknown[];
  expect(Array.from(result)).toEqual([false, 31, 1, 1]); // host Dates: not instances of the context's Date
  const sheet = emu.spreadsheet.getSheetByName('Log')!;
  expect(sheet.getRange('A1:A2').getDisplayValues()).toEqual([['1/31/2027'], ['2/1/2027']]);
  expect(sheet.getRange('C1').getValue()).toEqual(new Date(2027, 1, 1));
  sheet.getRange('E1:E2').setValues([['ab'], ['abc']]);
  sheet.getRange('F1').setFormula('=PAIRS(E1:E2)');
  expect(sheet.getRange('F1:G2').getValues()).toEqual([
    ['ab', 2],
    ['abc', 3],
  ]);
});
