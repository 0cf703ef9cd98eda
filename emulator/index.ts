// The emulated workbook: an in-memory SpreadsheetApp and the services around it, with
// HyperFormula evaluating formulas and the add-on's own custom functions. Used by the tests
// and the local playground only; it never enters the Apps Script bundle.
import { parseA1, rangeA1, shiftFormula, typedFormulaToEnglish } from './a1';
import {
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartType,
  type ConditionFormat,
  LegendPosition,
} from './builders';
import { type CallDelta, type CallKind, type CallMark, untracked } from './calls';
import { serialToDate } from './dates';
import type { CustomFunction } from './engine';
import { localeInfo, parseInput } from './format';
import { Drive, type ImportProblem, spreadsheetKey, spreadsheetUrl } from './imports';
import { describeMetadata, describeProtection, rawRange } from './objects';
import { spillAnchor } from './ranges';
import {
  type AlertRecord,
  createCacheService,
  createHtmlService,
  createLockService,
  createPropertiesService,
  createSession,
  createUtilities,
  type HtmlRecord,
  type MenuRecord,
} from './services';
import { Sheet } from './sheet';
import { createSpreadsheetApp, Spreadsheet } from './spreadsheet';
import { validationProblem } from './validation';
import { keyOf, rowColOf, type SheetData, Workbook } from './workbook';

export type { CallDelta, CallKind, CallMark } from './calls';
export { callKind } from './calls';
export type { CustomFunction } from './engine';
export type { ImportProblem } from './imports';
export { spreadsheetUrl } from './imports';
export { formatDate } from './services';

export interface EmulatorOptions {
  /** Spreadsheet locale: 'en_US' (default), 'de_DE', ... */
  locale?: string;
  timeZone?: string;
  name?: string;
  /** The add-on's custom functions, registered in the formula engine under their names. */
  customFunctions?: Record<string, CustomFunction | unknown>;
  /** Files for HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string> | ((name: string) => string);
  /** Simulated time per service call, added up in calls.simulatedMs(). */
  latencyMs?: number;
  /** What Session.getActiveUserLocale() returns (default 'en'). */
  userLocale?: string;
  /** Fixes "today" for TODAY()/NOW() (a date or a clock function). */
  now?: Date | (() => Date);
}

/** A spreadsheet of the emulator's Drive (createSpreadsheet); unset fields follow the first one. */
export interface SpreadsheetOptions {
  /** Its id (a Google-like one is made up when omitted); its URL is https://docs.google.com/spreadsheets/d/<id>/edit. */
  id?: string;
  name?: string;
  locale?: string;
  timeZone?: string;
}

/** Ids like Google's (44 characters of letters, digits, '-' and '_'), numbered. */
function emulatedId(n: number): string {
  return `1EmulatedSpreadsheet${String(n).padStart(4, '0')}`.padEnd(44, 'x');
}

export interface EmulatorGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Charts: GoogleAppsScript.Charts.Charts;
}

export interface ResolvedChart {
  sheet: string;
  chartId: number;
  chartType: string;
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  ranges: { sheet: string; a1: string; values: (number | string | boolean)[][]; displayValues: string[][] }[];
}

export interface CallAccounting {
  reset(): void;
  /** Every counted call on an emulated object, local or not. */
  total(): number;
  /** Calls that reach the server as Apps Script makes them (builders and getters of fetched objects are local). */
  roundTrips(): number;
  /** Counts per 'Class.method', every kind. */
  byMethod(): Record<string, number>;
  /** Counts per 'Class.method' of one kind: 'server' (round trips) or 'local'. */
  byKind(kind: CallKind): Record<string, number>;
  /** Simulated time: round trips × latencyMs, plus lock waits. */
  simulatedMs(): number;
  /** Simulated time spent waiting in tryLock/waitLock for a lock held elsewhere. */
  lockWaitMs(): number;
  /** A point in the log; `since(mark)` reports the calls of one action. */
  mark(): CallMark;
  since(mark: CallMark): CallDelta;
  /** The calls of the last action run through `measure` (or the playground's /api/run). */
  lastAction(): CallDelta | undefined;
  /** Counted calls in order, recorded while tracing is on. */
  trace(): string[];
  setTracing(on: boolean): void;
}

