// The formula engine of the emulated workbook: HyperFormula configured like Google Sheets, with
// the add-on's custom functions registered as function plugins (the same code as the bundle).
// Custom functions see what Apps Script gives them: ranges as 2-D arrays, blanks as '', cells
// with date formats as Date objects; their 2-D results spill, thrown errors become #ERROR!.
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { dateToSerial, isDate, serialToDate } from './dates';

export type CustomFunction = (...args: unknown[]) => unknown;

/** What the engine needs to know about the workbook to convert values like Apps Script. */
export interface EngineHost {
  functions: Record<string, CustomFunction>;
  now(): Date;
  /** The spreadsheet's time zone: serials are wall-clock times there. */
  timeZone(): string;
  /** True when the cell (by HyperFormula sheet id) has a date or date-time number format. */
  isDateCell(sheet: number, row: number, col: number): boolean;
  /** IMPORTRANGE: another workbook's values, or why they cannot be read (imports.ts). */
  importRange(spreadsheet: string, range: string, at: string): ImportResult;
}

/** What IMPORTRANGE gets from the workbook: engine values of the source range, or a failure. */
export type ImportResult =
  | { values: unknown[][]; isDate: (row: number, col: number) => boolean }
  | { error: string; message: string };

// A HyperFormula function plugin is registered globally, but its instances are built per engine.
// The engine being built is handed to the plugin constructor through this variable.
let hostUnderConstruction: EngineState | undefined;

/** Per-engine state shared with the plugin instances. */
export class EngineState {
  host: EngineHost;
  /** Invocations per custom function since the last reset. */
  calls: Record<string, number> = {};
  /** Invocations per custom function in the last recalculation. */
  lastRecalculation: Record<string, number> = {};
  /** Message of the last thrown error per cell key, for #ERROR! cells. */
  errorMessages = new Map<string, string>();
  /**
   * The last outcome per cell and function. Like Sheets, a custom function is not called again
   * while its arguments are unchanged; this also lets the spill-size prediction and the
   * evaluation share one call.
   */
  memo = new Map<string, Outcome>();
  predictedSize = new Map<string, string>();
  needsRefresh = new Set<string>();
  /** The spreadsheets (URL or id as written) IMPORTRANGE calls read, by cell key and spreadsheet. */
  importSources = new Map<string, string>();
  /**
   * Why the IMPORTRANGE calls of a cell fail ('not-found', 'not-allowed', 'bad-range'), by cell key,
   * as of the recalculation (`round`) that last evaluated the cell.
   */
  importProblems = new Map<string, { round: number; problems: { problem: string; message: string }[] }>();
  /** Counts the engine's recalculations (each batch of changes is one). */
  round = 0;
  constructor(host: EngineHost) {
    this.host = host;
  }
  count(name: string): void {
    this.calls[name] = (this.calls[name] ?? 0) + 1;
    this.lastRecalculation[name] = (this.lastRecalculation[name] ?? 0) + 1;
  }
}

interface Outcome {
  argsKey: string;
  result?: unknown;
  error?: unknown;
}

type Ast = { type: string; args?: Ast[]; reference?: { toSimpleCellAddress(base: Address): Address } };
type Address = { sheet: number; row: number; col: number };
type State = { formulaAddress: Address };

const ERROR_CODES: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  CYCLE: '#REF!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
  ERROR: '#ERROR!',
};

export function errorCode(type: string): string {
  return ERROR_CODES[type] ?? '#ERROR!';
}

export function cellKey(a: Address): string {
  return `${a.sheet}:${a.row}:${a.col}`;
}

interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}
function isRichNumber(v: unknown): v is RichNumberLike {
  return (
    typeof v === 'object' && v !== null && 'val' in v && typeof (v as RichNumberLike).getDetailedType === 'function'
  );
}

/** Converts one engine value to what Apps Script would hand to a custom function. */
function toScript(host: EngineHost, value: unknown, at?: Address): unknown {
  if (value === EmptyValue || value === undefined || value === null) return '';
  if (value instanceof CellError) return errorCode(value.type);
  let isDate = at !== undefined && host.isDateCell(at.sheet, at.row, at.col);
  let n: unknown = value;
  if (isRichNumber(value)) {
    n = value.val;
    const t = value.getDetailedType();
    if (t === 'NUMBER_DATE' || t === 'NUMBER_DATETIME') isDate = true;
  }
  if (typeof n === 'number' && isDate) return serialToDate(n, host.timeZone());
  return n;
}

