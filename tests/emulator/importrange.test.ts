// Several spreadsheets in one emulator and IMPORTRANGE between them, as Sheets has it: values of
// another spreadsheet's range (tab names with quotes and spaces, open-ended ranges), refreshed
// when the source changes, #REF! for a missing file, a file not allowed yet and a range naming
// no tab, and stacks of imports and ranges with {…;…}.
import { describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';

const TAB = 'Q1 2027 · Key results';
const QUOTED = `'${TAB}'`;

/** A company spreadsheet (active) and two team spreadsheets with a key-results tab each. */
function drive() {
  const emu = createEmulator({ now: new Date(2027, 1, 15) });
  const company = emu.spreadsheet;
  const teamA = emu.createSpreadsheet({ name: 'Team A' });
  const teamB = emu.createSpreadsheet({ name: 'Team B' });
  const tabA = teamA.insertSheet(TAB);
  tabA.getRange('A1:C4').setValues([
    ['Key result', 'Target', 'Actual'],
    ['Revenue', 100, 40],
    ['Deals', 20, 15],
    ['Calls', 300, 310],
  ]);
  const tabB = teamB.insertSheet(TAB);
  tabB.getRange('A1:C3').setValues([
    ['Key result', 'Target', 'Actual'],
    ['Pipeline', 500, 120],
    ['Demos', 40, 12],
  ]);
  const sheet = company.getActiveSheet();
  const allow = () => {
    emu.allowImport(company.getId(), teamA.getId());
    emu.allowImport(company.getId(), teamB.getId());
  };
  return { emu, company, teamA, teamB, tabA, tabB, sheet, allow };
}

describe('several spreadsheets', () => {
  test('each has an id and a URL like Google’s; one is active', () => {
    const { emu, company, teamA } = drive();
    expect(teamA.getId()).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(teamA.getId()).not.toBe(company.getId());
    expect(teamA.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${teamA.getId()}/edit`);
    expect(emu.spreadsheets().map((s) => [s.name, s.active])).toEqual([
      ['Untitled spreadsheet', true],
      ['Team A', false],
      ['Team B', false],
    ]);
    expect(emu.spreadsheetById(teamA.getUrl())?.getName()).toBe('Team A');
    expect(emu.spreadsheetById('no-such-id')).toBeNull();
    const named = emu.createSpreadsheet({ id: 'team-c-0000000000000000000000', name: 'Team C' });
    expect(named.getUrl()).toBe('https://docs.google.com/spreadsheets/d/team-c-0000000000000000000000/edit');
    expect(() => emu.createSpreadsheet({ id: named.getId() })).toThrow('already exists');
  });

  test('the add-on sees the active one only and cannot open the others (currentonly)', () => {
    const { emu, company, teamA } = drive();
    const app = emu.globals.SpreadsheetApp;
    expect(app.getActive().getId()).toBe(company.getId());
    expect(() => app.openById(teamA.getId())).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => app.openByUrl(teamA.getUrl())).toThrow('You do not have permission to call SpreadsheetApp.openByUrl');

    emu.setActiveSpreadsheet(teamA.getUrl());
    expect(app.getActive().getName()).toBe('Team A');
    expect(app.getActiveSheet().getName()).toBe(TAB);
    expect(emu.spreadsheet.getId()).toBe(teamA.getId());
    expect(emu.spreadsheets().find((s) => s.active)?.name).toBe('Team A');
    expect(() => emu.removeSpreadsheet(teamA.getId())).toThrow('active spreadsheet');
    expect(() => emu.setActiveSpreadsheet('no-such-id')).toThrow('No spreadsheet');
  });

  test('document properties belong to each spreadsheet, user and script properties to all', () => {
    const { emu, company, teamA } = drive();
    const props = emu.globals.PropertiesService;
    props.getDocumentProperties().setProperty('quarter', 'Q1');
    props.getUserProperties().setProperty('language', 'de');
    emu.setActiveSpreadsheet(teamA.getId());
    expect(props.getDocumentProperties().getProperty('quarter')).toBeNull();
    expect(props.getUserProperties().getProperty('language')).toBe('de');
    emu.setActiveSpreadsheet(company.getId());
    expect(props.getDocumentProperties().getProperty('quarter')).toBe('Q1');
  });

  test('they share one clock', () => {
    const { emu, teamA } = drive();
    const cell = teamA.getSheets()[0].getRange('A1');
    cell.setFormula('=TODAY()');
    expect(cell.getDisplayValue()).toBe('2/15/2027');
    emu.setNow(new Date(2027, 2, 1));
    expect(cell.getDisplayValue()).toBe('3/1/2027');
    const later = emu.createSpreadsheet().getSheets()[0].getRange('A1');
    later.setFormula('=TODAY()');
    expect(later.getDisplayValue()).toBe('3/1/2027');
  });

  test('calls on any of them are counted together', () => {
    const { emu, teamA } = drive();
    emu.calls.reset();
    teamA.getSheetByName(TAB)?.getRange('A1').getValue();
    expect(emu.calls.byMethod()).toEqual({ 'Spreadsheet.getSheetByName': 1, 'Range.getValue': 1, 'Sheet.getRange': 1 });
  });
});

describe('IMPORTRANGE', () => {
  test('reads a quoted tab name with spaces, by URL or by id', () => {
    const { sheet, teamA, allow } = drive();
    allow();
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getUrl()}","${QUOTED}!A2:C4")`);
    sheet.getRange('E1').setFormula(`=IMPORTRANGE("${teamA.getId()}","${QUOTED}!B2")`);
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['Revenue', 100, 40],
      ['Deals', 20, 15],
      ['Calls', 300, 310],
    ]);
    expect(sheet.getRange('E1').getValue()).toBe(100);
    expect(sheet.getRange('A1').getFormula()).toBe(`=IMPORTRANGE("${teamA.getUrl()}","${QUOTED}!A2:C4")`);
  });

  test('an open-ended range reaches the source tab’s last row, blank rows included, as in Sheets', () => {
    const { sheet, teamA, tabA, allow } = drive();
    allow();
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getUrl()}","${QUOTED}!A2:C")`);
    expect(sheet.getRange('A1:C4').getValues()).toEqual([
      ['Revenue', 100, 40],
      ['Deals', 20, 15],
      ['Calls', 300, 310],
      ['', '', ''],
    ]);
    // A2:C of a 1000-row tab is 999 rows: the spill ends there.
    expect(tabA.getMaxRows()).toBe(1000);
    expect(emptyBelow(sheet, 'A', 999)).toBe(true);
    // A row added at the end of the source tab is covered (Sheets re-reads the whole range).
    tabA.getRange('A1000:C1000').setValues([['Late', 1, 1]]);
    expect(sheet.getRange('A999:C999').getValues()).toEqual([['Late', 1, 1]]);
  });

  test('without a tab name it reads the first tab; a named range works too', () => {
    const { sheet, teamA, allow } = drive();
    allow();
    const first = teamA.getSheets()[0];
    first.getRange('A1').setValue('first tab');
    teamA.setNamedRange('Targets', teamA.getRange(`${QUOTED}!B2:B4`));
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getId()}","A1")`);
    sheet.getRange('B1').setFormula(`=IMPORTRANGE("${teamA.getId()}","Targets")`);
    expect(sheet.getRange('A1:B3').getValues()).toEqual([
      ['first tab', 100],
      ['', 20],
      ['', 300],
    ]);
  });

  test('takes its arguments from cells', () => {
    const { sheet, teamA, teamB, allow } = drive();
    allow();
    // (A leading apostrophe typed into a cell only marks text, so the range is a formula's text.)
    sheet.getRange('A1').setValue(teamA.getUrl());
    sheet.getRange('B1').setFormula(`="${QUOTED}!A2"`);
    sheet.getRange('C1').setFormula('=IMPORTRANGE(A1,B1)');
    expect(sheet.getRange('C1').getValue()).toBe('Revenue');
    sheet.getRange('A1').setValue(teamB.getUrl());
    expect(sheet.getRange('C1').getValue()).toBe('Pipeline');
  });

  test('is read again when the source changes, also down a chain of imports', () => {
    const { emu, company, sheet, teamA, tabA, allow } = drive();
    allow();
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getId()}","${QUOTED}!C2:C4")`);
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    expect(sheet.getRange('B1').getValue()).toBe(365);
    tabA.getRange('C2').setValue(100);
    expect(sheet.getRange('B1').getValue()).toBe(425);

    // A board reads the company spreadsheet, which reads team A.
    const board = emu.createSpreadsheet({ name: 'Board' });
    emu.allowImport(board.getId(), company.getId());
    board.getSheets()[0].getRange('A1').setFormula(`=IMPORTRANGE("${company.getId()}","B1")`);
    expect(board.getSheets()[0].getRange('A1').getValue()).toBe(425);
    tabA.getRange('C3').setValue(0);
    expect(board.getSheets()[0].getRange('A1').getValue()).toBe(410);
  });

  test('spills more or fewer rows when the source range changes size', () => {
    const { sheet, teamA, allow } = drive();
    allow();
    teamA.setNamedRange('Krs', teamA.getRange(`${QUOTED}!A2:A3`));
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getId()}","Krs")`);
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['Revenue', 'Deals', '', '']);
    teamA.setNamedRange('Krs', teamA.getRange(`${QUOTED}!A2:A4`));
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['Revenue', 'Deals', 'Calls', '']);
  });

  test('a date comes as a date; an error in the source comes as that error', () => {
    const { sheet, teamA, tabA, allow } = drive();
    allow();
    tabA.getRange('D2').setValue(new Date(2027, 2, 31));
    tabA.getRange('E2').setFormula('=1/0');
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getId()}","${QUOTED}!D2:E2")`);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[new Date(2027, 2, 31), '#DIV/0!']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/31/2027');
  });

  test('a cycle of imports settles', () => {
    const { emu, company, teamA, tabA, sheet } = drive();
    emu.allowImport(company.getId(), teamA.getId());
    emu.allowImport(teamA.getId(), company.getId());
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getId()}","${QUOTED}!C2")+1`);
    tabA.getRange('F1').setFormula(`=IMPORTRANGE("${company.getId()}","A1")`);
    tabA.getRange('C2').setValue(7);
    expect(sheet.getRange('A1').getValue()).toBe(8);
    expect(tabA.getRange('F1').getValue()).toBe(8);
  });
});