export interface Emulator {
  globals: EmulatorGlobals;
  /** The active spreadsheet (the one SpreadsheetApp.getActive() returns). */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /**
   * Another spreadsheet in the emulator's Drive, for IMPORTRANGE to read (the active one stays
   * active). Its calls are counted like the active one's. The add-on cannot open it: it only has
   * the current spreadsheet (openById and openByUrl throw Apps Script's permission error).
   */
  createSpreadsheet(options?: SpreadsheetOptions): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** A spreadsheet of the Drive by id or URL, or null. */
  spreadsheetById(idOrUrl: string): GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  spreadsheets(): { id: string; name: string; url: string; active: boolean }[];
  /** Makes a spreadsheet the active one: the add-on's SpreadsheetApp, document properties and
   * lock, and every member of the emulator below act on it from now. */
  setActiveSpreadsheet(idOrUrl: string): void;
  /** Deletes a spreadsheet (not the active one): IMPORTRANGE from it shows #REF!. */
  removeSpreadsheet(idOrUrl: string): void;
  /**
   * Sheets' "Allow access": spreadsheet `target` may IMPORTRANGE from `source` (ids or URLs); with
   * `false`, access is withdrawn. The target reads its imports again.
   */
  allowImport(target: string, source: string, allowed?: boolean): void;
  importAllowed(target: string, source: string): boolean;
  /**
   * Why the IMPORTRANGE formula in a cell of the active spreadsheet shows #REF!: 'not-found' (no such
   * spreadsheet), 'not-allowed' (access not allowed yet), 'bad-range' (no such tab or range) or
   * 'self' (the spreadsheet itself, not emulated);
   * undefined when it reads its range (or the cell has no IMPORTRANGE). Sheets tells it in the
   * cell's tooltip, which a script cannot read (the add-on only sees '#REF!').
   */
  importProblem(a1: string): ImportProblem | undefined;
  calls: CallAccounting;
  /** Runs an operation and reports what it cost: service calls (by method), simulated latency,
   * custom function invocations and wall time. Counters keep running (deltas are reported). */
  measure<T>(operation: () => T): Measurement<T>;
  /**
   * Makes the k-th counted call from now (1 = next) throw `error`: before it has any effect, or
   * with `{ afterEffect: true }` once it has taken effect. Several failures can be planned (one
   * during an operation, one during its undo).
   */
  failAt(k: number, error?: Error, options?: { afterEffect?: boolean }): void;
  cancelFailure(): void;
  /**
   * Another execution takes a lock (LockService's 'document', 'script' or 'user'), keeping it
   * for `releasedAfterMs` of simulated time or, without it, until `releaseLock` is called.
   */
  holdLock(kind?: 'document' | 'script' | 'user', releasedAfterMs?: number): void;
  releaseLock(kind?: 'document' | 'script' | 'user'): void;
  /** Ends the add-on's execution: Apps Script releases the locks it still holds. */
  endExecution(): void;
  /** Runs `action` once, just before the next counted call named like `method` ('Sheet.appendRow'
   * or a pattern) takes effect: something a user does between two of the add-on's calls. */
  beforeCall(method: string | RegExp, action: () => void): void;
  /** Assigns the globals to `target` (globalThis by default); returns a function that undoes it. */
  installGlobals(target?: Record<string, unknown>): () => void;
  /** Custom function invocations per name since the last reset. */
  customFunctionCalls(): Record<string, number>;
  /** Custom function invocations per name in the last recalculation (the last write). */
  lastRecalculationCalls(): Record<string, number>;
  resetCustomFunctionCalls(): void;
  /** The message of an #ERROR! (or other error) cell, e.g. errorMessage("'Tab'!B2"). */
  errorMessage(a1: string): string | undefined;
  /** The cell (1-based) whose formula spilled a value into this cell, or null. */
  spillAnchor(sheetName: string, row: number, col: number): { row: number; col: number } | null;
  /** Deep-comparable state of the whole workbook. */
  snapshot(): WorkbookSnapshot;
  /**
   * Types into a cell as a user would: '=..' is a formula, numbers/dates/booleans parsed by locale.
   * Throws (writing nothing) when the input breaks a data validation rule that rejects invalid data.
   */
  setCellInput(sheetName: string, a1: string, input: string): void;
  /**
   * Pastes a block of typed inputs with its top-left cell at `a1`, as Sheets pastes text: each
   * cell parsed as setCellInput parses it, the tab grown when the block runs past its last row or
   * column, one write (one recalculation). Validation rules do not reject pasted values.
   */
  pasteInputs(sheetName: string, a1: string, inputs: string[][]): void;
  /** Why a cell's value breaks its data validation rule (a red corner in Sheets), or null. */
  cellValidationProblem(sheetName: string, row: number, col: number): string | null;
  /** The format the conditional rules give a cell (first matching rule), or null. */
  conditionalFormat(sheetName: string, row: number, col: number): ConditionFormat | null;
  conditionalBackground(sheetName: string, row: number, col: number): string | null;
  charts(): ResolvedChart[];
  menus(): MenuRecord[];
  sidebar(): HtmlRecord | undefined;
  dialogs(): HtmlRecord[];
  alerts(): AlertRecord[];
  /** Queues answers for the next alerts/prompts ('OK', 'YES', 'NO', 'CANCEL'); default OK. */
  queueAlertResponses(...buttons: string[]): void;
  toasts(): { message: string; title: string; timeoutSeconds: number }[];
  /** The selection made by Range.activate() / setActiveSelection, as 'Tab'!A1 notation. */
  selection(): { sheet: string; a1: string } | undefined;
  /** Changes "today" for TODAY()/NOW() and recalculates. */
  setNow(now: Date | (() => Date)): void;
  recalculate(): void;
  /** Columns widths, frozen rows and styles of a tab, for rendering. */
  sheetLayout(sheetName: string): SheetLayout;
}

