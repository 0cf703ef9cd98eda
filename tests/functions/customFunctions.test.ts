import { describe, expect, it } from 'vitest';
import {
  KR_PROGRESS,
  KR_TARGET,
  OKR_GRADE,
  OKR_PACE,
  OKR_SCORE,
  OKR_STATUS,
} from '../../src/functions/customFunctions';

const col = (...values: unknown[]) => values.map((v) => [v]);

describe('KR_PROGRESS', () => {
  it('computes the sales examples of every kind', () => {
    expect(KR_PROGRESS(250000, 500000)).toBe(0.5); // new sales, baseline 0
    expect(KR_PROGRESS(0.19, 0.25, 0.15)).toBe(0.4); // conversion 15% → 25%
    expect(KR_PROGRESS(57, 55, 60)).toBe(0.6); // sales cycle 60 → 55 days (decrease by default)
    expect(KR_PROGRESS(4.2, 4, '', 'at least')).toBe(1); // pipeline coverage ≥ 4×
    expect(KR_PROGRESS(0.12, 0.1, '', 'at most')).toBe(0); // turnover ≤ 10%
    expect(KR_PROGRESS(true, '', '', 'milestone')).toBe(1);
  });

  it('matches ranges row by row, broadcasts single values and keeps the shape of current', () => {
    const result = KR_PROGRESS(col(250000, '', 600000, 'abc'), 500000);
    expect(result).toEqual(col(0.5, '', 1, '⚠ current is not a number'));
  });

  it('throws for a single bad value, saying what is wrong', () => {
    expect(() => KR_PROGRESS(5, 10, 10)).toThrow(/KR_PROGRESS: Target 10 equals baseline 10/);
    expect(() => KR_PROGRESS('1,500', 2000)).toThrow(/could be 1500 .* or 1\.5/);
  });
});

describe('OKR_SCORE', () => {
  const progress = col(0.5, 1, 0.2, '');
  const ids = col('O1', 'O2', 'O1', 'O2');

  it('scores all rows, a group, a column of groups, or a table', () => {
    expect(OKR_SCORE(col(0.5, 1), col(1, 3))).toBe(0.875);
    expect(OKR_SCORE(progress, '', ids, 'O1')).toBeCloseTo(0.35);
    expect(OKR_SCORE(progress, '', ids, col('O2', '', 'O1'))).toEqual(col(1, '', 0.35));
    expect(OKR_SCORE(progress, undefined, ids)).toEqual([
      ['O1', 0.35],
      ['O2', 1],
    ]);
  });
});

describe('OKR_STATUS, OKR_GRADE, OKR_PACE, KR_TARGET', () => {
  it('gives words in the chosen language', () => {
    expect(OKR_STATUS(col(1, 0.5, 0.3, 0.1, ''), 0.5)).toEqual(col('Done', 'On track', 'At risk', 'Off track', ''));
    expect(OKR_STATUS(0.3, 0.5, undefined, undefined, 'de')).toBe('Gefährdet');
    expect(OKR_GRADE(col(0.2, 0.5, 0.9), undefined, undefined, 'fr')).toEqual(col('rouge', 'jaune', 'vert'));
  });

  it('computes pace from Date objects or serial numbers, and targets from a percentage change', () => {
    expect(OKR_PACE(new Date('2027-01-01'), new Date('2027-03-31'), new Date('2027-02-15'))).toBe(0.5);
    expect(OKR_PACE(46388, 46477, 46433)).toBe(0.5);
    expect(KR_TARGET(40000, '15%')).toBe(46000);
    expect(KR_TARGET(col(60, 100), '-10%')).toEqual(col(54, 90));
  });
});
