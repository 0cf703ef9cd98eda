import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, daysBetween, fromSerial, isoDay, parseDate, parseIsoDay, toSerial } from '../../src/core/dates';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('parseDate', () => {
  it('reads serial numbers as Sheets counts them (days since 1899-12-30)', () => {
    expect(parseDate(46388)).toEqual({ ok: true, value: day(2027, 1, 1) });
    expect(parseDate(46388.75)).toEqual({ ok: true, value: day(2027, 1, 1) });
    expect(toSerial(day(2027, 1, 1))).toBe(46388);
  });

  it('reads Date objects holding midnight in any time zone within ±12 h as that calendar day', () => {
    for (const offsetHours of [-11, -5, 0, 1, 2, 5.5, 9, 11]) {
      const midnight = new Date(Date.UTC(2027, 2, 31) - offsetHours * 3_600_000);
      expect(parseDate(midnight)).toEqual({ ok: true, value: day(2027, 3, 31) });
    }
  });

  it('reads Date objects with a time of day by the spreadsheet time zone offset when given', () => {
    // 2027-01-05 18:30 in Berlin (UTC+1) is 17:30 UTC: still January 5th there.
    const evening = new Date(Date.UTC(2027, 0, 5, 17, 30));
    expect(parseDate(evening, { utcOffsetMinutes: 60 })).toEqual({ ok: true, value: day(2027, 1, 5) });
    // 2027-01-05 01:00 in Tokyo (UTC+9) is 16:00 UTC on January 4th.
    const tokyoNight = new Date(Date.UTC(2027, 0, 4, 16, 0));
    expect(parseDate(tokyoNight, { utcOffsetMinutes: 540 })).toEqual({ ok: true, value: day(2027, 1, 5) });
    expect(parseDate(new Date(Date.UTC(2027, 0, 5, 4)), { utcOffsetMinutes: -300 })).toEqual({
      ok: true,
      value: day(2027, 1, 4),
    });
  });

  it('reads ISO and other unambiguous date text', () => {
    for (const text of [
      '2027-03-31',
      '2027-3-31',
      '2027-03-31T00:00:00Z',
      '2027/03/31',
      '31.03.2027',
      '31. 3. 2027',
      '2027年3月31日',
    ]) {
      expect(parseDate(text), text).toEqual({ ok: true, value: day(2027, 3, 31) });
    }
  });

  it('refuses impossible or ambiguous dates', () => {
    for (const text of ['2027-02-30', '03/04/2027', 'next Friday', 'Q1']) {
      expect(parseDate(text), text).toMatchObject({ ok: false, code: 'notADate' });
    }
    expect(parseDate('')).toMatchObject({ ok: false, code: 'blank' });
    expect(parseDate(new Date(Number.NaN))).toMatchObject({ ok: false, code: 'notADate' });
  });

  it('round-trips serial numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80_000 }), (serial) => {
        const parsed = parseDate(serial);
        expect(parsed.ok && toSerial(parsed.value)).toBe(serial);
      }),
    );
  });
});

describe('serial numbers, ISO days and calendar days', () => {
  it('converts serial numbers both ways, dropping the time of day', () => {
    expect(fromSerial(46388)).toEqual(day(2027, 1, 1));
    expect(fromSerial(46388.9)).toEqual(day(2027, 1, 1));
    expect(fromSerial(0)).toEqual(day(1899, 12, 30));
    expect(toSerial(new Date(Date.UTC(2027, 0, 1, 23, 59)))).toBe(46388);
  });

  it('writes and reads ISO days, refusing days that do not exist', () => {
    expect(isoDay(day(2027, 3, 31))).toBe('2027-03-31');
    expect(isoDay(new Date(Number.NaN))).toBe('invalid date');
    expect(parseIsoDay('2027-03-31')).toEqual(day(2027, 3, 31));
    expect(parseIsoDay('2028-02-29')).toEqual(day(2028, 2, 29));
    for (const text of ['2027-02-29', '2027-13-01', '2027-3-31', '31.03.2027', '']) {
      expect(parseIsoDay(text), text).toBeNull();
    }
  });

  it('takes the UTC calendar day of a time and counts whole days between', () => {
    expect(dayOf(new Date(Date.UTC(2027, 0, 5, 17, 30)))).toEqual(day(2027, 1, 5));
    expect(daysBetween(day(2027, 1, 1), day(2027, 3, 31))).toBe(89);
    expect(daysBetween(day(2027, 1, 5), new Date(Date.UTC(2027, 0, 4, 23)))).toBe(-1);
  });

  it('round-trips ISO days of any date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80_000 }), (serial) => {
        const date = fromSerial(serial);
        expect(parseIsoDay(isoDay(date))).toEqual(date);
        expect(dayOf(date)).toEqual(date);
        expect(daysBetween(fromSerial(1), date)).toBe(serial - 1);
      }),
    );
  });
});
