// Custom functions in the emulated workbook behave as Apps Script documents them: ranges arrive
// as 2-D arrays with blanks as '', single cells as plain values, date cells as Date objects;
// 2-D results spill; a thrown error shows #ERROR! with its message.
import { describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import * as addon from '../../src/main';

function recorder() {
  const calls: unknown[][] = [];
  const fn = (...args: unknown[]) => {
    calls.push(args);
    return 'ok';
  };
  return { calls, fn };
}

describe('arguments', () => {
  test('a range arrives as a 2-D array with blanks as empty strings', () => {
    const probe = recorder();
    const emu = createEmulator({ customFunctions: { PROBE: probe.fn } });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:B3').setValues([
      [1, 'a'],
      ['', true],
      [2.5, ''],
    ]);
    sheet.getRange('D1').setFormula('=PROBE(A1:B3)');
    expect(probe.calls.at(-1)).toEqual([
      [
        [1, 'a'],
        ['', true],
        [2.5, ''],
      ],
    ]);
  });

  test('a single cell arrives as a plain value, a missing argument as undefined', () => {
    const probe = recorder();
    const emu = createEmulator({ customFunctions: { PROBE: probe.fn } });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue(42);
    sheet.getRange('D1').setFormula('=PROBE(A1, "x", A2)');
    expect(probe.calls.at(-1)).toEqual([42, 'x', '']);
    sheet.getRange('D2').setFormula('=PROBE(A1)');
    expect(probe.calls.at(-1)).toEqual([42]);
    expect(probe.calls.at(-1)?.[1]).toBeUndefined();
  });

  test('cells with date formats and date results arrive as Date objects', () => {
    const probe = recorder();
    const emu = createEmulator({ customFunctions: { PROBE: probe.fn }, now: new Date(2027, 1, 10, 9, 30) });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A2').setValues([[new Date(2027, 0, 1)], [46000]]);
    sheet.getRange('A2').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('B1').setValue(46000);
    sheet.getRange('D1').setFormula('=PROBE(A1:A2, B1, TODAY(), DATE(2027,3,31))');
    const [column, plain, today, literal] = probe.calls.at(-1) as [Date[][], number, Date, Date];
    expect(column[0][0]).toBeInstanceOf(Date);
    expect(column[0][0].getFullYear()).toBe(2027);
    expect(column[0][0].getMonth()).toBe(0);
    expect(column[0][0].getDate()).toBe(1);
    expect(column[1][0]).toBeInstanceOf(Date);
    expect(column[1][0].getFullYear()).toBe(2025); // serial 46000 is 2025-12-09
    expect(column[1][0].getDate()).toBe(9);
    expect(plain).toBe(46000);
    expect(today).toBeInstanceOf(Date);
    expect([today.getFullYear(), today.getMonth(), today.getDate(), today.getHours()]).toEqual([2027, 1, 10, 0]);
    expect(literal).toBeInstanceOf(Date);
    expect(literal.getDate()).toBe(31);
  });
});