function argumentToScript(plugin: CustomFunctionPlugin, ast: Ast, state: State): unknown {
  if (ast.type === 'EMPTY') return undefined;
  const host = plugin.engine.host;
  let value: unknown;
  try {
    value = plugin.evaluate(ast, state);
  } catch (_) {
    // The engine can lose track of a spilled range whose formula changed shape while a tab is
    // removed ("Unknown array"); Sheets shows such a reference as #REF!, and so do we.
    value = new CellError(ErrorType.REF);
  }
  if (value instanceof SimpleRangeValue) {
    const start = value.range?.start as Address | undefined;
    return value.data.map((row, r) =>
      row.map((cell, c) =>
        toScript(host, cell, start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : undefined),
      ),
    );
  }
  const at =
    ast.type === 'CELL_REFERENCE' && ast.reference
      ? ast.reference.toSimpleCellAddress(state.formulaAddress)
      : undefined;
  return toScript(host, value, at);
}

/** Apps Script results: 2-D arrays spill, a 1-D array fills a column, Dates become serials. */
function normaliseResult(result: unknown): unknown[][] | unknown {
  if (!Array.isArray(result)) return result;
  if (result.length === 0) return '';
  // Array.from: results made in another VM context become host arrays the engine accepts.
  const rows = Array.from(result as unknown[], (row) => (Array.isArray(row) ? Array.from(row as unknown[]) : [row]));
  const width = Math.max(...rows.map((r) => r.length));
  const matrix = rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length ? r[i] : '')));
  if (matrix.length === 1 && width === 1) return matrix[0][0];
  return matrix;
}

