// How custom-function arguments arrive and results leave: Sheets passes a range as a 2-D array
// (rows of cells) and a single cell as a plain value; a 2-D array returned spills into the sheet.
import { PROBLEM_MARK } from '../core/cells';
import { OkrInputError } from '../core/errors';

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
      throw new Error(`${name} must be a rectangular range: every row needs the same number of cells.`);
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
export function resultShape(fn: string, main: Arg, others: readonly Arg[]): Shape {
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
      throw new Error(
        `${fn}: ${a.name} has ${size(a.rows, a.cols)} but ${other} has ${size(rows, cols)}. Use ranges of the same size, or a single value for ${a.name}.`,
      );
    }
  }
  return { rows, cols, range: mainIsRange || rows * cols > 1 };
}

function size(rows: number, cols: number): string {
  const r = `${rows} row${rows === 1 ? '' : 's'}`;
  return cols === 1 ? r : `${r} × ${cols} columns`;
}

/**
 * Compute every cell of the result. A bad row (an OkrInputError) shows a short explanation in its
 * cell while the others still compute; with a single result cell the error is thrown instead, so
 * Sheets shows the full message.
 */
export function mapCells(fn: string, shape: Shape, compute: (r: number, c: number) => unknown): unknown {
  if (shape.rows * shape.cols === 1) {
    let value: unknown;
    try {
      value = compute(0, 0);
    } catch (e) {
      throw asUserError(fn, e);
    }
    return shape.range ? [[value]] : value;
  }
  const out: unknown[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: unknown[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      try {
        row[c] = compute(r, c);
      } catch (e) {
        if (!(e instanceof OkrInputError)) throw e;
        row[c] = PROBLEM_MARK + e.short;
      }
    }
    out[r] = row;
  }
  return out;
}

/** The Error Sheets shows for a failed single-value call: the function's name and what to fix. */
export function asUserError(fn: string, e: unknown): Error {
  if (e instanceof OkrInputError) return new Error(`${fn}: ${e.message}`);
  return e instanceof Error ? e : new Error(`${fn}: ${String(e)}`);
}
