// Open-ended ranges (A2:A) reach the last row of the tab they refer to, as in Sheets, also after
// the tab grows or shrinks; formulas read back as they were written.
import { describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { closeOpenRanges, hasOpenRange, openClosedRanges } from '../../emulator/ranges';
import * as customFunctions from '../../src/functions/customFunctions';

function workbook() {
  const emu = createEmulator({ customFunctions });
  return { emu, ss: emu.spreadsheet, sheet: emu.spreadsheet.getActiveSheet() };
}

describe('the translation', () => {
  const rows = (tab: string | undefined) => (tab === undefined ? 100 : tab === 'Other tab' ? 40 : undefined);

  test('closes each open range at its own tab’s last row, leaves texts and closed ranges alone', () => {
    expect(closeOpenRanges(`=SUM(A2:A)+SUM('Other tab'!$B$3:$C)&"A2:A"&D1:D5&Unknown!E2:E`, rows)).toBe(
      `=SUM(A2:A100)+SUM('Other tab'!$B$3:$C40)&"A2:A"&D1:D5&Unknown!E2:E`,
    );
    expect(hasOpenRange('=SUM(A2:A)')).toBe(true);
    expect(hasOpenRange('=SUM(A2:A9)&"B2:B"')).toBe(false);
    expect(hasOpenRange('=LOG10(A2)')).toBe(false);
  });

  test('opens ranges that end at (or beyond) the row they were closed at', () => {
    expect(openClosedRanges(`=SUM(A2:A100)+SUM('Other tab'!$B$3:$C$45)+SUM(D2:D99)`, rows)).toBe(
      `=SUM(A2:A)+SUM('Other tab'!$B$3:$C)+SUM(D2:D99)`,
    );
  });
});

describe('in the workbook', () => {
  test('a value typed below every used row counts, also in rows added later', () => {
    const { sheet } = workbook();
    sheet.getRange('A2:A3').setValues([[1], [2]]);
    sheet.getRange('B1').setFormula('=SUM(A2:A)');
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A2:A)');
    sheet.getRange('A1000').setValue(10);
    expect(sheet.getRange('B1').getValue()).toBe(13);

    sheet.insertRowsAfter(1000, 20);
    sheet.getRange('A1020').setValue(100);
    expect(sheet.getRange('B1').getValue()).toBe(113);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A2:A)');

    // Rows inserted inside the range, and deleted from it.
    sheet.insertRowsBefore(3, 5);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A2:A)');
    // 1, 2, 10 (now in A1005) and 100 (now in A1025, overwritten).
    sheet.getRange('A1025').setValue(1000);
    expect(sheet.getRange('B1').getValue()).toBe(1013);
    sheet.deleteRows(900, 126);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A2:A)');
    expect(sheet.getRange('B1').getValue()).toBe(3);
    // Rows inserted above the range move its start, as in Sheets.
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('B2').getFormula()).toBe('=SUM(A3:A)');
  });

  test('a range into another tab follows that tab’s size, and a tab renamed or added later', () => {
    const { ss, sheet } = workbook();
    const data = ss.insertSheet('Data tab');
    data.deleteRows(51, 950);
    data.getRange('B2:B50').setValue(1);
    sheet.getRange('A1').setFormula(`=SUM('Data tab'!B2:B)`);
    sheet.getRange('A2').setFormula(`=SUM(Later!A1:A)`);
    expect(sheet.getRange('A1').getValue()).toBe(49);
    expect(sheet.getRange('A2').getValue()).toBe('#REF!');
    data.appendRow(['', 5]);
    expect(data.getMaxRows()).toBe(51);
    expect(sheet.getRange('A1').getValue()).toBe(54);
    ss.insertSheet('Later').getRange('A999').setValue(7);
    expect(sheet.getRange('A2').getValue()).toBe(7);
    data.setName('Numbers');
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(Numbers!B2:B)');
    data.appendRow(['', 1]);
    expect(sheet.getRange('A1').getValue()).toBe(55);
  });

  test('a custom function gets the whole column down to the last row, and spills that far', () => {
    const { sheet } = workbook();
    sheet.deleteRows(11, 990);
    sheet.getRange('A2:B3').setValues([
      [5, 10],
      [8, 10],
    ]);
    sheet.getRange('C2').setFormula('=KR_PROGRESS(A2:A,B2:B)');
    expect(sheet.getRange('C2:C10').getValues().flat()).toEqual([0.5, 0.8, '', '', '', '', '', '', '']);
    sheet.insertRowsAfter(10, 5);
    sheet.getRange('A15:B15').setValues([[1, 4]]);
    expect(sheet.getRange('C15').getValue()).toBe(0.25);
    expect(sheet.getRange('C2').getFormula()).toBe('=KR_PROGRESS(A2:A,B2:B)');
  });
});
