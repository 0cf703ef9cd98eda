import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, isBlank, parseNumber } from '../../src/core/numbers';

function value(text: unknown, hint?: { decimal?: '.' | ',' }): number {
  const parsed = parseNumber(text, hint);
  if (!parsed.ok) throw new Error(`${String(text)}: ${parsed.code} ${parsed.message}`);
  return parsed.value;
}

describe('parseNumber', () => {
  it('passes numbers and booleans through and refuses non-finite numbers', () => {
    expect(parseNumber(42)).toEqual({ ok: true, value: 42, percent: false });
    expect(parseNumber(true)).toEqual({ ok: true, value: 1, percent: false });
    expect(parseNumber(false)).toEqual({ ok: true, value: 0, percent: false });
    expect(parseNumber(Number.NaN)).toMatchObject({ ok: false, code: 'notANumber' });
    expect(parseNumber(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, code: 'tooLarge' });
  });

  it('reports text beyond the range of numbers as too large, never as Infinity', () => {
    for (const text of ['1e400', '-1e400', '9'.repeat(400), '1e308 Mrd', '$1e308M', '(1e400)', '1e306k']) {
      const parsed = parseNumber(text);
      expect(parsed, text).toMatchObject({ ok: false, code: 'tooLarge' });
      if (!parsed.ok) expect(parsed.message).not.toMatch(/Infinity/);
    }
    expect(parseNumber('1e308')).toEqual({ ok: true, value: 1e308, percent: false });
    expect(parseNumber('-1.7976931348623157e308')).toMatchObject({ ok: true, value: -Number.MAX_VALUE });
    expect(parseNumber('1e-400')).toEqual({ ok: true, value: 0, percent: false });
  });

  it('reports blanks and dates instead of reading them as 0', () => {
    for (const blank of ['', '   ', null, undefined])
      expect(parseNumber(blank)).toMatchObject({ ok: false, code: 'blank' });
    const date = parseNumber(new Date(Date.UTC(2027, 0, 5)));
    expect(date).toMatchObject({ ok: false, code: 'dateNotNumber' });
    expect(!date.ok && date.message).toContain('2027-01-05');
  });

  it.each([
    ['19%', 0.19, true],
    ['+5%', 0.05, true],
    ['19 %', 0.19, true],
    ['-10%', -0.1, true],
    ['350,000', 350000, false],
    ['1,234,567.89', 1234567.89, false],
    ['1.234,5 €', 1234.5, false],
    ['1.234.567,89', 1234567.89, false],
    ['1 234,5', 1234.5, false],
    ['1\u00A0234,5', 1234.5, false],
    ['1\u202F234,5\u00A0€', 1234.5, false],
    ["CHF 1'234.50", 1234.5, false],
    ['$1.2M', 1200000, false],
    ['$1.2m', 1200000, false],
    ['45k', 45000, false],
    ['€45K', 45000, false],
    ['3 Mio. €', 3000000, false],
    ['2 Mrd', 2e9, false],
    ['(1,200.00)', -1200, false],
    ['($500)', -500, false],
    ['\u22125', -5, false],
    ['-$1,234.50', -1234.5, false],
    ['$-20', -20, false],
    ['USD 1,250.75', 1250.75, false],
    ['1 200 Kč', 1200, false],
    ['Kč 1 200,50', 1200.5, false],
    ['£12', 12, false],
    ['¥3000', 3000, false],
    ['12 EUR', 12, false],
    ['١٢٣٫٥', 123.5, false],
    ['٥٠٪', 0.5, true],
    ['۱۲۳', 123, false],
    ['1,5', 1.5, false],
    ['0,750', 0.75, false],
    ['12,34', 12.34, false],
    ['1234,567', 1234.567, false],
    ['12,34,567', 1234567, false],
    ['1e3', 1000, false],
    ['.5', 0.5, false],
    ['3万', 30000, false],
  ])('reads %j as %d', (text, expected, percent) => {
    const parsed = parseNumber(text);
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
    if (parsed.ok) {
      expect(parsed.value).toBeCloseTo(expected, 9);
      expect(parsed.percent).toBe(percent);
    }
  });

  it.each(['1,500', '1.500', '(1,200)', '999,999', '$1,500'])(
    'reports %j as ambiguous, naming both readings',
    (text) => {
      const parsed = parseNumber(text);
      expect(parsed).toMatchObject({ ok: false, code: 'ambiguousNumber' });
      if (!parsed.ok) expect(parsed.message).toMatch(/could be \d+ .* or \d+\.\d+/);
    },
  );

  it('resolves ambiguity with the locale decimal separator', () => {
    expect(value('1,500', { decimal: '.' })).toBe(1500);
    expect(value('1,500', { decimal: ',' })).toBe(1.5);
    expect(value('1.500', { decimal: ',' })).toBe(1500);
    expect(value('1.500', { decimal: '.' })).toBe(1.5);
    expect(value('(1,200)', { decimal: '.' })).toBe(-1200);
    // A hint never overrides what the text says unambiguously.
    expect(value('1.234,5', { decimal: '.' })).toBe(1234.5);
    expect(value('1.5', { decimal: ',' })).toBe(1.5);
  });

  it.each(['abc', '12abc', '1,2,3', '1.2.3,4,5', '--5', '%', '$', 'k', 'twelve', '1,23,4'])(
    'reports %j as not a number',
    (text) => {
      const parsed = parseNumber(text);
      expect(parsed).toMatchObject({ ok: false, code: 'notANumber' });
      if (!parsed.ok) expect(parsed.message).toContain(text);
    },
  );

  it('reports error values shown in a cell', () => {
    expect(parseNumber('#N/A')).toMatchObject({ ok: false, code: 'cellError' });
    expect(parseNumber('#DIV/0!')).toMatchObject({ ok: false, code: 'cellError' });
  });

  it('round-trips any number written in en, de, fr and cs formats', () => {
    const formats = ['en-US', 'de-DE', 'fr-FR', 'cs-CZ'];
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...formats),
        (whole, cents, locale) => {
          const n = whole + (Math.sign(whole || 1) * cents) / 100;
          const text = n.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
          expect(value(text)).toBeCloseTo(n, 6);
        },
      ),
    );
  });

  it('round-trips integers written with grouping when the locale hint is given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom(['en-US', '.'], ['de-DE', ','], ['fr-FR', ','], ['cs-CZ', ',']),
        (n, [locale, decimal]) => {
          expect(value(n.toLocaleString(locale), { decimal: decimal as '.' | ',' })).toBe(n);
        },
      ),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseNumber(text);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('isBlank and decimalSeparatorOf', () => {
  it('treats empty and whitespace-only cells as blank, 0 and FALSE as values', () => {
    expect([null, undefined, '', '  '].every(isBlank)).toBe(true);
    expect([0, false, 'x'].some(isBlank)).toBe(false);
  });

  it('knows which locales write a decimal comma', () => {
    expect(decimalSeparatorOf('de_DE')).toBe(',');
    expect(decimalSeparatorOf('fr')).toBe(',');
    expect(decimalSeparatorOf('cs_CZ')).toBe(',');
    expect(decimalSeparatorOf('en_US')).toBe('.');
    expect(decimalSeparatorOf('zh_CN')).toBe('.');
    expect(decimalSeparatorOf('de_CH')).toBe('.');
    expect(decimalSeparatorOf(undefined)).toBe('.');
  });
});

