import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, normalizeConfidence, PROBLEM_MARK, readKrCells } from '../../src/core/cells';

describe('readKrCells', () => {
  it('reads numbers as typed, kinds in any language and blanks as null', () => {
    expect(readKrCells({ kind: 'Senken', baseline: '60', target: '55 Tage', current: 57, weight: '2' })).toEqual({
      kind: 'decrease',
      baseline: 60,
      target: null,
      current: 57,
      weight: 2,
      unreadable: { target: { code: 'notANumber', text: '55 Tage' } },
    });
    expect(readKrCells({ kind: '', baseline: '', target: '$500,000.00', current: '250 000 €', weight: null })).toEqual({
      kind: null,
      baseline: null,
      target: 500000,
      current: 250000,
      weight: null,
      unreadable: {},
    });
    expect(readKrCells({})).toEqual({
      kind: null,
      baseline: null,
      target: null,
      current: null,
      weight: null,
      unreadable: {},
    });
  });

  it('reads a checkbox as a boolean and a milestone’s done word as done', () => {
    expect(readKrCells({ current: true }).current).toBe(true);
    expect(readKrCells({ kind: 'increase', current: false }).current).toBe(false);
    expect(readKrCells({ kind: 'milestone', current: 'erledigt' }).current).toBe(true);
    expect(readKrCells({ kind: 'Meilenstein', current: 'later' })).toMatchObject({ current: false, unreadable: {} });
    expect(readKrCells({ kind: 'milestone', current: '' }).current).toBeNull();
  });

  it('keeps unreadable text with why, instead of turning it into no value', () => {
    expect(readKrCells({ kind: 'sideways' }).unreadable).toEqual({ kind: { code: 'unknownKind', text: 'sideways' } });
    expect(readKrCells({ current: '1,500' }).unreadable).toEqual({
      current: { code: 'ambiguousNumber', text: '1,500' },
    });
    expect(readKrCells({ baseline: new Date(Date.UTC(2027, 4, 1)) }).unreadable).toEqual({
      baseline: { code: 'dateNotNumber', text: '2027-05-01' },
    });
    expect(readKrCells({ weight: '#REF!' }).unreadable).toEqual({ weight: { code: 'cellError', text: '#REF!' } });
    // Another custom function's problem text in a linked cell is passed on as a cell error.
    expect(readKrCells({ current: `${PROBLEM_MARK}no target` }).unreadable).toEqual({
      current: { code: 'cellError', text: '⚠ no target' },
    });
  });

  it('refuses a percentage against a plain number, but not a formatted percentage', () => {
    expect(readKrCells({ current: '19%', target: 25 })).toMatchObject({
      current: null,
      unreadable: { current: { code: 'percentMismatch', text: '19%' } },
    });
    expect(readKrCells({ current: 19, target: '25%' }).unreadable.current?.code).toBe('percentMismatch');
    expect(readKrCells({ current: 0.19, target: '25%' })).toMatchObject({
      current: 0.19,
      target: 0.25,
      unreadable: {},
    });
    expect(readKrCells({ current: '19%', target: '25%' })).toMatchObject({ current: 0.19, target: 0.25 });
  });

  it('never throws on what a sheet cell holds, and reads every finite number as itself (property)', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.date(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(cell, cell, fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b, n) => {
        const values = readKrCells({ kind: a, baseline: b, target: n, current: n, weight: n });
        expect(values.target).toBe(n);
        expect(values.weight).toBe(n);
        expect(values.unreadable.target).toBeUndefined();
      }),
    );
  });
});

describe('cellText', () => {
  it('quotes a cell short enough for a message', () => {
    expect(cellText('  abc ')).toBe('abc');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Date.UTC(2027, 2, 31)))).toBe('2027-03-31');
    expect(cellText(new Date(Number.NaN))).toBe('invalid date');
    expect(cellText('x'.repeat(100))).toBe(`${'x'.repeat(37)}…`);
  });
});

describe('normalizeConfidence', () => {
  it('reads 0–1, 0–10 and percentages as a share', () => {
    expect(normalizeConfidence(null)).toBeNull();
    expect(normalizeConfidence(0.8)).toBe(0.8);
    expect(normalizeConfidence(1)).toBe(1);
    expect(normalizeConfidence(8)).toBe(0.8);
    expect(normalizeConfidence(10)).toBe(1);
    expect(normalizeConfidence(80)).toBe(0.8);
    expect(normalizeConfidence(0)).toBe(0);
  });
});
