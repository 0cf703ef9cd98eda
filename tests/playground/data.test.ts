// Pasting a block and importing a CSV file over the playground's HTTP API: cells parsed as Sheets
// parses typed input in the spreadsheet's locale, tabs grown and created as Sheets does, existing
// tabs never replaced, and bad requests answered 400 with the field that is wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../playground/server';
import type { SheetView, WorkbookView } from '../../playground/view';

const NOW = new Date('2026-11-23T10:00:00Z');

type Answer = WorkbookView & { error?: { name: string; message: string; field?: string } };

async function post(playground: Playground, path: string, body: unknown): Promise<{ status: number; json: Answer }> {
  const response = await fetch(new URL(path, playground.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Answer };
}

function tabOf(view: WorkbookView, name: string): SheetView {
  const tab = view.sheets.find((s) => s.name === name);
  if (!tab) throw new Error(`no tab ${name} in ${view.sheets.map((s) => s.name).join(', ')}`);
  return tab;
}

function values(playground: Playground, sheet: string, a1: string): unknown[][] {
  return playground.addon().emulator.spreadsheet.getSheetByName(sheet)!.getRange(a1).getValues();
}

describe('POST /api/paste and /api/import in an en_US workbook', () => {
  let playground: Playground;
  beforeAll(async () => {
    playground = await startPlayground({ port: 0, now: NOW, empty: true, timeZone: 'Etc/UTC' });
  });
  afterAll(() => playground?.close());

  it('pastes tab-separated text at a cell, each cell parsed as typed input', async () => {
    const text =
      'Deal\tAmount\tClose date\tProbability\tWon\r\nAcme\t$1,234\t7/15/2027\t45%\tTRUE\r\n"Line\none"\t2.5\t2027-01-31\t\tno\r\n';
    const { status, json } = await post(playground, '/api/paste', { sheet: 'Sheet1', a1: 'B2', text });
    expect(status).toBe(200);
    const tab = tabOf(json, 'Sheet1');
    expect(tab.cells[1][1].display).toBe('Deal');
    expect(tab.cells[2][2]).toMatchObject({ display: '$1,234.00', kind: 'number' });
    expect(tab.cells[2][3]).toMatchObject({ display: '7/15/2027', kind: 'date' });
    expect(tab.cells[2][4]).toMatchObject({ display: '45%', kind: 'number' });
    expect(tab.cells[2][5]).toMatchObject({ kind: 'boolean' });
    const [deal, amount, close, probability, won] = values(playground, 'Sheet1', 'B3:F3')[0];
    expect([deal, amount, probability, won]).toEqual(['Acme', 1234, 0.45, true]);
    expect((close as Date).toISOString()).toBe('2027-07-15T00:00:00.000Z');
    // A quoted cell keeps its line break; text stays text.
    expect(values(playground, 'Sheet1', 'B4:F4')[0]).toEqual(['Line\none', 2.5, expect.any(Date), '', 'no']);
  });

  it('overwrites what was there, formulas included, as Sheets does, and recomputes', async () => {
    await post(playground, '/api/cell', { sheet: 'Sheet1', a1: 'H1', input: '=SUM(C3:C4)' });
    expect(values(playground, 'Sheet1', 'H1')[0][0]).toBe(1236.5);
    const { json } = await post(playground, '/api/paste', { sheet: 'Sheet1', a1: 'C3', text: '1000\n' });
    expect(tabOf(json, 'Sheet1').cells[0][7].display).toBe('1002.5');
    await post(playground, '/api/paste', { sheet: 'Sheet1', a1: 'H1', text: 'total' });
    expect(playground.addon().emulator.spreadsheet.getSheetByName('Sheet1')!.getRange('H1').getFormula()).toBe('');
    expect(values(playground, 'Sheet1', 'H1')[0][0]).toBe('total');
  });

  it('grows the tab when the block runs past its last row and column', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `${i + 1}\t${'x'.repeat(3)}`).join('\n');
    const { status } = await post(playground, '/api/paste', { sheet: 'Sheet1', a1: 'Z2', text: rows });
    expect(status).toBe(200);
    const sheet = playground.addon().emulator.spreadsheet.getSheetByName('Sheet1')!;
    expect(sheet.getMaxRows()).toBe(1201);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange('Z1201:AA1201').getValues()).toEqual([[1200, 'xxx']]);
  });

  it('imports a CSV file as a new tab: BOM dropped, quotes handled, values parsed, the tab opened', async () => {
    const csv =
      '\uFEFF"Opportunity Name","Amount","Close Date","Note"\r\n' +
      '"Acme, Inc. – Renewal","$12,345.50","1/31/2027","said ""yes"""\r\n' +
      '"Globex","$900","2/1/2027","two\r\nlines"\r\n';
    const { status, json } = await post(playground, '/api/import', { name: 'Deals', csv });
    expect(status).toBe(200);
    const view = json;
    expect(view.sheets.map((s) => s.name).at(-1)).toBe('Deals');
    expect(view.activeSheet).toBe('Deals');
    const tab = tabOf(view, 'Deals');
    expect(tab.cells[0].slice(0, 4).map((c) => c.display)).toEqual([
      'Opportunity Name',
      'Amount',
      'Close Date',
      'Note',
    ]);
    expect(tab.cells[1][1]).toMatchObject({ display: '$12,345.50', kind: 'number' });
    expect(tab.cells[1][2]).toMatchObject({ display: '1/31/2027', kind: 'date' });
    expect(values(playground, 'Deals', 'A2:D3')).toEqual([
      ['Acme, Inc. – Renewal', 12345.5, expect.any(Date), 'said "yes"'],
      ['Globex', 900, expect.any(Date), 'two\r\nlines'],
    ]);
  });

  it('refuses a tab name that exists (in any case) and leaves the workbook as it was', async () => {
    const before = playground.addon().emulator.snapshot();
    for (const name of ['Deals', 'deals', 'Sheet1']) {
      const { status, json } = await post(playground, '/api/import', { name, csv: 'a,b\n1,2\n' });
      expect(status).toBe(400);
      expect(json.error?.field).toBe('name');
      expect(json.error?.message).toMatch(/^name: a tab named “(Deals|Sheet1)” already exists/);
    }
    expect(playground.addon().emulator.snapshot()).toEqual(before);
  });

  it('answers a bad payload with 400 and a message naming the field', async () => {
    const cases: [string, unknown, string][] = [
      ['/api/paste', { a1: 'A1', text: 'x' }, 'sheet'],
      ['/api/paste', { sheet: 'Nope', a1: 'A1', text: 'x' }, 'sheet'],
      ['/api/paste', { sheet: 'Sheet1', a1: 'A0', text: 'x' }, 'a1'],
      ['/api/paste', { sheet: 'Sheet1', a1: 'A1:B2', text: 'x' }, 'a1'],
      ['/api/paste', { sheet: 'Sheet1', a1: 'A1', text: 42 }, 'text'],
      ['/api/paste', { sheet: 'Sheet1', a1: 'A1', text: '' }, 'text'],
      ['/api/paste', [1, 2], 'body'],
      ['/api/import', { csv: 'a,b' }, 'name'],
      ['/api/import', { name: '  ', csv: 'a,b' }, 'name'],
      ['/api/import', { name: 'x'.repeat(101), csv: 'a,b' }, 'name'],
      ['/api/import', { name: 'Empty' }, 'csv'],
      ['/api/import', { name: 'Empty', csv: '\r\n' }, 'csv'],
    ];
    const before = playground.addon().emulator.snapshot();
    for (const [path, body, field] of cases) {
      const { status, json } = await post(playground, path, body);
      expect({ path, body, status, field: json.error?.field }).toEqual({ path, body, status: 400, field });
      expect(json.error?.message.startsWith(`${field}: `)).toBe(true);
    }
    expect(playground.addon().emulator.snapshot()).toEqual(before);
    const notJson = await post(playground, '/api/paste', '{not json');
    expect(notJson.status).toBe(400);
    expect(notJson.json.error?.message).toMatch(/not JSON/);
  });
});

