// A value typed in the wrong unit — "50%" on a currency KR, "$15" on a % KR — is not saved as 0.5 or
// 1,500% without a word: the check-in asks "did you mean …?" and saves only once confirmed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unitMismatch } from '../../src/core/units';
import { recordCheckIn } from '../../src/server/endpoints';
import { createPeriodWith } from '../../src/sheet/periods';
import { newWorkbook, request, SETTINGS, sampleKeyResults, TODAY, valuesOf, type Workbook } from './helpers';

const KR = 'Q1 2027 · Key results';
const LOG = 'Q1 2027 · Check-ins';

describe('the unit a value is typed in', () => {
  it('is a mismatch only between percent and currency', () => {
    expect(unitMismatch('currency', '50%')).toEqual({ typed: 'percent', unit: 'currency', number: 50, meant: 50 });
    expect(unitMismatch('%', '$15')).toEqual({ typed: 'currency', unit: 'percent', number: 15, meant: 0.15 });
    expect(unitMismatch('%', '1 500 Kč', ',')).toMatchObject({ typed: 'currency', number: 1500 });
    expect(unitMismatch('currency', '12,5 %', ',')).toMatchObject({ number: 12.5, meant: 12.5 });
    expect(unitMismatch('€', '30%')).toMatchObject({ unit: 'currency' });
    for (const [unit, value] of [
      ['currency', '420,000'],
      ['currency', '$420,000'],
      ['%', '19%'],
      ['%', '0.19'],
      ['count', '50%'],
      ['', '$5'],
      ['currency', 420000],
    ] as const) {
      expect(unitMismatch(unit, value)).toBeNull();
    }
  });
});

let wb: Workbook;
function setUp(userLocale = 'en'): void {
  vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
  wb = newWorkbook('en_US', userLocale);
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
}
afterEach(() => {
  wb?.restore();
  vi.useRealTimers();
});

const checkIn = (krId: string, value: string, confirmUnit?: boolean) =>
  recordCheckIn({
    periodLabel: 'Q1 2027',
    krId,
    value,
    confidence: null,
    note: '',
    who: 'Ana',
    ...(confirmUnit === undefined ? {} : { confirmUnit }),
  });

describe('a check-in in the wrong unit', () => {
  beforeEach(() => setUp());

  it('asks before saving a percentage on a currency KR, and saves the number once confirmed', () => {
    const before = wb.emu.snapshot();
    expect(() => checkIn('O1.1', '50%')).toThrow(
      '“50%” is a percentage, but O1.1 is measured in money. Did you mean 50? Confirm to save 50, or correct the value.',
    );
    expect(wb.emu.snapshot()).toEqual(before);
    expect(() => checkIn('O1.1', '50%', false)).toThrow(/Did you mean 50\?/);
    const saved = checkIn('O1.1', '50%', true);
    expect(saved.value).toBe(50);
    expect(valuesOf(wb.ss, KR, 'L2')[0][0]).toBe(50);
    expect(valuesOf(wb.ss, LOG, 'B2:C2')).toEqual([['O1.1', 50]]);
  });

  it('asks before saving money on a % KR, and saves the percentage once confirmed', () => {
    expect(() => checkIn('O3.1', '$15')).toThrow(
      /“\$15” is an amount of money, but O3.1 is measured in percent\. Did you mean 15%\?/,
    );
    expect(checkIn('O3.1', '$15', true).value).toBeCloseTo(0.15);
    expect(valuesOf(wb.ss, KR, 'L7')[0][0]).toBeCloseTo(0.15);
  });

  it('saves values in the KR’s own unit without asking', () => {
    expect(checkIn('O1.1', '$450,000').value).toBe(450000);
    expect(checkIn('O3.1', '19%').value).toBeCloseTo(0.19);
    expect(checkIn('O3.2', '12').value).toBe(12);
  });
});

describe('the question in the user’s language', () => {
  beforeEach(() => setUp('de'));

  it('asks in German', () => {
    expect(() => checkIn('O1.1', '50%')).toThrow(
      '„50%“ ist ein Prozentwert, aber O1.1 wird in Geld gemessen. Meinten Sie 50?',
    );
  });
});
