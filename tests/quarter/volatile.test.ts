// Sheets refuses a custom function that depends on a volatile function (TODAY, NOW, RAND…). Every
// tab the add-on writes — key results, check-ins, dashboard, review, and the next period's tabs
// after a carry-over — is walked here: for each cell whose formula calls a custom function, its
// references are followed through other cells, ranges and spilled results, and no volatile
// function may be reached.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/catalog';
import { closePeriod, createPeriod, createPeriodWith } from '../../src/sheet/periods';
import { addDealsTab, newWorkbook, Q2, request, SETTINGS, sampleKeyResults, type Workbook } from './helpers';

const VOLATILE = ['NOW', 'TODAY', 'RAND', 'RANDARRAY', 'RANDBETWEEN'];
/** References these functions make cannot be followed from the formula text: never allowed upstream. */
const UNFOLLOWABLE = ['INDIRECT', 'OFFSET'];
const CUSTOM = CUSTOM_FUNCTIONS.map((f) => f.name);

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = { sheet: string; row: number; col: number };

const key = (c: Cell) => `${c.sheet}!${c.row}:${c.col}`;

/** Names of the functions a formula calls, outside string literals. */
function calledFunctions(formula: string): string[] {
  return [...codeOf(formula).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}

/** A formula with its string literals blanked, so that words in texts are not read as references. */
function codeOf(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

function letters(col: string): number {
  let n = 0;
  for (const ch of col.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * The cell rectangles a formula refers to, as Sheets reads them: A1, $A$1, A1:B2, open-ended
 * ranges (A2:A to the tab's last row), whole columns (A:A) and references to other tabs.
 */
function referencesOf(
  formula: string,
  ownSheet: string,
  lastRow: (sheet: string) => number,
): { sheet: string; top: number; left: number; bottom: number; right: number }[] {
  const pattern =
    /(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Za-z]{1,3})\$?(\d*)(?::\$?([A-Za-z]{1,3})\$?(\d*))?(?![A-Za-z0-9_(])/g;
  const out: { sheet: string; top: number; left: number; bottom: number; right: number }[] = [];
  // Keep quoted tab names, blank double-quoted texts.
  const code = codeOf(formula);
  for (const m of code.matchAll(pattern)) {
    const [, quotedSheet, c1, r1, c2, r2] = m;
    const before = code[(m.index ?? 0) - 1] ?? '';
    if (/[A-Za-z0-9_.$]/.test(before)) continue;
    // A bare word (a function name without its parenthesis, TRUE) is not a reference.
    if (!r1 && c2 === undefined) continue;
    const sheet = quotedSheet ? quotedSheet.replace(/^'|'$/g, '').replace(/''/g, "'") : ownSheet;
    const top = r1 ? Number(r1) : 1;
    const bottom = c2 === undefined ? top : r2 ? Number(r2) : lastRow(sheet);
    const left = letters(c1);
    const right = c2 === undefined ? left : letters(c2);
    out.push({
      sheet,
      top: Math.min(top, bottom),
      bottom: Math.max(top, bottom),
      left: Math.min(left, right),
      right: Math.max(left, right),
    });
  }
  return out;
}

interface Tab {
  sheet: Sheet;
  formulas: string[][];
  values: unknown[][];
}

function readTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, Tab> {
  const tabs = new Map<string, Tab>();
  for (const sheet of ss.getSheets()) {
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    tabs.set(sheet.getName(), { sheet, formulas: range.getFormulas(), values: range.getValues() });
  }
  return tabs;
}

/**
 * Every volatile function a cell depends on, with the chain of cells that leads there. A cell
 * without a formula of its own may hold a spilled result: then the formula it spilled from
 * (the nearest formula up and left whose spill reaches it) is its precedent.
 */
function volatileChains(tabs: Map<string, Tab>, start: Cell): string[] {
  const lastRow = (sheet: string) => tabs.get(sheet)?.sheet.getMaxRows() ?? 0;
  const seen = new Set<string>();
  const found: string[] = [];
  const stack: { cell: Cell; path: string[] }[] = [{ cell: start, path: [] }];
  while (stack.length > 0) {
    const { cell, path } = stack.pop()!;
    if (seen.has(key(cell))) continue;
    seen.add(key(cell));
    const tab = tabs.get(cell.sheet);
    if (!tab) continue;
    let formula = tab.formulas[cell.row - 1]?.[cell.col - 1] ?? '';
    let at = cell;
    if (!formula) {
      const anchor = spillAnchor(tab, cell);
      if (!anchor) continue;
      at = { sheet: cell.sheet, ...anchor };
      formula = tab.formulas[at.row - 1][at.col - 1];
    }
    const here = [...path, `${at.sheet}!R${at.row}C${at.col} ${formula}`];
    for (const name of calledFunctions(formula)) {
      if (VOLATILE.includes(name) || UNFOLLOWABLE.includes(name)) found.push(`${name} via ${here.join(' ← ')}`);
    }
    for (const ref of referencesOf(formula, at.sheet, lastRow)) {
      const target = tabs.get(ref.sheet);
      if (!target) continue;
      for (let row = ref.top; row <= Math.min(ref.bottom, target.formulas.length); row++) {
        for (let col = ref.left; col <= Math.min(ref.right, target.formulas[0].length); col++) {
          const next = { sheet: ref.sheet, row, col };
          // Only cells that hold something can lead anywhere.
          if (target.formulas[row - 1][col - 1] || target.values[row - 1][col - 1] !== '') {
            stack.push({ cell: next, path: here });
          }
        }
      }
    }
  }
  return found;
}

/**
 * The formula a value without a formula was spilled from: the emulator's engine knows, and the
 * answer is checked against the tab (the anchor holds a formula up and left of the cell).
 */
function spillAnchor(tab: Tab, cell: Cell): { row: number; col: number } | null {
  const anchor = tab.sheet.getRange(cell.row, cell.col).getFormula() ? null : spilledFrom(tab, cell);
  if (anchor) {
    expect(anchor.row <= cell.row && anchor.col <= cell.col).toBe(true);
    expect(tab.formulas[anchor.row - 1][anchor.col - 1]).not.toBe('');
  }
  return anchor;
}

let spilledFrom: (tab: Tab, cell: Cell) => { row: number; col: number } | null;

/** Every custom-function cell of the workbook, and the volatile functions each depends on. */
function customFunctionsOnVolatiles(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  checked: number;
  problems: string[];
} {
  const tabs = readTabs(ss);
  let checked = 0;
  const problems: string[] = [];
  for (const [name, tab] of tabs) {
    for (let r = 0; r < tab.formulas.length; r++) {
      for (let c = 0; c < tab.formulas[r].length; c++) {
        const formula = tab.formulas[r][c];
        if (!formula || !calledFunctions(formula).some((f) => CUSTOM.includes(f))) continue;
        checked++;
        problems.push(...volatileChains(tabs, { sheet: name, row: r + 1, col: c + 1 }));
      }
    }
  }
  return { checked, problems };
}

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  spilledFrom = (tab, cell) => wb.emu.spillAnchor(tab.sheet.getName(), cell.row, cell.col);
  addDealsTab(wb.ss);
});
afterEach(() => wb.restore());

describe('no custom function depends on a volatile function', () => {
  it('holds for every tab of a period, of its review and of the next period after a carry-over', () => {
    createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
    closePeriod(
      wb.ss,
      { label: 'Q1 2027', decisions: { 'O1.2': 'drop', 'O2.1': 'carryOver' }, date: '2027-03-31' },
      SETTINGS,
    );
    createPeriod(wb.ss, request({ period: Q2, startFrom: 'previous', previousLabel: 'Q1 2027' }), SETTINGS);
    const names = wb.ss.getSheets().map((s) => s.getName());
    for (const tab of ['Key results', 'Check-ins', 'Dashboard', 'Review']) {
      expect(names).toContain(`Q1 2027 · ${tab}`);
    }
    expect(names).toContain('Q2 2027 · Key results');
    // The dashboard still offers "today" as its as-of date.
    const dashboard = wb.ss.getSheetByName('Q2 2027 · Dashboard')!;
    expect(dashboard.getDataRange().getFormulas().flat()).toContain('=TODAY()');

    const { checked, problems } = customFunctionsOnVolatiles(wb.ss);
    // Progress and score in both key-results tabs, and the scores on both dashboards at least.
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(problems).toEqual([]);
  });

  it('finds a custom function that reads TODAY() through other cells, ranges and spills', () => {
    const sheet = wb.ss.insertSheet('Probe');
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=TODAY()');
    sheet.getRange('C1').setFormula('=ARRAYFORMULA(A1:A3+B1)');
    sheet.getRange('D1').setFormula('=A2*2');
    // Through a spilled value (C2 has no formula of its own) and an open-ended range.
    sheet.getRange('E1').setFormula('=OKR_SCORE(C2:C3)');
    sheet.getRange('E2').setFormula('=OKR_SCORE(D1:D)');
    const { checked, problems } = customFunctionsOnVolatiles(wb.ss);
    expect(checked).toBe(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^TODAY via Probe!R1C5 =OKR_SCORE\(C2:C3\) ← Probe!R1C3 .* ← Probe!R1C2 =TODAY\(\)$/);
  });
});

describe('the reference reader', () => {
  it('reads cells, ranges, open-ended ranges and other tabs, not texts or names', () => {
    const refs = referencesOf(
      `=IF(A1="B2",'Q1 · Key results'!$L$2:$L,SUM(Deals!A1:B3))&TRUE&OKR_SCORE(C2:C)&"x!D4"`,
      'Own',
      (s) => (s === 'Own' ? 50 : 200),
    );
    expect(refs).toEqual([
      { sheet: 'Own', top: 1, bottom: 1, left: 1, right: 1 },
      { sheet: 'Q1 · Key results', top: 2, bottom: 200, left: 12, right: 12 },
      { sheet: 'Deals', top: 1, bottom: 3, left: 1, right: 2 },
      { sheet: 'Own', top: 2, bottom: 50, left: 3, right: 3 },
    ]);
  });
});