describe('POST /api/paste and /api/import in a de_DE workbook', () => {
  let playground: Playground;
  beforeAll(async () => {
    playground = await startPlayground({ port: 0, now: NOW, empty: true, locale: 'de_DE', timeZone: 'Etc/UTC' });
  });
  afterAll(() => playground?.close());

  it('reads German numbers, dates and booleans as Sheets does in that locale', async () => {
    const sheet = playground.addon().emulator.spreadsheet.getSheets()[0].getName();
    const { status, json } = await post(playground, '/api/paste', {
      sheet,
      a1: 'A1',
      text: '1.234,5\t31.01.2027\tWAHR\t12,5 %\t1,234.5\n',
    });
    expect(status).toBe(200);
    const [number, date, flag, percent, english] = values(playground, sheet, 'A1:E1')[0];
    expect([number, flag, percent, english]).toEqual([1234.5, true, 0.125, '1,234.5']);
    expect((date as Date).toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(tabOf(json, sheet).cells[0][0]).toMatchObject({ display: '1234,5', kind: 'number' });
  });

  it('imports a semicolon-separated German export with its BOM', async () => {
    const csv =
      '\uFEFFDeal-Name;Betrag;Abschlussdatum\r\n"Acme; Verlängerung";1.234,5;31.01.2027\r\nGlobex;900;1.2.2027\r\n';
    const { status, json } = await post(playground, '/api/import', { name: 'Deals', csv });
    expect(status).toBe(200);
    expect(tabOf(json, 'Deals').cells[0][0].display).toBe('Deal-Name');
    const rows = values(playground, 'Deals', 'A2:C3');
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Acme; Verlängerung', 1234.5],
      ['Globex', 900],
    ]);
    expect((rows[1][2] as Date).toISOString()).toBe('2027-02-01T00:00:00.000Z');
  });
});
