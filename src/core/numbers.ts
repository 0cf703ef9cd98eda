// Cell values as sheets hold them → numbers and dates. Sheets hand over numbers, booleans
// (checkboxes), blanks, Date objects, and numbers typed as text in every local format. Text is
// read strictly: where it could mean two different numbers, the result says so instead of guessing.

export type ParsedNumber =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; code: NumberProblem; message: string };

export type NumberProblem = 'blank' | 'notANumber' | 'ambiguousNumber' | 'dateNotNumber' | 'cellError';

export interface NumberHint {
  /**
   * The decimal separator of the spreadsheet's locale ('.' for en_US, ',' for de_DE). Used only
   * where text is ambiguous, such as "1,500" or "1.500".
   */
  decimal?: '.' | ',';
}

/** True for what a sheet shows as an empty cell. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Parse one cell value into a number. Percent text ('19%') gives 0.19 with `percent: true`. */
export function parseNumber(value: unknown, hint?: NumberHint): ParsedNumber {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value, percent: false } : notANumber(String(value));
  }
  if (typeof value === 'boolean') return { ok: true, value: value ? 1 : 0, percent: false };
  if (value === null || value === undefined || value === '') return BLANK;
  if (value instanceof Date) {
    return {
      ok: false,
      code: 'dateNotNumber',
      message: `The cell holds a date (${isoDay(value)}), not a number. Format the cell as a number (Format → Number).`,
    };
  }
  if (typeof value !== 'string') return notANumber(String(value));
  return parseNumberText(value, hint);
}

/** The decimal separator a Sheets locale such as "de_DE", "en_US" or "fr" uses. */
export function decimalSeparatorOf(locale: string | null | undefined): '.' | ',' {
  const code = String(locale ?? '')
    .toLowerCase()
    .replace('-', '_');
  if (POINT_LOCALES.has(code)) return '.';
  return COMMA_LANGUAGES.has(code.split('_')[0]) ? ',' : '.';
}

// Locales whose language usually writes a decimal comma but this country a decimal point.
const POINT_LOCALES = new Set(['de_ch', 'fr_ch', 'it_ch', 'de_li', 'es_mx', 'es_us', 'pt_br_x']);
const COMMA_LANGUAGES = new Set(
  'de fr cs sk pl es it pt nl ru uk tr sv da fi nb nn no hu ro bg hr sl sr el id vi lt lv et be ca gl eu az kk'.split(
    ' ',
  ),
);

const BLANK: ParsedNumber = { ok: false, code: 'blank', message: 'The cell is empty. Enter a number.' };

