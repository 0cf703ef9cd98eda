// Cell values as sheets hold them → numbers and dates. Sheets hand over numbers, booleans
// (checkboxes), blanks, Date objects, and numbers typed as text in every local format. Text is
// read strictly: where it could mean two different numbers, the result says so instead of guessing.

export type ParsedNumber =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; code: NumberProblem; message: string };

export type NumberProblem = 'blank' | 'notANumber' | 'tooLarge' | 'ambiguousNumber' | 'dateNotNumber' | 'cellError';

/**
 * The decimal separator of the spreadsheet's locale ('.' for en_US, ',' for de_DE), or a function
 * that finds it: called only for text that needs it, so the locale is asked for only then.
 */
export type DecimalHint = '.' | ',' | (() => '.' | ',');

export interface NumberHint {
  /** Used only where text is ambiguous, such as "1,500" or "1.500". */
  decimal?: DecimalHint;
}

/** True for what a sheet shows as an empty cell. */
export function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  // Formula engines may mark an empty cell with a symbol (HyperFormula's EmptyValue).
  return typeof value === 'symbol';
}

/** Parse one cell value into a number. Percent text ('19%') gives 0.19 with `percent: true`. */
export function parseNumber(value: unknown, hint?: NumberHint): ParsedNumber {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return { ok: true, value, percent: false };
    // Sheets never hands over NaN or ±Infinity; a direct caller's is refused like text would be.
    return Number.isNaN(value) ? notANumber('NaN') : tooLarge(value > 0 ? '1e309' : '-1e309');
  }
  if (typeof value === 'boolean') return { ok: true, value: value ? 1 : 0, percent: false };
  if (value === null || value === undefined || value === '' || typeof value === 'symbol') return BLANK;
  if (value instanceof Date) {
    return {
      ok: false,
      code: 'dateNotNumber',
      message: `The cell holds a date (${Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10)}), not a number. Format the cell as a number (Format → Number).`,
    };
  }
  if (typeof value !== 'string') return notANumber(describe(value));
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
const POINT_LOCALES = new Set(['de_ch', 'fr_ch', 'it_ch', 'de_li', 'es_mx', 'es_us', 'es_pr', 'es_do', 'es_gt']);
const COMMA_LANGUAGES = new Set(
  ['de fr cs sk pl es it pt nl ru uk tr sv da fi nb nn no', 'hu ro bg hr sl sr el id vi lt lv et be ca gl eu az kk']
    .join(' ')
    .split(' '),
);

const BLANK: ParsedNumber = { ok: false, code: 'blank', message: 'The cell is empty. Enter a number.' };

// Compiled once: these run for every text cell of a column.
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
// "1.500" could group thousands: such text takes the careful path below.
const THREE_DECIMALS = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;
const NOT_ASCII = /[^\x20-\x7e]/;
const SPACES = /[\s\u00A0\u202F\u2007\u2009\u200A\u200B\u2060\uFEFF]+/g;
const BIDI_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const CELL_ERROR = /^#(?:N\/A|[A-Z0-9/]+[!?]?|ERROR!)$/i;
const PLAIN_DIGITS = /^[\d.,]+$/;
const APOSTROPHES = /['’]/g;
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:[.,]\d*)?$/;
// The digits and separators of the number itself ("1.234,5", "1 234,5", "1'234.50").
const DIGITS_AND_SEPARATORS = /^\d(?:[\d.,'’]|\s)*$|^[.,]\d(?:[\d.,'’]|\s)*$/;

/** Currency signs, names and ISO codes written before or after a number (compared in lower case). */
const CURRENCIES = new Set(
  [
    '$ us$ ca$ au$ a$ nz$ hk$ s$ r$ mx$ € £ ¥ ￥ ₹ ₩ ₪ ₺ ₫ ฿ ₱ ₴ ₦ ₽ руб руб. chf fr. kč kc zł kr kr. ft lei 元 円',
    'د.إ ر.س ج.م د.ك ر.ق د.م.',
    // ISO codes of the currencies sales teams in these six languages report in most.
    'USD EUR GBP JPY CNY RMB CHF CZK PLN HUF SEK NOK DKK CAD AUD NZD HKD SGD INR AED SAR EGP KWD QAR BHD OMR JOD',
    'MAD TND DZD TRY RUB UAH BRL MXN ZAR KRW ILS THB VND IDR MYR PHP TWD RON BGN',
  ]
    .join(' ')
    .toLowerCase()
    .split(' '),
);

