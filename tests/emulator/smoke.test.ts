import { expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';

test('smoke', () => {
  const seen: unknown[] = [];
  const emu = createEmulator({
    now: new Date(2027, 0, 15),
    customFunctions: {
      DOUBLE: (r: unknown) => {
        seen.push(r);
        return Array.isArray(r) ? (r as unknown[][]).map((x) => [x[0] === '' ? '' : Number(x[0]) * 2]) : Number(r) * 2;
      },
      BOOM: () => {
        throw new Error('bad input');
      },
    },
  });
  const ss = emu.spreadsheet;
  const sh = ss.insertSheet('Q1 2027 · Key results');
  sh.getRange(1, 1, 3, 2).setValues([
    [1, new Date(2027, 0, 1)],
    [2, 'x'],
    ['', true],
  ]);
  sh.getRange('C1').setFormula('=DOUBLE(A1:A3)');
  sh.getRange('D1').setFormula('=BOOM()');
  sh.getRange('E1').setFormula('=TODAY()');
  console.log(
    sh.getRange('A1:E3').getValues(),
    sh.getRange('A1:E3').getDisplayValues(),
    sh.getRange('A1:E3').getFormulas(),
  );
  console.log(seen, emu.customFunctionCalls(), emu.errorMessage("'Q1 2027 · Key results'!D1"), emu.calls.byMethod());
  console.log(JSON.stringify(emu.snapshot()).slice(0, 2000));
  expect(sh.getLastRow()).toBe(3);
});
