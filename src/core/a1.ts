// A1 notation: the one way the add-on names a tab, a column and a cell, for formulas, links from
// the sidebar and messages that point at a cell.

/** A tab name as formulas need it: 'Q1 2027 · Key results' (quotes doubled inside). */
export function quoteTab(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 1, AA → 27 (the inverse of columnLetter; any case). */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "'Tab'!H5" for a 1-based column and row; '' when the row is not on a sheet (0). */
export function cellAddress(tab: string, column: number, row: number): string {
  return row > 0 && column > 0 ? `${quoteTab(tab)}!${columnLetter(column)}${row}` : '';
}
