// Writes a TabPlan onto a freshly inserted sheet in a handful of calls: one per property of the
// whole tab (values with formulas, number formats, bold, backgrounds, validations, rules), one per
// run of equal column widths and per chart. Never one per row, block or column.

import { columnLetter } from '../core/a1';
import type {
  ChartKind,
  ConditionWhen,
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanConditionalFormat,
  PlanRange,
  TabPlan,
  ValidationRule,
} from '../tabs/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const TAB_METADATA_KEY = 'okr.tab';

/** Text that Sheets would read as a formula, a number or a date if written as it is. */
const NEEDS_TEXT_PREFIX = /^(?:[=+\-@']|[\d\s.,:/%()$€£¥-]+$)/;

/** The value to hand to setValues: formulas as '=…', user text made literal with an apostrophe. */
export function cellForSheet(cell: PlanCell): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.formula;
  if (typeof cell === 'string' && cell !== '' && NEEDS_TEXT_PREFIX.test(cell)) return `'${cell}`;
  return cell;
}

/** A rectangle of per-cell properties, as setValues / setNumberFormats / setFontWeights take them. */
interface Grid<T> {
  row: number;
  column: number;
  cells: T[][];
}

/**
 * Lays rectangles onto one grid of `rows` × `columns` from A1, in order (a later rectangle's cell
 * wins unless it is blank), with `fill` where none of them reaches: one call writes the property.
 */
export function layGrid<T>(parts: readonly Grid<T>[], rows: number, columns: number, fill: T): T[][] {
  const cells: T[][] = Array.from({ length: rows }, () => new Array<T>(columns).fill(fill));
  for (const part of parts) {
    part.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell !== null && cell !== undefined) cells[part.row - 1 + r][part.column - 1 + c] = cell;
      });
    });
  }
  return cells;
}

/** A rectangle of one value. */
function filled<T>(row: number, column: number, rows: number, columns: number, value: T): Grid<T> {
  return { row, column, cells: Array.from({ length: rows }, () => new Array<T>(columns).fill(value)) };
}

/** The same value over each block that has the property (bold, background, wrap). */
function blockProperty<T>(blocks: readonly PlanBlock[], value: (block: PlanBlock) => T | undefined): Grid<T>[] {
  return blocks.flatMap((b) => {
    const v = value(b);
    return v === undefined
      ? []
      : [filled(b.row, b.column, b.cells.length, Math.max(0, ...b.cells.map((r) => r.length)), v)];
  });
}

/** The plan's validations as parts of one grid of rules; per-cell grids last (their blanks keep the column's rule). */
function validationParts(plan: TabPlan): Grid<ValidationRule | null>[] {
  return [
    ...plan.validations.map((v) =>
      filled<ValidationRule | null>(v.range.row, v.range.column, v.range.rows, v.range.columns, v.rule),
    ),
    ...plan.validationGrids.map((g) => ({ row: g.row, column: g.column, cells: g.rules })),
  ];
}

/** The one rectangle from A1 that holds every part of a plan (values, formats, validations). */
function planGrid(plan: TabPlan): PlanRange | null {
  const parts: Grid<unknown>[] = [
    ...plan.blocks,
    ...plan.formats.map((f) => ({ row: f.row, column: f.column, cells: f.formats })),
    ...validationParts(plan),
  ];
  const rows = Math.max(0, ...parts.map((p) => p.row + p.cells.length - 1));
  const columns = Math.max(0, ...parts.flatMap((p) => p.cells.map((r) => p.column + r.length - 1)));
  return rows > 0 && columns > 0 ? { row: 1, column: 1, rows, columns } : null;
}

/** The plan's protected header rows, when it has any. */
function protectedRange(plan: TabPlan): PlanRange | null {
  return plan.protectedRows > 0 ? { row: 1, column: 1, rows: plan.protectedRows, columns: plan.minColumns } : null;
}

/** Every range a plan's writing asks for: its grid, rules, protection and chart data. */
function rangesOf(plan: TabPlan): PlanRange[] {
  return [
    planGrid(plan),
    ...plan.conditionalFormats.flatMap((format) => format.ranges),
    protectedRange(plan),
    ...plan.charts.flatMap((chart) => sideBySide(chart.ranges)),
  ].filter((range): range is PlanRange => range !== null);
}

/** A plan and the freshly inserted tab it is written on. */
export interface PlannedTab {
  sheet: Sheet;
  plan: TabPlan;
}

/**
 * Writes plans onto freshly inserted tabs. Every range they need is fetched first, one
 * getRangeList per tab (a range list comes back with its ranges), then each tab is written.
 * A range on another tab (charts reading the key results) is on one created with it.
 */
