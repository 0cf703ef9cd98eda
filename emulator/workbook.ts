// The state of the emulated workbook and the cell-level operations the API objects share:
// reading values as Apps Script returns them, writing values and formulas in one engine batch,
// display values per locale, and keeping per-cell records (formats, validations, styles) in
// step when rows or columns are inserted or deleted.
import type { HyperFormula } from 'hyperformula';
import { CellError, DetailedCellError } from 'hyperformula';
import { quoteSheetName, rangeA1 } from './a1';
import type { ConditionalFormatRule, DataValidation, EmbeddedChart } from './builders';
import { CallLog, tracked } from './calls';
import { dateToSerial, isDate, serialToDate, timeOfDayMs } from './dates';
import {
  buildEngine,
  type CustomFunction,
  type EngineState,
  errorCode,
  type ImportResult,
  rebuildingWith,
} from './engine';
import { formatBoolean, formatGeneral, formatNumber, formatText, isDateFormat, localeInfo, parseInput } from './format';
import { IMPORT_NOT_FOUND } from './imports';
import { OpenRanges } from './ranges';
import { Cache, PropertyStore, SharedLock, UiRecorder } from './services';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

const IMPORTRANGE_CALL = /IMPORTRANGE\s*\(/i;

/** Cell keys of the per-cell maps: 0-based row and column packed into one number. */
const KEY_STRIDE = 20000;
export function keyOf(row0: number, col0: number): number {
  return row0 * KEY_STRIDE + col0;
}
export function rowColOf(key: number): [number, number] {
  return [Math.floor(key / KEY_STRIDE), key % KEY_STRIDE];
}

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  locationType: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
  sheet?: SheetData;
  /** 0-based first row/column and count for ROW/COLUMN metadata. */
  start?: number;
  count?: number;
}

export interface ProtectionData {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheet: SheetData;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: string[];
}

export interface NamedRangeData {
  name: string;
  sheet: SheetData;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

export class SheetData {
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  rightToLeft = false;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  formats = new Map<number, string>();
  validations = new Map<number, DataValidation>();
  styles = new Map<number, Record<string, unknown>>();
  /** Formula text as written, for getFormulas (the engine may normalise or close ranges). */
  formulaText = new Map<number, string>();
  merges: { row0: number; col0: number; rows: number; cols: number }[] = [];
  conditionalRules: ConditionalFormatRule[] = [];
  charts: EmbeddedChart[] = [];
  constructor(
    public hfId: number,
    public sheetId: number,
    public name: string,
  ) {}
}

export interface WorkbookOptions {
  /** The spreadsheet's id (its URL is https://docs.google.com/spreadsheets/d/<id>/edit). */
  id?: string;
  /** Another workbook of the same emulator: its call log, user and script stores, locks and caches
   * are shared (they belong to the user and the script, not to a document). */
  sharing?: Workbook;
  /** The emulator's spreadsheets, for IMPORTRANGE (imports.ts). */
  drive?: WorkbookDrive;
  locale: string;
  timeZone: string;
  name: string;
  customFunctions: Record<string, CustomFunction>;
  now?: Date | (() => Date);
  latencyMs: number;
  userLocale: string;
}

export type CellValue = number | string | boolean | Date;

/** What a workbook needs of the emulator's other spreadsheets (imports.ts's Drive). */
export interface WorkbookDrive {
  importRange(target: Workbook, spreadsheet: string, range: string): ImportResult;
  /** Called after every change of a workbook: the workbooks importing from it refresh. */
  changed(source: Workbook): void;
}

export class Workbook {
  readonly log: CallLog;
  readonly hf: HyperFormula;
  readonly engine: EngineState;
  locale: string;
  timeZone: string;
  name: string;
  readonly id: string;
  sheets: SheetData[] = [];
  activeSheet!: SheetData;
  activeRange: { sheet: SheetData; row0: number; col0: number; rows: number; cols: number } | undefined;
  namedRanges = new Map<string, NamedRangeData>();
  metadata: MetadataEntry[] = [];
  protections: ProtectionData[] = [];
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  readonly ui = new UiRecorder();
  readonly properties: { document: PropertyStore; user: PropertyStore; script: PropertyStore };
  readonly locks: { document: SharedLock; script: SharedLock; user: SharedLock };
  readonly caches: { document: Cache; script: Cache; user: Cache };
  private nextSheetId = 0;
  nextMetadataId = 1;
  nextChartId = 1;
  nextProtectionId = 1;
  private clock: () => Date;
  /** Open-ended ranges (A2:A) closed at their tabs' last rows for the engine, and kept so. */
  private readonly openRanges = new OpenRanges(this, rowColOf);

