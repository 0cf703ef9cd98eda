// Open-ended ranges (L2:L, 'Other tab'!$B$2:$B), which Sheets reads as "to the tab's last row"
// and the formula engine does not accept: closed at the referenced tab's last row when a formula
// is set (and closed again when that tab grows or shrinks), opened again when formulas are read
// back, so the add-on sees what it wrote. Also where a spilled value comes from.
import type { HyperFormula } from 'hyperformula';

/** A reference with an optional tab name, start cell and an end column without a row. */
const OPEN_RANGE =
  /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(!$])/g;

/** A closed range with an optional tab name: the form the engine prints. */
const CLOSED_RANGE =
  /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

function tabOf(prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Applies `rewrite` to the parts of a formula outside double-quoted text literals. */
function outsideTexts(formula: string, rewrite: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : rewrite(part))).join('');
}

/**
 * The rows of a tab by name (undefined: the formula's own tab); undefined when there is no such
 * tab, which leaves the range as it is.
 */
export type LastRowOf = (tab: string | undefined) => number | undefined;

/** Whether a formula holds an open-ended range. */
export function hasOpenRange(formula: string): boolean {
  let found = false;
  outsideTexts(formula, (code) => {
    if (new RegExp(OPEN_RANGE.source).test(code)) found = true;
    return code;
  });
  return found;
}

/** L2:L → L2:L<last row of the referenced tab>; other references unchanged. */
export function closeOpenRanges(formula: string, lastRowOf: LastRowOf): string {
  return outsideTexts(formula, (code) =>
    code.replace(OPEN_RANGE, (whole, prefix: string | undefined, start: string, endCol: string) => {
      const last = lastRowOf(tabOf(prefix));
      return last === undefined ? whole : `${prefix ?? ''}${start}:${endCol}${last}`;
    }),
  );
}

/**
 * The engine's form of a formula that was written with open-ended ranges, back in the form it was
 * written: a range that ends at (or beyond) `openFrom` of its tab ends nowhere again. `openFrom`
 * is the smaller of the row the ranges were closed at and the tab's rows now, so rows inserted
 * inside the range or deleted from it leave it open.
 */
export function openClosedRanges(formula: string, openFrom: LastRowOf): string {
  return outsideTexts(formula, (code) =>
    code.replace(
      CLOSED_RANGE,
      (whole, prefix: string | undefined, start: string, endCol: string, _abs: string, endRow: string) => {
        const from = openFrom(tabOf(prefix));
        return from !== undefined && Number(endRow) >= from ? `${prefix ?? ''}${start}:${endCol}` : whole;
      },
    ),
  );
}

/**
 * The cell (0-based) whose formula spilled a value into this cell, or null when the cell is not
 * part of a spilled result. Walks up the spill's column, then left along its first row, and
 * checks that the anchor's precedents are the cell's (the engine keeps one node per array).
 */
export function spillAnchor(
  hf: HyperFormula,
  sheet: number,
  row: number,
  col: number,
): { row: number; col: number } | null {
  const type = (r: number, c: number) => (r < 0 || c < 0 ? 'EMPTY' : hf.getCellType({ sheet, row: r, col: c }));
  if (type(row, col) !== 'ARRAY') return null;
  let r = row;
  let c = col;
  while (type(r, c) === 'ARRAY' && (type(r - 1, c) === 'ARRAY' || type(r - 1, c) === 'ARRAYFORMULA')) r--;
  if (type(r, c) === 'ARRAY') {
    while (type(r, c - 1) === 'ARRAY') c--;
    if (type(r, c - 1) === 'ARRAYFORMULA') c--;
  }
  if (type(r, c) !== 'ARRAYFORMULA') return null;
  const precedents = (at: { row: number; col: number }) => JSON.stringify(hf.getCellPrecedents({ sheet, ...at }));
  return precedents({ row: r, col: c }) === precedents({ row, col }) ? { row: r, col: c } : null;
}

/** What the re-closing needs of the workbook: its tabs, their sizes and formulas as written. */
export interface OpenRangeHost {
  hf: HyperFormula;
  sheets: { hfId: number; name: string; maxRows: number; formulaText: Map<number, string> }[];
}

type HostSheet = OpenRangeHost['sheets'][number];

/**
 * Keeps the engine's copies of open-ended ranges ending at their tabs' last rows. Formulas are
 * closed when set; when a tab grows or shrinks (inserted, deleted or appended rows), the formulas
 * that hold open ranges are closed again, so rows added later are covered as in Sheets.
 */
export class OpenRanges {
  /** Rows each tab had when the engine's open ranges into it were last closed. */
  private closedAt = new WeakMap<object, number>();
  private signature = '';

  constructor(
    private readonly host: OpenRangeHost,
    private readonly rowsOf: (key: number) => [number, number],
  ) {}

  private lastRowOf(own: HostSheet): LastRowOf {
    return (tab) => {
      if (tab === undefined) return own.maxRows;
      const lower = tab.toLowerCase();
      // A tab that does not exist yet: the size a new tab gets; closed again when it appears.
      return this.host.sheets.find((s) => s.name.toLowerCase() === lower)?.maxRows ?? DEFAULT_ROWS;
    };
  }

  /** The engine's form of a formula written on `sheet`. */
  close(sheet: HostSheet, formula: string): string {
    return closeOpenRanges(formula, this.lastRowOf(sheet));
  }

  /**
   * The form to read back of a formula the engine has printed after a structural change, given
   * the formula as written before it: its open ranges open again.
   */
  reopen(sheet: HostSheet, before: string | undefined, printed: string): string {
    if (before === undefined || !hasOpenRange(before)) return printed;
    const now = this.lastRowOf(sheet);
    return openClosedRanges(printed, (tab) => {
      const target =
        tab === undefined ? sheet : this.host.sheets.find((s) => s.name.toLowerCase() === tab.toLowerCase());
      const rows = now(tab);
      const closed = target ? this.closedAt.get(target) : undefined;
      return rows === undefined ? undefined : Math.min(rows, closed ?? rows);
    });
  }

  /** After any change: when a tab's size changed, closes every open range again. */
  refresh(): void {
    const signature = this.host.sheets.map((s) => `${s.hfId}:${s.name}:${s.maxRows}`).join('|');
    if (signature === this.signature) return;
    const changes: { address: { sheet: number; row: number; col: number }; formula: string }[] = [];
    for (const sheet of this.host.sheets) {
      for (const [key, text] of sheet.formulaText) {
        if (!hasOpenRange(text)) continue;
        const [row, col] = this.rowsOf(key);
        const address = { sheet: sheet.hfId, row, col };
        const closed = closeOpenRanges(text, this.lastRowOf(sheet));
        if (this.host.hf.getCellFormula(address) !== closed) changes.push({ address, formula: closed });
      }
    }
    this.remember();
    if (changes.length > 0) {
      this.host.hf.batch(() => {
        for (const change of changes) this.host.hf.setCellContents(change.address, [[change.formula]]);
      });
    }
  }

  private remember(): void {
    for (const sheet of this.host.sheets) this.closedAt.set(sheet, sheet.maxRows);
    this.signature = this.host.sheets.map((s) => `${s.hfId}:${s.name}:${s.maxRows}`).join('|');
  }
}

/** Rows of a new tab. */
const DEFAULT_ROWS = 1000;
