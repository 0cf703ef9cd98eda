// Value objects and builders of the Sheets API: enums, data validation, conditional format
// rules and embedded charts. They hold plain data; the workbook applies them.
import { untracked } from './calls';
import { isDate } from './dates';

export type Wrap = <T extends object>(target: T, className: string) => T;

function enumOf<K extends string>(...names: K[]): Record<K, K> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<K, K>;
}

export const ProtectionType = enumOf('RANGE', 'SHEET');
export const DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
export const DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
export const DataValidationCriteria = enumOf(
  'CHECKBOX',
  'CUSTOM_FORMULA',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
);
export const BooleanCriteria = enumOf(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'CUSTOM_FORMULA',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_ENDS_WITH',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
);
export const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
export const Dimension = enumOf('COLUMNS', 'ROWS');
export const BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
export const CopyPasteType = enumOf(
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
);
export const SheetType = enumOf('GRID', 'OBJECT', 'DATASOURCE');
export const InterpolationType = enumOf('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX');
export const ChartType = enumOf(
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
);
export const ChartMergeStrategy = enumOf('MERGE_COLUMNS', 'MERGE_ROWS');
export const ChartHiddenDimensionStrategy = enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH');
export const LegendPosition = enumOf('BOTTOM', 'LEFT', 'NONE', 'RIGHT', 'TOP', 'IN');

/** A range reference as the builders keep it: enough to describe and resolve it later. */
export interface RangeRef {
  getA1Notation(): string;
  getSheet(): { getName(): string };
}

function describeValue(v: unknown): unknown {
  if (v && typeof v === 'object' && 'getA1Notation' in v) {
    // Unwrapped, so describing a rule or chart is not counted as a service call.
    const r = untracked(v as RangeRef & object);
    return `'${untracked(r.getSheet() as object & { getName(): string }).getName()}'!${r.getA1Notation()}`;
  }
  if (isDate(v)) return v.toISOString();
  if (Array.isArray(v)) return v.map(describeValue);
  return v;
}

// ---------------------------------------------------------------- data validation

export class DataValidation {
  constructor(
    private wrap: Wrap,
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this.wrap);
    b.withCriteria(this.criteria, this.values).setAllowInvalid(this.allowInvalid).setHelpText(this.helpText);
    return this.wrap(b, 'DataValidationBuilder');
  }
  describe(): unknown {
    return {
      criteria: this.criteria,
      values: describeValue(this.values),
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
  }
}