  constructor(readonly options: WorkbookOptions) {
    this.id = options.id ?? 'local-spreadsheet-0001';
    const shared = options.sharing;
    this.log = shared?.log ?? new CallLog();
    this.properties = {
      document: new PropertyStore(),
      user: shared?.properties.user ?? new PropertyStore(),
      script: shared?.properties.script ?? new PropertyStore(),
    };
    this.locks = {
      document: new SharedLock(),
      script: shared?.locks.script ?? new SharedLock(),
      user: shared?.locks.user ?? new SharedLock(),
    };
    this.caches = {
      document: new Cache(),
      script: shared?.caches.script ?? new Cache(),
      user: shared?.caches.user ?? new Cache(),
    };
    this.locale = options.locale;
    this.timeZone = options.timeZone;
    this.name = options.name;
    this.log.latencyMs = options.latencyMs;
    const now = options.now;
    this.clock = typeof now === 'function' ? now : now ? () => new Date(now.getTime()) : () => new Date();
    const functions: Record<string, CustomFunction> = {};
    for (const [name, fn] of Object.entries(options.customFunctions)) {
      if (typeof fn === 'function') functions[name.toUpperCase()] = fn;
    }
    const built = buildEngine({
      functions,
      now: () => this.clock(),
      timeZone: () => this.timeZone,
      isDateCell: (hfId, row, col) => {
        const sheet = this.sheets.find((s) => s.hfId === hfId);
        return sheet ? isDateFormat(sheet.formats.get(keyOf(row, col))) : false;
      },
      importRange: (spreadsheet, range) =>
        this.options.drive
          ? this.options.drive.importRange(this, spreadsheet, range)
          : { error: 'not-found', message: IMPORT_NOT_FOUND },
    });
    this.hf = built.hf;
    this.engine = built.state;
    this.addSheet(this.locale.startsWith('de') ? 'Tabellenblatt1' : 'Sheet1', 0);
  }

  /** The tracked API objects for a tab and for the spreadsheet (set up by the emulator). */
  sheetApi!: (data: SheetData) => Sheet;
  spreadsheetApi!: () => Spreadsheet;

  wrap = <T extends object>(target: T, className: string): T => tracked(target, className, this.log);

  setNow(now: Date | (() => Date)): void {
    this.clock = typeof now === 'function' ? now : () => new Date(now.getTime());
    this.recalculate();
  }

  // ------------------------------------------------------------ sheets

  addSheet(name: string, index: number): SheetData {
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.engine.round++;
    const hfName = this.hf.addSheet(name);
    const sheet = new SheetData(this.hf.getSheetId(hfName) as number, this.nextSheetId, name);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    this.afterChange();
    return sheet;
  }

