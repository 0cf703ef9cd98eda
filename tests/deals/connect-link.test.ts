// Connecting a pasted CRM export and linking key results to its metrics, through the endpoints the
// sidebar calls, on the emulated workbook. Expected values come from the generator's own record of
// each deal (its truth before any export format), not from the add-on's reading of the export.
import { afterEach, describe, expect, it } from 'vitest';
import { type GeneratedDeal, generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import {
  connectDeals,
  createPeriod,
  getKeyResultDetails,
  getSidebarState,
  inspectDeals,
  linkKeyResult,
  recordSnapshot,
} from '../../src/server/endpoints';
import { newWorkbook, Q1, type Workbook } from '../quarter/helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

const Q1_START = Date.UTC(2027, 0, 1);
const Q2_START = Date.UTC(2027, 3, 1);

/** A tab holding an export as a user's paste leaves it (the sheet converts what its locale reads). */
function pasteExport(w: Workbook, name: string, csv: string): void {
  const grid = rectangular(parseCsv(csv).rows);
  const sheet = w.ss.insertSheet(name);
  if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < grid[0].length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), grid[0].length - sheet.getMaxColumns());
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
}

/** Won revenue closed in Q1 2027, by the generator's record. */
function wonInQ1(deals: GeneratedDeal[], keep: (deal: GeneratedDeal) => boolean = () => true): number {
  return deals
    .filter((d) => keep(d) && d.outcome === 'won' && d.closed.getTime() >= Q1_START && d.closed.getTime() < Q2_START)
    .reduce((sum, d) => sum + d.amount, 0);
}

function newQuarterWithExamples(): void {
  createPeriod({ period: Q1, team: 'EMEA', startFrom: 'examples', language: 'en' });
}

describe('a Salesforce report pasted into an en_US workbook', () => {
  it('is detected, connected without helper columns, and a KR linked to won revenue by owner in 5 requests', () => {
    wb = newWorkbook();
    const generated = generateExport('salesforce', { rows: 1_200 });
    pasteExport(wb, 'Deals', generated.csv);
    const seen = inspectDeals('Deals');
    expect(seen).toMatchObject({ tab: 'Deals', crm: 'salesforce', headerRow: 1, complete: true, connected: false });
    expect(seen.deals).toBe(1_200);
    expect(seen.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['amount', 'closeDate', 'stage', 'owner']));
    expect(seen.stages.find((s) => s.stage === 'Closed Won')?.outcome).toBe('won');

    const connected = connectDeals({ tab: 'Deals' });
    expect(connected).toMatchObject({ connected: true, helperColumns: 0 });
    expect(inspectDeals('Deals').connected).toBe(true);

    newQuarterWithExamples();
    const kr = getKeyResultDetails('Q1 2027', 'O1.1');
    const w = wb;
    const mark = w.emu.calls.mark();
    const link = linkKeyResult({
      periodLabel: 'Q1 2027',
      krId: 'O1.1',
      row: kr.row,
      metric: { kind: 'wonRevenue' },
      filters: { owner: 'Anna Schmidt' },
    });
    expect(w.emu.calls.since(mark).roundTrips).toBeLessThanOrEqual(5);
    const sheet = w.ss.getSheetByName('Q1 2027 · Key results') as GoogleAppsScript.Spreadsheet.Sheet;
    const cell = sheet.getRange(`${link.column}${link.row}`);
    expect(cell.getFormula()).toBe(link.formula);
    expect(link.formula).toContain('Anna Schmidt');
    const expected = wonInQ1(generated.deals, (d) => d.owner === 'Anna Schmidt');
    expect(expected).toBeGreaterThan(0);
    expect(cell.getValue()).toBeCloseTo(expected, 6);
    // The sidebar reads the linked value without any check-in.
    expect(getKeyResultDetails('Q1 2027', 'O1.1').current).toBeCloseTo(expected, 6);
  });
});

