// CSV text → a grid of strings, for deals exports pasted or uploaded as text. RFC 4180 (quoted
// cells, doubled quotes, line breaks inside quotes, CRLF or LF), plus what exports do in practice:
// a byte-order mark, and `;` instead of `,` where the decimal comma is taken (German, French
// exports). Written here because the Apps Script bundle cannot carry a CSV library.

export type CsvDelimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  rows: string[][];
  delimiter: CsvDelimiter;
}

/**
 * The delimiter of a CSV text: the one of `,` `;` and tab that splits the first line (outside
 * quotes) into the most cells. `,` wins ties, as the standard's separator.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** Parses CSV text into rows of cells (strings, unquoted). A trailing line break adds no row. */
export function parseCsv(input: string, delimiter?: CsvDelimiter): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? sniffDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === sep) {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // A quote inside an unquoted cell is kept as it is, as spreadsheet imports do.
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows, delimiter: sep };
}

/** Cells → CSV text: a cell is quoted when it holds the delimiter, a quote or a line break (or always). */
export function toCsv(rows: readonly (readonly unknown[])[], delimiter: CsvDelimiter = ',', quoteAll = false): string {
  const needs = new RegExp(`["\\r\\n${delimiter === '\t' ? '\\t' : delimiter}]`);
  return rows
    .map((row) =>
      row
        .map((value) => {
          const text = value === null || value === undefined ? '' : String(value);
          return quoteAll || needs.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(delimiter),
    )
    .join('\r\n');
}

/** Rows padded with '' to the widest row, as a sheet range needs for setValues. */
export function rectangular(rows: string[][]): string[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => (row.length === width ? row : [...row, ...Array<string>(width - row.length).fill('')]));
}
