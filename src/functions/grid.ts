// How custom-function arguments arrive and results leave: Sheets passes a range as a 2-D array
// (rows of cells) and a single cell as a plain value; a 2-D array returned spills into the sheet.
import { PROBLEM_MARK } from '../core/cells';
import { OkrInputError } from '../core/errors';
import { InputProblem } from '../core/problems';
import type { Language } from '../core/types';

/** One argument, ready for cell-by-cell access with broadcasting. */
export interface Arg {
  name: string;
  /** The cells of a range; null for a single value. */
  cells: readonly (readonly unknown[])[] | null;
  /** The single value (when cells is null). */
  value: unknown;
  rows: number;
  cols: number;
}

export function arg(name: string, value: unknown): Arg {
  if (!Array.isArray(value)) return { name, cells: null, value, rows: 1, cols: 1 };
  if (value.length === 0) return { name, cells: null, value: '', rows: 1, cols: 1 };
  // A flat array (from JavaScript callers) is read as a column.
  const cells = Array.isArray(value[0]) ? (value as unknown[][]) : value.map((v) => [v]);
  const cols = cells[0].length;
  for (const row of cells) {
    if (!Array.isArray(row) || row.length !== cols) {
      throw new InputProblem('sizeMismatch', {
        arg: name,
        text: `1×${Array.isArray(row) ? row.length : 1}`,
        other: name,
        value: `1×${cols}`,
      });
    }
  }
  if (cols === 0) return { name, cells: null, value: '', rows: 1, cols: 1 };
  return { name, cells, value: undefined, rows: cells.length, cols };
}

/** The value of `a` at (r, c) of the result: single values and 1-wide ranges are broadcast. */
export function at(a: Arg, r: number, c: number): unknown {
  if (a.cells === null) return a.value;
  return a.cells[a.rows === 1 ? 0 : r][a.cols === 1 ? 0 : c];
}

export interface Shape {
  rows: number;
  cols: number;
  /** True when the main argument is a range: the result is then a 2-D array even for one cell. */
  range: boolean;
}

/**
 * The result's shape: that of the main argument when it is a range, else the common shape of
 * the other ranges. Every other range must match it or be one row or column wide (broadcast).
 */
export function resultShape(main: Arg, others: readonly Arg[]): Shape {
  let rows = main.rows;
  let cols = main.cols;
  let rowsFrom = main.name;
  let colsFrom = main.name;
  const mainIsRange = main.cells !== null;
  if (!mainIsRange) {
    for (const a of others) {
      if (a.rows > 1 && rows === 1) {
        rows = a.rows;
        rowsFrom = a.name;
      }
      if (a.cols > 1 && cols === 1) {
        cols = a.cols;
        colsFrom = a.name;
      }
    }
  }
  for (const a of others) {
    if ((a.rows !== 1 && a.rows !== rows) || (a.cols !== 1 && a.cols !== cols)) {
      const other = a.rows !== 1 && a.rows !== rows ? rowsFrom : colsFrom;
      throw new InputProblem('sizeMismatch', {
        arg: a.name,
        text: size(a.rows, a.cols),
        other,
        value: size(rows, cols),
      });
    }
  }
  return { rows, cols, range: mainIsRange || rows * cols > 1 };
}

/** Rows × columns, the same in every language. */
function size(rows: number, cols: number): string {
  return `${rows}×${cols}`;
}

/**
 * Compute every cell of the result. A bad row (an OkrInputError) shows a short explanation in its
 * cell, in that row's language, while the others still compute; with a single result cell the
 * error is thrown instead (see `run`), so Sheets shows it as the cell's error. The row needs no
 * number: the text stands in the row it is about.
 */
export function mapCells(
  shape: Shape,
  compute: (r: number, c: number) => unknown,
  languageAt: (r: number, c: number) => Language = () => 'en',
): unknown {
  if (shape.rows * shape.cols === 1) {
    const value = compute(0, 0);
    return shape.range ? [[value]] : value;
  }
  const out: unknown[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: unknown[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      try {
        row[c] = compute(r, c);
      } catch (e) {
        row[c] = problemCell(e, languageAt(r, c));
      }
    }
    out[r] = row;
  }
  return out;
}

/** A result cell for an input problem ("⚠ target “abc” is not a number. …"); other errors are bugs and go on. */
export function problemCell(e: unknown, language: Language): string {
  if (e instanceof InputProblem) return PROBLEM_MARK + e.in(language);
  if (e instanceof OkrInputError) return PROBLEM_MARK + e.short;
  throw e;
}

/**
 * Runs a custom function's body: an input problem that concerns the whole call (or its only
 * cell) becomes the Error Sheets shows, with the function's name, in the call's language.
 */
export function run(fn: string, language: Language, body: () => unknown): unknown {
  try {
    return body();
  } catch (e) {
    throw asUserError(fn, e, language);
  }
}

/** The Error Sheets shows for a failed call: the function's name and what to fix. */
export function asUserError(fn: string, e: unknown, language: Language = 'en'): Error {
  if (e instanceof InputProblem) return new Error(`${fn}: ${e.in(language)}`);
  if (e instanceof OkrInputError) return new Error(`${fn}: ${e.message}`);
  return e instanceof Error ? e : new Error(`${fn}: ${String(e)}`);
}
