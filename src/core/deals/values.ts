// The cells of a deals export → amounts, days, outcomes and probabilities. Exports write values
// in the exporting user's format ("$1,234,567", "1.234,50 €", "(1,234)", Close's cents, ISO
// timestamps, Excel serials, 15.01.2027, 01/15/2027): each reader takes hints decided once per
// column from the column's own data, and says when a value stays ambiguous instead of guessing.
import { parseDate } from '../dates';
import { isBlank, parseNumber } from '../numbers';
import { type Crm, type DealField, normalizeLabel } from './headers';

export type Outcome = 'open' | 'won' | 'lost';

// ---------------------------------------------------------------------------------------------
// Amounts

export interface AmountHint {
  /** The column's decimal separator, decided from its data (see amountHintOf). */
  decimal?: '.' | ',';
  /** Close writes `value` in cents. */
  cents?: boolean;
}

export type ParsedAmount =
  | { ok: true; value: number; currency?: string }
  | { ok: false; code: 'blank' | 'notAnAmount' | 'ambiguousAmount' };

/** Currency signs and codes as exports write them next to an amount. */
const CURRENCY_SIGNS: [RegExp, string][] = [
  [/C\$/, 'CAD'],
  [/A\$/, 'AUD'],
  [/\$/, 'USD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/¥|￥/, 'JPY'],
  [/Kč/i, 'CZK'],
  [/₹/, 'INR'],
];
const CODE = /(?:^|[^A-Za-z])([A-Z]{3})(?:$|[^A-Za-z])/;
const KNOWN_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'JPY',
  'CNY',
  'CZK',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'INR',
]);

/** The currency an amount's text names ("$1,234" → USD, "1.234 €" → EUR, "CHF 1'000"), if any. */
export function currencyOfText(text: string): string | undefined {
  const code = CODE.exec(text);
  if (code && KNOWN_CODES.has(code[1])) return code[1];
  for (const [sign, iso] of CURRENCY_SIGNS) if (sign.test(text)) return iso;
  return undefined;
}

/**
 * The decimal separator of an amount column, from its text values: a separator followed by one or
 * two digits at the end ("1.234,50", "12,5") is the decimal one; with none such, a separator
 * that repeats groups thousands; amounts in $, £ or ¥ use a point. Undefined when the data does
 * not say (then the spreadsheet locale's separator is used).
 */
export function decimalOfColumn(values: readonly unknown[]): '.' | ',' | undefined {
  let comma = 0;
  let point = 0;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const digits = value.replace(/[^\d.,]/g, '');
    const m = /([.,])\d{1,2}$/.exec(digits);
    if (m) {
      if (m[1] === ',') comma++;
      else point++;
      continue;
    }
    // "1.234.567" or "1,234,567": a repeated separator groups thousands.
    if (/\d\.\d{3}\.\d{3}/.test(digits) || /\d,\d{3}[.]\d{3}$/.test(digits)) comma++;
    else if (/\d,\d{3},\d{3}/.test(digits) || /\d\.\d{3},\d{3}$/.test(digits)) point++;
  }
  if (comma !== point) return comma > point ? ',' : '.';
  // "$1,234" alone does not say, but dollars, pounds and yen are written with a decimal point.
  return values.some((v) => typeof v === 'string' && /[$£¥]/.test(v)) ? '.' : undefined;
}

/** Hints for an amount column: its decimal separator (data first, then the locale's) and cents. */
export function amountHintOf(values: readonly unknown[], crm: Crm, localeDecimal?: '.' | ','): AmountHint {
  return { decimal: decimalOfColumn(values) ?? localeDecimal, cents: crm === 'close' };
}

/** One amount cell → a number (negative for "(1,234)" and "-1,234"), with its currency when written. */
export function parseAmount(value: unknown, hint: AmountHint = {}): ParsedAmount {
  if (isBlank(value)) return { ok: false, code: 'blank' };
  const scale = hint.cents ? 100 : 1;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value: value / scale } : { ok: false, code: 'notAnAmount' };
  }
  if (typeof value !== 'string') return { ok: false, code: 'notAnAmount' };
  let text = value.trim();
  let negative = false;
  // Accounting negatives: "(1,234)", "($1,234.00)", "(1.234,50 €)".
  const parens = /^\((.*)\)$/.exec(text);
  if (parens) {
    negative = true;
    text = parens[1].trim();
  }
  const currency = currencyOfText(text);
  const parsed = parseNumber(text, { decimal: hint.decimal });
  if (!parsed.ok) return { ok: false, code: parsed.code === 'ambiguousNumber' ? 'ambiguousAmount' : 'notAnAmount' };
  if (parsed.percent) return { ok: false, code: 'notAnAmount' };
  const amount = (negative ? -Math.abs(parsed.value) : parsed.value) / scale;
  return currency ? { ok: true, value: amount, currency } : { ok: true, value: amount };
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Day/month order of a column of slashed dates: 'dmy' (15/01/2027) or 'mdy' (01/15/2027). */
export type DateOrder = 'dmy' | 'mdy';