export interface Measurement<T> {
  result: T;
  /** Every counted call, local or not. */
  calls: number;
  /** Calls that reach the server. */
  roundTrips: number;
  serverByMethod: Record<string, number>;
  localByMethod: Record<string, number>;
  byMethod: Record<string, number>;
  simulatedMs: number;
  customFunctionCalls: Record<string, number>;
  wallMs: number;
}

function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(after)) {
    const d = n - (before[key] ?? 0);
    if (d !== 0) out[key] = d;
  }
  return out;
}

export interface SheetLayout {
  name: string;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  rightToLeft: boolean;
  tabColor: string | null;
  columnWidths: Record<number, number>;
  styles: Record<string, Record<string, unknown>>;
  validations: Record<string, unknown>;
  merges: string[];
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  rightToLeft: boolean;
  columnWidths: Record<number, number>;
  values: (number | string | boolean)[][];
  formulas: string[][];
  formats: Record<string, string>;
  validations: Record<string, unknown>;
  styles: Record<string, Record<string, unknown>>;
  merges: string[];
  conditionalRules: unknown[];
  charts: unknown[];
  metadata: unknown[];
  protections: unknown[];
}

export interface WorkbookSnapshot {
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetSnapshot[];
  namedRanges: Record<string, string>;
  metadata: unknown[];
  documentProperties: Record<string, string>;
}

function cellA1(key: number): string {
  const [r, c] = rowColOf(key);
  return rangeA1(r + 1, c + 1, 1, 1);
}

function mapToRecord<V, O>(map: Map<number, V>, f: (v: V) => O): Record<string, O> {
  const keys = [...map.keys()].sort((a, b) => a - b);
  return Object.fromEntries(keys.map((k) => [cellA1(k), f(map.get(k) as V)]));
}

/** The value typed text stands for (without writing it), for validation. */
function typedValue(text: string, format: string | undefined, locale: string, timeZone: string): unknown {
  if (format === '@') return text;
  const parsed = parseInput(text, locale);
  switch (parsed.kind) {
    case 'text':
      return parsed.text;
    case 'date':
      return serialToDate(parsed.value, timeZone);
    case 'formula':
      return undefined;
    default:
      return parsed.value;
  }
}