describe('a German HubSpot export pasted into an en_US workbook', () => {
  it('gets a parsed amount column, rewritten in place when connected again, and the metric still adds up', () => {
    wb = newWorkbook();
    const generated = generateExport('hubspot-de', { rows: 600 });
    pasteExport(wb, 'HubSpot', generated.csv);
    const width = rectangular(parseCsv(generated.csv).rows)[0].length;
    const connected = connectDeals({ tab: 'HubSpot' });
    // "45.213,82" stays text in an en_US sheet (its dates, 12.01.2027, are read as days): the
    // amounts get a parsed column right of the export.
    expect(connected.helperColumns).toBe(1);
    const sheet = wb.ss.getSheetByName('HubSpot') as GoogleAppsScript.Spreadsheet.Sheet;
    const column = sheet.getRange(1, width + 1, 3, 1).getValues();
    expect(column[0][0]).toBe('Amount (read by the OKR add-on)');
    expect(typeof column[1][0]).toBe('number');
    connectDeals({ tab: 'HubSpot' });
    expect(sheet.getLastColumn()).toBe(width + 1);

    newQuarterWithExamples();
    const link = linkKeyResult({ periodLabel: 'Q1 2027', krId: 'O1.1', metric: { kind: 'wonRevenue' } });
    const keySheet = wb.ss.getSheetByName('Q1 2027 · Key results') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(keySheet.getRange(`${link.column}${link.row}`).getValue()).toBeCloseTo(wonInQ1(generated.deals), 6);
  });
});

describe('weekly values of linked key results', () => {
  it('records one check-in per linked key result in one write, and none before any is linked', () => {
    wb = newWorkbook();
    const generated = generateExport('salesforce', { rows: 300 });
    pasteExport(wb, 'Deals', generated.csv);
    connectDeals({ tab: 'Deals' });
    newQuarterWithExamples();
    expect(getSidebarState().dataSnapshot?.due).toBe(true);
    expect(recordSnapshot('Q1 2027').krIds).toEqual([]);
    const log = wb.ss.getSheetByName('Q1 2027 · Check-ins') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(log.getLastRow()).toBe(1);

    linkKeyResult({ periodLabel: 'Q1 2027', krId: 'O1.1', metric: { kind: 'wonRevenue' } });
    linkKeyResult({ periodLabel: 'Q1 2027', krId: 'O2.1', metric: { kind: 'dealsWon' } });
    // The sidebar offers to record them: never recorded yet.
    expect(getSidebarState().dataSnapshot).toEqual({ tab: 'Deals', lastRecorded: null, due: true });
    const w = wb;
    const mark = w.emu.calls.mark();
    const recorded = recordSnapshot('Q1 2027');
    expect(getSidebarState().dataSnapshot).toEqual({ tab: 'Deals', lastRecorded: recorded.date, due: false });
    expect(w.emu.calls.since(mark).byMethod['Range.setValues']).toBe(1);
    expect(recorded).toMatchObject({ periodLabel: 'Q1 2027', krIds: ['O1.1', 'O2.1'] });
    const rows = log.getRange(2, 1, 2, 7).getValues();
    // Today, in the spreadsheet's time zone, on every row.
    expect(rows.map((r) => (r[0] as Date).toISOString().slice(0, 10))).toEqual([recorded.date, recorded.date]);
    expect(rows.map((r) => r[1])).toEqual(['O1.1', 'O2.1']);
    expect(rows[0][2]).toBeCloseTo(wonInQ1(generated.deals), 6);
    expect(rows[0][4]).toBe('Recorded from the linked data');
    // The log's progress is the KR's own evaluation of that value.
    expect(rows[0][6]).toBeCloseTo(getKeyResultDetails('Q1 2027', 'O1.1').progress as number, 9);
  });
});