export type ParsedDealDate = { ok: true; value: Date } | { ok: false; code: 'blank' | 'notADate' | 'ambiguousDate' };

/** a/b/yyyy, a-b-yyyy or a/b/yy, with an optional time ("1/15/2027 10:00 AM"). */
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

export interface DateOrderFinding {
  /** The order the data proves, or undefined when nothing in the column decides it. */
  order?: DateOrder;
  /** True when the column has slashed dates and nothing decides their order. */
  ambiguous: boolean;
  /** A value that shows the ambiguity, for the message. */
  example?: string;
  /** Row index (in `values`) of that example. */
  exampleIndex?: number;
}

/**
 * Decides the day/month order of a date column from its data: a first part above 12 means day
 * first, a second part above 12 month first. Ambiguous when every slashed date could be read
 * both ways (dates with equal parts, such as 3/3/2027, decide nothing but are not ambiguous).
 */
export function inferDateOrder(values: readonly unknown[]): DateOrderFinding {
  let dayFirst = false;
  let monthFirst = false;
  let example: string | undefined;
  let exampleIndex: number | undefined;
  values.forEach((value, i) => {
    if (typeof value !== 'string') return;
    const m = SLASHED.exec(value.trim());
    if (!m) return;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12) dayFirst = true;
    else if (b > 12) monthFirst = true;
    else if (a !== b && example === undefined) {
      example = value.trim();
      exampleIndex = i;
    }
  });
  if (dayFirst && !monthFirst) return { order: 'dmy', ambiguous: false };
  if (monthFirst && !dayFirst) return { order: 'mdy', ambiguous: false };
  // Both seen: the column mixes orders, which no choice reads right.
  return { ambiguous: example !== undefined || (dayFirst && monthFirst), example, exampleIndex };
}

/**
 * One date cell → its calendar day (UTC midnight). Date objects and serials (Excel, Sheets) are
 * days already; ISO text keeps the day as written (the offset is not applied: the export's day is
 * the deal's day); slashed text needs `order` unless its parts decide it.
 */
export function parseDealDate(value: unknown, order?: DateOrder): ParsedDealDate {
  if (isBlank(value)) return { ok: false, code: 'blank' };
  if (value instanceof Date || typeof value === 'number') {
    // A plain number in a date column is an Excel/Sheets serial; refuse ones far from any deal.
    if (typeof value === 'number' && (value < 1 || value > 2958465)) return { ok: false, code: 'notADate' };
    const parsed = parseDate(value);
    return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, code: 'notADate' };
  }
  if (typeof value !== 'string') return { ok: false, code: 'notADate' };
  const text = value.trim();
  const m = SLASHED.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    let chosen = order;
    if (a > 12) chosen = 'dmy';
    else if (b > 12) chosen = 'mdy';
    else if (a === b) chosen = 'dmy';
    if (!chosen) return { ok: false, code: 'ambiguousDate' };
    const [day, month] = chosen === 'dmy' ? [a, b] : [b, a];
    return calendarDay(year, month, day);
  }
  // Excel serials exported as text ("46031").
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return parseDealDate(Number(text), order);
  const parsed = parseDate(text);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, code: 'notADate' };
}

function calendarDay(year: number, month: number, day: number): ParsedDealDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? { ok: true, value: date }
    : { ok: false, code: 'notADate' };
}

// ---------------------------------------------------------------------------------------------
// Outcomes and probabilities

/** Status column values (Pipedrive, Dynamics, Close's status_type, Salesforce's Won flag…). */
const STATUS_WORDS: Record<string, Outcome> = {
  open: 'open',
  active: 'open',
  'in progress': 'open',
  offen: 'open',
  aktiv: 'open',
  ouvert: 'open',
  ouverte: 'open',
  'en cours': 'open',
  otevreno: 'open',
  won: 'won',
  'closed won': 'won',
  gewonnen: 'won',
  gagne: 'won',
  gagnee: 'won',
  vyhrano: 'won',
  lost: 'lost',
  'closed lost': 'lost',
  verloren: 'lost',
  perdu: 'lost',
  perdue: 'lost',
  prohrano: 'lost',
  // Pipedrive's deleted deals and Dynamics' cancelled ones are lost for every metric.
  deleted: 'lost',
  canceled: 'lost',
  cancelled: 'lost',
};