  removeSheet(sheet: SheetData): void {
    if (this.sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    this.mutate(() => this.hf.removeSheet(sheet.hfId));
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.metadata = this.metadata.filter((m) => m.sheet !== sheet);
    this.protections = this.protections.filter((p) => p.sheet !== sheet);
    for (const [name, nr] of this.namedRanges) if (nr.sheet === sheet) this.dropNamedRange(name);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
    if (this.activeRange?.sheet === sheet) this.activeRange = undefined;
    this.resyncFormulaText(); // IMPORTRANGE elsewhere reads this workbook's tabs by name: now the tab is gone.
    this.options.drive?.changed(this);
  }

  renameSheet(sheet: SheetData, name: string): void {
    const trimmed = String(name);
    if (trimmed === sheet.name) return;
    const clash = this.sheetByName(trimmed);
    if (clash && clash !== sheet) {
      throw new Error(`A sheet with the name "${trimmed}" already exists. Please enter another name.`);
    }
    if (trimmed.trim() === '') throw new Error('The sheet name cannot be empty.');
    this.mutate(() => this.hf.renameSheet(sheet.hfId, trimmed));
    sheet.name = trimmed;
    this.resyncFormulaText();
    this.options.drive?.changed(this);
  }

  sheetByName(name: string): SheetData | undefined {
    // Sheets compares tab names case-insensitively.
    const lower = String(name).toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  // ------------------------------------------------------------ engine writes

  /** Runs engine changes as one recalculation, then fixes spill sizes guessed too early. */
  mutate<T>(change: () => T): T {
    this.engine.lastRecalculation = {};
    this.engine.round++;
    const result = this.hf.batch(change) as unknown as T;
    this.afterChange();
    return result;
  }

  recalculate(): void {
    this.engine.lastRecalculation = {};
    this.engine.round++;
    rebuildingWith(this.engine, () => this.hf.rebuildAndRecalculate());
    this.afterChange();
  }

  private afterChange(): void {
    this.engine.round++;
    this.openRanges.refresh();
    for (let round = 0; round < 3 && this.engine.needsRefresh.size > 0; round++) {
      this.engine.round++;
      const keys = [...this.engine.needsRefresh];
      this.engine.needsRefresh.clear();
      this.hf.batch(() => {
        for (const key of keys) {
          const [sheet, row, col] = key.split(':').map(Number);
          // A formula whose tab was removed meanwhile has nothing left to refresh.
          if (this.hf.getSheetName(sheet) === undefined) continue;
          const address = { sheet, row, col };
          const formula = this.hf.getCellFormula(address);
          if (formula) this.hf.setCellContents(address, [[formula]]);
        }
      });
    }
    this.options.drive?.changed(this);
  }

  /** Whether an IMPORTRANGE of this workbook read (or tried to read) the spreadsheet `id`. */
  importsFrom(id: string, keyOfSpreadsheet: (text: string) => string | undefined): boolean {
    for (const source of this.engine.importSources.values()) if (keyOfSpreadsheet(source) === id) return true;
    return false;
  }

  /**
   * Sets every IMPORTRANGE formula again, so it reads its source as it is now (one recalculation).
   * IMPORTRANGE is not volatile: an edit here does not re-read the other workbooks.
   */
  refreshImports(): void {
    const cells: { sheet: number; row: number; col: number }[] = [];
    for (const sheet of this.sheets) {
      for (const [key, text] of sheet.formulaText) {
        if (!IMPORTRANGE_CALL.test(text)) continue;
        const [row, col] = rowColOf(key);
        cells.push({ sheet: sheet.hfId, row, col });
      }
    }
    this.engine.importSources.clear();
    if (cells.length === 0) return;
    this.mutate(() => {
      for (const address of cells) {
        const formula = this.hf.getCellFormula(address);
        if (formula) this.hf.setCellContents(address, [[formula]]);
      }
    });
  }

  engineFormula(sheet: SheetData, formula: string): string {
    return this.openRanges.close(sheet, formula);
  }

  /** Converts a value written by a script (setValue/setValues) to engine content. */
  contentForScriptValue(sheet: SheetData, row0: number, col0: number, value: unknown): unknown {
    const key = keyOf(row0, col0);
    sheet.formulaText.delete(key);
    if (value === null || value === undefined || value === '') return null;
    if (isDate(value)) {
      if (!isDateFormat(sheet.formats.get(key))) {
        const hasTime = timeOfDayMs(value, this.timeZone) >= 1000;
        const base = localeInfo(this.locale).defaultDateFormat;
        sheet.formats.set(key, hasTime ? `${base} H:mm:ss` : base);
      }
      return dateToSerial(value, this.timeZone);
    }
    if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
    if (typeof value === 'boolean') return value;
    const text = String(value);
    if (sheet.formats.get(key) === '@' && !text.startsWith('=')) return `'${text}`;
    return this.contentForInput(sheet, row0, col0, text);
  }

  /** Converts typed text (or a string written by a script) the way Sheets parses it. */
  contentForInput(sheet: SheetData, row0: number, col0: number, text: string): unknown {
    const key = keyOf(row0, col0);
    sheet.formulaText.delete(key);
    const parsed = parseInput(text, this.locale);
    switch (parsed.kind) {
      case 'formula':
        sheet.formulaText.set(key, parsed.formula);
        return this.engineFormula(sheet, parsed.formula);
      case 'text':
        return parsed.text === '' ? null : `'${parsed.text}`;
      case 'boolean':
        return parsed.value;
      case 'number':
        if (parsed.format && !sheet.formats.has(key)) sheet.formats.set(key, parsed.format);
        return parsed.value;
      case 'date':
        if (!isDateFormat(sheet.formats.get(key))) sheet.formats.set(key, parsed.format);
        return parsed.value;
    }
  }

  contentForFormula(sheet: SheetData, row0: number, col0: number, formula: string): unknown {
    const key = keyOf(row0, col0);
    const text = String(formula ?? '');
    if (text === '') {
      sheet.formulaText.delete(key);
      return null;
    }
    const withEquals = text.startsWith('=') ? text : `=${text}`;
    sheet.formulaText.set(key, withEquals);
    return this.engineFormula(sheet, withEquals);
  }

  writeBlock(sheet: SheetData, row0: number, col0: number, contents: unknown[][]): void {
    // Host-realm arrays: the engine checks `instanceof Array`, and arrays mapped from data made
    // in another VM context belong to that context.
    this.checkAlive(sheet);
    const matrix = Array.from(contents, (row) => Array.from(row));
    this.mutate(() => this.hf.setCellContents({ sheet: sheet.hfId, row: row0, col: col0 }, matrix as never));
  }

  // ------------------------------------------------------------ reads

  checkAlive(sheet: SheetData): void {
    if (!this.sheets.includes(sheet)) throw new Error('This sheet has been deleted.');
  }

  private rawBlock(sheet: SheetData, row0: number, col0: number, rows: number, cols: number): unknown[][] {
    this.checkAlive(sheet);
    const block = this.hf.getRangeValues({
      start: { sheet: sheet.hfId, row: row0, col: col0 },
      end: { sheet: sheet.hfId, row: row0 + rows - 1, col: col0 + cols - 1 },
    }) as unknown[][];
    for (let r = 0; r < block.length; r++) {
      for (let c = 0; c < block[r].length; c++) {
        if (block[r][c] instanceof DetailedCellError && this.inFailedSpill(sheet, row0 + r, col0 + c))
          block[r][c] = null;
      }
    }
    return block;
  }

  /**
   * Whether a cell lies in the spill area of an array formula that failed as a whole (a stack
   * whose parts do not fit, an IMPORTRANGE that cannot read). The engine shows the error in every
   * cell of the area it had planned; Sheets shows it in the formula's cell only.
   */
  private inFailedSpill(sheet: SheetData, row: number, col: number): boolean {
    const address = { sheet: sheet.hfId, row, col };
    if (this.hf.getCellType(address) !== 'ARRAY') return false;
    // The engine keeps one vertex per array formula; its value is an error when the whole failed.
    try {
      const graph = (this.hf as unknown as { dependencyGraph: { getCell(a: unknown): unknown } }).dependencyGraph;
      const vertex = graph.getCell(address) as { getCellValue?: () => unknown } | undefined;
      return vertex?.getCellValue?.() instanceof CellError;
    } catch (_) {
      return false;
    }
  }

  /** Whether a numeric cell shows a date: its format, or a date-typed formula result. */
  isDateValue(sheet: SheetData, row0: number, col0: number): boolean {
    const format = sheet.formats.get(keyOf(row0, col0));
    if (format !== undefined) return isDateFormat(format);
    const type = this.hf.getCellValueDetailedType({ sheet: sheet.hfId, row: row0, col: col0 });
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
  }

  /** Values as Range.getValues returns them: '' for blanks, Date for date cells, error codes. */
  values(sheet: SheetData, row0: number, col0: number, rows: number, cols: number): CellValue[][] {
    const raw = this.rawBlock(sheet, row0, col0, rows, cols);
    return raw.map((line, r) =>
      line.map((v, c) => {
        if (v === null || v === undefined) return '';
        if (v instanceof DetailedCellError) return errorCode(v.type);
        if (typeof v === 'number' && this.isDateValue(sheet, row0 + r, col0 + c)) return serialToDate(v, this.timeZone);
        return v as CellValue;
      }),
    );
  }

  /** Raw engine values (serials for dates), for snapshots and charts. */
  rawValues(sheet: SheetData, row0: number, col0: number, rows: number, cols: number): (number | string | boolean)[][] {
    return this.rawBlock(sheet, row0, col0, rows, cols).map((line) =>
      line.map((v) =>
        v === null || v === undefined
          ? ''
          : v instanceof DetailedCellError
            ? errorCode(v.type)
            : (v as number | string | boolean),
      ),
    );
  }

  formulas(sheet: SheetData, row0: number, col0: number, rows: number, cols: number): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < cols; c++) line.push(sheet.formulaText.get(keyOf(row0 + r, col0 + c)) ?? '');
      out.push(line);
    }
    return out;
  }

