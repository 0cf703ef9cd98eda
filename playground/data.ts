// Data a user brings into the workbook without the add-on: a block pasted from another
// spreadsheet (tab-separated text, as Sheets and Excel put it on the clipboard) and a CSV file
// imported as a new tab (File → Import → "Insert new sheet(s)"). Both go through the emulator's
// typed-input parsing, so every cell becomes what Sheets makes of it in the spreadsheet's locale
// ("1.234,5" a number in a German workbook, "$1,234" a currency-formatted number, "7/15/2027" a
// date). Used by POST /api/paste, POST /api/import, the page and the sample's deals tab.
import { parseCsv } from '../src/core/deals/csv';
import type { Addon } from './runtime';

/** A request the playground refuses, naming the field that is wrong (answered with 400). */
export class BadRequestError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'BadRequestError';
  }
}

/** The longest tab name Sheets accepts. */
const MAX_TAB_NAME = 100;

function requireText(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') {
    throw new BadRequestError(field, `expected a string, got ${value === undefined ? 'nothing' : typeof value}.`);
  }
  return value;
}

function tabNamed(addon: Addon, name: string): GoogleAppsScript.Spreadsheet.Sheet | undefined {
  // Sheets' tab names are unique regardless of case.
  const lower = name.toLowerCase();
  return addon.emulator.spreadsheet.getSheets().find((s) => s.getName().toLowerCase() === lower);
}

/**
 * Tab-separated text as a block of cells. Spreadsheets quote a cell that holds a tab, a line
 * break or a quote when they copy it, as CSV does, so the CSV reader splits it too.
 */
export function cellsOfPastedText(text: string): string[][] {
  return parseCsv(text.replace(/\r?\n$/, ''), '\t').rows;
}

/** Pastes tab-separated text at `a1` of tab `sheet`, as Ctrl+V in Sheets does. */
export function pasteText(addon: Addon, body: Record<string, unknown>): void {
  const sheetName = requireText(body, 'sheet');
  const a1 = requireText(body, 'a1');
  const text = requireText(body, 'text');
  const tab = tabNamed(addon, sheetName);
  if (!tab) throw new BadRequestError('sheet', `there is no tab “${sheetName}”.`);
  if (!/^[A-Za-z]{1,3}[1-9]\d*$/.test(a1)) throw new BadRequestError('a1', `“${a1}” is not a cell such as B2.`);
  const cells = cellsOfPastedText(text);
  if (cells.length === 0) throw new BadRequestError('text', 'there is nothing to paste.');
  addon.emulator.pasteInputs(tab.getName(), a1, cells);
}

/**
 * Imports CSV text as a new tab named `name` at the end of the workbook and opens it, as Sheets'
 * import does with "Insert new sheet(s)" and "Convert text to numbers, dates, and formulas".
 * The delimiter is sniffed, a byte-order mark dropped, quoted cells kept whole. An existing
 * tab is never replaced; a failure half way removes the new tab again.
 */
export function importCsv(addon: Addon, body: Record<string, unknown>): GoogleAppsScript.Spreadsheet.Sheet {
  const name = requireText(body, 'name').trim();
  const csv = requireText(body, 'csv');
  if (name === '') throw new BadRequestError('name', 'the new tab needs a name.');
  if (name.length > MAX_TAB_NAME)
    throw new BadRequestError('name', `a tab name has at most ${MAX_TAB_NAME} characters.`);
  const existing = tabNamed(addon, name);
  if (existing) {
    throw new BadRequestError('name', `a tab named “${existing.getName()}” already exists: choose another name.`);
  }
  const { rows } = parseCsv(csv);
  if (rows.length === 0 || rows.every((row) => row.every((cell) => cell === ''))) {
    throw new BadRequestError('csv', 'the CSV text holds no cells.');
  }
  const spreadsheet = addon.emulator.spreadsheet;
  const active = spreadsheet.getActiveSheet();
  const tab = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  try {
    addon.emulator.pasteInputs(name, 'A1', rows);
  } catch (error) {
    spreadsheet.deleteSheet(tab);
    active.activate();
    throw error;
  }
  tab.activate();
  return tab;
}
