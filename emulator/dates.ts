// Date serials as Google Sheets counts them: days since 1899-12-30, the fraction is the time.
// A serial is a wall-clock time in the spreadsheet's time zone: getValues() hands a date cell to
// the script as the instant of that wall-clock time there (midnight in the spreadsheet's zone for
// a date), and setValues() reads a Date's wall-clock time in that zone. So a script whose own
// time zone differs sees the instant, not the day: it must read days in the spreadsheet's zone.

const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT']);

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The calendar fields of an instant in a time zone (weekday 0 = Sunday), as its clock shows them. */
export function zonedParts(date: Date, timeZone: string): Record<string, number> {
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
    ms: ((date.getTime() % 1000) + 1000) % 1000,
  };
}

/** The wall-clock time of an instant in a time zone, as milliseconds of a UTC calendar. */
function wallClockMs(t: number, timeZone: string): number {
  if (UTC_ZONES.has(timeZone)) return t;
  const p = zonedParts(new Date(t), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
}

/** The instant whose wall-clock time in `timeZone` is `wall` (a UTC-calendar millisecond count). */
function instantOf(wall: number, timeZone: string): number {
  // Two corrections settle on the right offset, also on the days the offset changes; a time
  // skipped by a daylight-saving jump lands after the jump, as in Sheets.
  let t = wall - (wallClockMs(wall, timeZone) - wall);
  t = wall - (wallClockMs(t, timeZone) - t);
  return t;
}

/** The serial of a Date's wall-clock time in the spreadsheet's time zone. */
export function dateToSerial(d: Date, timeZone: string): number {
  return (wallClockMs(d.getTime(), timeZone) - EPOCH_UTC) / MS_PER_DAY;
}

/** The instant a serial names in the spreadsheet's time zone (midnight there for a date). */
export function serialToDate(serial: number, timeZone: string): Date {
  return new Date(instantOf(EPOCH_UTC + Math.round(serial * MS_PER_DAY), timeZone));
}

/** The wall-clock hours, minutes and seconds of a Date in a time zone (0 for a plain date). */
export function timeOfDayMs(d: Date, timeZone: string): number {
  return ((wallClockMs(d.getTime(), timeZone) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
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
