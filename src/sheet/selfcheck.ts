// The self-check a maintainer runs once in real Sheets after deploying (okrSelfCheck in the Apps
// Script editor): the custom functions on known inputs in a scratch tab (every kind, text numbers
// in two locales' styles, dates, checkboxes), read back and compared with what the core computes;
// and no custom-function cell of the period templates referring to a volatile function. The
// scratch tab is removed again; the report is returned (and logged by the caller).
import { columnNumber } from '../core/a1';
import { evaluateCells } from '../core/evaluate';
import { gradeOf, statusOf } from '../core/grading';
import { expectedProgress } from '../core/pace';
import { periodOf } from '../core/periods';
import { weightedMean } from '../core/scoring';
import { DEFAULT_SETTINGS, type KeyResult } from '../core/types';
import { GRADE_LABELS, STATUS_LABELS } from '../i18n/status';
import type { PlanCell, TabPlan } from '../tabs/plan';
import { checkInsPlan, dashboardPlan, keyResultsPlan, periodTabNames } from '../tabs/writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One row of the scratch tab: inputs in A–F (text stays text), the formula in G. */
interface Case {
  name: string;
  inputs: (string | number | boolean | { formula: string })[];
  formula: string;
  expected: number | string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const progress = (current: unknown, target: unknown, baseline: unknown, kind: unknown) =>
  evaluateCells({ current, target, baseline, kind }, { settings: DEFAULT_SETTINGS }).progress as number;

function cases(): Case[] {
  const kr = (
    name: string,
    current: string | number | boolean,
    target: string | number,
    baseline: string | number,
    kind: string,
  ): Case => ({
    name,
    inputs: [current, target, baseline, kind],
    formula: '=KR_PROGRESS(A{r},B{r},C{r},D{r})',
    expected: progress(current, target, baseline, kind),
  });
  return [
    kr('increase', 50, 100, 0, 'increase'),
    kr('decrease', 55, 50, 60, 'decrease'),
    kr('at least', 3.5, 4, 3, 'at least'),
    kr('at most', 9, 8, 12, 'at most'),
    kr('milestone, ticked checkbox', true, '', '', 'milestone'),
    kr('milestone, empty checkbox', false, '', '', 'milestone'),
    kr('text number, English style', '350,000', 500000, 0, 'increase'),
    kr('text number, German style', '1.234,5 €', 2469, 0, 'increase'),
    kr('text percentage', '19%', 0.38, 0, 'increase'),
    kr('German kind label', 30, 60, 0, 'Steigern'),
    {
      name: 'pace from dates',
      inputs: [{ formula: '=DATE(2027,1,1)' }, { formula: '=DATE(2027,3,31)' }, { formula: '=DATE(2027,2,15)' }],
      formula: '=OKR_PACE(A{r},B{r},C{r})',
      expected: expectedProgress(day('2027-01-01'), day('2027-03-31'), day('2027-02-15')),
    },
    {
      name: 'weighted score',
      inputs: [0.2, 0.5, 1, 2, 1, 1],
      formula: '=OKR_SCORE(A{r}:C{r},D{r}:F{r})',
      expected: weightedMean([
        { progress: 0.2, weight: 2 },
        { progress: 0.5, weight: 1 },
        { progress: 1, weight: 1 },
      ]).score as number,
    },
    {
      name: 'status',
      inputs: [0.5, 0.8],
      formula: '=OKR_STATUS(A{r},B{r})',
      expected: STATUS_LABELS.en[statusOf(0.5, 0.8)],
    },
    { name: 'grade', inputs: [0.65], formula: '=OKR_GRADE(A{r})', expected: GRADE_LABELS.en[gradeOf(0.65)] },
  ];
}

const WIDTH = 6;

/** Writes the cases to a scratch tab, reads the results, removes the tab; one line per problem. */
function checkFunctions(spreadsheet: Spreadsheet): string[] {
  const list = cases();
  const name = `OKR self-check ${Date.now()}`;
  const sheet = spreadsheet.insertSheet(name);
  try {
    const values = list.map((c, i) =>
      Array.from({ length: WIDTH + 1 }, (_, col) => {
        if (col === WIDTH) return c.formula.replace(/\{r\}/g, String(i + 1));
        const input = c.inputs[col];
        if (input === undefined) return '';
        return typeof input === 'object' ? input.formula : input;
      }),
    );
    // Text inputs stay text (Sheets would otherwise read "350,000" as a number).
    const formats = list.map((c) =>
      Array.from({ length: WIDTH + 1 }, (_, col) => (typeof c.inputs[col] === 'string' ? '@' : 'General')),
    );
    const range = sheet.getRange(1, 1, list.length, WIDTH + 1);
    range.setNumberFormats(formats);
    range.setValues(values);
    SpreadsheetApp.flush();
    const results = sheet.getRange(1, WIDTH + 1, list.length, 1).getValues();
    return list.flatMap((c, i) => {
      const got = results[i][0];
      const same =
        typeof c.expected === 'number'
          ? typeof got === 'number' && Math.abs(got - c.expected) < 1e-9
          : got === c.expected;
      return same
        ? []
        : [`${c.name}: ${c.formula.replace(/\{r\}/g, String(i + 1))} gave ${String(got)}, expected ${c.expected}`];
    });
  } finally {
    spreadsheet.deleteSheet(sheet);
  }
}

const CUSTOM = /\b(?:KR|OKR)_[A-Z]+\(/;
const VOLATILE = /\b(?:NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY)\(/i;
const REFERENCE = /(?:'((?:[^']|'')+)'!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d*))?/g;

/**
 * Custom-function cells of a sample period's tabs that use a volatile function or refer to a cell
 * holding one: Sheets refuses custom functions that reference NOW(), RAND() or RANDBETWEEN() cells.
 */
function checkTemplates(): string[] {
  const spec = { kind: 'quarter', year: 2027, quarter: 1 } as const;
  const period = periodOf(spec);
  const names = periodTabNames(period.label, 'en');
  const ctx = {
    language: 'en' as const,
    period,
    spec,
    team: '',
    names,
    settings: DEFAULT_SETTINGS,
  };
  const krs: Partial<KeyResult>[] = [{ id: 'O1.1', objectiveId: 'O1', title: 'KR', kind: 'increase', target: 1 }];
  const plans: TabPlan[] = [keyResultsPlan(ctx, krs), checkInsPlan(ctx), dashboardPlan(ctx, 10)];
  const formulas = new Map<string, string>();
  for (const plan of plans) {
    for (const block of plan.blocks) {
      block.cells.forEach((row, r) => {
        row.forEach((cell: PlanCell, c) => {
          if (cell && typeof cell === 'object')
            formulas.set(`${plan.name}!${block.row + r}:${block.column + c}`, cell.formula);
        });
      });
    }
  }
  const problems: string[] = [];
  for (const [address, formula] of formulas) {
    if (!CUSTOM.test(formula)) continue;
    const tab = address.slice(0, address.lastIndexOf('!'));
    const volatile = VOLATILE.test(formula) ? [address] : referencedVolatile(formula, tab, formulas);
    if (volatile.length > 0)
      problems.push(`${address} (${formula}) depends on a volatile function in ${volatile.join(', ')}`);
  }
  return problems;
}

function referencedVolatile(formula: string, tab: string, formulas: Map<string, string>): string[] {
  const found: string[] = [];
  for (const m of formula.replace(/"[^"]*"/g, '""').matchAll(REFERENCE)) {
    const sheet = m[1] ? m[1].replace(/''/g, "'") : tab;
    const firstRow = Number(m[3]);
    const firstCol = columnNumber(m[2]);
    const lastCol = m[4] ? columnNumber(m[4]) : firstCol;
    const lastRow = m[4] ? (m[5] ? Number(m[5]) : firstRow + 1000) : firstRow;
    for (const [address, other] of formulas) {
      if (!address.startsWith(`${sheet}!`) || !VOLATILE.test(other)) continue;
      const [row, col] = address
        .slice(sheet.length + 1)
        .split(':')
        .map(Number);
      if (row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol) found.push(address);
    }
  }
  return found;
}

/** Runs every check; the report's first line says whether all passed. */
export function runSelfCheck(spreadsheet: Spreadsheet): { passed: boolean; report: string } {
  const problems: string[] = [];
  const count = cases().length;
  try {
    problems.push(...checkFunctions(spreadsheet));
  } catch (error) {
    problems.push(`custom functions could not be checked: ${(error as Error).message}`);
  }
  problems.push(...checkTemplates());
  const passed = problems.length === 0;
  const head = passed
    ? `OKR self-check: all passed (${count} custom-function cases, templates free of volatile references).`
    : `OKR self-check: ${problems.length} problem(s).`;
  return { passed, report: [head, ...problems.map((p) => `- ${p}`)].join('\n') };
}