// Compiled once: these run for every text cell of a column.
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const EXPONENT_NUMBER = /^(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i;
// "1.500" could group thousands: such text takes the careful path below.
const THREE_DECIMALS = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;
const SPACES = /[\s\u00A0\u202F\u2007\u2009\u200A\u200B\u2060\uFEFF]+/g;
const BIDI_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const CELL_ERROR = /^#(?:N\/A|[A-Z0-9/]+[!?]?|ERROR!)$/i;
// Currency signs and codes before or after the number. Longer alternatives first.
const CURRENCY =
  'US\\$|CA\\$|AU\\$|A\\$|NZ\\$|HK\\$|S\\$|R\\$|MX\\$|CHF|Fr\\.|Kč|Kc|zł|kr\\.?|Ft|lei|руб\\.?|₽|€|\\$|£|¥|￥|₹|₩|₪|₺|₫|฿|₱|₴|₦|元|円|' +
  'د\\.إ|ر\\.س|ج\\.م|د\\.ك|ر\\.ق|د\\.م\\.|[A-Z]{3}';
const CURRENCY_PREFIX = new RegExp(`^(?:${CURRENCY})\\s*`);
const CURRENCY_SUFFIX = new RegExp(`\\s*(?:${CURRENCY})$`);
// Scale words after the number: $1.2M, 45k, 3 Mio., 2 Mrd, 5 tis., 3万.
const SCALE_SUFFIX =
  /\s*(k|K|tis\.?|tsd\.?|Tsd\.?|千|M|MM|m|mn|Mn|mio\.?|Mio\.?|mil\.?|M€|bn|Bn|B|Mrd\.?|mrd\.?|Md|mld\.?|万|亿)$/;
const SCALES: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  tis: 1e3,
  tsd: 1e3,
  Tsd: 1e3,
  千: 1e3,
  M: 1e6,
  MM: 1e6,
  m: 1e6,
  mn: 1e6,
  Mn: 1e6,
  mio: 1e6,
  Mio: 1e6,
  mil: 1e6,
  bn: 1e9,
  Bn: 1e9,
  B: 1e9,
  Mrd: 1e9,
  mrd: 1e9,
  Md: 1e9,
  mld: 1e9,
  万: 1e4,
  亿: 1e8,
};
// The digits and separators of the number itself, after signs, currency, percent and scale are gone.
const DIGITS_AND_SEPARATORS = /^(?:\d|[.,'’])+$/;

function parseNumberText(raw: string, hint?: NumberHint): ParsedNumber {
  const fast = raw.trim();
  if (fast === '') return BLANK;
  if (PLAIN_NUMBER.test(fast) && !THREE_DECIMALS.test(fast)) return { ok: true, value: Number(fast), percent: false };
  if (CELL_ERROR.test(fast)) {
    return { ok: false, code: 'cellError', message: `The cell shows the error ${fast}. Fix that cell first.` };
  }

  let text = normalizeCharacters(fast);
  let negative = false;
  // Accounting negatives: (1,200) or ($1,200).
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let sign = takeSign(text);
  text = sign.rest;
  negative = negative !== sign.negative;
  const withoutCurrency = text.replace(CURRENCY_PREFIX, '');
  if (withoutCurrency !== text) {
    // "$-20": the sign may also follow the currency.
    sign = takeSign(withoutCurrency);
    text = sign.rest;
    negative = negative !== sign.negative;
  }

  let percent = false;
  let scale = 1;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  } else if (text.startsWith('%')) {
    percent = true;
    text = text.slice(1).trim();
  } else if (text.endsWith('‰')) {
    percent = true;
    scale = 0.1;
    text = text.slice(0, -1).trim();
  }
  text = text.replace(CURRENCY_SUFFIX, '').trim();
  if (!percent) {
    const match = SCALE_SUFFIX.exec(text);
    if (match && match.index > 0 && isDigit(text.charCodeAt(match.index - 1))) {
      scale = SCALES[match[1].replace(/\.$/, '')] ?? 1;
      text = text.slice(0, match.index).replace(CURRENCY_SUFFIX, '').trim();
    }
  }
  // A trailing minus ("1200-") as some accounting exports write it.
  if (!negative && text.endsWith('-')) {
    negative = true;
    text = text.slice(0, -1).trim();
  }
  // Spaces group thousands in fr, cs and others ("1 234,5"); Swiss write 1'234.50.
  const spaced = text !== text.replace(SPACES, '');
  text = text.replace(SPACES, '');
  if (text === '' || !DIGITS_AND_SEPARATORS.test(text) || !/\d/.test(text)) {
    if (EXPONENT_NUMBER.test(text)) return finish(Number(text), negative, percent, scale);
    return notANumber(raw);
  }
  const apostrophes = text.includes("'") || text.includes('’');
  if (apostrophes) text = text.replace(/['’]/g, '');

  const decimal = decimalSeparatorFor(text, spaced || apostrophes, hint);
  if (decimal === 'invalid') return notANumber(raw);
  if (decimal === 'ambiguous') return ambiguous(raw, text);
  const group = decimal === '.' ? ',' : '.';
  if (text.includes(group) && !validGrouping(text.slice(0, decimalIndex(text, decimal)).split(group))) {
    return notANumber(raw);
  }
  const plain = text.split(group).join('').replace(decimal, '.');
  if (!PLAIN_NUMBER.test(plain)) return notANumber(raw);
  return finish(Number(plain), negative, percent, scale);
}

function finish(value: number, negative: boolean, percent: boolean, scale: number): ParsedNumber {
  let result = negative ? -value : value;
  result *= scale;
  if (percent) result = result / 100;
  // Keep decimal results clean: 0.19 rather than 0.19000000000000003.
  if (scale !== 1 || percent) result = Number(result.toPrecision(15));
  return { ok: true, value: result === 0 ? 0 : result, percent };
}

function decimalIndex(text: string, decimal: string): number {
  const i = text.lastIndexOf(decimal);
  return i < 0 ? text.length : i;
}

/**
 * Which of '.' and ',' is the decimal separator of `text` (digits, '.' and ',' only).
 * `grouped` is true when spaces or apostrophes already group the thousands.
 */
function decimalSeparatorFor(text: string, grouped: boolean, hint?: NumberHint): '.' | ',' | 'ambiguous' | 'invalid' {
  const dots = count(text, '.');
  const commas = count(text, ',');
  if (dots === 0 && commas === 0) return '.';
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator and may appear only once.
    const last = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    return count(text, last) === 1 ? last : 'invalid';
  }
  const sep = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return sep === '.' ? ',' : '.'; // repeated: it groups thousands
  if (grouped) return sep; // "1 234,5": spaces group, so the comma is decimal
  const [whole, fraction] = text.split(sep);
  // Only "d,ddd" / "dd.ddd" / "ddd,ddd" can be either: three digits after one separator.
  if (fraction.length !== 3 || whole === '' || whole.length > 3 || whole.startsWith('0')) return sep;
  // Nobody writes three decimal zeros: "350,000" groups thousands.
  if (fraction === '000') return sep === '.' ? ',' : '.';
  if (hint?.decimal) return hint.decimal;
  return 'ambiguous';
}

/** Thousands groups: 1–3 digits first, then groups of 3 (Indian lakh style 2-digit groups allowed before the last). */
function validGrouping(groups: string[]): boolean {
  if (groups.length < 2) return true;
  const first = groups[0];
  if (first.length < 1 || first.length > 3) return false;
  const last = groups[groups.length - 1];
  if (last.length !== 3) return false;
  for (let i = 1; i < groups.length - 1; i++) {
    if (groups[i].length !== 3 && groups[i].length !== 2) return false;
  }
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function takeSign(text: string): { negative: boolean; rest: string } {
  const first = text.charAt(0);
  if (first === '-') return { negative: true, rest: text.slice(1).trim() };
  if (first === '+') return { negative: false, rest: text.slice(1).trim() };
  return { negative: false, rest: text };
}

/** Map look-alike characters to ASCII: other digits and minus signs, Arabic separators, full-width forms. */
function normalizeCharacters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c === 0x066b)
      out += '.'; // Arabic decimal separator
    else if (c === 0x066c)
      out += ','; // Arabic thousands separator
    else if (c === 0x066a || c === 0xff05) out += '%';
    else if (c === 0x2212 || c === 0x2012 || c === 0x2013 || c === 0xfe63 || c === 0xff0d) out += '-';
    else if (c === 0xff0b) out += '+';
    else if (c === 0xff0c) out += ',';
    else if (c === 0xff0e) out += '.';
    else out += text.charAt(i);
  }
  return out.replace(BIDI_MARKS, '').trim();
}