/** The outcome a status cell names, or undefined for a value that is not a known status. */
export function outcomeOfStatus(value: unknown): Outcome | undefined {
  return STATUS_WORDS[normalizeLabel(value)];
}

export interface StageRule {
  /** The stage as exports write it. */
  stage: string;
  outcome: Outcome;
  /** Default win probability in percent (0–100), used when the export has no probability column. */
  probability?: number;
}

/**
 * Default stages of each CRM (editable settings: sources disagree). HubSpot's internal ids
 * (closedwon, qualifiedtobuy…) are listed with its labels; German and French HubSpot labels are
 * common translations. Dynamics 365's process stages say nothing of the outcome: use its Status.
 */
export const DEFAULT_STAGES: Record<Exclude<Crm, 'unknown'>, StageRule[]> = {
  salesforce: [
    { stage: 'Prospecting', outcome: 'open', probability: 10 },
    { stage: 'Qualification', outcome: 'open', probability: 10 },
    { stage: 'Needs Analysis', outcome: 'open', probability: 20 },
    { stage: 'Value Proposition', outcome: 'open', probability: 50 },
    { stage: 'Id. Decision Makers', outcome: 'open', probability: 60 },
    { stage: 'Perception Analysis', outcome: 'open', probability: 70 },
    { stage: 'Proposal/Price Quote', outcome: 'open', probability: 75 },
    { stage: 'Negotiation/Review', outcome: 'open', probability: 90 },
    { stage: 'Closed Won', outcome: 'won', probability: 100 },
    { stage: 'Closed Lost', outcome: 'lost', probability: 0 },
  ],
  hubspot: [
    { stage: 'Appointment Scheduled', outcome: 'open', probability: 20 },
    { stage: 'Qualified to Buy', outcome: 'open', probability: 40 },
    { stage: 'Presentation Scheduled', outcome: 'open', probability: 60 },
    { stage: 'Decision Maker Bought-In', outcome: 'open', probability: 80 },
    { stage: 'Contract Sent', outcome: 'open', probability: 90 },
    { stage: 'Closed Won', outcome: 'won', probability: 100 },
    { stage: 'Closed Lost', outcome: 'lost', probability: 0 },
    { stage: 'appointmentscheduled', outcome: 'open', probability: 20 },
    { stage: 'qualifiedtobuy', outcome: 'open', probability: 40 },
    { stage: 'presentationscheduled', outcome: 'open', probability: 60 },
    { stage: 'decisionmakerboughtin', outcome: 'open', probability: 80 },
    { stage: 'contractsent', outcome: 'open', probability: 90 },
    { stage: 'closedwon', outcome: 'won', probability: 100 },
    { stage: 'closedlost', outcome: 'lost', probability: 0 },
    { stage: 'Termin vereinbart', outcome: 'open', probability: 20 },
    { stage: 'Qualifiziert zum Kauf', outcome: 'open', probability: 40 },
    { stage: 'Präsentation geplant', outcome: 'open', probability: 60 },
    { stage: 'Entscheidungsträger eingebunden', outcome: 'open', probability: 80 },
    { stage: 'Vertrag gesendet', outcome: 'open', probability: 90 },
    { stage: 'Abgeschlossen und gewonnen', outcome: 'won', probability: 100 },
    { stage: 'Abgeschlossen und verloren', outcome: 'lost', probability: 0 },
    { stage: 'Rendez-vous programmé', outcome: 'open', probability: 20 },
    { stage: 'Qualifié pour acheter', outcome: 'open', probability: 40 },
    { stage: 'Présentation programmée', outcome: 'open', probability: 60 },
    { stage: 'Décideur convaincu', outcome: 'open', probability: 80 },
    { stage: 'Contrat envoyé', outcome: 'open', probability: 90 },
    { stage: 'Conclue gagnée', outcome: 'won', probability: 100 },
    { stage: 'Conclue perdue', outcome: 'lost', probability: 0 },
  ],
  zoho: [
    { stage: 'Qualification', outcome: 'open', probability: 10 },
    { stage: 'Needs Analysis', outcome: 'open', probability: 20 },
    { stage: 'Value Proposition', outcome: 'open', probability: 40 },
    { stage: 'Identify Decision Makers', outcome: 'open', probability: 60 },
    { stage: 'Proposal/Price Quote', outcome: 'open', probability: 75 },
    { stage: 'Negotiation/Review', outcome: 'open', probability: 90 },
    { stage: 'Closed Won', outcome: 'won', probability: 100 },
    { stage: 'Closed Lost', outcome: 'lost', probability: 0 },
    { stage: 'Closed-Lost to Competition', outcome: 'lost', probability: 0 },
  ],
  dynamics: [
    { stage: 'Qualify', outcome: 'open' },
    { stage: 'Develop', outcome: 'open' },
    { stage: 'Propose', outcome: 'open' },
    { stage: 'Close', outcome: 'open' },
  ],
  pipedrive: [],
  close: [],
};

