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

/**
 * Writes a plan onto a freshly inserted sheet. Every property of the tab is one grid over the same
 * rectangle (the one range the tab needs): values with formulas in one setValues, then number
 * formats, bold, backgrounds, wrap and validations one call each; conditional rules in one call;
 * widths in runs; one call per chart. The count depends on the plan's shape, never on its rows.
 * `tabs` are the sheets created with it, by name, so ranges on them (charts reading the key
 * results) need no lookup.
 */
export function applyTabPlan(sheet: Sheet, plan: TabPlan, tabs: ReadonlyMap<string, Sheet> = new Map()): void {
  growFreshSheet(sheet, plan.minRows, plan.minColumns);
  if (plan.rightToLeft) sheet.setRightToLeft(true);
  const ranges = rangeCache(sheet, tabs);

  const formats: Grid<string>[] = plan.formats.map((f) => ({ row: f.row, column: f.column, cells: f.formats }));
  const bold = blockProperty<GoogleAppsScript.Spreadsheet.FontWeight | null>(plan.blocks, (b) =>
    b.bold ? 'bold' : undefined,
  );
  const backgrounds = blockProperty<string | null>(plan.blocks, (b) => b.background);
  const wraps = blockProperty(plan.blocks, (b) => (b.wrap ? true : undefined));
  const validations = validationParts(plan);
  // The one rectangle from A1 that holds every part.
  const parts: Grid<unknown>[] = [...plan.blocks, ...formats, ...validations];
  const rows = Math.max(0, ...parts.map((p) => p.row + p.cells.length - 1));
  const columns = Math.max(0, ...parts.flatMap((p) => p.cells.map((r) => p.column + r.length - 1)));
  if (rows > 0 && columns > 0) {
    const range = ranges({ row: 1, column: 1, rows, columns });
    const lay = <T>(grid: Grid<T>[], fill: T) => layGrid(grid, rows, columns, fill);
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
  if (plan.protectedRows > 0) {
    ranges({ row: 1, column: 1, rows: plan.protectedRows, columns: plan.minColumns })
      .protect()
      .setDescription(plan.protectionNote)
      .setWarningOnly(true);
  }
  for (const chart of plan.charts) sheet.insertChart(buildChart(sheet, chart, ranges));
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, JSON.stringify(plan.meta));
}

/** Ranges of a plan, each looked up once (several rules and charts share them). */
function rangeCache(sheet: Sheet, tabs: ReadonlyMap<string, Sheet>): (range: PlanRange) => Range {
  const cache = new Map<string, Range>();
  return (range) => {
    const key = `${range.sheet ?? ''}!${range.row},${range.column},${range.rows},${range.columns}`;
    let found = cache.get(key);
    if (!found) {
      // A range on another tab is on one created with this one.
      const target = range.sheet ? (tabs.get(range.sheet) as Sheet) : sheet;
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