export function applyTabPlans(tabs: readonly PlannedTab[]): void {
  const byName = new Map(tabs.map((tab) => [tab.plan.name, tab.sheet]));
  // Each tab first gets the size its plan needs, so that every range fits.
  for (const { sheet, plan } of tabs) growFreshSheet(sheet, plan.minRows, plan.minColumns);
  const wanted = new Map<Sheet, Map<string, PlanRange>>();
  for (const { sheet, plan } of tabs) {
    for (const range of rangesOf(plan)) {
      const target = range.sheet ? (byName.get(range.sheet) as Sheet) : sheet;
      if (!wanted.has(target)) wanted.set(target, new Map());
      wanted.get(target)?.set(a1Of(range), range);
    }
  }
  const fetched = new Map<Sheet, Map<string, Range>>();
  for (const [target, ranges] of wanted) {
    const a1s = [...ranges.keys()];
    const list = target.getRangeList(a1s).getRanges();
    fetched.set(target, new Map(a1s.map((a1, i) => [a1, list[i]])));
  }
  // Last tab first: a period's key results, whose column formulas read the dashboard's settings
  // and the log, come after them, so that those formulas are computed once, with their inputs.
  for (const { sheet, plan } of [...tabs].reverse()) {
    writePlan(sheet, plan, (range) => {
      const target = range.sheet ? (byName.get(range.sheet) as Sheet) : sheet;
      return fetched.get(target)?.get(a1Of(range)) as Range;
    });
  }
  // The metadata that makes them the add-on's tabs, in the plans' order (the order they are found in).
  for (const { sheet, plan } of tabs) sheet.addDeveloperMetadata(TAB_METADATA_KEY, JSON.stringify(plan.meta));
}

/** A plan range in A1 notation on its tab ("B2:D9"). */
function a1Of(range: PlanRange): string {
  const last = `${columnLetter(range.column + range.columns - 1)}${range.row + range.rows - 1}`;
  return `${columnLetter(range.column)}${range.row}:${last}`;
}

/**
 * Writes a plan onto a freshly inserted sheet. Every property of the tab is one grid over the same
 * rectangle (the one range the tab needs): values with formulas in one setValues, then number
 * formats, bold, backgrounds, wrap and validations one call each; conditional rules in one call;
 * widths in runs; one call per chart. The count depends on the plan's shape, never on its rows.
 */
function writePlan(sheet: Sheet, plan: TabPlan, ranges: (range: PlanRange) => Range): void {
  if (plan.rightToLeft) sheet.setRightToLeft(true);

  const formats: Grid<string>[] = plan.formats.map((f) => ({ row: f.row, column: f.column, cells: f.formats }));
  const bold = blockProperty<GoogleAppsScript.Spreadsheet.FontWeight | null>(plan.blocks, (b) =>
    b.bold ? 'bold' : undefined,
  );
  const backgrounds = blockProperty<string | null>(plan.blocks, (b) => b.background);
  const wraps = blockProperty(plan.blocks, (b) => (b.wrap ? true : undefined));
  const validations = validationParts(plan);
  const grid = planGrid(plan);
  if (grid) {
    const range = ranges(grid);
    const lay = <T>(parts: Grid<T>[], fill: T) => layGrid(parts, grid.rows, grid.columns, fill);
    if (plan.blocks.length > 0) range.setValues(lay<PlanCell>(plan.blocks, null).map((row) => row.map(cellForSheet)));
    if (formats.length > 0) range.setNumberFormats(lay(formats, 'General'));
    if (bold.length > 0) range.setFontWeights(lay(bold, null));
    if (backgrounds.length > 0) range.setBackgrounds(lay(backgrounds, null));
    if (wraps.length > 0) range.setWraps(lay(wraps, false));
    // Each distinct rule is built once (builders are local) and shared by its cells.
    const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>();
    const rule = (r: ValidationRule | null) => {
      const key = JSON.stringify(r);
      if (!built.has(key)) built.set(key, r && buildValidation(r));
      return built.get(key) ?? null;
    };
    if (validations.length > 0) range.setDataValidations(lay(validations, null).map((row) => row.map(rule)));
  }
  if (plan.conditionalFormats.length > 0) {
    sheet.setConditionalFormatRules(
      plan.conditionalFormats.map((format) => conditionalRule(format, format.ranges.map(ranges))),
    );
  }
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  for (const [start, count, width] of widthRuns(plan.columnWidths)) sheet.setColumnWidths(start, count, width);
  const header = protectedRange(plan);
  if (header) ranges(header).protect().setWarningOnly(true);
  for (const chart of plan.charts) sheet.insertChart(buildChart(sheet, chart, ranges));
}

/** The size of a tab that insertSheet just made (Sheets' default grid: 1,000 rows, columns A to Z). */
export const FRESH_SHEET = { rows: 1000, columns: 26 };