export class DataValidationBuilder {
  private criteria = '';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  constructor(private wrap: Wrap) {}
  private set(criteria: string, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this.set(String(criteria), [...args]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.set('CHECKBOX', values);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: Date): this {
    return this.set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: Date): this {
    return this.set('DATE_BEFORE', [d]);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this.set('DATE_BETWEEN', [a, b]);
  }
  requireDateOnOrAfter(d: Date): this {
    return this.set('DATE_ON_OR_AFTER', [d]);
  }
  requireDateOnOrBefore(d: Date): this {
    return this.set('DATE_ON_OR_BEFORE', [d]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this.set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberNotBetween(a: number, b: number): this {
    return this.set('NUMBER_NOT_BETWEEN', [a, b]);
  }
  requireNumberEqualTo(n: number): this {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextContains(t: string): this {
    return this.set('TEXT_CONTAINS', [t]);
  }
  requireTextDoesNotContain(t: string): this {
    return this.set('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  requireTextEqualTo(t: string): this {
    return this.set('TEXT_EQUAL_TO', [t]);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) throw new Error('The list of values must not be empty.');
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: RangeRef, showDropdown = true): this {
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this.wrap);
    b.set(this.criteria, [...this.values])
      .setAllowInvalid(this.allowInvalid)
      .setHelpText(this.helpText);
    return this.wrap(b, 'DataValidationBuilder');
  }
  build(): DataValidation {
    if (!this.criteria) throw new Error('You must set a criteria type before building a data validation rule.');
    return this.wrap(
      new DataValidation(this.wrap, this.criteria, this.values, this.allowInvalid, this.helpText),
      'DataValidation',
    );
  }
}

// ---------------------------------------------------------------- conditional formats

export interface ConditionFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export class BooleanCondition {
  constructor(
    readonly criteria: string,
    readonly values: unknown[],
    readonly format: ConditionFormat,
  ) {}
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getBackground(): string | null {
    return this.format.background ?? null;
  }
  getBackgroundObject(): null {
    return null;
  }
  getFontColor(): string | null {
    return this.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.format.underline ?? null;
  }
}

export interface GradientPoint {
  color: string;
  type: string;
  value: string;
}

export class ConditionalFormatRule {
  constructor(
    private wrap: Wrap,
    readonly ranges: RangeRef[],
    readonly condition: BooleanCondition | undefined,
    readonly gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | undefined,
  ) {}
  getRanges(): RangeRef[] {
    return [...this.ranges];
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.condition ? this.wrap(this.condition, 'BooleanCondition') : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this.wrap);
    b.setRanges(this.ranges);
    if (this.condition) {
      b.withCriteria(this.condition.criteria, this.condition.values);
      Object.assign(b.format, this.condition.format);
    }
    return this.wrap(b, 'ConditionalFormatRuleBuilder');
  }
  describe(): unknown {
    return {
      ranges: this.ranges.map(describeValue),
      criteria: this.condition?.criteria ?? null,
      values: describeValue(this.condition?.values ?? []),
      format: this.condition?.format ?? {},
      gradient: this.gradient ?? null,
    };
  }
}

export class ConditionalFormatRuleBuilder {
  private ranges: RangeRef[] = [];
  private criteria = '';
  private values: unknown[] = [];
  format: ConditionFormat = {};
  private gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | undefined;
  constructor(private wrap: Wrap) {}
  private when(criteria: string, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  withCriteria(criteria: string, values: unknown[]): this {
    return this.when(String(criteria), [...values]);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this.when('NUMBER_NOT_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenTextContains(t: string): this {
    return this.when('TEXT_CONTAINS', [t]);
  }
  whenTextDoesNotContain(t: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  whenTextEqualTo(t: string): this {
    return this.when('TEXT_EQUAL_TO', [t]);
  }
  whenTextStartsWith(t: string): this {
    return this.when('TEXT_STARTS_WITH', [t]);
  }
  whenTextEndsWith(t: string): this {
    return this.when('TEXT_ENDS_WITH', [t]);
  }
  setBackground(color: string | null): this {
    this.format.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.format.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.format.italic = italic;
    return this;
  }
  setStrikethrough(on: boolean | null): this {
    this.format.strikethrough = on;
    return this;
  }
  setUnderline(on: boolean | null): this {
    this.format.underline = on;
    return this;
  }
  setGradientMinpoint(color: string): this {
    this.gradient = { ...this.gradient, min: { color, type: 'MIN', value: '' } };
    return this;
  }
  setGradientMaxpoint(color: string): this {
    this.gradient = { ...this.gradient, max: { color, type: 'MAX', value: '' } };
    return this;
  }
  setGradientMinpointWithValue(color: string, type: string, value: string): this {
    this.gradient = { ...this.gradient, min: { color, type: String(type), value } };
    return this;
  }
  setGradientMidpointWithValue(color: string, type: string, value: string): this {
    this.gradient = { ...this.gradient, mid: { color, type: String(type), value } };
    return this;
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string): this {
    this.gradient = { ...this.gradient, max: { color, type: String(type), value } };
    return this;
  }
  setRanges(ranges: RangeRef[]): this {
    this.ranges = [...ranges];
    return this;
  }
  getRanges(): RangeRef[] {
    return [...this.ranges];
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.criteria
      ? this.wrap(new BooleanCondition(this.criteria, this.values, { ...this.format }), 'BooleanCondition')
      : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this.wrap);
    b.ranges = [...this.ranges];
    b.criteria = this.criteria;
    b.values = [...this.values];
    b.format = { ...this.format };
    b.gradient = this.gradient;
    return this.wrap(b, 'ConditionalFormatRuleBuilder');
  }
  build(): ConditionalFormatRule {
    if (!this.criteria && !this.gradient) throw new Error('A conditional format rule needs a condition.');
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
    const condition = this.criteria
      ? new BooleanCondition(this.criteria, [...this.values], { ...this.format })
      : undefined;
    return this.wrap(
      new ConditionalFormatRule(this.wrap, [...this.ranges], condition, this.gradient),
      'ConditionalFormatRule',
    );
  }
}

// ---------------------------------------------------------------- charts

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartSpec {
  chartType: string;
  ranges: RangeRef[];
  position: ChartPosition;
  options: Record<string, unknown>;
  numHeaders: number;
  mergeStrategy: string;
  transpose: boolean;
  hiddenDimensionStrategy: string;
}

export function emptyChartSpec(): ChartSpec {
  return {
    chartType: 'COLUMN',
    ranges: [],
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    options: {},
    numHeaders: -1,
    mergeStrategy: 'MERGE_COLUMNS',
    transpose: false,
    hiddenDimensionStrategy: 'IGNORE_BOTH',
  };
}

export class ChartOptions {
  constructor(private options: Record<string, unknown>) {}
  get(key: string): unknown {
    return this.options[key] ?? null;
  }
  getOrDefault(key: string): unknown {
    return this.options[key] ?? null;
  }
}

export class EmbeddedChart {
  constructor(
    private wrap: Wrap,
    readonly chartId: number,
    public spec: ChartSpec,
    private builderFor: (chart: EmbeddedChart) => EmbeddedChartBuilder,
  ) {}
  getChartId(): number {
    return this.chartId;
  }
  getId(): string {
    return `u${this.chartId}`;
  }
  getType(): string {
    return 'EMBEDDED_CHART';
  }
  getChartType(): string {
    return this.spec.chartType;
  }
  getRanges(): RangeRef[] {
    return [...this.spec.ranges];
  }
  getOptions(): ChartOptions {
    return this.wrap(new ChartOptions({ ...this.spec.options }), 'ChartOptions');
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getMergeStrategy(): string {
    return this.spec.mergeStrategy;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }
  getHiddenDimensionStrategy(): string {
    return this.spec.hiddenDimensionStrategy;
  }
  getContainerInfo(): unknown {
    const p = this.spec.position;
    return this.wrap(
      {
        getAnchorRow: () => p.anchorRow,
        getAnchorColumn: () => p.anchorColumn,
        getOffsetX: () => p.offsetX,
        getOffsetY: () => p.offsetY,
      },
      'ContainerInfo',
    );
  }
  modify(): EmbeddedChartBuilder {
    return this.builderFor(this);
  }
  describe(): unknown {
    return {
      chartId: this.chartId,
      chartType: this.spec.chartType,
      ranges: this.spec.ranges.map(describeValue),
      position: { ...this.spec.position },
      options: describeValue(this.spec.options),
      numHeaders: this.spec.numHeaders,
      mergeStrategy: this.spec.mergeStrategy,
      transpose: this.spec.transpose,
      hiddenDimensionStrategy: this.spec.hiddenDimensionStrategy,
    };
  }
}

export class EmbeddedChartBuilder {
  spec: ChartSpec;
  constructor(
    private wrap: Wrap,
    private buildChart: (builder: EmbeddedChartBuilder) => EmbeddedChart,
    readonly existing: EmbeddedChart | undefined,
  ) {
    const base = existing?.spec ?? emptyChartSpec();
    this.spec = { ...base, ranges: [...base.ranges], position: { ...base.position }, options: { ...base.options } };
  }
  setChartType(type: string): this {
    this.spec.chartType = String(type);
    return this;
  }
  getChartType(): string {
    return this.spec.chartType;
  }
  addRange(range: RangeRef): this {
    this.spec.ranges.push(range);
    return this;
  }
  removeRange(range: RangeRef): this {
    const a1 = describeValue(range);
    this.spec.ranges = this.spec.ranges.filter((r) => describeValue(r) !== a1);
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): RangeRef[] {
    return [...this.spec.ranges];
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.spec.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }
  getContainer(): unknown {
    const p = this.spec.position;
    return this.wrap(
      {
        getAnchorRow: () => p.anchorRow,
        getAnchorColumn: () => p.anchorColumn,
        getOffsetX: () => p.offsetX,
        getOffsetY: () => p.offsetY,
      },
      'ContainerInfo',
    );
  }
  setOption(key: string, value: unknown): this {
    this.spec.options[key] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }
  setMergeStrategy(strategy: string): this {
    this.spec.mergeStrategy = String(strategy);
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.transpose = transpose;
    return this;
  }
  setHiddenDimensionStrategy(strategy: string): this {
    this.spec.hiddenDimensionStrategy = String(strategy);
    return this;
  }
  // The typed builders (asBarChart() etc.) share this object; their setters are options.
  asAreaChart(): this {
    return this.setChartType('AREA');
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asComboChart(): this {
    return this.setChartType('COMBO');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  asScatterChart(): this {
    return this.setChartType('SCATTER');
  }
  asTableChart(): this {
    return this.setChartType('TABLE');
  }
  asHistogramChart(): this {
    return this.setChartType('HISTOGRAM');
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setLegendPosition(position: string): this {
    return this.setOption('legend.position', String(position).toLowerCase());
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', [...colors]);
  }
  setRange(start: number, end: number): this {
    return this.setOption('vAxis.viewWindow', { min: start, max: end });
  }
  setDimensions(width: number, height: number): this {
    this.setOption('width', width);
    return this.setOption('height', height);
  }
  setCurveStyle(style: string): this {
    return this.setOption('curveType', String(style).toLowerCase());
  }
  setPointStyle(style: string): this {
    return this.setOption('pointShape', String(style).toLowerCase());
  }
  build(): EmbeddedChart {
    return this.buildChart(this);
  }
}