  /** After a structural change the engine has moved references: read formulas back from it. */
  resyncFormulaText(): void {
    for (const sheet of this.sheets) {
      for (const key of [...sheet.formulaText.keys()]) {
        const [row, col] = rowColOf(key);
        const formula = this.hf.getCellFormula({ sheet: sheet.hfId, row, col });
        if (formula === undefined) sheet.formulaText.delete(key);
        else sheet.formulaText.set(key, this.openRanges.reopen(sheet, sheet.formulaText.get(key), formula));
      }
    }
    this.openRanges.refresh();
  }

  displayValues(sheet: SheetData, row0: number, col0: number, rows: number, cols: number): string[][] {
    const info = localeInfo(this.locale);
    const raw = this.rawBlock(sheet, row0, col0, rows, cols);
    return raw.map((line, r) =>
      line.map((v, c) => {
        if (v === null || v === undefined) return '';
        if (v instanceof DetailedCellError) return errorCode(v.type);
        const format = sheet.formats.get(keyOf(row0 + r, col0 + c));
        if (typeof v === 'boolean') return formatBoolean(v, info);
        if (typeof v === 'string') return formatText(v, format);
        if (typeof v === 'number') {
          if (format) return formatNumber(v, format, info);
          if (this.isDateValue(sheet, row0 + r, col0 + c)) return formatNumber(v, info.defaultDateFormat, info);
          return formatGeneral(v, info);
        }
        return String(v);
      }),
    );
  }