describe('values from formula engines', () => {
  it('treats an empty-cell symbol as blank and names error objects', () => {
    const empty = Symbol('Empty value');
    expect(isBlank(empty)).toBe(true);
    expect(parseNumber(empty)).toMatchObject({ ok: false, code: 'blank' });
    const error = parseNumber({ type: 'DIV_BY_ZERO' });
    expect(error).toMatchObject({ ok: false, code: 'notANumber' });
    expect(!error.ok && error.message).toContain('#DIV_BY_ZERO');
  });
});

describe('parseNumber refuses contradictions instead of guessing', () => {
  it.each(['1 5', '12 34,5', "1'23", '(-5)', '%5%', '5 apples', 'ABC 5', '5 usd dollars', '1 234.567,8'])(
    '%j is not a number',
    (text) => {
      expect(parseNumber(text)).toMatchObject({ ok: false, code: 'notANumber' });
    },
  );

  it('accepts ISO currency codes in any case', () => {
    expect(value('5 usd')).toBe(5);
    expect(value('CZK 1 250')).toBe(1250);
  });
});

describe('parseNumber never guesses (properties)', () => {
  it('reads grouped integers of en and de as the number or reports ambiguity, never another number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom('en-US', 'de-DE'), (n, locale) => {
        const parsed = parseNumber(n.toLocaleString(locale));
        if (parsed.ok) expect(parsed.value).toBe(n);
        else expect(parsed.code).toBe('ambiguousNumber');
      }),
    );
  });

  it('reads decimals with two or more fraction digits in any of en, de, fr, cs exactly', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'cs-CZ'),
        fc.constantFrom(2, 4),
        (x, locale, digits) => {
          const text = x.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
          expect(value(text)).toBeCloseTo(Number(x.toFixed(digits)), digits);
        },
      ),
    );
  });

  it('reads what JavaScript prints for any number, unless it could be a thousands group', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const parsed = parseNumber(String(x));
        if (parsed.ok) expect(parsed.value).toBe(x === 0 ? 0 : x);
        else expect(parsed.code).toBe('ambiguousNumber');
      }),
    );
  });
});