describe('IMPORTRANGE failures', () => {
  test('a file not allowed yet shows #REF! until "Allow access"; the add-on sees #REF! only', () => {
    const { emu, company, sheet, teamA } = drive();
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getUrl()}","${QUOTED}!A2:C")`);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['#REF!', '', ''],
      ['', '', ''],
    ]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('#REF!');
    expect(emu.importProblem('A1')).toBe('not-allowed');
    expect(emu.errorMessage('A1')).toBe('You need to connect these sheets.');
    expect(emu.importAllowed(company.getId(), teamA.getUrl())).toBe(false);

    emu.allowImport(company.getId(), teamA.getUrl());
    expect(emu.importAllowed(company.getId(), teamA.getId())).toBe(true);
    expect(sheet.getRange('A1').getValue()).toBe('Revenue');
    expect(emu.importProblem('A1')).toBeUndefined();

    emu.allowImport(company.getId(), teamA.getId(), false);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['#REF!'], ['']]);
    expect(sheet.getLastRow()).toBe(1);
  });

  test('a file that does not exist shows #REF!, and reads once it exists', () => {
    const { emu, company, sheet } = drive();
    const id = '1NotCreatedYet0000000000000000000000000000000';
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${id}","Sheet1!A1")`);
    sheet.getRange('A2').setFormula('=IMPORTRANGE("not a spreadsheet at all","Sheet1!A1")');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['#REF!'], ['#REF!']]);
    expect(emu.importProblem('A1')).toBe('not-found');
    expect(emu.importProblem('A2')).toBe('not-found');
    expect(emu.errorMessage('A1')).toBe('Spreadsheet not found.');

    const later = emu.createSpreadsheet({ id });
    later.getSheets()[0].getRange('A1').setValue('hello');
    emu.allowImport(company.getId(), id);
    expect(sheet.getRange('A1').getValue()).toBe('hello');

    emu.removeSpreadsheet(id);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
    expect(emu.importProblem('A1')).toBe('not-found');
  });

  test('a range naming no tab (or no range) shows #REF!', () => {
    const { emu, sheet, teamA, tabA, allow } = drive();
    allow();
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getId()}","'Q2 2027 · Key results'!A2:C")`);
    sheet.getRange('A2').setFormula(`=IMPORTRANGE("${teamA.getId()}","${QUOTED}!not a range")`);
    sheet.getRange('B1').setFormula(`=IMPORTRANGE("${teamA.getId()}","NoSuchName")`);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['#REF!', '#REF!'],
      ['#REF!', ''],
    ]);
    expect(emu.importProblem('A1')).toBe('bad-range');
    expect(emu.importProblem('A2')).toBe('bad-range');
    expect(emu.importProblem('B1')).toBe('bad-range');
    expect(emu.errorMessage('A1')).toBe("Unable to parse range: 'Q2 2027 · Key results'!A2:C");
    // Renaming the source tab breaks a working import, as in Sheets.
    sheet.getRange('A3').setFormula(`=IMPORTRANGE("${teamA.getId()}","${QUOTED}!A2")`);
    expect(sheet.getRange('A3').getValue()).toBe('Revenue');
    tabA.setName('Archive');
    expect(sheet.getRange('A3').getValue()).toBe('#REF!');
    expect(emu.importProblem('A3')).toBe('bad-range');
  });

  test('the spreadsheet itself is not emulated, and says so', () => {
    const { emu, company, sheet } = drive();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('B1').setFormula(`=IMPORTRANGE("${company.getId()}","A1")`);
    expect(sheet.getRange('B1').getValue()).toBe('#REF!');
    expect(emu.importProblem('B1')).toBe('self');
    expect(emu.errorMessage('B1')).toContain('Not emulated');
  });

  test('a cell without IMPORTRANGE has no import problem', () => {
    const { emu, sheet, teamA } = drive();
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${teamA.getId()}","A1")`);
    expect(emu.importProblem('A1')).toBe('not-allowed');
    sheet.getRange('A1').setValue(5);
    expect(emu.importProblem('A1')).toBeUndefined();
  });
});