  private hasContent(sheet: SheetData, row: number, col: number): boolean {
    const type = this.hf.getCellType({ sheet: sheet.hfId, row, col });
    return type !== 'EMPTY' && !(type === 'ARRAY' && this.inFailedSpill(sheet, row, col));
  }

  /** Last row (1-based) with content in the given columns (all when omitted); 0 when empty. */
  lastRow(sheet: SheetData, col0 = 0, cols?: number): number {
    const dims = this.hf.getSheetDimensions(sheet.hfId);
    const width = cols ?? dims.width;
    for (let r = dims.height - 1; r >= 0; r--) {
      for (let c = col0; c < Math.min(col0 + width, dims.width); c++) {
        if (this.hasContent(sheet, r, c)) return r + 1;
      }
    }
    return 0;
  }

  lastColumn(sheet: SheetData): number {
    const dims = this.hf.getSheetDimensions(sheet.hfId);
    for (let c = dims.width - 1; c >= 0; c--) {
      for (let r = 0; r < dims.height; r++) {
        if (this.hasContent(sheet, r, c)) return c + 1;
      }
    }
    return 0;
  }

  errorMessage(sheet: SheetData, row0: number, col0: number): string | undefined {
    const address = { sheet: sheet.hfId, row: row0, col: col0 };
    const custom = this.engine.errorMessages.get(`${sheet.hfId}:${row0}:${col0}`);
    if (custom !== undefined) return custom;
    // A failing IMPORTRANGE says why, also inside a stack that fails because of it.
    const value = this.hf.getCellValue(address);
    const failedImport = this.engine.importProblems.get(`${sheet.hfId}:${row0}:${col0}`)?.problems[0];
    if (failedImport && value instanceof DetailedCellError) return failedImport.message;
    return value instanceof DetailedCellError ? value.message : undefined;
  }

