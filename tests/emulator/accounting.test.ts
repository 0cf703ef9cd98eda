// Call accounting: every service call counted by method, simulated latency, fault injection at
// call k, and snapshots that prove a failed operation left the workbook as it was.
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** A small "operation" written like add-on code: it talks only to the global SpreadsheetApp. */
function createTab(name: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet(name);
  try {
    sheet.getRange(1, 1, 2, 2).setValues([
      ['KR', 'Target'],
      ['Revenue', 100],
    ]);
    sheet.getRange('A1:B1').setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.addDeveloperMetadata('okr.tab', name);
  } catch (error) {
    ss.deleteSheet(sheet);
    throw error;
  }
}

describe('counting', () => {
  test('counts each call by Class.method and in total', () => {
    const emu = createEmulator();
    restore = emu.installGlobals();
    createTab('Q1');
    expect(emu.calls.byMethod()).toEqual({
      'Range.setFontWeight': 1,
      'Range.setValues': 1,
      'Sheet.addDeveloperMetadata': 1,
      'Sheet.getRange': 2,
      'Sheet.setFrozenRows': 1,
      'Spreadsheet.insertSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(emu.calls.total()).toBe(8);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
    expect(emu.calls.byMethod()).toEqual({});
  });

  test('the number of calls does not depend on the number of rows written', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    emu.calls.reset();
    sheet.getRange(1, 1, 3, 2).setValues(Array.from({ length: 3 }, () => [1, 2]));
    const small = emu.calls.total();
    emu.calls.reset();
    sheet.getRange(1, 1, 900, 2).setValues(Array.from({ length: 900 }, () => [1, 2]));
    expect(emu.calls.total()).toBe(small);
  });

  test('measure reports the calls, latency and custom function runs of one operation', () => {
    const emu = createEmulator({ latencyMs: 10, customFunctions: { TWICE: (x: unknown) => Number(x) * 2 } });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue(1);
    const m = emu.measure(() => {
      sheet.getRange('B1').setFormula('=TWICE(A1)');
      return sheet.getRange('B1').getValue();
    });
    expect(m.result).toBe(2);
    expect(m.calls).toBe(4);
    expect(m.byMethod).toEqual({ 'Range.getValue': 1, 'Range.setFormula': 1, 'Sheet.getRange': 2 });
    expect(m.simulatedMs).toBe(40);
    expect(m.customFunctionCalls).toEqual({ TWICE: 1 });
    expect(emu.calls.total()).toBe(7); // counters keep running (3 calls before)
  });

  test('latency is simulated per call, not slept', () => {
    const emu = createEmulator({ latencyMs: 50 });
    const started = Date.now();
    const sheet = emu.spreadsheet.getActiveSheet();
    for (let i = 0; i < 10; i++) sheet.getRange(1, 1).getValue();
    expect(emu.calls.total()).toBe(21);
    expect(emu.calls.simulatedMs()).toBe(21 * 50);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('round trips: builders and getters of a fetched range stay in the script, as in Apps Script', () => {
    const emu = createEmulator();
    restore = emu.installGlobals();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(); // 2 round trips
    const range = sheet.getRange('B2:C5'); // 1
    const mark = emu.calls.mark();
    // Geometry of a Range object is known locally.
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 2, 4, 2]);
    expect(range.getA1Notation()).toBe('B2:C5');
    // Builders are local until the built value is applied.
    const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build();
    const format = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(1)
      .setBackground('#ff0000')
      .setRanges([range])
      .build();
    const chart = sheet.newChart().asColumnChart().addRange(range).setPosition(1, 1, 0, 0).build();
    const local = emu.calls.since(mark);
    expect(local.roundTrips).toBe(0);
    expect(local.calls).toBe(19);
    expect(local.serverByMethod).toEqual({});
    // Applying them is one round trip each.
    range.setDataValidation(rule);
    sheet.setConditionalFormatRules([format]);
    sheet.insertChart(chart);
    const applied = emu.calls.since(mark);
    expect(applied.roundTrips).toBe(3);
    expect(applied.serverByMethod).toEqual({
      'Range.setDataValidation': 1,
      'Sheet.insertChart': 1,
      'Sheet.setConditionalFormatRules': 1,
    });
    expect(applied.localByMethod['EmbeddedChartBuilder.build']).toBe(1);
    expect(emu.calls.roundTrips()).toBe(6);
    expect(emu.calls.total()).toBe(3 + 19 + 3);
    expect(emu.calls.byKind('server')).toEqual({
      'Range.setDataValidation': 1,
      'Sheet.getRange': 1,
      'Sheet.insertChart': 1,
      'Sheet.setConditionalFormatRules': 1,
      'Spreadsheet.getActiveSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  test('developer metadata: the search is a round trip, reading what it found is not', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.addDeveloperMetadata('okr.tab', 'kr');
    const mark = emu.calls.mark();
    const found = sheet.createDeveloperMetadataFinder().withKey('okr.tab').find();
    expect(found.map((m) => [m.getKey(), m.getValue()])).toEqual([['okr.tab', 'kr']]);
    expect(emu.calls.since(mark)).toMatchObject({
      calls: 5,
      roundTrips: 1,
      serverByMethod: { 'DeveloperMetadataFinder.find': 1 },
    });
  });

  test('per action: measure and lastAction report the round trips of the last action', () => {
    const emu = createEmulator({ latencyMs: 20 });
    restore = emu.installGlobals();
    const m = emu.measure(() => {
      const range = SpreadsheetApp.getActiveSheet().getRange('A1:B2');
      range.setValues([
        [1, 2],
        [3, 4],
      ]);
      return range.getNumRows();
    });
    expect(m.result).toBe(2);
    expect(m).toMatchObject({ calls: 4, roundTrips: 3, simulatedMs: 60, localByMethod: { 'Range.getNumRows': 1 } });
    expect(emu.calls.lastAction()).toMatchObject({ calls: 4, roundTrips: 3 });
    emu.calls.reset();
    expect(emu.calls.lastAction()).toBeUndefined();
  });

  test('unknown members fail loudly with their name', () => {
    const emu = createEmulator();
    const range = emu.spreadsheet.getActiveSheet().getRange('A1') as unknown as Record<string, () => void>;
    expect(() => range.copyFormatToRange()).toThrow('Not emulated: Range.copyFormatToRange');
    const app = emu.globals.SpreadsheetApp as unknown as Record<string, () => void>;
    expect(() => app.create()).toThrow('Not emulated: SpreadsheetApp.create');
  });
});

describe('fault injection', () => {
  test('call k fails; the operation undoes itself and the snapshot is unchanged', () => {
    const emu = createEmulator();
    restore = emu.installGlobals();
    emu.spreadsheet.getActiveSheet().getRange('A1').setValue('keep me');
    const before = emu.snapshot();
    emu.calls.reset();
    createTab('Probe');
    const steps = emu.calls.total();
    emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName('Probe')!);
    const clean = emu.snapshot();
    expect(clean).toEqual(before);

    for (let k = 1; k <= steps; k++) {
      emu.failAt(k, new Error(`boom at ${k}`));
      expect(() => createTab('Q2')).toThrow(`boom at ${k}`);
      expect(emu.snapshot()).toEqual(before);
    }
  });

  test('a failure after the effect: the write happened, then the call throws', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    emu.failAt(2, new Error('late'), { afterEffect: true });
    const range = sheet.getRange('A1'); // call 1
    expect(() => range.setValue(7)).toThrow('late'); // call 2: written, then thrown
    expect(sheet.getRange('A1').getValue()).toBe(7);
  });

  test('several failures can be planned (one in an operation, one in its undo)', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    emu.failAt(1, new Error('first'));
    emu.failAt(3, new Error('second'));
    expect(() => sheet.getRange('A1')).toThrow('first');
    const range = sheet.getRange('A1');
    expect(() => range.getValue()).toThrow('second');
    expect(range.getValue()).toBe('');
  });

  test('only the k-th call fails, once', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    emu.failAt(2);
    const range = sheet.getRange('A1'); // call 1
    expect(() => range.setValue(1)).toThrow('Injected failure at Range.setValue'); // call 2
    expect(() => range.setValue(2)).not.toThrow(); // call 3
    expect(range.getValue()).toBe(2);
  });

  test('the failing call has no effect', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    const range = sheet.getRange('A1');
    emu.failAt(1, new Error('network'));
    expect(() => range.setValue(5)).toThrow('network');
    expect(range.getValue()).toBe('');
    range.setValue(6);
    expect(range.getValue()).toBe(6);
  });
});

