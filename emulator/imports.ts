// Several spreadsheets in one emulator, and IMPORTRANGE between them. The Drive holds the
// workbooks by id, the "Allow access" given per receiving spreadsheet and source (Sheets asks once
// per pair), and refreshes the receiving workbooks when a source changes, as Sheets does:
// "Any update to the source document will cause all open receiving documents to refresh"
// (https://support.google.com/docs/answer/3093340).
import { CellError, DetailedCellError } from 'hyperformula';
import { parseA1, splitSheetName } from './a1';
import type { ImportResult } from './engine';
import type { SheetData, Workbook, WorkbookDrive } from './workbook';

/**
 * Why an IMPORTRANGE shows #REF!: no such file, access not allowed yet, a range it cannot read, or
 * the spreadsheet itself (which Sheets reads, but the engine cannot read itself mid-calculation).
 */
export type ImportProblem = 'not-found' | 'not-allowed' | 'bad-range' | 'self';

// What Sheets shows in the cell's tooltip (the script only ever sees '#REF!').
export const IMPORT_NOT_FOUND = 'Spreadsheet not found.';
export const IMPORT_NOT_ALLOWED = 'You need to connect these sheets.';
const IMPORT_SELF = 'Not emulated: IMPORTRANGE of the spreadsheet itself (refer to the range directly).';
const badRange = (range: string) => `Unable to parse range: ${range}`;

/**
 * The spreadsheet id IMPORTRANGE reads from its first argument: the id in a Sheets URL
 * (…/spreadsheets/d/<id>/…, also with /u/0/), or the text itself when it could be an id.
 */
export function spreadsheetKey(text: string): string | undefined {
  const trimmed = String(text).trim();
  const inUrl = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(trimmed);
  if (inUrl) return inUrl[1];
  return /^[A-Za-z0-9_-]+$/.test(trimmed) ? trimmed : undefined;
}

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** A range string's tab and cells: "'Q1 · KRs'!A2:C" (to the tab's last row), "A1:B2" (the first tab), a named range. */
function resolveRange(
  book: Workbook,
  text: string,
): { sheet: SheetData; row0: number; col0: number; rows: number; cols: number } | undefined {
  const trimmed = text.trim();
  const named = book.namedRanges.get(trimmed);
  if (named) return { sheet: named.sheet, row0: named.row0, col0: named.col0, rows: named.rows, cols: named.cols };
  const { sheetName, range } = splitSheetName(trimmed);
  const sheet = sheetName === undefined ? book.sheets[0] : book.sheetByName(sheetName);
  if (!sheet || !(A1_CELL.test(range) || A1_SPAN.test(range))) return undefined;
  let ref: ReturnType<typeof parseA1>;
  try {
    ref = parseA1(trimmed);
  } catch (_) {
    return undefined;
  }
  const rowA = ref.startRow ?? 1;
  const colA = ref.startCol ?? 1;
  const rowB = ref.endRow ?? sheet.maxRows;
  const colB = ref.endCol ?? sheet.maxCols;
  const top = Math.min(rowA, rowB);
  const left = Math.min(colA, colB);
  if (top > sheet.maxRows || left > sheet.maxCols) return undefined;
  // A range running past the tab's edge ends there.
  const bottom = Math.min(Math.max(rowA, rowB), sheet.maxRows);
  const right = Math.min(Math.max(colA, colB), sheet.maxCols);
  return { sheet, row0: top - 1, col0: left - 1, rows: bottom - top + 1, cols: right - left + 1 };
}

// A cell (B2) or a span with both ends (A2:C, A:C, 2:5, A1:C10).
const A1_CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const A1_SPAN = /^(?:\$?[A-Za-z]{1,3})?(?:\$?\d+)?:(?:\$?[A-Za-z]{1,3})?(?:\$?\d+)?$/;

export class Drive implements WorkbookDrive {
  readonly books = new Map<string, Workbook>();
  /** Receiving spreadsheet id → the source ids it was allowed to read. */
  private readonly allowed = new Map<string, Set<string>>();
  /** The workbooks refreshed in the current wave of changes (a cycle of imports stops there). */
  private wave: Set<Workbook> | undefined;

  add(book: Workbook): void {
    if (this.books.has(book.id)) throw new Error(`A spreadsheet with the id ${book.id} already exists.`);
    this.books.set(book.id, book);
    // Formulas that named this id before it existed can read it now.
    this.changed(book);
  }

  remove(id: string): void {
    const book = this.books.get(id);
    if (!book) return;
    this.books.delete(id);
    this.changed(book);
  }

  isAllowed(target: string, source: string): boolean {
    return this.allowed.get(target)?.has(source) ?? false;
  }

  /** "Allow access" (or its withdrawal) for `target` reading `source`; `target` re-reads. */
  allow(target: string, source: string, allowed: boolean): void {
    let sources = this.allowed.get(target);
    if (!sources) {
      sources = new Set();
      this.allowed.set(target, sources);
    }
    if (allowed) sources.add(source);
    else sources.delete(source);
    const book = this.books.get(target);
    if (book?.importsFrom(source, spreadsheetKey)) book.refreshImports();
  }

  importRange(target: Workbook, spreadsheet: string, range: string): ImportResult {
    const id = spreadsheetKey(spreadsheet);
    const book = id === undefined ? undefined : this.books.get(id);
    if (!book) return { error: 'not-found', message: IMPORT_NOT_FOUND };
    if (book === target) return { error: 'self', message: IMPORT_SELF };
    if (!this.isAllowed(target.id, book.id)) return { error: 'not-allowed', message: IMPORT_NOT_ALLOWED };
    const at = resolveRange(book, String(range));
    if (!at) return { error: 'bad-range', message: badRange(String(range)) };
    const raw = book.hf.getRangeValues({
      start: { sheet: at.sheet.hfId, row: at.row0, col: at.col0 },
      end: { sheet: at.sheet.hfId, row: at.row0 + at.rows - 1, col: at.col0 + at.cols - 1 },
    }) as unknown[][];
    const values = raw.map((line) =>
      line.map((v) => (v instanceof DetailedCellError ? new CellError(v.type, v.message) : v)),
    );
    return { values, isDate: (r, c) => book.isDateValue(at.sheet, at.row0 + r, at.col0 + c) };
  }

  /**
   * After a change of `source`: the workbooks whose IMPORTRANGE read it read it again, and so on
   * down the chain. Each workbook is refreshed at most once per change, so a cycle of imports
   * (which Sheets advises against) settles after one round.
   */
  changed(source: Workbook): void {
    if (this.books.size < 2) return;
    const outer = this.wave === undefined;
    const wave = this.wave ?? new Set<Workbook>();
    this.wave = wave;
    try {
      for (const book of this.books.values()) {
        if (book === source || wave.has(book) || !book.importsFrom(source.id, spreadsheetKey)) continue;
        wave.add(book);
        book.refreshImports();
      }
    } finally {
      if (outer) this.wave = undefined;
    }
  }
}