describe('results', () => {
  test('a 2-D result spills into the cells below and to the right', () => {
    const emu = createEmulator({
      customFunctions: {
        TABLE: () => [
          ['a', 1],
          ['b', 2],
          ['c', 3],
        ],
      },
    });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('B2').setFormula('=TABLE()');
    expect(sheet.getRange('B2:C4').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    // Only the anchor holds the formula, as in Sheets.
    expect(sheet.getRange('B2:C3').getFormulas()).toEqual([
      ['=TABLE()', ''],
      ['', ''],
    ]);
    expect(sheet.getLastRow()).toBe(4);
  });

  test('a spill whose size depends on the inputs follows them', () => {
    const emu = createEmulator({
      customFunctions: {
        DISTINCT: (ids: unknown) => {
          const seen = [...new Set((ids as unknown[][]).map((r) => r[0]).filter((x) => x !== ''))];
          return seen.map((id) => [id]);
        },
      },
    });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A3').setValues([['O1'], ['O2'], ['O1']]);
    sheet.getRange('C1').setFormula('=DISTINCT(A1:A10)');
    expect(sheet.getRange('C1:C4').getValues()).toEqual([['O1'], ['O2'], [''], ['']]);
    sheet.getRange('A4:A5').setValues([['O3'], ['O4']]);
    expect(sheet.getRange('C1:C5').getValues()).toEqual([['O1'], ['O2'], ['O3'], ['O4'], ['']]);
    sheet.getRange('A1:A5').clearContent();
    sheet.getRange('A1').setValue('O9');
    expect(sheet.getRange('C1:C3').getValues()).toEqual([['O9'], [''], ['']]);
  });

  test('a 1-D array fills a column; returned Dates show as dates and read back as Dates', () => {
    const emu = createEmulator({
      customFunctions: {
        LIST: () => [1, 2, 3],
        DAY: () => new Date(2027, 0, 2),
        DAYS: () => [[new Date(2027, 0, 3)], [7]],
      },
    });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setFormula('=LIST()');
    sheet.getRange('B1').setFormula('=DAY()');
    sheet.getRange('C1').setFormula('=DAYS()');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
    expect(sheet.getRange('B1').getValue()).toEqual(new Date(2027, 0, 2));
    expect(sheet.getRange('B1:C2').getDisplayValues()).toEqual([
      ['1/2/2027', '1/3/2027'],
      ['', '7'],
    ]);
    sheet.getRange('D1').setFormula('=B1+1');
    expect(sheet.getRange('D1').getValue()).toBeInstanceOf(Date);
  });

  test('a thrown error shows #ERROR! and keeps its message', () => {
    const emu = createEmulator({
      customFunctions: {
        STRICT: (x: unknown) => {
          if (typeof x !== 'number') throw new Error('Expected a number, got text.');
          return x * 2;
        },
      },
    });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.setName('Tab');
    sheet.getRange('A1').setValue('abc');
    sheet.getRange('B1').setFormula('=STRICT(A1)');
    expect(sheet.getRange('B1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('#ERROR!');
    expect(emu.errorMessage("'Tab'!B1")).toBe('Expected a number, got text.');
    sheet.getRange('A1').setValue(4);
    expect(sheet.getRange('B1').getValue()).toBe(8);
    expect(emu.errorMessage('Tab!B1')).toBeUndefined();
  });
});

describe('invocations per recalculation', () => {
  test('a formula runs once when written and once per change of its inputs only', () => {
    const emu = createEmulator({
      customFunctions: { TOTAL: (r: unknown) => (r as unknown[][]).reduce((s, row) => s + (Number(row[0]) || 0), 0) },
    });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=TOTAL(A1:A3)');
    expect(emu.lastRecalculationCalls()).toEqual({ TOTAL: 1 });
    expect(sheet.getRange('B1').getValue()).toBe(6);

    sheet.getRange('D1').setValue('unrelated');
    expect(emu.lastRecalculationCalls()).toEqual({});

    sheet.getRange('A2').setValue(10);
    expect(emu.lastRecalculationCalls()).toEqual({ TOTAL: 1 });
    expect(sheet.getRange('B1').getValue()).toBe(14);
    expect(emu.customFunctionCalls()).toEqual({ TOTAL: 2 });

    emu.resetCustomFunctionCalls();
    expect(emu.customFunctionCalls()).toEqual({});
  });

  test('unchanged arguments are not evaluated again, even next to volatile TODAY()', () => {
    const emu = createEmulator({
      now: new Date(2027, 1, 15),
      customFunctions: { DAYS_LEFT: (d: unknown) => 90 - (d as Date).getDate() },
    });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setFormula('=DAYS_LEFT(TODAY())');
    expect(emu.customFunctionCalls()).toEqual({ DAYS_LEFT: 1 });
    sheet.getRange('C3').setValue('any edit recalculates TODAY()');
    expect(emu.lastRecalculationCalls()).toEqual({});
    emu.setNow(new Date(2027, 1, 16));
    expect(emu.lastRecalculationCalls()).toEqual({ DAYS_LEFT: 1 });
    expect(sheet.getRange('A1').getValue()).toBe(74);
  });

  test('a spill that changes size costs one call', () => {
    const emu = createEmulator({
      customFunctions: { NONBLANK: (c: unknown) => (c as unknown[][]).filter((r) => r[0] !== '').map((r) => [r[0]]) },
    });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue('a');
    sheet.getRange('B1').setFormula('=NONBLANK(A1:A5)');
    sheet.getRange('A2:A3').setValues([['b'], ['c']]);
    expect(emu.lastRecalculationCalls()).toEqual({ NONBLANK: 1 });
    expect(sheet.getRange('B1:B4').getValues()).toEqual([['a'], ['b'], ['c'], ['']]);
  });

  test('one call per column, not per row: a column formula is invoked once for 500 rows', () => {
    const emu = createEmulator({
      customFunctions: {
        DOUBLE: (r: unknown) => (r as unknown[][]).map((row) => [row[0] === '' ? '' : Number(row[0]) * 2]),
      },
    });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange(1, 1, 500, 1).setValues(Array.from({ length: 500 }, (_, i) => [i]));
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A500)');
    expect(emu.lastRecalculationCalls()).toEqual({ DOUBLE: 1 });
    expect(sheet.getRange('B500').getValue()).toBe(998);
  });
});

describe('TODAY and NOW', () => {
  test('"today" can be fixed and moved by tests', () => {
    const emu = createEmulator({ now: new Date(2027, 2, 15, 12, 0) });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:B1').setFormulas([['=TODAY()', '=NOW()-TODAY()']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/15/2027');
    expect(sheet.getRange('B1').getValue()).toBeCloseTo(0.5);
    emu.setNow(new Date(2027, 3, 1));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('4/1/2027');
  });
});

describe("the add-on's own functions", () => {
  test('=KR_PROGRESS over columns is computed by the bundle code, once per column', () => {
    const emu = createEmulator({ customFunctions: addon });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:C3').setValues([
      ['current', 'target', 'baseline'],
      [50, 100, 0],
      [80, 100, 60],
    ]);
    sheet.getRange('D2').setFormula('=KR_PROGRESS(A2:A3, B2:B3, C2:C3)');
    const progress = sheet
      .getRange('D2:D3')
      .getValues()
      .map((r) => r[0]);
    expect(progress[0]).toBeCloseTo(0.5);
    expect(progress[1]).toBeCloseTo(0.5);
    expect(emu.lastRecalculationCalls()).toEqual({ KR_PROGRESS: 1 });
  });

  test('a German workbook evaluates the same formulas and shows decimal commas', () => {
    const emu = createEmulator({ locale: 'de_DE', customFunctions: addon });
    const restore = emu.installGlobals();
    try {
      const sheet = emu.spreadsheet.insertSheet('KRs');
      sheet.getRange('A1:B2').setValues([
        [50, 100],
        [80, 100],
      ]);
      sheet.getRange('C1').setFormula('=KR_PROGRESS(A1:A2, B1:B2)');
      expect(sheet.getRange('C1:C2').getDisplayValues()).toEqual([['0,5'], ['0,8']]);
    } finally {
      restore();
    }
  });
});
