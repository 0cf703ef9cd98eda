// Dates as sheets hold them → calendar days. The core works with UTC midnights: a period, a due
// date and a check-in are calendar days, whatever the spreadsheet's time zone. A date cell reaches
// the script as the instant of midnight in the spreadsheet's time zone, so the day it shows is
// only known with that zone (UTC+13 midnight and UTC−11 midnight are both 11:00 UTC).
import { normalizeCharacters, shorten } from './numbers';

export type ParsedDate = { ok: true; value: Date } | { ok: false; code: DateProblem; message: string };
export type DateProblem = 'blank' | 'notADate';

const DAY_MS = 86_400_000;
/** Day 0 of spreadsheet serial dates (Sheets, Excel after 1900-03-01, HyperFormula): 1899-12-30. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?$/;
const DOTTED_DMY = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/;
const CJK_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

export interface DateHint {
  /**
   * Offset of the spreadsheet's time zone from UTC on that date, in minutes (Berlin in winter:
   * 60). When given, a Date object is read as the calendar day it falls on there, so times of day
   * (check-in timestamps) keep their day. Without it, see parseDate.
   */
  utcOffsetMinutes?: number;
}

/**
 * A cell's date as the calendar day it names, at midnight UTC (the convention of `Period`).
 * Accepts Date objects, serial numbers (days since 1899-12-30, as Sheets and HyperFormula count),
 * ISO text (2027-03-31), 2027/03/31, 31.03.2027 and 2027年3月31日. The time of day is dropped.
 *
 * Date objects from a sheet hold midnight in the spreadsheet's time zone, which may differ from
 * the script's. Without a hint, the nearest UTC midnight is taken: that is the right calendar day
 * for every date-only cell in zones within ±12 h. Pass `utcOffsetMinutes` for cells with times.
 */
export function parseDate(value: unknown, hint?: DateHint): ParsedDate {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return notADate('an invalid date');
    const offset = hint?.utcOffsetMinutes;
    if (offset !== undefined && Number.isFinite(offset)) {
      return { ok: true, value: new Date(Math.floor((t + offset * 60_000) / DAY_MS) * DAY_MS) };
    }
    return { ok: true, value: new Date(Math.round(t / DAY_MS) * DAY_MS) };
  }
  if (typeof value === 'number') {
    const date = fromSerial(value);
    // A serial beyond the calendar a Date can hold (about ±270,000 years) is no date.
    return Number.isNaN(date.getTime()) ? notADate(String(value)) : { ok: true, value: date };
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

/**
 * The calendar day an instant falls on in a time zone, as its UTC midnight (the day a date cell
 * shows); null when the zone is unknown here.
 */
export function dayInTimeZone(date: Date, timeZone: string): Date | null {
  try {
    // en-CA writes the day as yyyy-mm-dd.
    return parseIsoDay(date.toLocaleDateString('en-CA', { timeZone }));
  } catch (_) {
    return null;
  }
}

/** Whether this JavaScript knows a time zone by that name ('Europe/Berlin'). */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name === '' || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch (_) {
    return false;
  }
}

/**
 * A grid read from a sheet with every Date replaced by the day it shows in the spreadsheet's
 * time zone (a UTC midnight), so readers that take days see the user's days.
 */
export function cellDaysInTimeZone(values: unknown[][], timeZone: string): unknown[][] {
  return values.map((row) =>
    row.some((v) => v instanceof Date)
      ? row.map((v) => (v instanceof Date ? (dayInTimeZone(v, timeZone) ?? v) : v))
      : row,
  );
}

/** Serial day number (days since 1899-12-30) of a date's UTC calendar day: how sheets store dates. */
export function toSerial(date: Date): number {
  return Math.floor((date.getTime() - SERIAL_EPOCH_MS) / DAY_MS);
}

/** The UTC midnight of a serial day number. */
export function fromSerial(serial: number): Date {
  return new Date(SERIAL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

/** 'yyyy-mm-dd' of a date's UTC calendar day. */
export function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'invalid date' : date.toISOString().slice(0, 10);
}

/** Midnight UTC of an ISO day 'yyyy-mm-dd', or null when it is not a real calendar day. */
export function parseIsoDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) ? date : null;
}

/** The UTC midnight of the calendar day `date` falls on in UTC. */
export function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Whole days from `from` to `to` (both UTC midnights or any times on those days). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);
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
