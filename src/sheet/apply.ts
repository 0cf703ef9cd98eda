// Writes a TabPlan onto a freshly inserted sheet in a handful of calls: one per property of the
// whole tab (values with formulas, number formats, bold, backgrounds, validations, rules), one per
// run of equal column widths and per chart. Never one per row, block or column.
import type {
  ChartKind,
  ConditionWhen,
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanConditionalFormat,
  PlanRange,
  PlanValidation,
  TabPlan,
  ValidationRule,
} from '../tabs/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
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

interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The smallest rectangle holding every part; null when there is none. */
function boxOf(parts: readonly Grid<unknown>[]): Box | null {
  const shaped = parts.filter((p) => p.cells.some((row) => row.length > 0));
  if (shaped.length === 0) return null;
  const top = Math.min(...shaped.map((p) => p.row));
  const left = Math.min(...shaped.map((p) => p.column));
  const bottom = Math.max(...shaped.map((p) => p.row + p.cells.length - 1));
  const right = Math.max(...shaped.map((p) => p.column + Math.max(...p.cells.map((r) => r.length)) - 1));
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/**
 * Lays rectangles onto one grid the size of `box`, in order (a later rectangle's cell wins unless
 * it is `skip`), with `fill` where none of them reaches: one call then writes the whole property.
 */
export function layGrid<T>(parts: readonly Grid<T>[], box: Box, fill: T, skip?: (cell: T) => boolean): T[][] {
  const cells: T[][] = Array.from({ length: box.rows }, () => new Array<T>(box.columns).fill(fill));
  for (const part of parts) {
    part.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (skip?.(cell)) return;
        cells[part.row - box.row + r][part.column - box.column + c] = cell;
      });
    });
  }
  return cells;
}

/** The same value over each block's rectangle that has the property (bold, background, wrap). */
function blockProperty<T>(blocks: readonly PlanBlock[], value: (block: PlanBlock) => T | undefined): Grid<T>[] {
  const parts: Grid<T>[] = [];
  for (const block of blocks) {
    const v = value(block);
    if (v === undefined) continue;
    const columns = Math.max(0, ...block.cells.map((row) => row.length));
    parts.push({ row: block.row, column: block.column, cells: block.cells.map(() => new Array<T>(columns).fill(v)) });
  }
  return parts;
}

/** The plan's validations on its own tab as one grid of rules; rules on other tabs are returned apart. */
function validationParts(plan: TabPlan): { parts: Grid<ValidationRule | null>[]; elsewhere: PlanValidation[] } {
  const parts: Grid<ValidationRule | null>[] = [];
  const elsewhere: PlanValidation[] = [];
  for (const v of plan.validations) {
    if (v.range.sheet && v.range.sheet !== plan.name) {
      elsewhere.push(v);
      continue;
    }
    const cells = Array.from({ length: v.range.rows }, () =>
      new Array<ValidationRule | null>(v.range.columns).fill(v.rule),
    );
    parts.push({ row: v.range.row, column: v.range.column, cells });
  }
  // Per-cell grids come last: a cell they leave empty keeps the column's rule.
  for (const g of plan.validationGrids) parts.push({ row: g.row, column: g.column, cells: g.rules });
  return { parts, elsewhere };
}

/**
 * Writes a plan onto a freshly inserted sheet. Every property of the tab is one grid over the same
 * rectangle (the one range the tab needs): values with formulas in one setValues, then number
 * formats, bold, backgrounds, wrap and validations one call each; conditional rules in one call;
 * widths in runs; one call per chart. The count depends on the plan's shape, never on its rows.
 * `tabs` are the sheets created with it, by name, so ranges on them (charts reading the key
 * results) need no lookup.
 */
export function applyTabPlan(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  plan: TabPlan,
  tabs: ReadonlyMap<string, Sheet> = new Map(),
): void {
  growFreshSheet(sheet, plan.minRows, plan.minColumns);
  if (plan.rightToLeft) sheet.setRightToLeft(true);
  const ranges = rangeCache(spreadsheet, sheet, tabs);

  const formats: Grid<string>[] = plan.formats.map((f) => ({ row: f.row, column: f.column, cells: f.formats }));
  const bold = blockProperty<GoogleAppsScript.Spreadsheet.FontWeight | null>(plan.blocks, (b) =>
    b.bold ? 'bold' : undefined,
  );
  const backgrounds = blockProperty<string | null>(plan.blocks, (b) => b.background);
  const wraps = blockProperty(plan.blocks, (b) => (b.wrap ? true : undefined));
  const validations = validationParts(plan);
  const box = boxOf([...plan.blocks, ...formats, ...bold, ...backgrounds, ...wraps, ...validations.parts]);
  if (box) {
    const range = ranges(box);
    const isBlank = (cell: PlanCell) => cell === null || cell === undefined;
    if (plan.blocks.length > 0) {
      range.setValues(layGrid<PlanCell>(plan.blocks, box, null, isBlank).map((row) => row.map(cellForSheet)));
    }
    if (formats.length > 0) range.setNumberFormats(layGrid(formats, box, 'General'));
    if (bold.length > 0) range.setFontWeights(layGrid(bold, box, null));
    if (backgrounds.length > 0) range.setBackgrounds(layGrid(backgrounds, box, null));
    if (wraps.length > 0) range.setWraps(layGrid(wraps, box, false));
    if (validations.parts.length > 0) {
      const rule = validationBuilder();
      range.setDataValidations(
        layGrid(validations.parts, box, null, (cell) => cell === null).map((row) => row.map(rule)),
      );
    }
  }
  for (const v of validations.elsewhere) ranges(v.range).setDataValidation(validationBuilder()(v.rule));
  if (plan.conditionalFormats.length > 0) {
    sheet.setConditionalFormatRules(
      plan.conditionalFormats.map((format) => conditionalRule(format, format.ranges.map(ranges))),
    );
  }
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  for (const [start, count, width] of widthRuns(plan.columnWidths)) sheet.setColumnWidths(start, count, width);
  if (plan.protectedRows > 0) {
    ranges({ row: 1, column: 1, rows: plan.protectedRows, columns: plan.minColumns })
      .protect()
      .setDescription(plan.protectionNote)
      .setWarningOnly(true);
  }
  for (const chart of plan.charts) sheet.insertChart(buildChart(sheet, chart, ranges));
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, JSON.stringify(plan.meta));
}