/** Scale words after a number: $1.2M, 45k, 3 Mio., 2 Mrd, 5 tis., 3万. */
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
const SCALE_WORDS = Object.keys(SCALES).sort((a, b) => b.length - a.length);

function isCurrency(token: string): boolean {
  return CURRENCIES.has(token.toLowerCase());
}

interface Affixes {
  negative: boolean;
  percent: boolean;
  scale: number;
}

function parseNumberText(raw: string, hint?: NumberHint): ParsedNumber {
  const fast = raw.trim();
  if (fast === '') return BLANK;
  if (PLAIN_NUMBER.test(fast) && !THREE_DECIMALS.test(fast)) return finish(Number(fast), NO_AFFIXES, raw);
  if (fast.charCodeAt(0) === 35 /* # */ && CELL_ERROR.test(fast)) {
    return { ok: false, code: 'cellError', message: `The cell shows the error ${fast}. Fix that cell first.` };
  }

  let text = NOT_ASCII.test(fast) ? normalizeCharacters(fast) : fast;
  const affixes: Affixes = { negative: false, percent: false, scale: 1 };
  // Accounting negatives: (1,200) or ($1,200); a sign inside them as well would be a contradiction.
  if (text.charAt(0) === '(' && text.charAt(text.length - 1) === ')') {
    text = text.slice(1, -1);
    if (text.indexOf('-') >= 0 || text.indexOf('+') >= 0) return notANumber(raw);
    affixes.negative = true;
  }
  // Split into what comes before the first digit, the number, and what follows the last digit.
  let first = 0;
  while (first < text.length && !isDigit(text.charCodeAt(first))) first++;
  if (first === text.length) return notANumber(raw);
  if (first > 0 && (text.charAt(first - 1) === '.' || text.charAt(first - 1) === ',')) first--;
  let last = text.length - 1;
  while (!isDigit(text.charCodeAt(last))) last--;
  if (!readPrefix(text.slice(0, first), affixes) || !readSuffix(text.slice(last + 1), affixes)) return notANumber(raw);

  let digits = text.slice(first, last + 1);
  if (!DIGITS_AND_SEPARATORS.test(digits)) {
    if (PLAIN_NUMBER.test(digits)) return finish(Number(digits), affixes, raw); // 1e3 with a currency or sign
    return notANumber(raw);
  }
  // Spaces group thousands in fr, cs and others ("1 234,5"); Swiss write 1'234.50. Such groups
  // must be whole ("1 5" is not a number), and then a single '.' or ',' is the decimal separator.
  let grouped = false;
  if (!PLAIN_DIGITS.test(digits)) {
    const spaced = digits.replace(SPACES, ' ').replace(APOSTROPHES, ' ');
    if (spaced.indexOf(' ') >= 0) {
      if (!SPACE_GROUPED.test(spaced)) return notANumber(raw);
      digits = spaced.split(' ').join('');
      grouped = true;
    }
  }
  const decimal = decimalSeparatorFor(digits, grouped, hint);
  if (decimal === 'invalid') return notANumber(raw);
  if (decimal === 'ambiguous') return ambiguous(raw, digits);
  const group = decimal === '.' ? ',' : '.';
  if (digits.indexOf(group) >= 0 && !validGrouping(digits.slice(0, decimalIndex(digits, decimal)).split(group))) {
    return notANumber(raw);
  }
  const plain = digits.split(group).join('').replace(decimal, '.');
  if (!PLAIN_NUMBER.test(plain)) return notANumber(raw);
  return finish(Number(plain), affixes, raw);
}

