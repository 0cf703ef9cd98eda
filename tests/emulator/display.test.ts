// Display values follow the spreadsheet locale as in Sheets: en_US 1,234.5 and 1/31/2027,
// de_DE 1.234,5 and 31.01.2027, booleans WAHR/FALSCH; formulas keep English names and ','.
import { describe, expect, test } from 'vitest';
import { formatNumber, localeInfo, parseInput } from '../../emulator/format';
import { createEmulator } from '../../emulator/index';

function shown(locale: string, value: unknown, format?: string): string {
  const emu = createEmulator({ locale });
  const cell = emu.spreadsheet.getActiveSheet().getRange('A1');
  if (format) cell.setNumberFormat(format);
  cell.setValue(value);
  return cell.getDisplayValue();
}

describe('number formats per locale', () => {
  const cases: [string, unknown, string, string][] = [
    ['0%', 0.256, '26%', '26%'],
    ['0.0%', 0.256, '25.6%', '25,6%'],
    ['#,##0', 1234567.4, '1,234,567', '1.234.567'],
    ['#,##0.00', 1234.5, '1,234.50', '1.234,50'],
    ['[$€]#,##0', 48000, '€48,000', '€48.000'],
    ['0.00', 2.5, '2.50', '2,50'],
    ['0', -3.6, '-4', '-4'],
    ['yyyy-mm-dd', new Date(2027, 0, 31), '2027-01-31', '2027-01-31'],
    ['dd.mm.yyyy', new Date(2027, 0, 31), '31.01.2027', '31.01.2027'],
    ['@', 'text', 'text', 'text'],
  ];
  test.each(cases)('%s shows %s as %s (en_US) and %s (de_DE)', (format, value, en, de) => {
    expect(shown('en_US', value, format)).toBe(en);
    expect(shown('de_DE', value, format)).toBe(de);
  });

  test('unformatted numbers, dates and booleans', () => {
    expect(shown('en_US', 1234.5)).toBe('1234.5');
    expect(shown('de_DE', 1234.5)).toBe('1234,5');
    expect(shown('en_US', new Date(2027, 0, 31))).toBe('1/31/2027');
    expect(shown('de_DE', new Date(2027, 0, 31))).toBe('31.01.2027');
    expect(shown('en_US', true)).toBe('TRUE');
    expect(shown('de_DE', true)).toBe('WAHR');
    expect(shown('de_DE', false)).toBe('FALSCH');
  });

  test('negative sections, literals and scaling', () => {
    const en = localeInfo('en_US');
    expect(formatNumber(-1234, '#,##0;(#,##0)', en)).toBe('(1,234)');
    expect(formatNumber(0, '0.0;-0.0;"zero"', en)).toBe('zero');
    expect(formatNumber(1234567, '#,##0,"k"', en)).toBe('1,235k');
    expect(formatNumber(46418.5, 'yyyy-MM-dd HH:mm', en)).toBe('2027-01-31 12:00');
    expect(formatNumber(46418, 'mmm d, yyyy', en)).toBe('Jan 31, 2027');
  });
});

describe('formulas in a German workbook', () => {
  test("formulas are written with English names and ',' and computed; numbers display with ','", () => {
    const emu = createEmulator({ locale: 'de_DE' });
    const s = emu.spreadsheet.getActiveSheet();
    expect(s.getName()).toBe('Tabellenblatt1');
    s.getRange('A1:A2').setValues([[1.5], [2.25]]);
    s.getRange('B1').setFormula('=ROUND(SUM(A1:A2), 1)');
    s.getRange('C1').setFormula('=IF(A1>1, TRUE, FALSE)');
    expect(s.getRange('B1').getValue()).toBe(3.8);
    expect(s.getRange('B1').getDisplayValue()).toBe('3,8');
    expect(s.getRange('C1').getDisplayValue()).toBe('WAHR');
    expect(emu.spreadsheet.getSpreadsheetLocale()).toBe('de_DE');
  });

  test('typed input is parsed with the German separators', () => {
    const emu = createEmulator({ locale: 'de_DE' });
    emu.spreadsheet.getActiveSheet().setName('T');
    emu.setCellInput('T', 'A1', '1.234,5');
    emu.setCellInput('T', 'A2', '31.01.2027');
    emu.setCellInput('T', 'A3', 'WAHR');
    emu.setCellInput('T', 'A4', '12,5 %');
    const values = emu.spreadsheet
      .getRange('T!A1:A4')
      .getValues()
      .map((r) => r[0]);
    expect(values[0]).toBe(1234.5);
    expect((values[1] as Date).getMonth()).toBe(0);
    expect(values[2]).toBe(true);
    expect(values[3]).toBeCloseTo(0.125);
  });

  test('formulas typed with German separators are stored in the English form', () => {
    const emu = createEmulator({ locale: 'de_DE' });
    const s = emu.spreadsheet.getActiveSheet();
    s.setName('T');
    s.getRange('A1').setValue(2.25);
    emu.setCellInput('T', 'B1', '=ROUND(A1;1)+0,5');
    emu.setCellInput('T', 'C1', '=IF(A1>1;"1,5;x";"")');
    expect(s.getRange('B1').getFormula()).toBe('=ROUND(A1,1)+0.5');
    expect(s.getRange('B1').getValue()).toBe(2.8);
    expect(s.getRange('B1').getDisplayValue()).toBe('2,8');
    expect(s.getRange('C1').getValue()).toBe('1,5;x');
  });

  test('changing the spreadsheet locale changes display values, not values', () => {
    const emu = createEmulator();
    const cell = emu.spreadsheet.getActiveSheet().getRange('A1');
    cell.setNumberFormat('#,##0.00').setValue(1234.5);
    expect(cell.getDisplayValue()).toBe('1,234.50');
    emu.spreadsheet.setSpreadsheetLocale('de_DE');
    expect(cell.getDisplayValue()).toBe('1.234,50');
    expect(cell.getValue()).toBe(1234.5);
  });
});

describe('typed input in en_US', () => {
  test('parses numbers, percentages, currency, dates and formulas; keeps other text', () => {
    expect(parseInput('1,234.5', 'en_US')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseInput('40%', 'en_US')).toEqual({ kind: 'number', value: 0.4, format: '0%' });
    expect(parseInput('$1,000', 'en_US')).toMatchObject({ kind: 'number', value: 1000 });
    expect(parseInput('1/31/2027', 'en_US')).toMatchObject({ kind: 'date', value: 46418 });
    expect(parseInput('=A1', 'en_US')).toEqual({ kind: 'formula', formula: '=A1' });
    expect(parseInput("'=A1", 'en_US')).toEqual({ kind: 'text', text: '=A1' });
    expect(parseInput('Q1 2027', 'en_US')).toEqual({ kind: 'text', text: 'Q1 2027' });
  });
});
