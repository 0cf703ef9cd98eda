// Sheet: one tab of the emulated workbook.
import { parseA1 } from './a1';
import { type ConditionalFormatRule, EmbeddedChart, EmbeddedChartBuilder } from './builders';
import { untracked } from './calls';
import { DeveloperMetadata, DeveloperMetadataFinder, Protection, rawRange } from './objects';
import { Range } from './range';
import type { SheetData, Workbook } from './workbook';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export class Sheet {
  constructor(
    readonly wb: Workbook,
    readonly data: SheetData,
  ) {}

  private get alive(): SheetData {
    if (!this.wb.sheets.includes(this.data)) throw new Error('This sheet has been deleted.');
    return this.data;
  }

  /** A Range object (not tracked) for internal use. */
  rangeRaw(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    const sheet = this.alive;
    if (typeof a1OrRow === 'string') {
      const ref = parseA1(a1OrRow);
      const row = ref.startRow ?? 1;
      const col = ref.startCol ?? 1;
      const endRow = ref.endRow ?? (a1OrRow.includes(':') ? sheet.maxRows : row);
      const endCol = ref.endCol ?? (a1OrRow.includes(':') ? sheet.maxCols : col);
      return this.rangeRaw(
        Math.min(row, endRow),
        Math.min(col, endCol),
        Math.abs(endRow - row) + 1,
        Math.abs(endCol - col) + 1,
      );
    }
    const row = Number(a1OrRow);
    const col = Number(column);
    const rows = numRows ?? 1;
    const cols = numColumns ?? 1;
    if (!Number.isInteger(row) || !Number.isInteger(col)) throw new Error('Range not found');
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1 || col < 1 || row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxCols)
      throw new Error(OUTSIDE);
    return new Range(this.wb, sheet, row - 1, col - 1, rows, cols);
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    return this.wb.wrap(this.rangeRaw(a1OrRow, column, numRows, numColumns), 'Range');
  }

  /** Ranges of this tab by A1 notation, fetched together (one request); see RangeList. */
  getRangeList(a1Notations: string[]): RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw new Error('Range not found');
    const ranges = a1Notations.map((a1) => this.wb.wrap(this.rangeRaw(String(a1)), 'Range'));
    return this.wb.wrap(new RangeList(ranges), 'RangeList');
  }

  // ---------------------------------------------------------------- identity

  getName(): string {
    return this.alive.name;
  }
  getSheetName(): string {
    return this.alive.name;
  }
  setName(name: string): this {
    this.wb.renameSheet(this.alive, name);
    return this;
  }
  getSheetId(): number {
    return this.alive.sheetId;
  }
  getIndex(): number {
    return this.wb.sheets.indexOf(this.alive) + 1;
  }
  getParent(): unknown {
    return this.wb.spreadsheetApi();
  }
  getType(): string {
    return 'GRID';
  }
  activate(): this {
    this.wb.activeSheet = this.alive;
    this.wb.activeRange = undefined;
    return this;
  }
  showSheet(): this {
    this.alive.hidden = false;
    return this;
  }
  hideSheet(): this {
    if (this.wb.sheets.filter((s) => !s.hidden).length <= 1 && !this.data.hidden) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.alive.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    return this.alive.hidden;
  }
  setTabColor(color: string | null): this {
    this.alive.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.alive.tabColor;
  }
  setRightToLeft(rightToLeft: boolean): this {
    this.alive.rightToLeft = Boolean(rightToLeft);
    return this;
  }
  isRightToLeft(): boolean {
    return this.alive.rightToLeft;
  }

  // ---------------------------------------------------------------- extent

  getLastRow(): number {
    return this.wb.lastRow(this.alive);
  }
  getLastColumn(): number {
    return this.wb.lastColumn(this.alive);
  }
  getMaxRows(): number {
    return this.alive.maxRows;
  }
  getMaxColumns(): number {
    return this.alive.maxCols;
  }
  getDataRange(): Range {
    const rows = Math.max(1, this.getLastRow());
    const cols = Math.max(1, this.getLastColumn());
    return this.getRange(1, 1, rows, cols);
  }
  getActiveRange(): Range | null {
    const a = this.wb.activeRange;
    if (!a || a.sheet !== this.data) return this.getRange(1, 1);
    return this.getRange(a.row0 + 1, a.col0 + 1, a.rows, a.cols);
  }
  setActiveRange(range: Range): Range {
    untracked(rawRange(range)).activate();
    return range;
  }
  setActiveSelection(a1OrRange: string | Range): Range {
    const range = typeof a1OrRange === 'string' ? this.getRange(a1OrRange) : a1OrRange;
    untracked(rawRange(range)).activate();
    return range;
  }

  // ---------------------------------------------------------------- rows and columns

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsAt(afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAt(beforePosition - 1, howMany);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAt(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsAt(beforePosition - 1, 1);
  }
  insertRows(rowIndex: number, numRows = 1): this {
    return this.insertRowsAt(rowIndex - 1, numRows);
  }
  private insertRowsAt(at0: number, count: number): this {
    const sheet = this.alive;
    if (at0 < 0 || at0 > sheet.maxRows || count < 1) throw new Error(OUTSIDE);
    this.wb.mutate(() => this.wb.hf.addRows(sheet.hfId, [at0, count]));
    sheet.maxRows += count;
    this.wb.shiftCells(sheet, 'row', at0, count);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const sheet = this.alive;
    if (rowPosition < 1 || rowPosition + howMany - 1 > sheet.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany >= sheet.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.wb.mutate(() => this.wb.hf.removeRows(sheet.hfId, [rowPosition - 1, howMany]));
    sheet.maxRows -= howMany;
    this.wb.shiftCells(sheet, 'row', rowPosition - 1, -howMany);
  }
  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsAt(afterPosition, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAt(beforePosition - 1, howMany);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAt(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsAt(beforePosition - 1, 1);
  }
  private insertColumnsAt(at0: number, count: number): this {
    const sheet = this.alive;
    if (at0 < 0 || at0 > sheet.maxCols || count < 1) throw new Error(OUTSIDE);
    this.wb.mutate(() => this.wb.hf.addColumns(sheet.hfId, [at0, count]));
    sheet.maxCols += count;
    this.wb.shiftCells(sheet, 'col', at0, count);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const sheet = this.alive;
    if (columnPosition < 1 || columnPosition + howMany - 1 > sheet.maxCols)
      throw new Error('Those columns are out of bounds.');
    if (howMany >= sheet.maxCols) throw new Error("You can't delete all the columns on the sheet.");
    this.wb.mutate(() => this.wb.hf.removeColumns(sheet.hfId, [columnPosition - 1, howMany]));
    sheet.maxCols -= howMany;
    this.wb.shiftCells(sheet, 'col', columnPosition - 1, -howMany);
  }
  deleteColumn(columnPosition: number): void {
    this.deleteColumns(columnPosition, 1);
  }
  appendRow(rowContents: unknown[]): this {
    const sheet = this.alive;
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw new Error('appendRow needs at least one value.');
    const row0 = this.wb.lastRow(sheet);
    if (row0 + 1 > sheet.maxRows) sheet.maxRows = row0 + 1;
    if (rowContents.length > sheet.maxCols) sheet.maxCols = rowContents.length;
    const contents = [rowContents.map((v, c) => this.wb.contentForScriptValue(sheet, row0, c, v))];
    this.wb.writeBlock(sheet, row0, 0, contents);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.alive.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.alive.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.alive.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this.alive.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.alive.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.alive.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.alive.columnWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.alive.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this.alive.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.alive.rowHeights.get(rowPosition) ?? 21;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    // Width from the longest display value, roughly as Sheets measures it.
    const sheet = this.alive;
    const rows = Math.max(1, this.wb.lastRow(sheet));
    const shown = this.wb.displayValues(sheet, 0, startColumn - 1, rows, numColumns);
    for (let c = 0; c < numColumns; c++) {
      const longest = Math.max(0, ...shown.map((row) => row[c].length));
      sheet.columnWidths.set(startColumn + c, Math.max(40, Math.min(600, 7 * longest + 14)));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.getRange(1, columnIndex, 1, numColumns);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.getRange(1, columnIndex, 1, numColumns);
  }
  setHiddenGridlines(_hide: boolean): this {
    return this;
  }

  clear(): this {
    const sheet = this.alive;
    this.clearContents();
    sheet.formats.clear();
    sheet.styles.clear();
    sheet.validations.clear();
    return this;
  }
  clearContents(): this {
    const sheet = this.alive;
    const dims = this.wb.hf.getSheetDimensions(sheet.hfId);
    if (dims.height > 0 && dims.width > 0) {
      const empty = Array.from({ length: dims.height }, () => Array.from({ length: dims.width }, () => null));
      this.wb.writeBlock(sheet, 0, 0, empty);
    }
    sheet.formulaText.clear();
    return this;
  }
  clearFormats(): this {
    this.alive.formats.clear();
    this.alive.styles.clear();
    return this;
  }
  clearConditionalFormatRules(): void {
    this.alive.conditionalRules = [];
  }

  // ---------------------------------------------------------------- protection

  protect(): Protection {
    const sheet = this.alive;
    const existing = this.wb.protections.find((p) => p.sheet === sheet && p.type === 'SHEET');
    const data = existing ?? {
      id: this.wb.nextProtectionId++,
      type: 'SHEET' as const,
      sheet,
      row0: 0,
      col0: 0,
      rows: 0,
      cols: 0,
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: true,
      unprotected: [],
    };
    if (!existing) this.wb.protections.push(data);
    return this.wb.wrap(new Protection(this.wb, data), 'Protection');
  }
  getProtections(type: string): Protection[] {
    const sheet = this.alive;
    return this.wb.protections
      .filter((p) => p.sheet === sheet && p.type === String(type))
      .map((p) => this.wb.wrap(new Protection(this.wb, p), 'Protection'));
  }

  // ---------------------------------------------------------------- conditional formats

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.alive.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this.alive.conditionalRules];
  }

  // ---------------------------------------------------------------- charts

  newChart(): EmbeddedChartBuilder {
    const sheet = this.alive;
    const builder = new EmbeddedChartBuilder(
      this.wb.wrap,
      (b) =>
        this.wb.wrap(
          new EmbeddedChart(this.wb.wrap, this.wb.nextChartId++, b.spec, (chart) => this.chartBuilder(chart)),
          'EmbeddedChart',
        ),
      undefined,
    );
    void sheet;
    return this.wb.wrap(builder, 'EmbeddedChartBuilder');
  }
  private chartBuilder(chart: EmbeddedChart): EmbeddedChartBuilder {
    return this.wb.wrap(
      new EmbeddedChartBuilder(
        this.wb.wrap,
        (b) =>
          this.wb.wrap(
            new EmbeddedChart(this.wb.wrap, chart.chartId, b.spec, (c) => this.chartBuilder(c)),
            'EmbeddedChart',
          ),
        chart,
      ),
      'EmbeddedChartBuilder',
    );
  }
  insertChart(chart: EmbeddedChart): void {
    const sheet = this.alive;
    if (sheet.charts.some((c) => c.chartId === chart.chartId)) throw new Error('This chart is already on the sheet.');
    sheet.charts.push(chart);
  }
  getCharts(): EmbeddedChart[] {
    return [...this.alive.charts];
  }
  removeChart(chart: EmbeddedChart): void {
    const sheet = this.alive;
    const before = sheet.charts.length;
    sheet.charts = sheet.charts.filter((c) => c.chartId !== chart.chartId);
    if (sheet.charts.length === before) throw new Error('The chart is not on this sheet.');
  }
  updateChart(chart: EmbeddedChart): void {
    const sheet = this.alive;
    const index = sheet.charts.findIndex((c) => c.chartId === chart.chartId);
    if (index < 0) throw new Error('The chart is not on this sheet.');
    sheet.charts[index] = chart;
  }

  // ---------------------------------------------------------------- developer metadata

  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    const isVisibility = valueOrVisibility === 'DOCUMENT' || valueOrVisibility === 'PROJECT';
    this.wb.metadata.push({
      id: this.wb.nextMetadataId++,
      key: String(key),
      value: isVisibility || valueOrVisibility === undefined ? null : String(valueOrVisibility),
      visibility: String((isVisibility ? valueOrVisibility : visibility) ?? 'DOCUMENT'),
      locationType: 'SHEET',
      sheet: this.alive,
    });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    const sheet = this.alive;
    return this.wb.metadata
      .filter((m) => m.sheet === sheet && m.locationType === 'SHEET')
      .map((m) => this.wb.wrap(new DeveloperMetadata(this.wb, m), 'DeveloperMetadata'));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    const sheet = this.alive;
    return this.wb.wrap(new DeveloperMetadataFinder(this.wb, (m) => m.sheet === sheet), 'DeveloperMetadataFinder');
  }
}

/** Ranges of one tab fetched by one getRangeList call; the list carries them (getRanges is local). */
export class RangeList {
  constructor(private readonly ranges: Range[]) {}
  getRanges(): Range[] {
    return [...this.ranges];
  }
}
