// Turning messages and values into text for the user's locale with Intl. No DOM here, so the
// same code is tested under Node and runs in the sidebar.

import type { Message, MessageParam, SidebarTexts } from '../../src/contract/index';
import type { SidebarKey } from '../../src/i18n/sidebar';

export interface Formatter {
  locale: string;
  t(key: SidebarKey, params?: Record<string, string | number>): string;
  message(message: Message): string;
  /** A message that stands on its own line, starting with a capital letter where the script has them. */
  sentence(message: Message): string;
  /**
   * The sentence cut into plain text and its arithmetic ("61% × weight 2 = 1.22"), so that the
   * arithmetic can be shown left to right in every script, as it is written.
   */
  sentenceParts(message: Message): TextPart[];
  number(value: number): string;
  percent(fraction: number): string;
  points(fraction: number): string;
  quantity(value: number | boolean | null, unit: string): string;
  date(iso: string): string;
}

export interface TextPart {
  text: string;
  equation: boolean;
}

/**
 * Where a message template holds arithmetic: from the first operand (a placeholder, a digit or an
 * opening parenthesis) not separated from an "=" by a colon, to the operand after the last "=".
 * Found on the template, so a title or a number inside a placeholder can never cut it.
 */
const EQUATION = /[(（{\d][^:：=]*(?:=[^:：=]*)*=\s*(?:\{\w+\}|\d+)/;

export function createFormatter(texts: SidebarTexts, locale: string, currency: string): Formatter {
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const pointsFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const currencyFormats = new Map<string, Intl.NumberFormat>();

  const currencyFormat = (code: string): Intl.NumberFormat | null => {
    let format = currencyFormats.get(code);
    if (!format) {
      try {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency: code, maximumFractionDigits: 0 });
      } catch (_) {
        return null;
      }
      currencyFormats.set(code, format);
    }
    return format;
  };

  const fillIn = (template: string, params: Record<string, string | number>): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const t = (key: SidebarKey, params: Record<string, string | number> = {}): string =>
    fillIn(texts[key] ?? key, params);

  const quantity = (value: number | boolean | null, unit: string): string => {
    if (value === null) return '–';
    if (typeof value === 'boolean') return t(value ? 'ci.done' : 'ov.notDone');
    const u = unit.trim();
    if (u === '%') return percentFormat.format(value);
    if (u === 'days') {
      try {
        return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(value);
      } catch (_) {
        return numberFormat.format(value);
      }
    }
    const code = u.toLowerCase() === 'currency' ? currency : /^[A-Z]{3}$/.test(u) ? u : '';
    const money = code ? currencyFormat(code) : null;
    if (money) return money.format(value);
    if (u === 'ratio') return `${numberFormat.format(value)}×`;
    if (u === '' || u === 'count' || u.toLowerCase() === 'currency') return numberFormat.format(value);
    return `${numberFormat.format(value)} ${u}`;
  };

  const date = (iso: string): string => {
    const time = Date.parse(`${iso}T00:00:00Z`);
    return Number.isNaN(time) ? iso : dateFormat.format(new Date(time));
  };

  const param = (value: MessageParam): string | number => {
    if (typeof value === 'object' && 'message' in value) return message(value.message);
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return numberFormat.format(value);
    if ('percent' in value) return percentFormat.format(value.percent);
    if ('points' in value) return pointsFormat.format(value.points * 100);
    if ('quantity' in value) return quantity(value.quantity, value.unit);
    if ('date' in value) return date(value.date);
    return t(value.word);
  };

  const paramsOf = (m: Message) => Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, param(v)]));

  function message(m: Message): string {
    return t(m.key, paramsOf(m));
  }

  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

  const sentenceParts = (m: Message): TextPart[] => {
    const template = texts[m.key] ?? m.key;
    const found = EQUATION.exec(template);
    if (!found) return [{ text: capitalised(message(m)), equation: false }];
    const params = paramsOf(m);
    const parts: TextPart[] = [
      { text: fillIn(template.slice(0, found.index), params), equation: false },
      // Each value is isolated too (FSI … PDI): a number right after a word in Arabic script would
      // otherwise be read as part of that word's right-to-left run ("× الوزن 2 = 1.22").
      {
        text: fillIn(found[0], Object.fromEntries(Object.entries(params).map(([k, v]) => [k, `\u2068${v}\u2069`]))),
        equation: true,
      },
      { text: fillIn(template.slice(found.index + found[0].length), params), equation: false },
    ].filter((part) => part.text !== '');
    parts[0].text = capitalised(parts[0].text);
    return parts;
  };

  return {
    locale,
    t,
    message,
    sentence: (m) => capitalised(message(m)),
    sentenceParts,
    number: (value) => numberFormat.format(value),
    percent: (fraction) => percentFormat.format(fraction),
    points: (fraction) => pointsFormat.format(fraction * 100),
    quantity,
    date,
  };
}