/** Stage rules by stage key; edited by the user, then passed back to readDeals and the formulas. */
export type StageMap = Record<string, StageRule>;

/** How stages are compared: letters and digits only, so "Closed Won", "closedwon", "Closed-Won" meet. */
export function stageKey(stage: unknown): string {
  return normalizeLabel(stage).replace(/ /g, '');
}

/**
 * The default stage map for an export: the CRM's own stages first (their probabilities win),
 * then every other CRM's, so a renamed or mixed export still finds "Closed Won".
 */
export function defaultStageMap(crm: Crm = 'unknown'): StageMap {
  const map: StageMap = {};
  const order = crm === 'unknown' ? [] : [crm];
  for (const name of Object.keys(DEFAULT_STAGES) as Exclude<Crm, 'unknown'>[]) if (name !== crm) order.push(name);
  for (const name of order) {
    for (const rule of DEFAULT_STAGES[name as Exclude<Crm, 'unknown'>]) {
      const key = stageKey(rule.stage);
      if (!(key in map)) map[key] = rule;
    }
  }
  return map;
}

/** The outcome of a stage by the map, or undefined for a stage the map does not know. */
export function outcomeOfStage(stage: unknown, map: StageMap): Outcome | undefined {
  return map[stageKey(stage)]?.outcome;
}

/** The stages of a map with an outcome, as written (for formulas that match them). */
export function stagesWith(map: StageMap, outcome: Outcome): string[] {
  return Object.values(map)
    .filter((rule) => rule.outcome === outcome)
    .map((rule) => rule.stage);
}

/**
 * Whether a probability column holds percents (0–100) or fractions (0–1): percents when any
 * plain number in it is above 1. Text with "%" is read as a percent either way.
 */
export function probabilityScaleOf(values: readonly unknown[]): 1 | 100 {
  for (const value of values) {
    const parsed = parseNumber(value);
    if (parsed.ok && !parsed.percent && parsed.value > 1) return 100;
  }
  return 1;
}

/** One probability cell → a fraction from 0 to 1, or undefined when it is not a probability. */
export function parseProbability(value: unknown, scale: 1 | 100): number | undefined {
  if (isBlank(value)) return undefined;
  const parsed = parseNumber(value);
  if (!parsed.ok) return undefined;
  const fraction = parsed.percent ? parsed.value : parsed.value / scale;
  return fraction >= 0 && fraction <= 1 ? fraction : undefined;
}

// ---------------------------------------------------------------------------------------------
// Rows that are not deals

const TOTAL_ROW = /^(grand\s+)?totals?\b|^summe\b|^gesamt|^total\b|^sous-total|^subtotal|^celkem/i;

/**
 * Whether a data row is no deal: blank, a totals row ("Total", "Grand Totals (5,000 records)",
 * "Summe"), or the text lines of a report footer (Salesforce writes the report name, a
 * confidentiality line and "Generated By:" below the data): rows whose deal fields are blank
 * except one or two text cells.
 */
export function isFooterRow(row: readonly unknown[], columns: Partial<Record<DealField, number>>): boolean {
  const filled = row.filter((v) => !isBlank(v));
  if (filled.length === 0) return true;
  const first = filled[0];
  const stage = columns.stage !== undefined ? row[columns.stage] : undefined;
  const status = columns.status !== undefined ? row[columns.status] : undefined;
  if (typeof first === 'string' && TOTAL_ROW.test(first.trim()) && isBlank(stage) && isBlank(status)) return true;
  const dealCells = (['amount', 'stage', 'status', 'closeDate', 'created', 'owner'] as DealField[])
    .map((field) => columns[field])
    .filter((c): c is number => c !== undefined)
    .filter((c) => !isBlank(row[c])).length;
  return filled.length <= 2 && dealCells <= 1;
}
