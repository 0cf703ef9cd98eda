// Tabs, developer metadata, protections, data validation, conditional formats and charts.
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('tabs', () => {
  test('insert, order, activate, rename with unique names, delete', () => {
    const emu = createEmulator();
    const ss = emu.spreadsheet;
    const a = ss.insertSheet('Q1 2027 · Key results');
    expect(ss.getActiveSheet().getName()).toBe('Q1 2027 · Key results');
    const b = ss.insertSheet('Check-ins', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Check-ins', 'Sheet1', 'Q1 2027 · Key results']);
    expect(b.getIndex()).toBe(1);
    expect(() => ss.insertSheet('check-ins')).toThrow(
      'A sheet with the name "check-ins" already exists. Please enter another name.',
    );
    expect(() => a.setName('Sheet1')).toThrow(/already exists/);
    a.setName('Q1 2027 · KRs');
    expect(ss.getSheetByName('Q1 2027 · KRs')?.getSheetId()).toBe(a.getSheetId());
    expect(ss.getSheetByName('missing')).toBeNull();
    ss.setActiveSheet(b);
    expect(ss.getActiveSheet().getName()).toBe('Check-ins');
    ss.deleteSheet(b);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Q1 2027 · KRs']);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    const stale = a.getRange('A1');
    ss.deleteSheet(a);
    expect(() => stale.getValue()).toThrow('This sheet has been deleted.');
    expect(() => a.getName()).toThrow('This sheet has been deleted.');
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  test('formulas across tabs follow a renamed tab', () => {
    const emu = createEmulator();
    const ss = emu.spreadsheet;
    const data = ss.insertSheet('Data');
    data.getRange('A1').setValue(7);
    const dash = ss.insertSheet('Dash');
    dash.getRange('A1').setFormula("='Data'!A1*2");
    data.setName('Q1 Data');
    expect(dash.getRange('A1').getValue()).toBe(14);
    expect(dash.getRange('A1').getFormula()).toBe("='Q1 Data'!A1*2");
  });

  test('layout settings are recorded', () => {
    const emu = createEmulator();
    const s = emu.spreadsheet.getActiveSheet();
    s.setFrozenRows(1);
    s.setFrozenColumns(2);
    s.setColumnWidths(2, 3, 150);
    s.setTabColor('#1a73e8');
    s.setRightToLeft(true);
    expect([s.getFrozenRows(), s.getFrozenColumns(), s.getColumnWidth(3), s.getTabColor(), s.isRightToLeft()]).toEqual([
      1,
      2,
      150,
      '#1a73e8',
      true,
    ]);
    expect(emu.sheetLayout('Sheet1').columnWidths).toEqual({ 2: 150, 3: 150, 4: 150 });
  });
});

describe('developer metadata', () => {
  test('on tabs and the spreadsheet, found by key and value', () => {
    const emu = createEmulator();
    const ss = emu.spreadsheet;
    const q1 = ss.insertSheet('Q1');
    const q2 = ss.insertSheet('Q2');
    q1.addDeveloperMetadata('okr.tab', '{"period":"2027-Q1"}');
    q2.addDeveloperMetadata('okr.tab', '{"period":"2027-Q2"}');
    ss.addDeveloperMetadata('okr.version', '1');
    expect(q1.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['okr.tab', '{"period":"2027-Q1"}'],
    ]);
    const found = ss.createDeveloperMetadataFinder().withKey('okr.tab').withValue('{"period":"2027-Q2"}').find();
    expect(found).toHaveLength(1);
    expect(found[0].getLocation().getSheet()?.getName()).toBe('Q2');
    expect(found[0].getLocation().getLocationType()).toBe('SHEET');
    expect(ss.createDeveloperMetadataFinder().withKey('okr.tab').find()).toHaveLength(2);
    expect(q1.createDeveloperMetadataFinder().withKey('okr.tab').find()).toHaveLength(1);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['okr.version']);
    found[0].remove();
    expect(ss.createDeveloperMetadataFinder().withKey('okr.tab').find()).toHaveLength(1);
    ss.deleteSheet(q1);
    expect(ss.createDeveloperMetadataFinder().withKey('okr.tab').find()).toHaveLength(0);
  });

  test('on whole rows only, like Sheets', () => {
    const emu = createEmulator();
    const s = emu.spreadsheet.getActiveSheet();
    s.getRange('3:3').addDeveloperMetadata('kr', 'KR-7');
    expect(s.getRange('3:3').getDeveloperMetadata()[0].getValue()).toBe('KR-7');
    expect(() => s.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(/arbitrary ranges/);
    s.insertRowsBefore(1, 2);
    expect(s.getRange('5:5').getDeveloperMetadata()[0].getValue()).toBe('KR-7');
  });
});

describe('protections', () => {
  test('sheet and range protections with description and warning', () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    const s = emu.spreadsheet.getActiveSheet();
    s.protect().setDescription('Period tab').setWarningOnly(true);
    s.getRange('A1:F1').protect().setDescription('Header');
    const sheetProtections = s.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(sheetProtections.map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([['Period tab', true]]);
    const ranges = s.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(ranges.map((p) => p.getRange().getA1Notation())).toEqual(['A1:F1']);
    ranges[0].remove();
    expect(s.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
  });
});

describe('data validation', () => {
  test('builders give criteria and values; checkboxes make blank cells FALSE', () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    const s = emu.spreadsheet.getActiveSheet();
    const list = SpreadsheetApp.newDataValidation()
      .requireValueInList(['increase', 'decrease'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a kind')
      .build();
    s.getRange('A2:A10').setDataValidation(list);
    const rule = s.getRange('A5').getDataValidation();
    expect(rule?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule?.getCriteriaValues()).toEqual([['increase', 'decrease'], true]);
    expect(rule?.getAllowInvalid()).toBe(false);
    expect(rule?.getHelpText()).toBe('Pick a kind');
    expect(s.getRange('B5').getDataValidation()).toBeNull();

    const between = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 1).build();
    expect(between.getCriteriaValues()).toEqual([0, 1]);
    const inRange = SpreadsheetApp.newDataValidation().requireValueInRange(s.getRange('Z1:Z3')).build();
    expect((inRange.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('Z1:Z3');

    s.getRange('C1').setValue(true);
    s.getRange('C1:C3').insertCheckboxes();
    expect(s.getRange('C1:C3').getValues()).toEqual([[true], [false], [false]]);
    expect(s.getRange('C2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  });
});

describe('typed input against validation', () => {
  test('strict rules reject typed input; lenient rules accept it and flag the cell; scripts write anything', () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    const s = emu.spreadsheet.getActiveSheet();
    s.setName('KRs');
    const strict = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build();
    const lenient = SpreadsheetApp.newDataValidation().requireValueInList(['Increase', 'Decrease']).build();
    s.getRange('A1').setDataValidation(strict);
    s.getRange('B1').setDataValidation(lenient);

    emu.setCellInput('KRs', 'A1', '0.4');
    expect(s.getRange('A1').getValue()).toBe(0.4);
    expect(() => emu.setCellInput('KRs', 'A1', '7')).toThrow('Input must be a number in the specified range.');
    expect(s.getRange('A1').getValue()).toBe(0.4);

    emu.setCellInput('KRs', 'B1', 'sideways');
    expect(s.getRange('B1').getValue()).toBe('sideways');
    expect(emu.cellValidationProblem('KRs', 1, 2)).toBe('Input must be an item on the specified list.');
    emu.setCellInput('KRs', 'B1', 'decrease');
    expect(emu.cellValidationProblem('KRs', 1, 2)).toBeNull();

    s.getRange('A1').setValue(9);
    expect(s.getRange('A1').getValue()).toBe(9);
    expect(emu.cellValidationProblem('KRs', 1, 1)).toBe('Input must be a number in the specified range.');
  });
});

describe('conditional formats', () => {
  test('the first matching rule gives the colour, value and formula conditions', () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    const s = emu.spreadsheet.getActiveSheet();
    s.setName('KRs');
    s.getRange('A1:B4').setValues([
      [0.2, 'Off track'],
      [0.5, 'At risk'],
      [0.9, 'On track'],
      ['', ''],
    ]);
    const scores = s.getRange('A1:A4');
    const rules = [
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberLessThan(0.4)
        .setBackground('#f4c7c3')
        .setRanges([scores])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberBetween(0.4, 0.6999)
        .setBackground('#fce8b2')
        .setRanges([scores])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberGreaterThanOrEqualTo(0.7)
        .setBackground('#b7e1cd')
        .setRanges([scores])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo('Off track')
        .setFontColor('#c5221f')
        .setRanges([s.getRange('B1:B4')])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$B1="At risk"')
        .setBackground('#fff0c2')
        .setRanges([s.getRange('C1:C4')])
        .build(),
    ];
    s.setConditionalFormatRules(rules);
    expect(s.getConditionalFormatRules()).toHaveLength(5);
    expect(s.getConditionalFormatRules()[0].getBooleanCondition()?.getCriteriaType()).toBe('NUMBER_LESS_THAN');
    expect(s.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A1:A4');
    expect([1, 2, 3, 4].map((row) => emu.conditionalBackground('KRs', row, 1))).toEqual([
      '#f4c7c3',
      '#fce8b2',
      '#b7e1cd',
      null,
    ]);
    expect(emu.conditionalFormat('KRs', 1, 2)).toEqual({ fontColor: '#c5221f' });
    expect([1, 2, 3].map((row) => emu.conditionalBackground('KRs', row, 3))).toEqual([null, '#fff0c2', null]);
  });
});

describe('charts', () => {
  test('built with the Charts enum, inserted, resolved to values for rendering, modified and removed', () => {
    const emu = createEmulator();
    restore = emu.installGlobals();
    const s = emu.spreadsheet.getActiveSheet();
    s.setName('Dash');
    s.getRange('A1:B3').setValues([
      ['Objective', 'Score'],
      ['Grow revenue', 0.62],
      ['Win logos', 0.81],
    ]);
    const chart = s
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(s.getRange('A1:B3'))
      .setPosition(5, 1, 0, 0)
      .setOption('title', 'Objective scores')
      .setNumHeaders(1)
      .build();
    s.insertChart(chart);
    expect(s.getCharts()).toHaveLength(1);
    expect(chart.modify().getChartType()).toBe('BAR');
    expect(chart.getOptions().get('title')).toBe('Objective scores');
    expect(chart.getRanges()[0].getA1Notation()).toBe('A1:B3');
    const [resolved] = emu.charts();
    expect(resolved).toMatchObject({ sheet: 'Dash', chartType: 'BAR', options: { title: 'Objective scores' } });
    expect(resolved.position).toEqual({ anchorRow: 5, anchorColumn: 1, offsetX: 0, offsetY: 0 });
    expect(resolved.ranges[0].values).toEqual([
      ['Objective', 'Score'],
      ['Grow revenue', 0.62],
      ['Win logos', 0.81],
    ]);
    s.updateChart(chart.modify().setChartType(Charts.ChartType.COLUMN).build());
    expect(s.getCharts()[0].modify().getChartType()).toBe('COLUMN');
    s.removeChart(s.getCharts()[0]);
    expect(emu.charts()).toEqual([]);
  });
});