/** Grows a tab insertSheet just made to the plan's size, without asking its size (a round trip). */
function growFreshSheet(sheet: Sheet, rows: number, columns: number): void {
  if (rows > FRESH_SHEET.rows) sheet.insertRowsAfter(FRESH_SHEET.rows, rows - FRESH_SHEET.rows);
  if (columns > FRESH_SHEET.columns) sheet.insertColumnsAfter(FRESH_SHEET.columns, columns - FRESH_SHEET.columns);
}

/** A column may be this share wider than its template asks (never narrower). */
const WIDTH_TOLERANCE = 0.3;

/** Sheets makes every column of a fresh tab 100 px wide. */
export const FRESH_COLUMN_WIDTH = 100;

/**
 * Column widths as setColumnWidths runs, a few calls a tab instead of one per column. A column
 * may be up to WIDTH_TOLERANCE wider than asked, and one that asks for a fresh tab's width or
 * less may take any width up to that much over 100 px: such columns keep the fresh width unless
 * they sit between wider ones of one run. Neighbours whose allowed widths overlap share one call
 * at the narrowest width all of them allow.
 */
export function widthRuns(widths: Record<number, number>): [number, number, number][] {
  const columns = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  const allowed = (width: number) => [width, Math.max(width, FRESH_COLUMN_WIDTH) * (1 + WIDTH_TOLERANCE)];
  const runs: { columns: number[]; low: number; high: number }[] = [];
  for (const column of columns) {
    const [low, high] = allowed(widths[column]);
    const last = runs[runs.length - 1];
    const joined = last && { low: Math.max(last.low, low), high: Math.min(last.high, high) };
    if (last && joined && last.columns[last.columns.length - 1] === column - 1 && joined.low <= joined.high) {
      last.columns.push(column);
      Object.assign(last, joined);
    } else {
      runs.push({ columns: [column], low, high });
    }
  }
  const wide = (column: number) => widths[column] > FRESH_COLUMN_WIDTH;
  return runs.flatMap((run) => {
    // Columns at the ends that a fresh tab already fits need no call.
    const kept = run.columns.filter(wide);
    if (kept.length === 0) return [];
    const first = kept[0];
    return [[first, kept[kept.length - 1] - first + 1, run.low] as [number, number, number]];
  });
}

function buildValidation(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (rule.kind === 'list') return builder.requireValueInList(rule.values, true).setAllowInvalid(true).build();
  if (rule.kind === 'checkbox') return builder.requireCheckbox().build();
  if (rule.kind === 'numberBetween') {
    return builder.requireNumberBetween(rule.min, rule.max).setAllowInvalid(true).build();
  }
  return builder.requireDate().setAllowInvalid(true).build();
}

/** A conditional format rule of a plan, on ranges already at hand (builders are local: no round trip). */
export function conditionalRule(
  format: PlanConditionalFormat,
  ranges: Range[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = withCondition(SpreadsheetApp.newConditionalFormatRule(), format.when).setBackground(
    format.background,
  );
  if (format.fontColor) builder.setFontColor(format.fontColor);
  return builder.setRanges(ranges).build();
}

function withCondition(
  builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  when: ConditionWhen,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  switch (when.kind) {
    case 'numberBetween':
      return builder.whenNumberBetween(when.min, when.max);
    case 'numberLessThan':
      return builder.whenNumberLessThan(when.value);
    case 'numberAtLeast':
      return builder.whenNumberGreaterThanOrEqualTo(when.value);
    case 'textEquals':
      return builder.whenTextEqualTo(when.text);
  }
}

/**
 * Neighbouring columns of the same rows as one range: Sheets reads a chart's ranges as columns
 * side by side either way, and each range costs a lookup.
 */
function sideBySide(ranges: readonly PlanRange[]): PlanRange[] {
  const merged: PlanRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.sheet === range.sheet &&
      last.row === range.row &&
      last.rows === range.rows &&
      last.column + last.columns === range.column
    ) {
      last.columns += range.columns;
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

function buildChart(
  sheet: Sheet,
  chart: PlanChart,
  ranges: (range: PlanRange) => Range,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let builder = sheet.newChart().setChartType(Charts.ChartType[chart.kind.toUpperCase() as Uppercase<ChartKind>]);
  for (const range of sideBySide(chart.ranges)) builder = builder.addRange(ranges(range));
  builder = builder.setPosition(chart.anchor.row, chart.anchor.column, 0, 0).setOption('title', chart.title);
  if (chart.stacked) builder = builder.setOption('isStacked', true);
  if (chart.colors) builder = builder.setOption('colors', chart.colors);
  if (chart.width) builder = builder.setOption('width', chart.width);
  if (chart.height) builder = builder.setOption('height', chart.height);
  for (const [name, value] of Object.entries(chart.options ?? {})) builder = builder.setOption(name, value);
  return builder.build();
}
