// Writes a TabPlan onto a freshly inserted sheet. The number of SpreadsheetApp calls depends on
// the plan's shape (blocks, rules, charts), never on how many rows a block holds.
import type {
  ChartKind,
  ConditionWhen,
  PlanCell,
  PlanChart,
  PlanConditionalFormat,
  PlanRange,
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

export function applyTabPlan(spreadsheet: Spreadsheet, sheet: Sheet, plan: TabPlan): void {
  ensureSize(sheet, plan.minRows, plan.minColumns);
  if (plan.rightToLeft) sheet.setRightToLeft(true);
  for (const block of plan.blocks) {
    const rows = block.cells.length;
    const columns = Math.max(...block.cells.map((row) => row.length));
    if (rows === 0 || columns === 0) continue;
    const range = sheet.getRange(block.row, block.column, rows, columns);
    range.setValues(block.cells.map((row) => padRow(row.map(cellForSheet), columns)));
    if (block.bold) range.setFontWeight('bold');
    if (block.background) range.setBackground(block.background);
    if (block.wrap) range.setWrap(true);
  }
  for (const grid of plan.formats) {
    if (grid.formats.length === 0) continue;
    sheet.getRange(grid.row, grid.column, grid.formats.length, grid.formats[0].length).setNumberFormats(grid.formats);
  }
  for (const validation of plan.validations) {
    rangeOf(spreadsheet, sheet, validation.range).setDataValidation(buildValidation(validation.rule));
  }
  for (const grid of plan.validationGrids) {
    if (grid.rules.length === 0) continue;
    const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
    const rules = grid.rules.map((row) =>
      row.map((rule) => {
        if (!rule) return null;
        const key = JSON.stringify(rule);
        if (!built.has(key)) built.set(key, buildValidation(rule));
        return built.get(key)!;
      }),
    );
    sheet.getRange(grid.row, grid.column, rules.length, rules[0].length).setDataValidations(rules);
  }
  if (plan.conditionalFormats.length > 0) {
    sheet.setConditionalFormatRules(
      plan.conditionalFormats.map((format) => buildConditional(spreadsheet, sheet, format)),
    );
  }
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  for (const [start, count, width] of widthRuns(plan.columnWidths)) sheet.setColumnWidths(start, count, width);
  if (plan.protectedRows > 0) {
    sheet
      .getRange(1, 1, plan.protectedRows, plan.minColumns)
      .protect()
      .setDescription(plan.protectionNote)
      .setWarningOnly(true);
  }
  for (const chart of plan.charts) sheet.insertChart(buildChart(spreadsheet, sheet, chart));
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, JSON.stringify(plan.meta));
}

function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function padRow<T>(row: T[], columns: number): T[] {
  if (row.length >= columns) return row;
  return row.concat(new Array(columns - row.length).fill('') as T[]);
}

/** Consecutive columns with the same width become one setColumnWidths call. */
function widthRuns(widths: Record<number, number>): [number, number, number][] {
  const columns = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: [number, number, number][] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === column && last[2] === widths[column]) last[1] += 1;
    else runs.push([column, 1, widths[column]]);
  }
  return runs;
}

function rangeOf(spreadsheet: Spreadsheet, sheet: Sheet, range: PlanRange): Range {
  const target = range.sheet ? spreadsheet.getSheetByName(range.sheet) : sheet;
  if (!target) throw new Error(`Tab "${range.sheet}" is missing.`);
  return target.getRange(range.row, range.column, range.rows, range.columns);
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

function buildConditional(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  format: PlanConditionalFormat,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  return conditionalRule(
    format,
    format.ranges.map((range) => rangeOf(spreadsheet, sheet, range)),
  );
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

function buildChart(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  chart: PlanChart,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let builder = sheet.newChart().setChartType(chartType(chart.kind));
  for (const range of chart.ranges) builder = builder.addRange(rangeOf(spreadsheet, sheet, range));
  builder = builder.setPosition(chart.anchor.row, chart.anchor.column, 0, 0).setOption('title', chart.title);
  if (chart.stacked) builder = builder.setOption('isStacked', true);
  if (chart.colors) builder = builder.setOption('colors', chart.colors);
  if (chart.width) builder = builder.setOption('width', chart.width);
  if (chart.height) builder = builder.setOption('height', chart.height);
  for (const [name, value] of Object.entries(chart.options ?? {})) builder = builder.setOption(name, value);
  return builder.build();
}
