// A spilled custom-function result that shrinks to an error while a tab is removed must not leave
// the emulated workbook half changed (the engine can lose track of the old spilled range).
import { expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';

it('removes a tab that a shrinking spilled formula and its reader depend on', () => {
  const emu = createEmulator({
    customFunctions: {
      COLUMN_OF: (cap: unknown, rows: unknown[][]) => {
        if (typeof cap !== 'number') throw new Error('cap is not a number');
        return rows.map(() => [cap]);
      },
      TOTAL: (values: unknown[][]) => values.flat().filter((v) => typeof v === 'number').length,
    },
  });
  const kr = emu.spreadsheet.insertSheet('KR');
  const dash = emu.spreadsheet.insertSheet('Dash');
  dash.getRange('B1').setValue(1);
  dash.getRange('B2').setFormula('=TOTAL(KR!B1:B3)');
  kr.getRange('A1:A3').setValues([[1], [2], [3]]);
  kr.getRange('B1').setFormula('=COLUMN_OF(Dash!$B$1,A1:A3)');
  kr.getRange('C1').setFormula('=TOTAL(B1:B3)');
  expect(kr.getRange('C1').getValue()).toBe(3);
  emu.spreadsheet.deleteSheet(dash);
  expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'KR']);
  expect(() => emu.spreadsheet.deleteSheet(kr)).not.toThrow();
  expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
});
