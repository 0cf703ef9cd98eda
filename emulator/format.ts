// Display values and typed input as Google Sheets renders and parses them, per spreadsheet
// locale: number formats ('0.0%', '#,##0.00', '[$€]#,##0', 'yyyy-mm-dd', '@', ...), dates,
// booleans, and the automatic format of unformatted cells.
import { partsToSerial, serialParts } from './dates';

export interface LocaleInfo {
  locale: string;
  bcp47: string;
  decimal: string;
  group: string;
  trueText: string;
  falseText: string;
  /** Format a typed or script-written date gets when the cell has none (Sheets' default). */
  defaultDateFormat: string;
}

const BOOLEAN_WORDS: Record<string, [string, string]> = {
  de: ['WAHR', 'FALSCH'],
  fr: ['VRAI', 'FAUX'],
  cs: ['PRAVDA', 'NEPRAVDA'],
  es: ['VERDADERO', 'FALSO'],
  it: ['VERO', 'FALSO'],
  nl: ['WAAR', 'ONWAAR'],
  pt: ['VERDADEIRO', 'FALSO'],
};

const DEFAULT_DATE_FORMATS: Record<string, string> = {
  en_US: 'M/d/yyyy',
  en_GB: 'dd/MM/yyyy',
  de_DE: 'dd.MM.yyyy',
  fr_FR: 'dd/MM/yyyy',
  cs_CZ: 'd. M. yyyy',
  zh_CN: 'yyyy-M-d',
  ar_EG: 'd/M/yyyy',
};

const localeCache = new Map<string, LocaleInfo>();

export function localeInfo(locale: string): LocaleInfo {
  const cached = localeCache.get(locale);
  if (cached) return cached;
  const bcp47 = locale.replace('_', '-');
  let decimal = '.';
  let group = ',';
  try {
    // Latin digits everywhere: Sheets shows Western digits in its grid for these locales.
    const parts = new Intl.NumberFormat(`${bcp47}-u-nu-latn`).formatToParts(12345.6);
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    group = parts.find((p) => p.type === 'group')?.value ?? '';
    if (group === '') group = decimal === ',' ? '.' : ',';
  } catch (_) {
    // Unknown locale: keep en_US separators.
  }
  const language = locale.split('_')[0].toLowerCase();
  const [trueText, falseText] = BOOLEAN_WORDS[language] ?? ['TRUE', 'FALSE'];
  const info: LocaleInfo = {
    locale,
    bcp47,
    decimal,
    group,
    trueText,
    falseText,
    defaultDateFormat: DEFAULT_DATE_FORMATS[locale] ?? (decimal === ',' ? 'dd.MM.yyyy' : 'M/d/yyyy'),
  };
  localeCache.set(locale, info);
  return info;
}

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; ch: '0' | '#' | '?' }
  | { kind: 'dot' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'text' }
  | { kind: 'date'; text: string }
  | { kind: 'ampm'; text: string };

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (inner.startsWith('$')) tokens.push({ kind: 'literal', text: inner.slice(1).split('-')[0] });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '_' || ch === '*') {
      if (ch === '_') tokens.push({ kind: 'literal', text: ' ' });
      i += 2;
    } else if (ch === '0' || ch === '#' || ch === '?') {
      tokens.push({ kind: 'digit', ch });
      i++;
    } else if (ch === '.') {
      tokens.push({ kind: 'dot' });
      i++;
    } else if (ch === ',') {
      tokens.push({ kind: 'comma' });
      i++;
    } else if (ch === '%') {
      tokens.push({ kind: 'percent' });
      i++;
    } else if (ch === '@') {
      tokens.push({ kind: 'text' });
      i++;
    } else if (/^(am\/pm|a\/p)/i.test(section.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(section.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'ampm', text: m[0] });
      i += m[0].length;
    } else if (/[dmyhs]/i.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: 'date', text: section.slice(i, j).toLowerCase() });
      i = j;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i++;
    }
  }
  return tokens;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** True when the format shows dates or times (such cells read back as Date objects). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return tokenize(splitSections(format)[0]).some((t) => t.kind === 'date' && /[dyhs]|m/.test(t.text));
}

function groupDigits(integer: string, group: string): string {
  let out = '';
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += group;
    out += integer[i];
  }
  return out;
}

