// Date serials as Google Sheets counts them: days since 1899-12-30, the fraction is the time.
// Dates are read and written in the local time of the running process, as Apps Script does in
// the script's time zone, so getFullYear()/getDate() of a value read from a cell give the day shown.

const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export function dateToSerial(d: Date): number {
  const localAsUtc = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  return (localAsUtc - EPOCH_UTC) / MS_PER_DAY;
}

export function serialToDate(serial: number): Date {
  const u = new Date(EPOCH_UTC + Math.round(serial * MS_PER_DAY));
  return new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
    u.getUTCMilliseconds(),
  );
}

/** Calendar parts of a serial (no time zone involved). */
export function serialParts(serial: number): {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  weekday: number;
} {
  const u = new Date(EPOCH_UTC + Math.round(serial * MS_PER_DAY));
  return {
    year: u.getUTCFullYear(),
    month: u.getUTCMonth() + 1,
    day: u.getUTCDate(),
    hours: u.getUTCHours(),
    minutes: u.getUTCMinutes(),
    seconds: u.getUTCSeconds(),
    weekday: u.getUTCDay(),
  };
}

export function partsToSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - EPOCH_UTC) / MS_PER_DAY;
}

/** A Date from any realm (add-on code may run in a separate VM context with its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
