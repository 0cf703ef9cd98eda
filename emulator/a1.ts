// A1 notation: column letters, cell and range references, and formula rewrites (typed locale
// separators, copied references). Open-ended ranges such as A2:A are ranges.ts's.

export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed A1 reference, 1-based; a missing bound means "to the edge of the sheet". */
export interface A1Reference {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

/** Splits "'My tab'!A1:B2" into sheet name and range part. */
export function splitSheetName(ref: string): { sheetName?: string; range: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { range: ref };
  let sheetName = ref.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  return { sheetName, range: ref.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function parseA1(ref: string): A1Reference {
  const { sheetName, range } = splitSheetName(ref.trim());
  const [first, second] = range.split(':');
  const a = CELL.exec(first ?? '');
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw new Error(`Range not found: ${ref}`);
  const result: A1Reference = { sheetName };
  if (a[1]) result.startCol = columnNumber(a[1]);
  if (a[2]) result.startRow = Number(a[2]);
  if (b[1]) result.endCol = columnNumber(b[1]);
  if (b[2]) result.endRow = Number(b[2]);
  // "A:B" spans all rows, "1:2" all columns, "A2:B" from row 2 to the last row.
  if (result.startRow === undefined) result.startRow = 1;
  if (result.startCol === undefined) result.startCol = 1;
  if (result.startRow === 0 || result.startCol === 0) throw new Error(`Range not found: ${ref}`);
  return result;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  const start = `${columnLetters(col)}${row}`;
  if (rows === 1 && cols === 1) return start;
  return `${start}:${columnLetters(col + cols - 1)}${row + rows - 1}`;
}

/** Applies `rewrite` to the parts of a formula outside string literals and quoted sheet names. */
function outsideLiterals(formula: string, rewrite: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      out += rewrite(code);
      code = '';
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  return out + rewrite(code);
}

/**
 * A formula as typed in a locale with decimal commas (=ROUND(A1;1)+0,5) in the form Apps Script
 * stores and returns (=ROUND(A1,1)+0.5). Function names are English in every locale.
 */
export function typedFormulaToEnglish(formula: string): string {
  return outsideLiterals(formula, (code) => code.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ','));
}

/** Shifts relative cell references of a formula by (dRows, dCols), as copying it would. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  return outsideLiterals(formula, (code) =>
    code.replace(
      /(^|[^A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
      (_m, pre, colAbs, letters, rowAbs, digits) => {
        const col = colAbs ? letters : columnLetters(columnNumber(letters) + dCols);
        const row = rowAbs ? digits : String(Number(digits) + dRows);
        return `${pre}${colAbs}${col}${rowAbs}${row}`;
      },
    ),
  );
}