/** Before the number: at most one sign, a currency, a percent sign, in any order ("-$", "$ -", "USD", "%"). */
function readPrefix(prefix: string, affixes: Affixes): boolean {
  if (prefix === '') return true;
  let rest = prefix.replace(SPACES, '');
  let signs = 0;
  for (;;) {
    const c = rest.charAt(0);
    const e = rest.charAt(rest.length - 1);
    if (c === '-' || c === '+' || e === '-' || e === '+') {
      const sign = c === '-' || c === '+' ? c : e;
      rest = c === sign ? rest.slice(1) : rest.slice(0, -1);
      if (sign === '-') affixes.negative = !affixes.negative;
      if (++signs > 1) return false;
    } else if (c === '%' && !affixes.percent) {
      affixes.percent = true;
      rest = rest.slice(1);
    } else {
      break;
    }
  }
  return rest === '' || isCurrency(rest);
}

/** After the number: a percent or per-mille sign, a scale word (k, M, Mio.), a currency, a trailing minus. */
function readSuffix(suffix: string, affixes: Affixes): boolean {
  if (suffix === '') return true;
  let rest = suffix.replace(SPACES, '');
  if (rest.charAt(rest.length - 1) === '-' && !affixes.negative) {
    affixes.negative = true; // "1200-" as some accounting exports write it
    rest = rest.slice(0, -1);
  }
  if (rest === '%' || rest === '‰') {
    if (affixes.percent) return false; // "%5%"
    affixes.percent = true;
    if (rest === '‰') affixes.scale = 0.1;
    return true;
  }
  if (rest === '' || isCurrency(rest)) return true;
  for (const word of SCALE_WORDS) {
    if (rest.startsWith(word)) {
      let after = rest.slice(word.length);
      if (after.charAt(0) === '.') after = after.slice(1);
      if (after === '' || isCurrency(after)) {
        affixes.scale = SCALES[word];
        return true;
      }
    }
  }
  // Anything else ("5 apples", or "1,2 € Mio." with the currency first) is not read as a number.
  return false;
}

const NO_AFFIXES: Affixes = { negative: false, percent: false, scale: 1 };

function finish(value: number, affixes: Affixes, raw: string): ParsedNumber {
  let result = affixes.negative ? -value : value;
  if (affixes.scale !== 1) result *= affixes.scale;
  if (affixes.percent) result /= 100;
  // Keep decimal results clean: 0.0115 rather than 0.011499999999999998.
  if (affixes.scale !== 1 || (affixes.percent && !Number.isInteger(value))) result = Number(result.toPrecision(15));
  // "1e400", 400 digits or "1e308 Mrd" are beyond what a sheet can hold: say so, never Infinity.
  if (!Number.isFinite(result)) return tooLarge(raw);
  return { ok: true, value: result === 0 ? 0 : result, percent: affixes.percent };
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
  if (hint?.decimal) return typeof hint.decimal === 'function' ? hint.decimal() : hint.decimal;
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

/** Map look-alike characters to ASCII: other digits and minus signs, Arabic separators, full-width forms. */
export function normalizeCharacters(text: string): string {
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

function tooLarge(raw: string): ParsedNumber {
  return {
    ok: false,
    code: 'tooLarge',
    message: `"${shorten(raw)}" is beyond ±1e308. Enter a smaller number.`,
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

/** Text for a value that is neither number, text, boolean nor date: an engine's error object, an array. */
function describe(value: unknown): string {
  if (value && typeof value === 'object') {
    const type = (value as { type?: unknown }).type;
    if (typeof type === 'string') return `#${type}`;
    return Array.isArray(value) ? 'a list of values' : 'an object';
  }
  return String(value);
}

export function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** x · 2^k, exact unless it leaves the range of numbers (2^k alone may not fit: |k| up to 2100). */
export function timesPowerOfTwo(x: number, k: number): number {
  const half = Math.trunc(k / 2);
  return x * 2 ** half * 2 ** (k - half);
}

/** A quantity beyond the range of numbers (a span from -1e308 to 1e308) as the largest one. */
export function finite(x: number): number {
  return Number.isFinite(x) ? x : Math.sign(x) * Number.MAX_VALUE;
}