/** Builds each distinct rule once (builders are local; the built rule is shared by its cells). */
function validationBuilder(): (rule: ValidationRule | null) => GoogleAppsScript.Spreadsheet.DataValidation | null {
  const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  return (rule) => {
    if (!rule) return null;
    const key = JSON.stringify(rule);
    if (!built.has(key)) built.set(key, buildValidation(rule));
    return built.get(key) ?? null;
  };
}

/** Ranges of a plan, each looked up once (several rules and charts share them). */
function rangeCache(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  tabs: ReadonlyMap<string, Sheet>,
): (range: PlanRange) => Range {
  const cache = new Map<string, Range>();
  return (range) => {
    const key = `${range.sheet ?? ''}!${range.row},${range.column},${range.rows},${range.columns}`;
    let found = cache.get(key);
    if (!found) {
      const target = range.sheet ? (tabs.get(range.sheet) ?? spreadsheet.getSheetByName(range.sheet)) : sheet;
      if (!target) throw new Error(`Tab "${range.sheet}" is missing.`);
      found = target.getRange(range.row, range.column, range.rows, range.columns);
      cache.set(key, found);
    }
    return found;
  };
}

/** The size of a tab that insertSheet just made (Sheets' default grid: 1,000 rows, columns A to Z). */
export const FRESH_SHEET = { rows: 1000, columns: 26 };

/** Grows a tab insertSheet just made to the plan's size, without asking its size (a round trip). */
function growFreshSheet(sheet: Sheet, rows: number, columns: number): void {
  if (rows > FRESH_SHEET.rows) sheet.insertRowsAfter(FRESH_SHEET.rows, rows - FRESH_SHEET.rows);
  if (columns > FRESH_SHEET.columns) sheet.insertColumnsAfter(FRESH_SHEET.columns, columns - FRESH_SHEET.columns);
}

/** Neighbouring columns whose widths differ by at most this share are set as one run. */
const WIDTH_TOLERANCE = 0.3;

/**
 * Column widths as setColumnWidths runs: neighbouring columns of nearly the same width (within
 * WIDTH_TOLERANCE of the run's narrowest) share one call at the run's widest, so no column gets
 * narrower than its template asks and a tab costs a few calls instead of one per column.
 */
export function widthRuns(widths: Record<number, number>): [number, number, number][] {
  const columns = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: { start: number; count: number; min: number; max: number }[] = [];
  for (const column of columns) {
    const width = widths[column];
    const last = runs[runs.length - 1];
    const min = Math.min(last?.min ?? width, width);
    const max = Math.max(last?.max ?? width, width);
    if (last && last.start + last.count === column && max <= min * (1 + WIDTH_TOLERANCE)) {
      Object.assign(last, { count: last.count + 1, min, max });
    } else {
      runs.push({ start: column, count: 1, min: width, max: width });
    }
  }
  return runs.map((run) => [run.start, run.count, run.max]);
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

function chartType(kind: ChartKind): GoogleAppsScript.Charts.ChartType {
  switch (kind) {
    case 'bar':
      return Charts.ChartType.BAR;
    case 'column':
      return Charts.ChartType.COLUMN;
    case 'line':
      return Charts.ChartType.LINE;
    case 'scatter':
      return Charts.ChartType.SCATTER;
    case 'pie':
      return Charts.ChartType.PIE;
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
  let builder = sheet.newChart().setChartType(chartType(chart.kind));
  for (const range of sideBySide(chart.ranges)) builder = builder.addRange(ranges(range));
  builder = builder.setPosition(chart.anchor.row, chart.anchor.column, 0, 0).setOption('title', chart.title);
  if (chart.stacked) builder = builder.setOption('isStacked', true);
  if (chart.colors) builder = builder.setOption('colors', chart.colors);
  if (chart.width) builder = builder.setOption('width', chart.width);
  if (chart.height) builder = builder.setOption('height', chart.height);
  for (const [name, value] of Object.entries(chart.options ?? {})) builder = builder.setOption(name, value);
  return builder.build();
}