function toEngineScalar(v: unknown, asDate: (serial: number) => unknown, timeZone: string): unknown {
  if (v === null || v === undefined || v === '') return v === '' ? '' : EmptyValue;
  // A returned Date shows as a date and reads back as a Date, as in Sheets.
  if (isDate(v)) return asDate(dateToSerial(v, timeZone));
  if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function sizeOf(result: unknown): [number, number] {
  return Array.isArray(result) ? [result.length, (result[0] as unknown[]).length] : [1, 1];
}

class CustomFunctionPlugin extends FunctionPlugin {
  engine: EngineState;
  constructor(interpreter: ConstructorParameters<typeof FunctionPlugin>[0]) {
    super(interpreter);
    if (!hostUnderConstruction) throw new Error('Custom function plugin built outside an emulator engine');
    this.engine = hostUnderConstruction;
  }
  evaluate(ast: Ast, state: State): unknown {
    return this.evaluateAst(ast as never, state as never);
  }

  /** Calls the add-on's function with Apps Script-shaped arguments. */
  scriptArguments(ast: { args: Ast[] }, state: State): unknown[] {
    const args = ast.args.map((a) => argumentToScript(this, a, state));
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    return args;
  }

  /** The function's outcome for these arguments at this cell: remembered, or computed now. */
  outcome(name: string, key: string, args: unknown[]): Outcome {
    const argsKey = JSON.stringify(args);
    const memoKey = `${key}|${name}`;
    const known = this.engine.memo.get(memoKey);
    if (known && known.argsKey === argsKey) return known;
    const computed = this.invoke(name, args, argsKey);
    this.engine.memo.set(memoKey, computed);
    return computed;
  }

  /** Calls the add-on's function with Apps Script-shaped arguments; a throw is kept as `error`. */
  invoke(name: string, args: unknown[], argsKey: string): Outcome {
    const fn = this.engine.host.functions[name];
    this.engine.count(name);
    try {
      if (!fn) throw new Error(`Unknown function: ${name}`);
      return { argsKey, result: normaliseResult(fn(...args)) };
    } catch (error) {
      return { argsKey, error };
    }
  }

  run(name: string, ast: { args: Ast[] }, state: State): unknown {
    const key = cellKey(state.formulaAddress);
    const outcome = this.outcome(name, key, this.scriptArguments(ast, state));
    if ('error' in outcome) {
      const e = outcome.error;
      const message = e instanceof Error ? e.message : String(e);
      this.engine.errorMessages.set(key, message);
      return new CellError(ErrorType.ERROR, message);
    }
    this.engine.errorMessages.delete(key);
    const result = outcome.result;
    const asDate = (serial: number) =>
      this.returnNumberWrapper(serial, (Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME') as never);
    const zone = this.engine.host.timeZone();
    const [h, w] = sizeOf(result);
    const predicted = this.engine.predictedSize.get(key) ?? '1x1';
    if (predicted !== `${h}x${w}`) {
      // The spill size was guessed before the inputs were known: set the formula again later.
      this.engine.needsRefresh.add(key);
      const [ph, pw] = predicted.split('x').map(Number);
      if (Array.isArray(result) || ph * pw > 1) {
        const matrix = Array.isArray(result) ? (result as unknown[][]) : [[result]];
        const fitted = Array.from({ length: ph }, (_, r) =>
          Array.from({ length: pw }, (_, c) => toEngineScalar(matrix[r]?.[c] ?? '', asDate, zone)),
        );
        return ph * pw === 1 ? fitted[0][0] : SimpleRangeValue.onlyValues(fitted as never);
      }
    }
    if (Array.isArray(result)) {
      return SimpleRangeValue.onlyValues(
        (result as unknown[][]).map((row) => row.map((v) => toEngineScalar(v, asDate, zone))) as never,
      );
    }
    return toEngineScalar(result, asDate, zone);
  }

  size(name: string, ast: { args: Ast[] }, state: State): ArraySize {
    const key = cellKey(state.formulaAddress);
    let h = 1;
    let w = 1;
    try {
      const computed = this.outcome(name, key, this.scriptArguments(ast, state));
      if (!('error' in computed)) [h, w] = sizeOf(computed.result);
    } catch (_) {
      // Inputs not computed yet: evaluation decides.
    }
    this.engine.predictedSize.set(key, `${h}x${w}`);
    return h * w === 1 ? ArraySize.scalar() : new ArraySize(w, h);
  }
}

class ClockPlugin extends FunctionPlugin {
  engine: EngineState;
  constructor(interpreter: ConstructorParameters<typeof FunctionPlugin>[0]) {
    super(interpreter);
    if (!hostUnderConstruction) throw new Error('Clock plugin built outside an emulator engine');
    this.engine = hostUnderConstruction;
  }
  today(): unknown {
    return this.returnNumberWrapper(
      Math.floor(dateToSerial(this.engine.host.now(), this.engine.host.timeZone())),
      'NUMBER_DATE' as never,
    );
  }
  now(): unknown {
    return this.returnNumberWrapper(
      dateToSerial(this.engine.host.now(), this.engine.host.timeZone()),
      'NUMBER_DATETIME' as never,
    );
  }
}

const registered = new Set<string>();

/**
 * IMPORTRANGE(spreadsheet_url_or_id, range_string): the values of another emulated workbook's
 * range (imports.ts finds them). Not volatile: the workbook sets these formulas again when a
 * source changes (Workbook.refreshImports). A failure is #REF! with Sheets' message.
 */
class ImportRangePlugin extends FunctionPlugin {
  engine: EngineState;
  constructor(interpreter: ConstructorParameters<typeof FunctionPlugin>[0]) {
    super(interpreter);
    if (!hostUnderConstruction) throw new Error('IMPORTRANGE plugin built outside an emulator engine');
    this.engine = hostUnderConstruction;
  }

  /** The two text arguments, or the error to show instead. */
  private texts(ast: { args: Ast[] }, state: State): [string, string] | CellError {
    if (ast.args.length !== 2) return new CellError(ErrorType.NA, 'Wrong number of arguments to IMPORTRANGE.');
    const out: string[] = [];
    for (const arg of ast.args) {
      const value = this.evaluateAst(arg as never, state as never) as unknown;
      if (value instanceof CellError) return value;
      if (value instanceof SimpleRangeValue) return new CellError(ErrorType.VALUE, 'IMPORTRANGE takes text.');
      out.push(value === EmptyValue ? '' : String(isRichNumber(value) ? value.val : value));
    }
    return [out[0], out[1]];
  }

  /** The source's values; `key` names this call (a formula can hold several). */
  private read(ast: { args: Ast[] }, state: State): { key: string; result: ImportResult | CellError } {
    const cell = cellKey(state.formulaAddress);
    const texts = this.texts(ast, state);
    if (texts instanceof CellError) return { key: cell, result: texts };
    this.engine.importSources.set(`${cell}|${texts[0]}`, texts[0]);
    return { key: `${cell}|${texts[0]}|${texts[1]}`, result: this.engine.host.importRange(texts[0], texts[1], cell) };
  }

  /** Keeps why this cell's imports fail, for the tests (Sheets tells it in the tooltip only). */
  private record(cell: string, failure: { error: string; message: string } | undefined): void {
    const problem = failure && { problem: failure.error, message: failure.message };
    const known = this.engine.importProblems.get(cell);
    if (!known || known.round !== this.engine.round) {
      this.engine.importProblems.set(cell, { round: this.engine.round, problems: problem ? [problem] : [] });
    } else if (problem) known.problems.push(problem);
  }

  importrange(ast: { args: Ast[] }, state: State): unknown {
    const cell = cellKey(state.formulaAddress);
    const { key, result } = this.read(ast, state);
    this.record(cell, result instanceof CellError || !('error' in result) ? undefined : result);
    const predicted = this.engine.predictedSize.get(key) ?? '1x1';
    if (result instanceof CellError || 'error' in result) {
      // An error is one cell: a formula that spilled before is set again to shrink.
      if (predicted !== '1x1') this.engine.needsRefresh.add(cell);
      return result instanceof CellError ? result : new CellError(ErrorType.REF, result.message);
    }
    const dates = (serial: number) =>
      this.returnNumberWrapper(serial, (Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME') as never);
    const value = (r: number, c: number): unknown => {
      const v = result.values[r]?.[c];
      if (v === null || v === undefined) return EmptyValue;
      if (v instanceof CellError) return v;
      if (typeof v === 'number' && result.isDate(r, c)) return dates(v);
      return v;
    };
    const h = result.values.length;
    const w = h > 0 ? result.values[0].length : 0;
    let [ph, pw] = [h, w];
    if (predicted !== `${h}x${w}`) {
      // The source changed size since the formula was set: set it again after this round.
      this.engine.needsRefresh.add(cell);
      [ph, pw] = predicted.split('x').map(Number);
    }
    const matrix = Array.from({ length: ph }, (_, r) => Array.from({ length: pw }, (_, c) => value(r, c)));
    return ph * pw === 1 ? matrix[0][0] : SimpleRangeValue.onlyValues(matrix as never);
  }

  importrangeSize(ast: { args: Ast[] }, state: State): ArraySize {
    let h = 1;
    let w = 1;
    let key = cellKey(state.formulaAddress);
    try {
      const read = this.read(ast, state);
      key = read.key;
      const result = read.result;
      if (!(result instanceof CellError) && !('error' in result) && result.values.length > 0) {
        h = result.values.length;
        w = result.values[0].length;
      }
    } catch (_) {
      // Arguments not computed yet: evaluation decides.
    }
    this.engine.predictedSize.set(key, `${h}x${w}`);
    return h * w === 1 ? ArraySize.scalar() : new ArraySize(w, h);
  }
}

function registerImportRange(): void {
  if (registered.has('IMPORTRANGE')) return;
  (ImportRangePlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
    IMPORTRANGE: {
      method: 'importrange',
      sizeOfResultArrayMethod: 'importrangeSize',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    },
  };
  HyperFormula.registerFunctionPlugin(ImportRangePlugin as never, { enGB: { IMPORTRANGE: 'IMPORTRANGE' } } as never);
  registered.add('IMPORTRANGE');
}

function registerClock(): void {
  if (registered.has('TODAY')) return;
  // Not volatile here: the emulated clock moves only through setNow, which recalculates the whole
  // workbook. (Sheets recalculates TODAY() and what depends on it on every edit; doing so here made
  // every write recompute the long native pace formulas for nothing, the day being the same.)
  (ClockPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: false, returnNumberType: 'NUMBER_DATE' },
    NOW: { method: 'now', parameters: [], isVolatile: false, returnNumberType: 'NUMBER_DATETIME' },
  };
  HyperFormula.registerFunctionPlugin(ClockPlugin as never, { enGB: { TODAY: 'TODAY', NOW: 'NOW' } } as never);
  registered.add('TODAY');
}

function registerCustomFunction(name: string): void {
  if (registered.has(name)) return;
  const method = `fn_${name}`;
  const sizeMethod = `size_${name}`;
  const plugin = class extends CustomFunctionPlugin {
    static override implementedFunctions = {
      [name]: {
        method,
        sizeOfResultArrayMethod: sizeMethod,
        parameters: [{ argumentType: FunctionArgumentType.ANY }],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      },
    };
  };
  const proto = plugin.prototype as unknown as Record<string, unknown>;
  proto[method] = function (this: CustomFunctionPlugin, ast: { args: Ast[] }, state: State) {
    return this.run(name, ast, state);
  };
  proto[sizeMethod] = function (this: CustomFunctionPlugin, ast: { args: Ast[] }, state: State) {
    return this.size(name, ast, state);
  };
  HyperFormula.registerFunctionPlugin(plugin as never, { enGB: { [name]: name } } as never);
  registered.add(name);
}

/**
 * Date strings inside formulas (DATEVALUE, "2027-01-31"+1): ISO and US forms with an optional
 * time. Cheap rejection first, because the engine tries every string cell written to it.
 */
function parseDateTime(
  text: string,
): { year: number; month: number; day: number; hours: number; minutes: number; seconds: number } | undefined {
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  const us = m ? undefined : /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (m)
    return { year: +m[1], month: +m[2], day: +m[3], hours: +(m[4] ?? 0), minutes: +(m[5] ?? 0), seconds: +(m[6] ?? 0) };
  if (us)
    return {
      year: +us[3],
      month: +us[1],
      day: +us[2],
      hours: +(us[4] ?? 0),
      minutes: +(us[5] ?? 0),
      seconds: +(us[6] ?? 0),
    };
  return undefined;
}

/** Runs an engine operation that may rebuild the plugins (rebuildAndRecalculate, updateConfig). */
export function rebuildingWith<T>(state: EngineState, operation: () => T): T {
  hostUnderConstruction = state;
  try {
    return operation();
  } finally {
    hostUnderConstruction = undefined;
  }
}

/** Builds a HyperFormula instance that behaves like Google Sheets as far as practical. */
export function buildEngine(host: EngineHost): { hf: HyperFormula; state: EngineState } {
  registerClock();
  registerImportRange();
  for (const name of Object.keys(host.functions)) registerCustomFunction(name.toUpperCase());
  const state = new EngineState(host);
  hostUnderConstruction = state;
  try {
    const hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      // Formulas are always written in the form Apps Script documents: English names, ','.
      functionArgSeparator: ',',
      decimalSeparator: '.',
      thousandSeparator: '',
      arrayColumnSeparator: ',',
      arrayRowSeparator: ';',
      nullDate: { year: 1899, month: 12, day: 30 },
      leapYear1900: false,
      parseDateTime,
      currencySymbol: ['$', '€'],
      // A reference to a blank cell stays blank (=A1 shows nothing), arithmetic still sees 0.
      evaluateNullToZero: false,
      smartRounding: true,
      useArrayArithmetic: false,
      caseSensitive: false,
      accentSensitive: true,
      ignoreWhiteSpace: 'any',
      matchWholeCell: true,
      useWildcards: true,
      useRegularExpressions: false,
      precisionRounding: 10,
      maxRows: 100000,
      maxColumns: 18278,
      // Google Sheets keeps evaluating after #N/A in lookups etc.; these match its defaults.
      useColumnIndex: true,
    });
    // Sheets has the constants TRUE and FALSE; the engine has the functions TRUE() and FALSE().
    hf.addNamedExpression('TRUE', '=TRUE()');
    hf.addNamedExpression('FALSE', '=FALSE()');
    return { hf, state };
  } finally {
    hostUnderConstruction = undefined;
  }
}