function matchesCondition(criteria: string, values: unknown[], value: unknown): boolean {
  const num = typeof value === 'number' ? value : undefined;
  const text = typeof value === 'string' ? value.toLowerCase() : String(value).toLowerCase();
  const arg = (i: number) => values[i];
  const argText = (i: number) => String(arg(i)).toLowerCase();
  switch (criteria) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'NUMBER_BETWEEN':
      return (
        num !== undefined &&
        num >= Math.min(Number(arg(0)), Number(arg(1))) &&
        num <= Math.max(Number(arg(0)), Number(arg(1)))
      );
    case 'NUMBER_NOT_BETWEEN':
      return (
        num !== undefined &&
        (num < Math.min(Number(arg(0)), Number(arg(1))) || num > Math.max(Number(arg(0)), Number(arg(1))))
      );
    case 'NUMBER_EQUAL_TO':
      return num !== undefined && num === Number(arg(0));
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== undefined && num !== Number(arg(0));
    case 'NUMBER_GREATER_THAN':
      return num !== undefined && num > Number(arg(0));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== undefined && num >= Number(arg(0));
    case 'NUMBER_LESS_THAN':
      return num !== undefined && num < Number(arg(0));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== undefined && num <= Number(arg(0));
    case 'TEXT_EQUAL_TO':
      return value !== '' && text === argText(0);
    case 'TEXT_CONTAINS':
      return value !== '' && text.includes(argText(0));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(argText(0));
    case 'TEXT_STARTS_WITH':
      return value !== '' && text.startsWith(argText(0));
    case 'TEXT_ENDS_WITH':
      return value !== '' && text.endsWith(argText(0));
    default:
      return false;
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const functions: Record<string, CustomFunction> = {};
  for (const [name, fn] of Object.entries(options.customFunctions ?? {})) {
    if (typeof fn === 'function') functions[name] = fn as CustomFunction;
  }
  const drive = new Drive();
  const books = new Map<Workbook, Spreadsheet>();
  let created = 0;
  /** A new workbook in the emulator's Drive, with its tracked API objects. */
  let now = options.now;
  const openWorkbook = (o: SpreadsheetOptions, sharing?: Workbook): Workbook => {
    if (o.id !== undefined && drive.books.has(o.id)) {
      throw new Error(`A spreadsheet with the id ${o.id} already exists.`);
    }
    const book = new Workbook({
      id: o.id ?? emulatedId(++created),
      sharing,
      drive,
      locale: o.locale ?? sharing?.locale ?? options.locale ?? 'en_US',
      timeZone:
        o.timeZone ??
        sharing?.timeZone ??
        options.timeZone ??
        Intl.DateTimeFormat().resolvedOptions().timeZone ??
        'Etc/UTC',
      name: o.name ?? 'Untitled spreadsheet',
      customFunctions: functions,
      now,
      latencyMs: options.latencyMs ?? 0,
      userLocale: options.userLocale ?? 'en',
    });
    const raw = new Spreadsheet(book);
    const proxy = book.wrap(raw, 'Spreadsheet');
    const sheetApis = new WeakMap<SheetData, Sheet>();
    book.spreadsheetApi = () => proxy;
    book.sheetApi = (data) => {
      let api = sheetApis.get(data);
      if (!api) {
        api = book.wrap(new Sheet(book, data), 'Sheet');
        sheetApis.set(data, api);
      }
      return api;
    };
    books.set(book, raw);
    drive.add(book);
    return book;
  };
  const first = openWorkbook({ name: options.name });
  /** The active spreadsheet: the one the add-on's SpreadsheetApp sees and the members below act on. */
  let wb = first;
  const bookOrThrow = (idOrUrl: string): Workbook => {
    const key = spreadsheetKey(idOrUrl);
    const book = key === undefined ? undefined : drive.books.get(key);
    if (!book) throw new Error(`No spreadsheet with the id or URL ${idOrUrl}`);
    return book;
  };
  // Document properties, locks and caches follow the active spreadsheet; the user's and the
  // script's are shared by all of them.
  const stores = {
    get document() {
      return wb.properties.document;
    },
    user: first.properties.user,
    script: first.properties.script,
  };
  const locks = {
    get document() {
      return wb.locks.document;
    },
    script: first.locks.script,
    user: first.locks.user,
  };
  const caches = {
    get document() {
      return wb.caches.document;
    },
    script: first.caches.script,
    user: first.caches.user,
  };

  const globals = {
    SpreadsheetApp: wb.wrap(
      createSpreadsheetApp(() => ({ wb, spreadsheet: books.get(wb) as Spreadsheet })),
      'SpreadsheetApp',
    ),
    HtmlService: wb.wrap(createHtmlService(options.htmlFiles, wb.wrap), 'HtmlService'),
    PropertiesService: wb.wrap(createPropertiesService(stores, wb.wrap), 'PropertiesService'),
    LockService: wb.wrap(
      createLockService(locks, wb.wrap, (ms) => wb.log.wait(ms)),
      'LockService',
    ),
    Session: wb.wrap(
      createSession({ userLocale: options.userLocale ?? 'en', timeZone: wb.timeZone }, wb.wrap),
      'Session',
    ),
    Utilities: wb.wrap(
      createUtilities(() => undefined),
      'Utilities',
    ),
    CacheService: wb.wrap(createCacheService(caches, wb.wrap), 'CacheService'),
    Charts: Object.freeze({ ChartType, ChartMergeStrategy, ChartHiddenDimensionStrategy, Position: LegendPosition }),
  } as unknown as EmulatorGlobals;

  const sheetOrThrow = (name: string): SheetData => {
    const sheet = wb.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  };

  const locate = (a1: string): { sheet: SheetData; row0: number; col0: number } => {
    const ref = parseA1(a1);
    const sheet = ref.sheetName === undefined ? wb.activeSheet : sheetOrThrow(ref.sheetName);
    return { sheet, row0: (ref.startRow ?? 1) - 1, col0: (ref.startCol ?? 1) - 1 };
  };

  /** Engine content for text typed into a cell: a formula in the locale's separators, or a value. */
  const typedContent = (sheet: SheetData, row0: number, col0: number, text: string): unknown => {
    const typed =
      text.length > 1 && text.startsWith('=') && localeInfo(wb.locale).decimal === ','
        ? typedFormulaToEnglish(text)
        : text;
    return sheet.formats.get(keyOf(row0, col0)) === '@' && !text.startsWith('=')
      ? `'${text}`
      : wb.contentForInput(sheet, row0, col0, typed);
  };

  const conditionalFormat = (sheetName: string, row: number, col: number): ConditionFormat | null => {
    const sheet = sheetOrThrow(sheetName);
    for (const rule of sheet.conditionalRules) {
      const raw = untracked(rule);
      const ranges = raw.ranges.map((r) => untracked(rawRange(r)));
      const hit = ranges.find(
        (r) =>
          r.sheet === sheet &&
          row - 1 >= r.row0 &&
          row - 1 < r.row0 + r.rows &&
          col - 1 >= r.col0 &&
          col - 1 < r.col0 + r.cols,
      );
      const condition = raw.condition;
      if (!hit || !condition) continue;
      let matched: boolean;
      if (condition.criteria === 'CUSTOM_FORMULA') {
        // The formula is written for the top-left cell of the rule's first range.
        const anchor = ranges[0];
        const formula = shiftFormula(String(condition.values[0]), row - 1 - anchor.row0, col - 1 - anchor.col0);
        let result: unknown;
        try {
          result = wb.hf.calculateFormula(wb.engineFormula(sheet, formula), sheet.hfId);
        } catch (_) {
          result = false;
        }
        matched = result === true || (typeof result === 'number' && result !== 0);
      } else {
        const value = wb.values(sheet, row - 1, col - 1, 1, 1)[0][0];
        const plain = value instanceof Date ? wb.rawValues(sheet, row - 1, col - 1, 1, 1)[0][0] : value;
        matched = matchesCondition(condition.criteria, condition.values, plain);
      }
      if (matched) return { ...condition.format };
    }
    return null;
  };

  const resolveRange = (r: unknown) => {
    const range = untracked(rawRange(r));
    if (!wb.sheets.includes(range.sheet)) {
      // A chart whose data tab was deleted has nothing to show.
      return { sheet: range.sheet.name, a1: range.getA1Notation(), values: [], displayValues: [] };
    }
    return {
      sheet: range.sheet.name,
      a1: range.getA1Notation(),
      values: wb.rawValues(range.sheet, range.row0, range.col0, range.rows, range.cols),
      displayValues: wb.displayValues(range.sheet, range.row0, range.col0, range.rows, range.cols),
    };
  };

  const valuesOfRange = (range: unknown): unknown[] => {
    const r = untracked(rawRange(range));
    return wb.values(r.sheet, r.row0, r.col0, r.rows, r.cols).flat();
  };

  const snapshotSheet = (sheet: SheetData, index: number): SheetSnapshot => {
    const rows = wb.lastRow(sheet);
    const cols = wb.lastColumn(sheet);
    const has = rows > 0 && cols > 0;
    return {
      name: sheet.name,
      sheetId: sheet.sheetId,
      index: index + 1,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxCols,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenCols,
      hidden: sheet.hidden,
      tabColor: sheet.tabColor,
      rightToLeft: sheet.rightToLeft,
      columnWidths: Object.fromEntries([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0])),
      values: has ? wb.rawValues(sheet, 0, 0, rows, cols) : [],
      formulas: has ? wb.formulas(sheet, 0, 0, rows, cols) : [],
      formats: mapToRecord(sheet.formats, (f) => f),
      validations: mapToRecord(sheet.validations, (v) => untracked(v).describe()),
      styles: mapToRecord(sheet.styles, (s) => ({ ...s })),
      merges: sheet.merges.map((m) => rangeA1(m.row0 + 1, m.col0 + 1, m.rows, m.cols)),
      conditionalRules: sheet.conditionalRules.map((r) => untracked(r).describe()),
      charts: sheet.charts.map((c) => untracked(c).describe()),
      metadata: wb.metadata.filter((m) => m.sheet === sheet).map(describeMetadata),
      protections: wb.protections.filter((p) => p.sheet === sheet).map(describeProtection),
    };
  };

  let lastAction: CallDelta | undefined;
  const emulator: Emulator = {
    globals,
    get spreadsheet() {
      return wb.spreadsheetApi() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    },
    createSpreadsheet(o = {}) {
      return openWorkbook(o, first).spreadsheetApi() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    },
    spreadsheetById(idOrUrl) {
      const key = spreadsheetKey(idOrUrl);
      const book = key === undefined ? undefined : drive.books.get(key);
      return book ? (book.spreadsheetApi() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet) : null;
    },
    spreadsheets: () =>
      [...drive.books.values()].map((book) => ({
        id: book.id,
        name: book.name,
        url: spreadsheetUrl(book.id),
        active: book === wb,
      })),
    setActiveSpreadsheet(idOrUrl) {
      wb = bookOrThrow(idOrUrl);
    },
    removeSpreadsheet(idOrUrl) {
      const book = bookOrThrow(idOrUrl);
      if (book === wb) throw new Error('The active spreadsheet cannot be removed; make another one active first.');
      books.delete(book);
      drive.remove(book.id);
    },
    allowImport(target, source, allowed = true) {
      drive.allow(bookOrThrow(target).id, spreadsheetKey(source) ?? source, allowed);
    },
    importAllowed: (target, source) =>
      drive.isAllowed(spreadsheetKey(target) ?? target, spreadsheetKey(source) ?? source),
    importProblem(a1) {
      const { sheet, row0, col0 } = locate(a1);
      if (!/IMPORTRANGE\s*\(/i.test(sheet.formulaText.get(keyOf(row0, col0)) ?? '')) return undefined;
      return wb.engine.importProblems.get(`${sheet.hfId}:${row0}:${col0}`)?.problems[0]?.problem as
        | ImportProblem
        | undefined;
    },
    calls: {
      reset: () => {
        wb.log.reset();
        lastAction = undefined;
      },
      total: () => wb.log.total(),
      roundTrips: () => wb.log.roundTrips(),
      byMethod: () => wb.log.byMethod(),
      byKind: (kind) => wb.log.byKind(kind),
      simulatedMs: () => wb.log.simulatedMs(),
      lockWaitMs: () => wb.log.lockWaitMs(),
      mark: () => wb.log.mark(),
      since: (mark) => wb.log.since(mark),
      lastAction: () => lastAction,
      trace: () => [...wb.log.trace],
      setTracing: (on) => wb.log.setTracing(on),
    },
    measure(operation) {
      const mark = wb.log.mark();
      const custom = { ...wb.engine.calls };
      const started = performance.now();
      try {
        const result = operation();
        const delta = wb.log.since(mark);
        return {
          result,
          calls: delta.calls,
          roundTrips: delta.roundTrips,
          byMethod: delta.byMethod,
          serverByMethod: delta.serverByMethod,
          localByMethod: delta.localByMethod,
          simulatedMs: delta.simulatedMs,
          customFunctionCalls: difference(wb.engine.calls, custom),
          wallMs: performance.now() - started,
        };
      } finally {
        lastAction = wb.log.since(mark);
      }
    },
    failAt: (k, error, opts) => wb.log.failAt(k, error, opts),
    cancelFailure: () => wb.log.cancelFailure(),
    holdLock(kind = 'document', releasedAfterMs) {
      wb.locks[kind].holder = 'elsewhere';
      wb.locks[kind].releasedAfterMs = releasedAfterMs;
    },
    endExecution() {
      for (const lock of Object.values(wb.locks)) if (lock.holder !== 'elsewhere') lock.holder = undefined;
    },
    releaseLock(kind = 'document') {
      if (wb.locks[kind].holder === 'elsewhere') wb.locks[kind].holder = undefined;
    },
    beforeCall: (method, action) => wb.log.beforeCall(method, action),
    installGlobals(target = globalThis as unknown as Record<string, unknown>) {
      const previous = new Map<string, PropertyDescriptor | undefined>();
      for (const [name, value] of Object.entries(globals)) {
        previous.set(name, Object.getOwnPropertyDescriptor(target, name));
        Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
      }
      return () => {
        for (const [name, descriptor] of previous) {
          if (descriptor) Object.defineProperty(target, name, descriptor);
          else delete target[name];
        }
      };
    },
    customFunctionCalls: () => ({ ...wb.engine.calls }),
    lastRecalculationCalls: () => ({ ...wb.engine.lastRecalculation }),
    resetCustomFunctionCalls: () => {
      wb.engine.calls = {};
      wb.engine.lastRecalculation = {};
    },
    errorMessage(a1) {
      const { sheet, row0, col0 } = locate(a1);
      return wb.errorMessage(sheet, row0, col0);
    },
    spillAnchor(sheetName, row, col) {
      const sheet = wb.sheetByName(sheetName);
      const anchor = sheet ? spillAnchor(wb.hf, sheet.hfId, row - 1, col - 1) : null;
      return anchor ? { row: anchor.row + 1, col: anchor.col + 1 } : null;
    },
    snapshot: () => ({
      name: wb.name,
      locale: wb.locale,
      timeZone: wb.timeZone,
      sheets: wb.sheets.map(snapshotSheet),
      namedRanges: Object.fromEntries(
        [...wb.namedRanges.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, d]) => [name, `'${d.sheet.name}'!${rangeA1(d.row0 + 1, d.col0 + 1, d.rows, d.cols)}`]),
      ),
      metadata: wb.metadata.filter((m) => m.locationType === 'SPREADSHEET').map(describeMetadata),
      documentProperties: wb.properties.document.getProperties(),
    }),
    setCellInput(sheetName, a1, input) {
      const sheet = sheetOrThrow(sheetName);
      const { row0, col0 } = locate(`'${sheetName}'!${a1}`);
      const text = String(input);
      const rule = sheet.validations.get(keyOf(row0, col0));
      if (rule && !untracked(rule).getAllowInvalid() && !(text.length > 1 && text.startsWith('='))) {
        // Sheets rejects typed input that breaks a strict rule, before anything is written.
        const problem = validationProblem(
          untracked(rule),
          typedValue(text, sheet.formats.get(keyOf(row0, col0)), wb.locale, wb.timeZone),
          valuesOfRange,
        );
        if (problem) throw new Error(`There was a problem: ${problem}`);
      }
      wb.writeBlock(sheet, row0, col0, [[typedContent(sheet, row0, col0, text)]]);
    },
    pasteInputs(sheetName, a1, inputs) {
      const sheet = sheetOrThrow(sheetName);
      const { row0, col0 } = locate(`'${sheetName.replace(/'/g, "''")}'!${a1}`);
      const rows = inputs.length;
      const columns = Math.max(0, ...inputs.map((row) => row.length));
      if (rows === 0 || columns === 0) return;
      // Sheets adds the rows and columns a paste needs at the end of the tab.
      const api = wb.sheetApi(sheet);
      if (row0 + rows > sheet.maxRows) untracked(api).insertRowsAfter(sheet.maxRows, row0 + rows - sheet.maxRows);
      if (col0 + columns > sheet.maxCols)
        untracked(api).insertColumnsAfter(sheet.maxCols, col0 + columns - sheet.maxCols);
      const contents = inputs.map((row, r) =>
        Array.from({ length: columns }, (_, c) => typedContent(sheet, row0 + r, col0 + c, String(row[c] ?? ''))),
      );
      wb.writeBlock(sheet, row0, col0, contents);
    },
    cellValidationProblem(sheetName, row, col) {
      const sheet = sheetOrThrow(sheetName);
      const rule = sheet.validations.get(keyOf(row - 1, col - 1));
      if (!rule) return null;
      return validationProblem(untracked(rule), wb.values(sheet, row - 1, col - 1, 1, 1)[0][0], valuesOfRange);
    },
    conditionalFormat,
    conditionalBackground: (sheetName, row, col) => conditionalFormat(sheetName, row, col)?.background ?? null,
    charts: () =>
      wb.sheets.flatMap((sheet) =>
        sheet.charts.map((c) => {
          const chart = untracked(c);
          return {
            sheet: sheet.name,
            chartId: chart.chartId,
            chartType: chart.spec.chartType,
            options: { ...chart.spec.options },
            position: { ...chart.spec.position },
            numHeaders: chart.spec.numHeaders,
            transpose: chart.spec.transpose,
            ranges: chart.spec.ranges.map(resolveRange),
          };
        }),
      ),
    menus: () => wb.ui.menus.map((m) => structuredClone(m)),
    sidebar: () => (wb.ui.sidebar ? { ...wb.ui.sidebar } : undefined),
    dialogs: () => wb.ui.dialogs.map((d) => ({ ...d })),
    alerts: () => wb.ui.alerts.map((a) => ({ ...a })),
    queueAlertResponses: (...buttons) => {
      wb.ui.responses.push(...buttons);
    },
    toasts: () => wb.toasts.map((t) => ({ ...t })),
    selection: () => {
      const a = wb.activeRange;
      return a ? { sheet: a.sheet.name, a1: rangeA1(a.row0 + 1, a.col0 + 1, a.rows, a.cols) } : undefined;
    },
    setNow: (date) => {
      // One clock for every spreadsheet of the emulator.
      now = date;
      for (const book of books.keys()) book.setNow(date);
    },
    recalculate: () => wb.recalculate(),
    sheetLayout(sheetName) {
      const sheet = sheetOrThrow(sheetName);
      return {
        name: sheet.name,
        maxRows: sheet.maxRows,
        maxColumns: sheet.maxCols,
        lastRow: wb.lastRow(sheet),
        lastColumn: wb.lastColumn(sheet),
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenCols,
        hidden: sheet.hidden,
        rightToLeft: sheet.rightToLeft,
        tabColor: sheet.tabColor,
        columnWidths: Object.fromEntries(sheet.columnWidths),
        styles: mapToRecord(sheet.styles, (s) => ({ ...s })),
        validations: mapToRecord(sheet.validations, (v) => untracked(v).describe()),
        merges: sheet.merges.map((m) => rangeA1(m.row0 + 1, m.col0 + 1, m.rows, m.cols)),
      };
    },
  };
  return emulator;
}