function formatNumberSection(value: number, tokens: Token[], info: LocaleInfo, withSign: boolean): string {
  const firstDigit = tokens.findIndex((t) => t.kind === 'digit');
  if (firstDigit < 0) {
    // A section with only literals (e.g. "-") shows them as they are.
    return tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join('');
  }
  let lastDigit = firstDigit;
  tokens.forEach((t, i) => {
    if (t.kind === 'digit') lastDigit = i;
  });
  let intZeros = 0;
  let fracMin = 0;
  let fracMax = 0;
  let grouping = false;
  let scale = 0;
  let percent = 0;
  let afterDot = false;
  tokens.forEach((t, i) => {
    if (t.kind === 'percent') percent++;
    if (i < firstDigit || i > lastDigit) {
      if (t.kind === 'comma' && i === lastDigit + 1 + scale) scale++;
      return;
    }
    if (t.kind === 'dot') afterDot = true;
    else if (t.kind === 'comma' && !afterDot) grouping = true;
    else if (t.kind === 'digit') {
      if (afterDot) {
        fracMax++;
        if (t.ch === '0') fracMin++;
      } else if (t.ch === '0') intZeros++;
    }
  });
  let n = Math.abs(value) * 100 ** percent;
  n /= 1000 ** scale;
  let [intPart, fracPart = ''] = n.toFixed(fracMax).split('.');
  fracPart = fracPart.replace(/0+$/, '');
  while (fracPart.length < fracMin) fracPart += '0';
  if (intPart === '0' && intZeros === 0) intPart = '';
  while (intPart.length < intZeros) intPart = `0${intPart}`;
  if (grouping) intPart = groupDigits(intPart, info.group);
  const body = fracPart ? `${intPart}${info.decimal}${fracPart}` : intPart;
  const render = (list: Token[]) =>
    list
      .map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : t.kind === 'text' ? '' : ''))
      .join('');
  const prefix = render(tokens.slice(0, firstDigit));
  const suffix = render(tokens.slice(lastDigit + 1));
  const isZero = Number(n.toFixed(fracMax)) === 0;
  return `${withSign && value < 0 && !isZero ? '-' : ''}${prefix}${body}${suffix}`;
}

function monthName(month: number, info: LocaleInfo, style: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(info.bcp47, { month: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}
function weekdayName(weekday: number, info: LocaleInfo, style: 'long' | 'short'): string {
  // 2000-01-02 was a Sunday.
  return new Intl.DateTimeFormat(info.bcp47, { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 2 + weekday)),
  );
}

function formatDateSection(serial: number, tokens: Token[], info: LocaleInfo): string {
  const p = serialParts(serial);
  const hasAmPm = tokens.some((t) => t.kind === 'ampm');
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  let out = '';
  tokens.forEach((t, i) => {
    if (t.kind === 'literal') out += t.text;
    else if (t.kind === 'dot') out += '.';
    else if (t.kind === 'comma') out += ',';
    else if (t.kind === 'digit') out += t.ch === '0' ? '0' : '';
    else if (t.kind === 'ampm') out += p.hours < 12 ? 'AM' : 'PM';
    else if (t.kind === 'date') {
      const c = t.text[0];
      const len = t.text.length;
      if (c === 'y') out += len <= 2 ? pad(p.year % 100, 2) : String(p.year);
      else if (c === 'd') {
        if (len <= 2) out += pad(p.day, len);
        else out += weekdayName(p.weekday, info, len === 3 ? 'short' : 'long');
      } else if (c === 'h') {
        const h = hasAmPm ? p.hours % 12 || 12 : p.hours;
        out += pad(h, len);
      } else if (c === 's') out += pad(p.seconds, len);
      else if (c === 'm') {
        const prev = tokens
          .slice(0, i)
          .reverse()
          .find((x) => x.kind === 'date');
        const next = tokens.slice(i + 1).find((x) => x.kind === 'date');
        const isMinutes =
          (prev && prev.kind === 'date' && prev.text[0] === 'h') ||
          (next && next.kind === 'date' && next.text[0] === 's');
        if (isMinutes) out += pad(p.minutes, len);
        else if (len <= 2) out += pad(p.month, len);
        else out += monthName(p.month, info, len === 3 ? 'short' : 'long');
      }
    }
  });
  return out;
}

/** The automatic format of an unformatted number: no grouping, up to 10 decimals. */
export function formatGeneral(value: number, info: LocaleInfo): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (Math.abs(value) >= 1e15 || (Math.abs(value) < 1e-9 && value !== 0)) {
    return value.toExponential(2).toUpperCase().replace('.', info.decimal);
  }
  const text = String(Number(value.toFixed(10)));
  return text.replace('.', info.decimal);
}