describe('stacks', () => {
  test('={IMPORTRANGE(a,…);IMPORTRANGE(b,…)} stacks both teams’ rows', () => {
    const { sheet, teamA, teamB, allow } = drive();
    allow();
    sheet
      .getRange('A2')
      .setFormula(
        `={IMPORTRANGE("${teamA.getUrl()}","${QUOTED}!A2:C4");IMPORTRANGE("${teamB.getUrl()}","${QUOTED}!A2:C3")}`,
      );
    expect(sheet.getRange('A2:C7').getValues()).toEqual([
      ['Revenue', 100, 40],
      ['Deals', 20, 15],
      ['Calls', 300, 310],
      ['Pipeline', 500, 120],
      ['Demos', 40, 12],
      ['', '', ''],
    ]);
    expect(sheet.getLastRow()).toBe(6);
  });

  test("={'Tab A'!A2:C4;'Tab B'!A2:C4} stacks ranges of the same spreadsheet", () => {
    const { emu, sheet } = drive();
    const ss = emu.spreadsheet;
    ss.insertSheet('Tab A')
      .getRange('A2:C3')
      .setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]);
    ss.insertSheet('Tab B')
      .getRange('A2:C2')
      .setValues([[7, 8, 9]]);
    sheet.getRange('A1').setFormula("={'Tab A'!A2:C3;'Tab B'!A2:C2}");
    expect(sheet.getRange('A1:C4').getValues()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      ['', '', ''],
    ]);
  });

  test('a failing IMPORTRANGE inside a stack makes the stack one #REF!', () => {
    const { emu, company, sheet, teamA, teamB } = drive();
    emu.allowImport(company.getId(), teamA.getId());
    sheet
      .getRange('A2')
      .setFormula(
        `={IMPORTRANGE("${teamA.getUrl()}","${QUOTED}!A2:C4");IMPORTRANGE("${teamB.getUrl()}","${QUOTED}!A2:C3")}`,
      );
    expect(sheet.getRange('A2:C6').getValues()).toEqual([
      ['#REF!', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(sheet.getLastRow()).toBe(2);
    expect(emu.importProblem('A2')).toBe('not-allowed');
    expect(emu.errorMessage('A2')).toBe('You need to connect these sheets.');

    emu.allowImport(company.getId(), teamB.getId());
    expect(sheet.getRange('A6:C6').getValues()).toEqual([['Demos', 40, 12]]);
    expect(emu.importProblem('A2')).toBeUndefined();
  });

  test('open-ended imports stack after each other’s blank rows, as in Sheets', () => {
    const { sheet, teamA, teamB, allow } = drive();
    allow();
    // Each A2:C of a 1000-row tab is 999 rows, blank ones included: team B starts at row 1000.
    sheet.insertRowsAfter(1000, 1000);
    sheet
      .getRange('A1')
      .setFormula(
        `={IMPORTRANGE("${teamA.getId()}","${QUOTED}!A2:C");IMPORTRANGE("${teamB.getId()}","${QUOTED}!A2:C")}`,
      );
    expect(sheet.getRange('A3:A4').getValues().flat()).toEqual(['Calls', '']);
    expect(sheet.getRange('A1000:A1001').getValues().flat()).toEqual(['Pipeline', 'Demos']);
  });
});

function emptyBelow(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: string, row: number): boolean {
  return (
    sheet
      .getRange(`${column}${row + 1}:${column}`)
      .getValues()
      .every(([v]) => v === '') && row < 1000
  );
}
