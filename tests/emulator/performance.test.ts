// Writing and reading a 2,000-row block is one engine batch per call: fast enough for tests and
// the playground, and the number of service calls does not grow with the rows.
import { expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';

test('a 2,000-row block with a column formula writes, recalculates and reads quickly', () => {
  const emu = createEmulator({
    customFunctions: {
      DOUBLE: (column: unknown) => (column as unknown[][]).map((row) => [row[0] === '' ? '' : Number(row[0]) * 2]),
    },
  });
  const sheet = emu.spreadsheet.getActiveSheet();
  const rows = 2000;
  const started = performance.now();
  sheet.insertRowsAfter(sheet.getMaxRows(), rows);
  sheet
    .getRange(2, 1, rows, 4)
    .setValues(Array.from({ length: rows }, (_, i) => [i, `KR ${i}`, new Date(2027, 0, 1 + (i % 90)), i % 2 === 0]));
  sheet.getRange(2, 5, rows, 1).setFormulas(Array.from({ length: rows }, (_, i) => [`=A${i + 2}*3`]));
  sheet.getRange('F2').setFormula(`=DOUBLE(A2:A${rows + 1})`);
  sheet.getRange('A2').setValue(1000);
  const values = sheet.getRange(1, 1, rows + 1, 6).getValues();
  const shown = sheet.getRange(1, 1, rows + 1, 6).getDisplayValues();
  const elapsed = performance.now() - started;

  expect(values[1]).toEqual([1000, 'KR 0', new Date(2027, 0, 1), true, 3000, 2000]);
  expect(values[rows][5]).toBe((rows - 1) * 2);
  expect(shown[2][2]).toBe('1/2/2027');
  expect(emu.customFunctionCalls()).toEqual({ DOUBLE: 2 });
  // Generous bound: the machine is shared; typical runs take a few hundred milliseconds.
  expect(elapsed).toBeLessThan(5000);
});