export function formatBoolean(value: boolean, info: LocaleInfo): string {
  return value ? info.trueText : info.falseText;
}

/** Renders a number with a Sheets number format in the given locale. */
export function formatNumber(value: number, format: string, info: LocaleInfo): string {
  if (!format || /^general$/i.test(format)) return formatGeneral(value, info);
  const sections = splitSections(format);
  let section = sections[0];
  let withSign = true;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    withSign = false;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  const tokens = tokenize(section);
  if (tokens.some((t) => t.kind === 'text') && !tokens.some((t) => t.kind === 'digit' || t.kind === 'date')) {
    return formatGeneral(value, info);
  }
  if (tokens.some((t) => t.kind === 'date' || t.kind === 'ampm')) return formatDateSection(value, tokens, info);
  return formatNumberSection(value, tokens, info, withSign);
}

/** Renders a text value with a format: only a text section ('@' with literals) changes it. */
export function formatText(value: string, format: string | undefined): string {
  if (!format) return value;
  const sections = splitSections(format);
  const section = sections.length >= 4 ? sections[3] : sections[0];
  const tokens = tokenize(section);
  if (!tokens.some((t) => t.kind === 'text')) return value;
  return tokens.map((t) => (t.kind === 'text' ? value : t.kind === 'literal' ? t.text : '')).join('');
}

export type ParsedInput =
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'date'; value: number; format: string };

const numberPatterns = new Map<string, RegExp>();
function numberPattern(info: LocaleInfo): RegExp {
  let pattern = numberPatterns.get(info.locale);
  if (!pattern) {
    const g = escapeRegExp(info.group === '\u202f' || info.group === '\u00a0' ? ' ' : info.group);
    const d = escapeRegExp(info.decimal);
    pattern = new RegExp(`^([-+]?)(\\$|€)?\\s?((?:\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}\\d+)?)\\s?(€|%)?$`);
    numberPatterns.set(info.locale, pattern);
  }
  return pattern;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses what a user types (or a script writes as a string) the way Sheets does per locale. */
export function parseInput(input: string, locale: string): ParsedInput {
  const info = localeInfo(locale);
  if (input.startsWith("'")) return { kind: 'text', text: input.slice(1) };
  if (input.length > 1 && input.startsWith('=')) return { kind: 'formula', formula: input };
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'text', text: input };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === info.trueText) return { kind: 'boolean', value: true };
  if (upper === 'FALSE' || upper === info.falseText) return { kind: 'boolean', value: false };

  const normalised = trimmed.replace(/[\u00a0\u202f]/g, ' ');
  const m = /\d/.test(normalised) ? numberPattern(info).exec(normalised) : null;
  if (m && /\d/.test(m[3])) {
    const digits = m[3].split(info.group === '\u202f' || info.group === '\u00a0' ? ' ' : info.group).join('');
    let value = Number(digits.replace(info.decimal, '.'));
    if (m[1] === '-') value = -value;
    const decimals = (m[3].split(info.decimal)[1] ?? '').length;
    if (m[4] === '%') return { kind: 'number', value: value / 100, format: decimals > 0 ? '0.00%' : '0%' };
    const currency = m[2] ?? m[4];
    if (currency) return { kind: 'number', value, format: `[$${currency}]#,##0.00` };
    return { kind: 'number', value };
  }

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return dateInput(+iso[1], +iso[2], +iso[3], 'yyyy-mm-dd') ?? { kind: 'text', text: input };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (us) {
    const monthFirst = locale === 'en_US' || locale.startsWith('en_PH');
    const [month, day] = monthFirst ? [+us[1], +us[2]] : [+us[2], +us[1]];
    return dateInput(+us[3], month, day, info.defaultDateFormat) ?? { kind: 'text', text: input };
  }
  const dotted = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(trimmed);
  if (dotted)
    return dateInput(+dotted[3], +dotted[2], +dotted[1], info.defaultDateFormat) ?? { kind: 'text', text: input };
  return { kind: 'text', text: input };
}

function dateInput(year: number, month: number, day: number, format: string): ParsedInput | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return { kind: 'date', value: partsToSerial(year, month, day), format };
}