  // ------------------------------------------------------------ structure

  /** Shifts per-cell records after inserting (count > 0) or deleting (count < 0) rows or columns. */
  shiftCells(sheet: SheetData, axis: 'row' | 'col', at0: number, count: number): void {
    const shiftMap = <V>(map: Map<number, V>) => {
      const entries = [...map.entries()];
      map.clear();
      for (const [key, value] of entries) {
        let [r, c] = rowColOf(key);
        const pos = axis === 'row' ? r : c;
        if (pos >= at0) {
          if (count < 0 && pos < at0 - count) continue;
          if (axis === 'row') r += count;
          else c += count;
        }
        map.set(keyOf(r, c), value);
      }
    };
    shiftMap(sheet.formats);
    shiftMap(sheet.validations);
    shiftMap(sheet.styles);
    shiftMap(sheet.formulaText);
    const shiftSpan = (item: { row0: number; col0: number; rows: number; cols: number }) => {
      if (axis === 'row' && item.row0 >= at0) item.row0 = Math.max(at0, item.row0 + count);
      else if (axis === 'row' && item.row0 + item.rows > at0) item.rows = Math.max(1, item.rows + count);
      if (axis === 'col' && item.col0 >= at0) item.col0 = Math.max(at0, item.col0 + count);
      else if (axis === 'col' && item.col0 + item.cols > at0) item.cols = Math.max(1, item.cols + count);
    };
    for (const nr of this.namedRanges.values()) if (nr.sheet === sheet) shiftSpan(nr);
    for (const p of this.protections) if (p.sheet === sheet && p.type === 'RANGE') shiftSpan(p);
    for (const m of sheet.merges) shiftSpan(m);
    for (const md of this.metadata) {
      if (md.sheet !== sheet || md.start === undefined) continue;
      if ((axis === 'row' && md.locationType === 'ROW') || (axis === 'col' && md.locationType === 'COLUMN')) {
        if (md.start >= at0) md.start = Math.max(at0, md.start + count);
      }
    }
    this.resyncFormulaText();
  }

  // ------------------------------------------------------------ named ranges

  setNamedRange(name: string, data: NamedRangeData): void {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
      throw new Error(`Invalid named range name: ${name}`);
    }
    this.dropNamedRange(name);
    this.namedRanges.set(name, data);
    const expression = `=${quoteSheetName(data.sheet.name)}!${absoluteA1(data)}`;
    this.mutate(() => {
      try {
        this.hf.addNamedExpression(name, expression);
      } catch (_) {
        // A name the engine cannot take still works through getRangeByName.
      }
    });
  }

  dropNamedRange(name: string): boolean {
    const had = this.namedRanges.delete(name);
    if (this.hf.getNamedExpression(name)) this.mutate(() => this.hf.removeNamedExpression(name));
    return had;
  }

  now(): Date {
    return this.clock();
  }
}

function absoluteA1(d: { row0: number; col0: number; rows: number; cols: number }): string {
  return rangeA1(d.row0 + 1, d.col0 + 1, d.rows, d.cols).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}