describe('a Pipedrive export in several currencies', () => {
  it('connects, and asks which currency before adding amounts up', () => {
    wb = newWorkbook();
    const generated = generateExport('pipedrive', { rows: 500, mixedCurrencies: true });
    pasteExport(wb, 'Pipedrive', generated.csv);
    const connected = connectDeals({ tab: 'Pipedrive' });
    expect(connected.currencies.length).toBeGreaterThan(1);
    newQuarterWithExamples();
    const request = { periodLabel: 'Q1 2027', krId: 'O1.1', metric: { kind: 'wonRevenue' as const } };
    expect(() => linkKeyResult(request)).toThrow(/several currencies \(.*EUR.*\): choose the one/);
    // Counting deals adds no amounts: no currency needed.
    linkKeyResult({ ...request, metric: { kind: 'dealsWon' } });
    const link = linkKeyResult({ ...request, filters: { currency: 'EUR' } });
    const sheet = wb.ss.getSheetByName('Q1 2027 · Key results') as GoogleAppsScript.Spreadsheet.Sheet;
    const expected = wonInQ1(generated.deals, (d) => d.currency === 'EUR');
    expect(expected).toBeGreaterThan(0);
    expect(sheet.getRange(`${link.column}${link.row}`).getValue()).toBeCloseTo(expected, 6);
  });
});

describe('bad deals input', () => {
  it('names the cell and writes nothing until the mapping is complete', () => {
    wb = newWorkbook();
    wb.ss.insertSheet('Empty');
    expect(inspectDeals('Empty')).toMatchObject({ complete: false, problems: [{ key: 'dealsEmptyTab' }] });
    const before = wb.emu.snapshot();
    expect(() => connectDeals({ tab: 'Empty' })).toThrow(/Nothing was connected yet: The tab is empty/);
    expect(wb.emu.snapshot()).toEqual(before);

    // A stage the add-on does not know: said with its cell, then settled by the user's choice.
    const generated = generateExport('salesforce', { rows: 300 });
    pasteExport(wb, 'Deals', generated.csv.replace('"Negotiation/Review"', '"Handshake"'));
    const seen = inspectDeals('Deals');
    expect(seen.complete).toBe(false);
    const unknown = seen.problems.find((p) => p.key === 'dealsUnmappedStage');
    expect(unknown?.text).toContain('Handshake');
    expect(unknown?.cell).toMatch(/^'Deals'!D\d+$/);
    expect(seen.stages.find((s) => s.stage === 'Handshake')?.outcome).toBeNull();
    expect(() => connectDeals({ tab: 'Deals' })).toThrow(/Handshake/);
    expect(inspectDeals('Deals', { stages: { Handshake: 'open' } }).complete).toBe(true);
  });

  it('refuses links without a connected tab, without a quota, or with a quota of 0', () => {
    wb = newWorkbook();
    newQuarterWithExamples();
    const request = { periodLabel: 'Q1 2027', krId: 'O1.1', metric: { kind: 'wonRevenue' as const } };
    expect(() => linkKeyResult(request)).toThrow(/No deals tab is connected yet/);
    pasteExport(wb, 'Deals', generateExport('salesforce', { rows: 200 }).csv);
    connectDeals({ tab: 'Deals' });
    expect(() => linkKeyResult({ ...request, metric: { kind: 'quotaAttainment' } })).toThrow(/give the cell/);
    wb.ss.insertSheet('Targets').getRange('B2').setValue(0);
    expect(() => linkKeyResult({ ...request, metric: { kind: 'quotaAttainment', quotaCell: "'Targets'!B2" } })).toThrow(
      /The quota in 'Targets'!B2 is “0”/,
    );
    (wb.ss.getSheetByName('Targets') as GoogleAppsScript.Spreadsheet.Sheet).getRange('B2').setValue(500_000);
    const link = linkKeyResult({ ...request, metric: { kind: 'quotaAttainment', quotaCell: "'Targets'!B2" } });
    expect(link.formula).toContain("'Targets'!B2");
  });
});
