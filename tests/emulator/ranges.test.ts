// Ranges behave as Sheets documents them: shape checks, formulas from setValue, literal text,
// last row, bounds, named ranges, inserted rows.
import { describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';

function sheet() {
  const emu = createEmulator();
  return { emu, sheet: emu.spreadsheet.getActiveSheet() };
}

describe('setValues shape', () => {
  test('rejects data with the wrong number of rows or columns, writing nothing', () => {
    const { emu, sheet: s } = sheet();
    const before = emu.snapshot();
    expect(() => s.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange('A1:B1').setFormulas([['=1', '=2', '=3']])).toThrow(/number of columns/);
    expect(emu.snapshot()).toEqual(before);
  });
});

describe('values, formulas and text', () => {
  test("a string starting with '=' is a formula, an apostrophe makes it text", () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A3').setValues([[2], ['=A1*21'], ["'=A1*21"]]);
    expect(s.getRange('A2').getValue()).toBe(42);
    expect(s.getRange('A2').getFormula()).toBe('=A1*21');
    expect(s.getRange('A3').getValue()).toBe('=A1*21');
    expect(s.getRange('A3').getFormula()).toBe('');
  });

  test('strings are parsed like typed input, numbers and booleans kept', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:E1').setValues([['12', '15%', 'TRUE', '2027-01-31', 'plain']]);
    const [n, pct, bool, date, text] = s.getRange('A1:E1').getValues()[0];
    expect(n).toBe(12);
    expect(pct).toBeCloseTo(0.15);
    expect(bool).toBe(true);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).getDate()).toBe(31);
    expect(text).toBe('plain');
    expect(s.getRange('B1').getDisplayValue()).toBe('15%');
  });

  test('setValue on a multi-cell range fills every cell; setFormula moves relative references', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A3').setValues([[1], [2], [3]]);
    s.getRange('B1:B3').setFormula('=A1*10');
    expect(s.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
    expect(s.getRange('B3').getFormula()).toBe('=A3*10');
    s.getRange('C1:C2').setValue('x');
    expect(s.getRange('C1:C2').getValues()).toEqual([['x'], ['x']]);
  });

  test('blanks read back as empty strings and clearContent empties cells', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setValues([[1, 'x']]);
    s.getRange('A1').clearContent();
    expect(s.getRange('A1:C1').getValues()).toEqual([['', 'x', '']]);
  });

  test('a reference to a blank cell stays blank; arithmetic and comparisons see it as 0; TRUE and FALSE are constants', () => {
    const { sheet: s } = sheet();
    s.getRange('B1:E1').setFormulas([['=A1', '=A1+1', '=IF(A1=0, TRUE, FALSE)', '=AND(TRUE, NOT(FALSE))']]);
    expect(s.getRange('B1:E1').getValues()).toEqual([['', 1, true, true]]);
    expect(s.getRange('E1').getFormula()).toBe('=AND(TRUE, NOT(FALSE))');
  });

  test('open-ended ranges such as A2:A reach the last row of the sheet', () => {
    const { sheet: s } = sheet();
    s.getRange('A2:A4').setValues([[1], [2], [3]]);
    s.getRange('A1000').setValue(100);
    s.getRange('B1').setFormula('=SUM(A2:A)');
    expect(s.getRange('B1').getValue()).toBe(106);
    expect(s.getRange('B1').getFormula()).toBe('=SUM(A2:A)');
  });
});

describe('extent', () => {
  test('getLastRow and getLastColumn count cells with content, formulas included', () => {
    const { sheet: s } = sheet();
    expect(s.getLastRow()).toBe(0);
    s.getRange('C7').setValue('x');
    s.getRange('B9').setFormula('=""');
    expect(s.getLastRow()).toBe(9);
    expect(s.getLastColumn()).toBe(3);
    expect(s.getDataRange().getA1Notation()).toBe('A1:C9');
    expect(s.getMaxRows()).toBe(1000);
    expect(s.getMaxColumns()).toBe(26);
  });

  test('ranges outside the sheet are refused', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => s.getRange(1, 27)).toThrow(/outside the dimensions/);
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    s.insertRowsAfter(1000, 5);
    expect(s.getRange(1001, 1, 5, 1).getNumRows()).toBe(5);
  });

  test('appendRow writes after the last row with content', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setValues([['date', 'value']]);
    s.appendRow(['2027-01-05', 10]);
    s.appendRow(['2027-01-12', 12]);
    expect(s.getLastRow()).toBe(3);
    expect(s.getRange('B3').getValue()).toBe(12);
  });

  test('A1 notation, offsets and geometry', () => {
    const { emu, sheet: s } = sheet();
    const r = s.getRange(2, 3, 4, 2);
    expect(r.getA1Notation()).toBe('C2:D5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([
      2, 3, 4, 2, 5, 4,
    ]);
    expect(r.offset(1, 1).getA1Notation()).toBe('D3:E6');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('C2');
    expect(s.getRange('B:B').getNumRows()).toBe(1000);
    expect(emu.spreadsheet.getRange(`'${s.getName()}'!A1:B2`).getA1Notation()).toBe('A1:B2');
    expect(r.getSheet().getName()).toBe(s.getName());
  });
});

describe('inserted rows', () => {
  test('formulas, formats and validations move with their cells', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A3').setValues([[1], [2], [3]]);
    s.getRange('B3').setFormula('=SUM(A1:A3)');
    s.getRange('A3').setNumberFormat('0.00');
    s.insertRowsAfter(1, 2);
    expect(s.getRange('B5').getFormula()).toBe('=SUM(A1:A5)');
    expect(s.getRange('B5').getValue()).toBe(6);
    expect(s.getRange('A5').getNumberFormat()).toBe('0.00');
    expect(s.getMaxRows()).toBe(1002);
  });
});

describe('named ranges', () => {
  test('can be set, read, used in formulas and removed', () => {
    const { emu, sheet: s } = sheet();
    const ss = emu.spreadsheet;
    s.setName('Targets');
    s.getRange('A1:A3').setValues([[10], [20], [30]]);
    ss.setNamedRange('OkrTargets', s.getRange('A1:A3'));
    expect(ss.getRangeByName('OkrTargets')?.getA1Notation()).toBe('A1:A3');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['OkrTargets']);
    s.getRange('B1').setFormula('=SUM(OkrTargets)');
    expect(s.getRange('B1').getValue()).toBe(60);
    ss.removeNamedRange('OkrTargets');
    expect(ss.getRangeByName('OkrTargets')).toBeNull();
    expect(ss.getNamedRanges()).toEqual([]);
  });
});