function notANumber(raw: string): ParsedNumber {
  return {
    ok: false,
    code: 'notANumber',
    message: `"${shorten(raw)}" is not a number. Enter a number such as 350000, 1.5 or 19%.`,
  };
}

function ambiguous(raw: string, digits: string): ParsedNumber {
  const sep = digits.includes(',') ? ',' : '.';
  const asThousands = Number(digits.replace(sep, ''));
  const asDecimal = Number(digits.replace(sep, '.'));
  const name = sep === ',' ? 'comma' : 'point';
  return {
    ok: false,
    code: 'ambiguousNumber',
    message: `"${shorten(raw)}" could be ${asThousands} (the ${name} groups thousands) or ${asDecimal} (the ${name} is the decimal separator). Type it without a thousands separator, or format the cell as a number.`,
  };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// Dates

export type ParsedDate = { ok: true; value: Date } | { ok: false; code: DateProblem; message: string };
export type DateProblem = 'blank' | 'notADate';

const DAY_MS = 86_400_000;
/** Day 0 of spreadsheet serial dates (Sheets, Excel after 1900-03-01, HyperFormula): 1899-12-30. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?$/;
const DOTTED_DMY = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/;
const CJK_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * A cell's date as the calendar day it names, at midnight UTC (the convention of `Period`).
 * Accepts Date objects, serial numbers (days since 1899-12-30, as Sheets and HyperFormula count),
 * ISO text (2027-03-31), 2027/03/31, 31.03.2027 and 2027年3月31日. The time of day is dropped.
 *
 * Date objects from a sheet hold midnight in the spreadsheet's time zone, which may differ from
 * the script's; the nearest UTC midnight is that same calendar day for every zone within ±12 h.
 */
export function parseDate(value: unknown): ParsedDate {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return notADate('an invalid date');
    return { ok: true, value: new Date(Math.round(t / DAY_MS) * DAY_MS) };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return notADate(String(value));
    return { ok: true, value: new Date(SERIAL_EPOCH_MS + Math.floor(value) * DAY_MS) };
  }
  if (value === null || value === undefined || value === '') {
    return { ok: false, code: 'blank', message: 'The cell is empty. Enter a date.' };
  }
  if (typeof value !== 'string') return notADate(String(value));
  const text = normalizeCharacters(value.trim());
  if (text === '') return { ok: false, code: 'blank', message: 'The cell is empty. Enter a date.' };
  let m = ISO_DATE.exec(text) || SLASHED_YMD.exec(text) || CJK_DATE.exec(text);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]), value);
  m = DOTTED_DMY.exec(text);
  if (m) return calendarDay(Number(m[3]), Number(m[2]), Number(m[1]), value);
  return notADate(value);
}

/** Serial day number (days since 1899-12-30) of a date's UTC calendar day. */
export function toSerial(date: Date): number {
  return Math.floor((date.getTime() - SERIAL_EPOCH_MS) / DAY_MS);
}

/** 'yyyy-mm-dd' of a date's UTC calendar day. */
export function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'invalid date' : date.toISOString().slice(0, 10);
}

function calendarDay(year: number, month: number, day: number, raw: string): ParsedDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return notADate(raw);
  }
  return { ok: true, value: date };
}

function notADate(raw: string): ParsedDate {
  return {
    ok: false,
    code: 'notADate',
    message: `"${shorten(raw)}" is not a date. Enter a date such as 2027-03-31, or format the cell as a date.`,
  };
}
