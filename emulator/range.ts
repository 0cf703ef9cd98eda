// Range: a rectangle of cells on one sheet. Reads and writes go through the workbook so one
// setValues/setFormulas call is one engine batch, whatever the size of the block.
import { rangeA1, shiftFormula } from './a1';
import { type DataValidation, DataValidationBuilder } from './builders';
import { DeveloperMetadata, DeveloperMetadataFinder, Protection } from './objects';
import type { Sheet } from './sheet';
import { type CellValue, keyOf, type SheetData, type Workbook } from './workbook';

type Matrix<T> = T[][];

function checkShape(data: unknown, rows: number, cols: number): void {
  if (!Array.isArray(data)) throw new Error("The parameters (String) don't match the method signature.");
  if (data.length !== rows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
    );
  }
  for (const row of data) {
    const length = Array.isArray(row) ? row.length : 1;
    if (length !== cols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${length} but the range has ${cols}.`,
      );
    }
  }
}

const STYLE_DEFAULTS: Record<string, unknown> = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  wrapStrategy: 'OVERFLOW',
  note: '',
  textDirection: null,
  textRotation: 0,
};

export class Range {
  constructor(
    readonly wb: Workbook,
    readonly sheet: SheetData,
    readonly row0: number,
    readonly col0: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  private each<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.cols; c++) line.push(fn(this.row0 + r, this.col0 + c));
      out.push(line);
    }
    return out;
  }

  private sameRange(row0: number, col0: number, rows: number, cols: number): Range {
    return this.wb.wrap(new Range(this.wb, this.sheet, row0, col0, rows, cols), 'Range');
  }

  // ---------------------------------------------------------------- geometry

  getA1Notation(): string {
    return rangeA1(this.row0 + 1, this.col0 + 1, this.rows, this.cols);
  }
  getRow(): number {
    return this.row0 + 1;
  }
  getRowIndex(): number {
    return this.row0 + 1;
  }
  getColumn(): number {
    return this.col0 + 1;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  getHeight(): number {
    return this.rows;
  }
  getWidth(): number {
    return this.cols;
  }
  getLastRow(): number {
    return this.row0 + this.rows;
  }
  getLastColumn(): number {
    return this.col0 + this.cols;
  }
  getSheet(): Sheet {
    return this.wb.sheetApi(this.sheet);
  }
  getGridId(): number {
    return this.sheet.sheetId;
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.rows || column > this.cols) throw new Error('Cell reference out of range');
    return this.sameRange(this.row0 + row - 1, this.col0 + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const rows = numRows ?? this.rows;
    const cols = numColumns ?? this.cols;
    const row0 = this.row0 + rowOffset;
    const col0 = this.col0 + columnOffset;
    if (
      row0 < 0 ||
      col0 < 0 ||
      row0 + rows > this.sheet.maxRows ||
      col0 + cols > this.sheet.maxCols ||
      rows < 1 ||
      cols < 1
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sameRange(row0, col0, rows, cols);
  }
  isBlank(): boolean {
    return this.wb
      .values(this.sheet, this.row0, this.col0, this.rows, this.cols)
      .every((row) => row.every((v) => v === ''));
  }
  activate(): this {
    this.wb.activeSheet = this.sheet;
    this.wb.activeRange = { sheet: this.sheet, row0: this.row0, col0: this.col0, rows: this.rows, cols: this.cols };
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }

  // ---------------------------------------------------------------- values and formulas

  getValues(): Matrix<CellValue> {
    return this.wb.values(this.sheet, this.row0, this.col0, this.rows, this.cols);
  }
  getValue(): CellValue {
    return this.wb.values(this.sheet, this.row0, this.col0, 1, 1)[0][0];
  }
  getDisplayValues(): Matrix<string> {
    return this.wb.displayValues(this.sheet, this.row0, this.col0, this.rows, this.cols);
  }
  getDisplayValue(): string {
    return this.wb.displayValues(this.sheet, this.row0, this.col0, 1, 1)[0][0];
  }
  getFormulas(): Matrix<string> {
    return this.wb.formulas(this.sheet, this.row0, this.col0, this.rows, this.cols);
  }
  getFormula(): string {
    return this.wb.formulas(this.sheet, this.row0, this.col0, 1, 1)[0][0];
  }

  setValues(values: unknown[][]): this {
    checkShape(values, this.rows, this.cols);
    const contents = values.map((row, r) =>
      row.map((v, c) => this.wb.contentForScriptValue(this.sheet, this.row0 + r, this.col0 + c, v)),
    );
    this.wb.writeBlock(this.sheet, this.row0, this.col0, contents);
    return this;
  }
  setValue(value: unknown): this {
    const contents = this.each((r, c) => this.wb.contentForScriptValue(this.sheet, r, c, value));
    this.wb.writeBlock(this.sheet, this.row0, this.col0, contents);
    return this;
  }
  setFormulas(formulas: string[][]): this {
    checkShape(formulas, this.rows, this.cols);
    const contents = formulas.map((row, r) =>
      row.map((f, c) => this.wb.contentForFormula(this.sheet, this.row0 + r, this.col0 + c, f)),
    );
    this.wb.writeBlock(this.sheet, this.row0, this.col0, contents);
    return this;
  }
  setFormula(formula: string): this {
    // Like filling: relative references move with each cell of the range.
    const contents = this.each((r, c) =>
      this.wb.contentForFormula(this.sheet, r, c, shiftFormula(String(formula), r - this.row0, c - this.col0)),
    );
    this.wb.writeBlock(this.sheet, this.row0, this.col0, contents);
    return this;
  }
  clearContent(): this {
    const contents = this.each((r, c) => {
      this.sheet.formulaText.delete(keyOf(r, c));
      return null;
    });
    this.wb.writeBlock(this.sheet, this.row0, this.col0, contents);
    return this;
  }
  clearFormat(): this {
    this.each((r, c) => {
      this.sheet.formats.delete(keyOf(r, c));
      const style = this.sheet.styles.get(keyOf(r, c));
      if (style) {
        const note = style.note;
        this.sheet.styles.delete(keyOf(r, c));
        if (note) this.sheet.styles.set(keyOf(r, c), { note });
      }
    });
    return this;
  }
  clearDataValidations(): this {
    this.each((r, c) => this.sheet.validations.delete(keyOf(r, c)));
    return this;
  }
  clearNote(): this {
    return this.setNote('');
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): this {
    const all = !options || Object.keys(options).length === 0;
    if (all || options?.contentsOnly) this.clearContent();
    if (all || options?.formatOnly) this.clearFormat();
    if (all || options?.validationsOnly) this.clearDataValidations();
    return this;
  }

  // ---------------------------------------------------------------- number formats and validation

  setNumberFormat(format: string): this {
    this.each((r, c) => this.sheet.formats.set(keyOf(r, c), String(format)));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    checkShape(formats, this.rows, this.cols);
    formats.forEach((row, r) => {
      row.forEach((f, c) => {
        this.sheet.formats.set(keyOf(this.row0 + r, this.col0 + c), String(f));
      });
    });
    return this;
  }
  getNumberFormat(): string {
    return this.sheet.formats.get(keyOf(this.row0, this.col0)) ?? 'General';
  }
  getNumberFormats(): Matrix<string> {
    return this.each((r, c) => this.sheet.formats.get(keyOf(r, c)) ?? 'General');
  }
  setDataValidation(rule: DataValidation | null): this {
    this.each((r, c) => {
      if (rule) this.sheet.validations.set(keyOf(r, c), rule);
      else this.sheet.validations.delete(keyOf(r, c));
    });
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): this {
    checkShape(rules, this.rows, this.cols);
    rules.forEach((row, r) => {
      row.forEach((rule, c) => {
        const key = keyOf(this.row0 + r, this.col0 + c);
        if (rule) this.sheet.validations.set(key, rule);
        else this.sheet.validations.delete(key);
      });
    });
    return this;
  }
  getDataValidation(): DataValidation | null {
    return this.sheet.validations.get(keyOf(this.row0, this.col0)) ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.each((r, c) => this.sheet.validations.get(keyOf(r, c)) ?? null);
  }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): this {
    const builder = new DataValidationBuilder(this.wb.wrap);
    const rule = builder.requireCheckbox(checked, unchecked).build();
    this.setDataValidation(rule);
    // Sheets turns blank cells into unchecked boxes.
    const values = this.getValues();
    const contents = values.map((row, r) =>
      row.map((v, c) =>
        v === '' ? (unchecked ?? false) : this.wb.contentForScriptValue(this.sheet, this.row0 + r, this.col0 + c, v),
      ),
    );
    this.wb.writeBlock(this.sheet, this.row0, this.col0, contents);
    return this;
  }
  removeCheckboxes(): this {
    return this.clearDataValidations();
  }
  check(): this {
    return this.setValue(true);
  }
  uncheck(): this {
    return this.setValue(false);
  }

  // ---------------------------------------------------------------- styles (recorded)

  private setStyle(prop: string, value: unknown): this {
    this.each((r, c) => {
      const key = keyOf(r, c);
      const style = { ...(this.sheet.styles.get(key) ?? {}) };
      if (value === null || value === undefined) delete style[prop];
      else style[prop] = value;
      if (Object.keys(style).length === 0) this.sheet.styles.delete(key);
      else this.sheet.styles.set(key, style);
    });
    return this;
  }
  private setStyles(prop: string, values: unknown[][]): this {
    checkShape(values, this.rows, this.cols);
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        this.sameRangeRaw(this.row0 + r, this.col0 + c).setStyle(prop, value);
      });
    });
    return this;
  }
  private sameRangeRaw(row0: number, col0: number): Range {
    return new Range(this.wb, this.sheet, row0, col0, 1, 1);
  }
  private getStyle(prop: string): unknown {
    return this.sheet.styles.get(keyOf(this.row0, this.col0))?.[prop] ?? STYLE_DEFAULTS[prop] ?? null;
  }
  private getStyleMatrix(prop: string): unknown[][] {
    return this.each((r, c) => this.sheet.styles.get(keyOf(r, c))?.[prop] ?? STYLE_DEFAULTS[prop] ?? null);
  }

  setBackground(color: string | null): this {
    return this.setStyle('background', color);
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.setStyles('background', colors);
  }
  setBackgroundRGB(r: number, g: number, b: number): this {
    return this.setStyle('background', `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`);
  }
  getBackground(): string {
    return this.getStyle('background') as string;
  }
  getBackgrounds(): string[][] {
    return this.getStyleMatrix('background') as string[][];
  }
  setFontColor(color: string | null): this {
    return this.setStyle('fontColor', color);
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.setStyles('fontColor', colors);
  }
  getFontColor(): string {
    return this.getStyle('fontColor') as string;
  }
  getFontColors(): string[][] {
    return this.getStyleMatrix('fontColor') as string[][];
  }
  setFontWeight(weight: string | null): this {
    return this.setStyle('fontWeight', weight);
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this.setStyles('fontWeight', weights);
  }
  getFontWeight(): string {
    return this.getStyle('fontWeight') as string;
  }
  getFontWeights(): string[][] {
    return this.getStyleMatrix('fontWeight') as string[][];
  }
  setFontStyle(style: string | null): this {
    return this.setStyle('fontStyle', style);
  }
  getFontStyle(): string {
    return this.getStyle('fontStyle') as string;
  }
  setFontSize(size: number): this {
    return this.setStyle('fontSize', size);
  }
  getFontSize(): number {
    return this.getStyle('fontSize') as number;
  }
  setFontFamily(family: string | null): this {
    return this.setStyle('fontFamily', family);
  }
  setFontLine(line: string | null): this {
    return this.setStyle('fontLine', line);
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setStyle('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.setStyles('horizontalAlignment', alignments);
  }
  getHorizontalAlignment(): string {
    return this.getStyle('horizontalAlignment') as string;
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setStyle('verticalAlignment', alignment);
  }
  getVerticalAlignment(): string {
    return this.getStyle('verticalAlignment') as string;
  }
  setWrap(wrap: boolean): this {
    return this.setStyle('wrap', Boolean(wrap));
  }
  setWraps(wraps: boolean[][]): this {
    return this.setStyles('wrap', wraps);
  }
  getWrap(): boolean {
    return this.getStyle('wrap') as boolean;
  }
  setWrapStrategy(strategy: string): this {
    return this.setStyle('wrapStrategy', String(strategy));
  }
  setTextDirection(direction: string | null): this {
    return this.setStyle('textDirection', direction === null ? null : String(direction));
  }
  setTextRotation(degrees: number): this {
    return this.setStyle('textRotation', degrees);
  }
  setNote(note: string | null): this {
    return this.setStyle('note', note ? String(note) : null);
  }
  setNotes(notes: (string | null)[][]): this {
    return this.setStyles(
      'note',
      notes.map((row) => row.map((n) => (n ? String(n) : null))),
    );
  }
  getNote(): string {
    return this.getStyle('note') as string;
  }
  getNotes(): string[][] {
    return this.getStyleMatrix('note') as string[][];
  }
  setBorder(...args: unknown[]): this {
    return this.setStyle(
      'border',
      args.map((a) => (a === null || a === undefined ? null : String(a))),
    );
  }
  setShowHyperlink(show: boolean): this {
    return this.setStyle('showHyperlink', show);
  }

  // ---------------------------------------------------------------- merges, protection, metadata

  merge(): this {
    this.sheet.merges.push({ row0: this.row0, col0: this.col0, rows: this.rows, cols: this.cols });
    return this;
  }
  mergeAcross(): this {
    for (let r = 0; r < this.rows; r++)
      this.sheet.merges.push({ row0: this.row0 + r, col0: this.col0, rows: 1, cols: this.cols });
    return this;
  }
  mergeVertically(): this {
    for (let c = 0; c < this.cols; c++)
      this.sheet.merges.push({ row0: this.row0, col0: this.col0 + c, rows: this.rows, cols: 1 });
    return this;
  }
  breakApart(): this {
    this.sheet.merges = this.sheet.merges.filter(
      (m) =>
        m.row0 + m.rows <= this.row0 ||
        m.row0 >= this.row0 + this.rows ||
        m.col0 + m.cols <= this.col0 ||
        m.col0 >= this.col0 + this.cols,
    );
    return this;
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some(
      (m) =>
        m.row0 < this.row0 + this.rows &&
        m.row0 + m.rows > this.row0 &&
        m.col0 < this.col0 + this.cols &&
        m.col0 + m.cols > this.col0,
    );
  }
  protect(): Protection {
    const data = {
      id: this.wb.nextProtectionId++,
      type: 'RANGE' as const,
      sheet: this.sheet,
      row0: this.row0,
      col0: this.col0,
      rows: this.rows,
      cols: this.cols,
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: true,
      unprotected: [],
    };
    this.wb.protections.push(data);
    return this.wb.wrap(new Protection(this.wb, data), 'Protection');
  }

  private metadataLocation(): { locationType: 'ROW' | 'COLUMN'; start: number; count: number } {
    if (this.col0 === 0 && this.cols === this.sheet.maxCols)
      return { locationType: 'ROW', start: this.row0, count: this.rows };
    if (this.row0 === 0 && this.rows === this.sheet.maxRows)
      return { locationType: 'COLUMN', start: this.col0, count: this.cols };
    throw new Error(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    const location = this.metadataLocation();
    const isVisibility = valueOrVisibility === 'DOCUMENT' || valueOrVisibility === 'PROJECT';
    this.wb.metadata.push({
      id: this.wb.nextMetadataId++,
      key: String(key),
      value: isVisibility || valueOrVisibility === undefined ? null : String(valueOrVisibility),
      visibility: String((isVisibility ? valueOrVisibility : visibility) ?? 'DOCUMENT'),
      sheet: this.sheet,
      ...location,
    });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    const location = this.metadataLocation();
    return this.wb.metadata
      .filter(
        (m) =>
          m.sheet === this.sheet &&
          m.locationType === location.locationType &&
          m.start !== undefined &&
          m.start >= location.start &&
          m.start < location.start + location.count,
      )
      .map((m) => this.wb.wrap(new DeveloperMetadata(this.wb, m), 'DeveloperMetadata'));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    const location = this.metadataLocation();
    return this.wb.wrap(
      new DeveloperMetadataFinder(
        this.wb,
        (m) =>
          m.sheet === this.sheet &&
          m.locationType === location.locationType &&
          m.start !== undefined &&
          m.start >= location.start &&
          m.start < location.start + location.count,
      ),
      'DeveloperMetadataFinder',
    );
  }
}