describe('inspection', () => {
  test('snapshots and playground helpers are not counted and never trip an injected failure', () => {
    const emu = createEmulator();
    restore = emu.installGlobals();
    const s = emu.spreadsheet.getActiveSheet();
    s.getRange('A1:A2').setValues([[1], [2]]);
    s.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberLessThan(2)
        .setBackground('#f00')
        .setRanges([s.getRange('A1:A2')])
        .build(),
    ]);
    s.insertChart(s.newChart().addRange(s.getRange('A1:A2')).build());
    s.getRange('B1').setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInRange(s.getRange('A1:A2')).build(),
    );
    emu.calls.reset();
    emu.failAt(1);
    emu.snapshot();
    emu.charts();
    emu.conditionalBackground('Sheet1', 1, 1);
    emu.cellValidationProblem('Sheet1', 1, 2);
    emu.sheetLayout('Sheet1');
    expect(emu.calls.total()).toBe(0);
    expect(() => s.getRange('A1')).toThrow(/Injected failure/);
  });
});

describe('snapshots', () => {
  test('see values, formulas, formats, validations, metadata, charts and properties', () => {
    const emu = createEmulator();
    restore = emu.installGlobals();
    const sheet = emu.spreadsheet.getActiveSheet();
    const base = emu.snapshot();
    const changes: (() => void)[] = [
      () => sheet.getRange('A1').setValue(1),
      () => sheet.getRange('A1').setNumberFormat('0%'),
      () => sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build()),
      () => sheet.addDeveloperMetadata('k', 'v'),
      () => sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:A2')).build()),
      () => PropertiesService.getDocumentProperties().setProperty('a', 'b'),
      () => sheet.setName('Renamed'),
      () => sheet.getRange('B2').setBackground('#ff0000'),
    ];
    let previous = base;
    for (const change of changes) {
      change();
      const next = emu.snapshot();
      expect(next).not.toEqual(previous);
      previous = next;
    }
  });
});
