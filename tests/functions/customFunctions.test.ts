import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KR_FORECAST,
  KR_PROGRESS,
  KR_TARGET,
  OKR_GRADE,
  OKR_PACE,
  OKR_ROLLUP,
  OKR_SCORE,
  OKR_STATUS,
} from '../../src/functions/customFunctions';

const col = (...values: unknown[]) => values.map((v) => [v]);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** A bad row's cell: the mark and a short text. */
const problem = expect.stringMatching(/^⚠ /);

describe('KR_PROGRESS: kinds', () => {
  it('computes the sales examples of every kind', () => {
    expect(KR_PROGRESS(250000, 500000)).toBe(0.5); // new sales, baseline 0
    expect(KR_PROGRESS(0.19, 0.25, 0.15)).toBe(0.4); // conversion 15% → 25%
    expect(KR_PROGRESS(43000, KR_TARGET(40000, 0.15), 40000)).toBe(0.5); // deal size +15%
    expect(KR_PROGRESS(57, 55, 60)).toBe(0.6); // sales cycle 60 → 55 days: decrease by default
    expect(KR_PROGRESS(0.057, KR_TARGET(0.06, '-10%'), 0.06)).toBeCloseTo(0.5); // churn 6% → 5.4%
    expect(KR_PROGRESS(0.05, KR_TARGET(0.06, '-10%'), 0.06)).toBe(1); // beyond the target: capped
    expect(KR_PROGRESS(4.2, 4, '', 'at least')).toBe(1); // pipeline coverage ≥ 4×
    expect(KR_PROGRESS(0.9, 0.9, '', '>=')).toBe(1); // CSAT ≥ 90%, exactly met
    expect(KR_PROGRESS(0.12, 0.1, '', 'at most')).toBe(0); // turnover ≤ 10%
    expect(KR_PROGRESS(true, '', '', 'milestone')).toBe(1);
    expect(KR_PROGRESS('done', '', '', 'Milestone')).toBe(1);
    expect(KR_PROGRESS(false, '', '', 'milestone')).toBe(0);
  });

  it('reads kinds in any of the six languages', () => {
    const kinds = col('Steigern', 'Réduire', 'Alespoň', '至多', 'مرحلة رئيسية', 'HÖCHSTENS');
    expect(
      KR_PROGRESS(col(50, 50, 50, 50, 'نعم', 50), col(100, 40, 40, 40, '', 40), col(0, 60, 0, 0, '', 0), kinds),
    ).toEqual(col(0.5, 0.5, 1, 0, 1, 0));
  });

  it('treats a checkbox current with a blank kind as a milestone', () => {
    expect(KR_PROGRESS(col(true, false), '')).toEqual(col(1, 0));
  });

  it('clamps to [0, cap]: worse than the baseline is 0, over-achievement counts up to the cap', () => {
    expect(KR_PROGRESS(col(-10, 0, 50, 100, 150), 100)).toEqual(col(0, 0, 0.5, 1, 1));
    expect(KR_PROGRESS(col(110, 150), 100, 0, '', 1.2)).toEqual(col(1.1, 1.2));
    expect(KR_PROGRESS(70, 55, 60)).toBe(0); // cycle got longer
  });

  it('stays within [0, cap] for any numbers (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('', 'increase', 'decrease', 'at least', 'at most'),
        fc.double({ min: 0.1, max: 2, noNaN: true }),
        (current, target, baseline, kind, cap) => {
          const result = KR_PROGRESS(col(current, current), target, baseline, kind, cap) as unknown[][];
          const cell = result[0][0];
          if (typeof cell === 'number') {
            expect(cell).toBeGreaterThanOrEqual(0);
            expect(cell).toBeLessThanOrEqual(cap);
          } else {
            expect(cell).toEqual(problem); // target = baseline or on the wrong side
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('KR_PROGRESS: shapes and broadcasting', () => {
  it('matches ranges row by row and broadcasts single values', () => {
    expect(KR_PROGRESS(col(25, 50), col(100, 200), 0)).toEqual(col(0.25, 0.25));
    expect(KR_PROGRESS(col(25, 50), 100, col(0, 25))).toEqual(col(0.25, 1 / 3));
  });

  it('keeps the shape of current, also for rows and blocks', () => {
    expect(KR_PROGRESS([[25, 50, 75]], 100)).toEqual([[0.25, 0.5, 0.75]]);
    expect(
      KR_PROGRESS(
        [
          [10, 20],
          [30, 40],
        ],
        [[100], [200]],
      ),
    ).toEqual([
      [0.1, 0.2],
      [0.15, 0.2],
    ]);
    expect(KR_PROGRESS([[25]], 100)).toEqual([[0.25]]);
  });

  it('refuses ranges of different sizes, naming both', () => {
    expect(() => KR_PROGRESS(col(1, 2, 3), col(4, 5))).toThrow(
      /target has 2×1 cells, current 3×1\. Use one size or one value\./,
    );
    expect(() => OKR_PACE(46388, col(46477, 46478, 46479), col(46400, 46401))).toThrow(/as_of has 2×1 cells, end 3×1/);
    expect(() => KR_PROGRESS([[1, 2]], [[1, 2, 3]])).toThrow(/target has 1×3 cells, current 1×2/);
  });

  it('broadcasts single current values over a target column', () => {
    expect(KR_PROGRESS(50, col(100, 200))).toEqual(col(0.5, 0.25));
  });

  it('reads flat arrays from JavaScript callers as columns', () => {
    expect(KR_PROGRESS([25, 50], 100)).toEqual(col(0.25, 0.5));
  });
});

describe('KR_PROGRESS: blanks and bad rows', () => {
  it('gives a blank only for a draft row, and explains bad rows while the others compute', () => {
    const result = KR_PROGRESS(
      col(250000, '', 600000, 'abc', 5, 5, '1,500', 5, '19%', 5, '', ''),
      col(500000, 500000, 500000, 1, 5, '', 2000, 10, 25, 10, '', ''),
      col(0, 0, 0, 0, 5, 0, 0, 0, 15, 20, '', ''),
      col('', '', '', '', '', '', '', 'sideways', '', 'increase', '', 'milestone'),
    );
    expect(result).toEqual(
      col(
        0.5,
        '⚠ current is blank. Enter a value.',
        1,
        '⚠ current “abc” is not a number. Enter e.g. 1.5 or 19%.',
        '⚠ target equals baseline. Change one of them.',
        '⚠ target is blank. Enter a value.',
        '⚠ current “1,500” is ambiguous. Omit the thousands separator.',
        '⚠ kind “sideways” is unknown. Use one of Increase, Decrease, At least, At most, Milestone.',
        '⚠ current “19%” mixes % with a plain target. Write both alike.',
        '⚠ target is on the wrong side of baseline. Swap them or set kind.',
        '', // a draft row: current, target, baseline and kind all blank
        0, // a milestone not done yet
      ),
    );
  });

  it('throws for a single bad value with a message that says what to do', () => {
    expect(() => KR_PROGRESS(5, 10, 10)).toThrow(/^KR_PROGRESS: target equals baseline\. Change one of them\.$/);
    expect(() => KR_PROGRESS('abc', 10)).toThrow('KR_PROGRESS: current “abc” is not a number. Enter e.g. 1.5 or 19%.');
    expect(() => KR_PROGRESS('1,500', 2000)).toThrow(/current “1,500” is ambiguous/);
    expect(() => KR_PROGRESS(5, 10, 0, 'sideways')).toThrow(
      /kind “sideways” is unknown\. Use one of Increase, Decrease/,
    );
    expect(() => KR_PROGRESS(5, 'x')).toThrow(/target “x” is not a number/);
    expect(() => KR_PROGRESS(5, 10, 'y')).toThrow(/baseline “y” is not a number/);
    expect(() => KR_PROGRESS(5, '')).toThrow(/target is blank\. Enter a value\./);
    expect(() => KR_PROGRESS(5, 10, 0, '', 0)).toThrow(/cap 0 is not > 0\. Enter a value that is\./);
    expect(() => KR_PROGRESS(new Date(Date.UTC(2027, 4, 1)), 10)).toThrow(
      /current is a date \(2027-05-01\)\. Format it as a number\./,
    );
    expect(() => KR_PROGRESS([[5]], 10, 10)).toThrow(/target equals baseline/);
  });

  it('checks the cap per row', () => {
    expect(KR_PROGRESS(col(150, 150), 100, 0, '', col(0, 1.2))).toEqual(
      col('⚠ cap 0 is not > 0. Enter a value that is.', 1.2),
    );
    expect(() => KR_PROGRESS(5, 10, 0, '', 'x')).toThrow(/cap “x” is not a number/);
  });

  it('keeps problem texts short, even for long input', () => {
    const long = 'a very long kind name that nobody would type on purpose';
    const [[cell]] = KR_PROGRESS(col(5, 5), 10, 0, long) as string[][];
    expect(cell).toBe(
      '⚠ kind “a very long kind name that nobody wou…” is unknown. Use one of Increase, Decrease, At least, At most, Milestone.',
    );
  });

  it('names dates and error values in number cells, and passes on another cell’s problem', () => {
    expect(KR_PROGRESS(col(day(2027, 5, 1), '#N/A', '#DIV/0!', '⚠ no target'), 10)).toEqual(
      col(
        '⚠ current is a date (2027-05-01). Format it as a number.',
        '⚠ current shows “#N/A”. Fix that cell.',
        '⚠ current shows “#DIV/0!”. Fix that cell.',
        '⚠ current shows “⚠ no target”. Fix that cell.',
      ),
    );
  });

  it('says a measured KR has no current value yet, but gives a blank for an empty row', () => {
    expect(() => KR_PROGRESS('', 10)).toThrow('KR_PROGRESS: current is blank. Enter a value.');
    expect(() => KR_PROGRESS(null, 10)).toThrow(/current is blank/);
    expect(KR_PROGRESS('', '')).toBe('');
    expect(KR_PROGRESS(null, null, null, null)).toBe('');
    expect(KR_PROGRESS('', '', '', 'milestone')).toBe(0);
  });
});

describe('KR_PROGRESS: numbers stored as text', () => {
  it('reads en, de, fr and cs formats, percentages and currencies', () => {
    expect(KR_PROGRESS('$250,000.00', '500,000')).toBe(0.5);
    expect(KR_PROGRESS('250.000,00 €', '500.000,00 €')).toBe(0.5);
    expect(KR_PROGRESS('250 000,00 €', '500 000 €')).toBe(0.5);
    expect(KR_PROGRESS('250 000 Kč', '500 000 Kč')).toBe(0.5);
    expect(KR_PROGRESS('19%', '25%', '15%')).toBe(0.4);
    expect(KR_PROGRESS('19 %', 0.25, 0.15)).toBe(0.4);
    expect(KR_PROGRESS('$1.2M', '$2.4M')).toBe(0.5);
    expect(KR_PROGRESS('45k', 90000)).toBe(0.5);
  });
});

describe('OKR_SCORE', () => {
  const progress = col(0.5, 1, 0.2, '', 0.9);
  const ids = col('O1', 'O2', 'O1', 'O2', 'o3 ');

  it('gives the weighted mean of all rows; blank progress skipped, blank weight 1', () => {
    expect(OKR_SCORE(col(0.5, 1), col(1, 3))).toBe(0.875);
    expect(OKR_SCORE(col(0.5, '', 1), col('', 5, 3))).toBe(0.875);
    expect(OKR_SCORE(col(0.5, 1))).toBe(0.75);
    expect(OKR_SCORE(col('50%', '100%'))).toBe(0.75);
    expect(OKR_SCORE(col('', ''))).toBe('');
    expect(OKR_SCORE(col(0.5, 1), col(0, 0))).toBe('');
    expect(OKR_SCORE(0.4)).toBe(0.4);
  });

  it('scores one group', () => {
    expect(OKR_SCORE(progress, '', ids, 'O1')).toBeCloseTo(0.35);
    expect(OKR_SCORE(progress, col(1, 1, 3, 1, 1), ids, 'O1')).toBeCloseTo(0.275);
    expect(OKR_SCORE(progress, '', ids, 'O3')).toBe(0.9); // ids match trimmed, any case
    expect(OKR_SCORE(progress, '', ids, '')).toBe('');
    expect(() => OKR_SCORE(progress, '', ids, 'O9')).toThrow('OKR_SCORE: group “O9” is unknown. Use one of group_ids.');
  });

  it('scores a column of groups, one score per cell, aligned with it', () => {
    expect(OKR_SCORE(progress, '', ids, col('O2', '', 'O1', 'O9'))).toEqual(
      col(1, '', 0.35, '⚠ group “O9” is unknown. Use one of group_ids.'),
    );
    expect(OKR_SCORE(progress, '', ids, [['O1', 'O2']])).toEqual([[0.35, 1]]);
  });

  it('gives a table of each group in first-seen order and its score', () => {
    expect(OKR_SCORE(progress, undefined, ids)).toEqual([
      ['O1', 0.35],
      ['O2', 1],
      ['o3', 0.9],
    ]);
    expect(OKR_SCORE(col(0.5, ''), undefined, col('', ''))).toEqual([['', '']]);
  });

  it("counts a row with a negative or unreadable weight as 0 at weight 1, flagged in that row's own cell", () => {
    expect(OKR_SCORE(col(0.5, 1), col(1, -1))).toBe(0.25);
    expect(OKR_SCORE(col(0.5, 1), col(1, 'heavy'))).toBe(0.25);
    expect(OKR_SCORE(progress, col(1, 1, -2, 1, 1), ids)).toEqual([
      ['O1', 0.25],
      ['O2', 1],
      ['o3', 0.9],
    ]);
    expect(OKR_SCORE(progress, col(1, 1, -2, 1, 1), ids, 'O1')).toBe(0.25);
    // A column of groups shorter than the data: each group's score.
    expect(OKR_SCORE(progress, col(1, 1, -2, 1, 1), ids, col('O1', 'O2'))).toEqual(col(0.25, 1));
    // The per-row form (group = the id column itself): the bad row shows its problem, the others their group's score.
    expect(OKR_SCORE(progress, col(1, 1, -2, 1, 1), ids, ids)).toEqual(
      col(0.25, 1, '⚠ weights -2 is not ≥ 0. Enter a value that is.', 1, 0.9),
    );
    expect(OKR_SCORE(progress, col(1, 1, 'abc', 1, 1), ids, ids)).toEqual(
      col(0.25, 1, '⚠ weights “abc” is not a number. Enter e.g. 1.5 or 19%.', 1, 0.9),
    );
  });

  it('counts a progress cell showing a problem as 0 in its group', () => {
    const withProblem = KR_PROGRESS(col(5, 5), col(10, 5), col(0, 5));
    expect(withProblem).toEqual(col(0.5, '⚠ target equals baseline. Change one of them.'));
    expect(OKR_SCORE(withProblem)).toBe(0.25);
    expect(OKR_SCORE(col(1, 'abc', 0.5))).toBe(0.5);
    expect(OKR_SCORE(col(1, '⚠ no current value yet'), '', col('O1', 'O1'), 'O1')).toBe(0.5);
  });

  it('lies between the lowest and highest progress of the group (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.integer({ min: 1, max: 5 }),
            fc.constantFrom('A', 'B'),
          ),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        (rows) => {
          const table = OKR_SCORE(
            rows.map(([p]) => [p]),
            rows.map(([, w]) => [w]),
            rows.map(([, , g]) => [g]),
          ) as [string, number][];
          for (const [group, score] of table) {
            const members = rows.filter(([, , g]) => g === group).map(([p]) => p);
            expect(score).toBeGreaterThanOrEqual(Math.min(...members) - 1e-12);
            expect(score).toBeLessThanOrEqual(Math.max(...members) + 1e-12);
          }
        },
      ),
    );
  });
});

describe('OKR_STATUS', () => {
  it('uses the default thresholds: behind by more than 0.1 at risk, more than 0.25 off track', () => {
    expect(OKR_STATUS(col(1, 0.5, 0.4, 0.39, 0.25, 0.24, '', 1.2), 0.5)).toEqual(
      col('Done', 'On track', 'On track', 'At risk', 'At risk', 'Off track', '', 'Done'),
    );
  });

  it('gives no status where the progress cell shows a problem', () => {
    const progress = KR_PROGRESS(col(50, 5, ''), col(100, 5, 10), col(0, 5, 0));
    expect(OKR_STATUS(progress, 0.5)).toEqual(col('On track', '', ''));
    expect(OKR_STATUS('⚠ no target', 0.5)).toBe('');
    expect(OKR_STATUS(col('abc', 0.5), 0.5)).toEqual(
      col('⚠ progress “abc” is not a number. Enter e.g. 1.5 or 19%.', 'On track'),
    );
  });

  it('takes custom thresholds as shares or percentages and refuses numbers above 1', () => {
    expect(OKR_STATUS(0.4, 0.5, 0.05, 0.2)).toBe('At risk');
    expect(OKR_STATUS(0.4, 0.5, '5%', '8%')).toBe('Off track');
    expect(() => OKR_STATUS(0.4, 0.5, 10)).toThrow(/at_risk 10 is not 0–1\. Enter a value that is\./);
    expect(() => OKR_STATUS(0.4, 0.5, 0.3, 0.2)).toThrow(
      'OKR_STATUS: off_track 0.2 is below at_risk 0.3. Raise off_track or lower at_risk.',
    );
    expect(() => OKR_STATUS(0.4, '')).toThrow('OKR_STATUS: expected is blank. Enter a value.');
  });

  it('writes the words of the chosen language', () => {
    expect(OKR_STATUS(col(1, 0.5, 0.3, 0.1), 0.5, '', '', 'de')).toEqual(
      col('Erledigt', 'Im Plan', 'Gefährdet', 'Nicht im Plan'),
    );
    expect(OKR_STATUS(0.3, 0.5, '', '', 'fr_FR')).toBe('À risque');
    expect(OKR_STATUS(1, 0.5, '', '', 'cs')).toBe('Hotovo');
    expect(() => OKR_STATUS(1, 0.5, '', '', 'xx')).toThrow(
      'OKR_STATUS: language “xx” is unknown. Use one of en, de, fr, cs, zh, ar.',
    );
  });
});

describe('OKR_GRADE', () => {
  it('bands scores red, yellow, green with inclusive lower edges', () => {
    expect(OKR_GRADE(col(0, 0.39, 0.4, 0.69, 0.7, 1, ''))).toEqual(
      col('red', 'red', 'yellow', 'yellow', 'green', 'green', ''),
    );
    expect(OKR_GRADE(0.6, 0.3, 0.6)).toBe('green');
    expect(OKR_GRADE('55%')).toBe('yellow');
    expect(OKR_GRADE(col(0.2, 0.5, 0.9), '', '', 'zh')).toEqual(col('红', '黄', '绿'));
    expect(() => OKR_GRADE(0.5, 0.8, 0.6)).toThrow(
      'OKR_GRADE: green_from 0.6 is below yellow_from 0.8. Raise green_from or lower yellow_from.',
    );
  });
});

describe('OKR_PACE', () => {
  it('computes the elapsed share from Date objects, serial numbers or ISO text', () => {
    expect(OKR_PACE(day(2027, 1, 1), day(2027, 3, 31), day(2027, 2, 15))).toBe(0.5);
    expect(OKR_PACE(46388, 46477, 46433)).toBe(0.5);
    expect(OKR_PACE('2027-01-01', '2027-03-31', '2027-02-15')).toBe(0.5);
    expect(OKR_PACE(day(2027, 1, 1), day(2027, 3, 31), day(2026, 12, 1))).toBe(0);
    expect(OKR_PACE(day(2027, 1, 1), day(2027, 3, 31), day(2027, 5, 1))).toBe(1);
  });

  it('accepts Date objects holding midnight in the spreadsheet time zone', () => {
    const berlinMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3_600_000);
    expect(OKR_PACE(berlinMidnight(2027, 1, 1), berlinMidnight(2027, 3, 31), berlinMidnight(2027, 2, 15))).toBe(0.5);
  });

  it('fills a column of due dates in one call', () => {
    expect(OKR_PACE(day(2027, 1, 1), col(day(2027, 1, 30), day(2027, 3, 31), ''), day(2027, 1, 16))).toEqual(
      col(0.5, 1 / 6, ''),
    );
  });

  it('explains bad dates', () => {
    expect(() => OKR_PACE('soon', day(2027, 3, 31), day(2027, 2, 1))).toThrow(
      'OKR_PACE: start “soon” is not a date. Enter e.g. 2027-03-31.',
    );
    expect(() => OKR_PACE(day(2027, 3, 31), day(2027, 1, 1), day(2027, 2, 1))).toThrow(
      'OKR_PACE: end 2027-01-01 is below start 2027-03-31. Raise end or lower start.',
    );
  });
});

describe('KR_TARGET', () => {
  it('applies a percentage change without binary noise', () => {
    expect(KR_TARGET(40000, 0.15)).toBe(46000);
    expect(KR_TARGET(40000, '15%')).toBe(46000);
    expect(KR_TARGET(col(60, 100, ''), '-10%')).toEqual(col(54, 90, ''));
    expect(KR_TARGET('1.234,5 €', '+10 %')).toBe(1357.95);
    expect(() => KR_TARGET(100, '-150%')).toThrow('KR_TARGET: change -150% is not ≥ -100%. Enter a value that is.');
  });
});

describe('KR_FORECAST', () => {
  const dates = col(
    day(2027, 1, 1),
    day(2027, 1, 16),
    day(2027, 1, 31),
    day(2027, 1, 1),
    day(2027, 2, 1),
    day(2027, 3, 4),
    day(2027, 1, 15),
    day(2027, 1, 20),
  );
  const values = col(0, 50000, 100000, 60, 59, 58, 7, 8);
  const krIds = col('KR1', 'KR1', 'KR1', 'KR2', 'KR2', 'KR2', 'KR3', 'KR3');
  const end = day(2027, 3, 31);

  it('projects one trend to the end date', () => {
    const three = col(day(2027, 1, 1), day(2027, 1, 16), day(2027, 1, 31));
    expect(KR_FORECAST(three, col(0, 50000, 100000), end)).toBeCloseTo((89 / 30) * 100000, 4);
    expect(KR_FORECAST(col(46388, 46403, 46418), col('0', '50,000.00', '100,000.00'), 46477)).toBeCloseTo(
      (89 / 30) * 100000,
      4,
    );
  });

  it('follows most check-ins rather than one stray value', () => {
    // 1 a day with a stray 95 on day 20: the median slope stays 1 (see tests/core/forecast.test.ts).
    const days = col(...[0, 10, 20, 30, 40].map((n) => day(2027, 1, 1 + n)));
    expect(KR_FORECAST(days, col(0, 10, 95, 30, 40), day(2027, 4, 1))).toBe(90);
  });

  it('is blank until there are three check-ins on at least two days', () => {
    expect(KR_FORECAST(col(day(2027, 1, 1)), col(5), end)).toBe('');
    expect(KR_FORECAST(col(day(2027, 1, 1), day(2027, 1, 9)), col(5, 6), end)).toBe('');
    expect(KR_FORECAST(dates, values, end, krIds, 'KR3')).toBe('');
  });

  it('forecasts one KR, a column of KRs, or a table of all', () => {
    expect(KR_FORECAST(dates, values, end, krIds, 'KR2')).toBeCloseTo(60 - 89 / 31, 9);
    const column = KR_FORECAST(dates, values, end, krIds, col('KR2', 'KR9', '', 'KR1')) as unknown[][];
    expect(column).toHaveLength(4);
    expect(column[0][0]).toBeCloseTo(60 - 89 / 31, 9);
    expect(column.slice(1, 3)).toEqual(col('', ''));
    expect(column[3][0]).toBeCloseTo((89 / 30) * 100000, 4);
    const table = KR_FORECAST(dates, values, end, krIds) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(['KR1', 'KR2', 'KR3']);
    expect(table[2][1]).toBe('');
  });

  it('skips check-in rows whose date or value cannot be read, as the sidebar does', () => {
    expect(KR_FORECAST(col('soon', day(2027, 1, 2)), col(1, 2), end, col('A', 'A'), col('A', 'B'))).toEqual(
      col('', ''),
    );
    expect(KR_FORECAST(col('soon', day(2027, 1, 2)), col(1, 2), end)).toBe('');
    // 1 per day from January 1st; the unreadable rows do not bend the line.
    const days = col(day(2027, 1, 1), 'soon', day(2027, 1, 3), day(2027, 1, 4), day(2027, 1, 5));
    expect(KR_FORECAST(days, col(0, 100, 'lots', 3, 4), day(2027, 1, 11))).toBeCloseTo(10, 9);
    // Of the three rows left, one has no value: two check-ins are no trend yet.
    expect(KR_FORECAST(days, col(0, 100, 'lots', '', 4), day(2027, 1, 11))).toBe('');
  });
});

describe('every function with a whole column', () => {
  it('returns one cell per input cell, and a problem only in bad rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), fc.constant(''), fc.constant('bad')), {
          minLength: 2,
          maxLength: 50,
        }),
        (values) => {
          const column = values.map((v) => [v]);
          const results: [unknown[][], 'blank' | 'problem'][] = [
            // With a target, a blank current is a KR with no value yet, not an empty row.
            [KR_PROGRESS(column, 1) as unknown[][], 'problem'],
            [OKR_STATUS(column, 0.5) as unknown[][], 'blank'],
            [OKR_GRADE(column) as unknown[][], 'blank'],
            [KR_TARGET(column, 0.1) as unknown[][], 'blank'],
          ];
          for (const [result, forBlank] of results) {
            expect(result).toHaveLength(values.length);
            result.forEach(([cell], i) => {
              if (values[i] === '') expect(cell).toEqual(forBlank === 'blank' ? '' : problem);
              else if (values[i] === 'bad') expect(cell).toEqual(problem);
              else expect(cell).not.toEqual(problem);
            });
          }
        },
      ),
    );
  });
});

describe('OKR_ROLLUP', () => {
  // Rows: company C (KR 0.1); team T under C (KRs 0.8 at weight 3, 0.4 at weight 1 → own 0.7);
  // rep R under T, parent named on its second row only, in other case (KRs 0.3, '' → own 0.3);
  // rep S under T with only a blank (draft) row → blank, left out.
  const progress = col(0.1, 0.8, 0.4, 0.3, '', '');
  const weights = col('', 3, 1, '', '', '');
  const ids = col('C', 'T', 'T', 'R', 'r ', 'S');
  const parents = col('', 'C', 'C', '', ' t', 'T');

  it('rolls children up: own score and each child’s rolled-up score count once, blanks left out', () => {
    // R = 0.3; T = (0.7 + 0.3) / 2 = 0.5; C = (0.1 + 0.5) / 2 = 0.3
    const table = OKR_ROLLUP(progress, weights, ids, parents) as [string, number | ''][];
    expect(table.map(([id]) => id)).toEqual(['C', 'T', 'R', 'S']);
    expect(table[0][1]).toBeCloseTo(0.3, 12);
    expect(table[1][1]).toBeCloseTo(0.5, 12);
    expect(table[2][1]).toBeCloseTo(0.3, 12);
    expect(table[3][1]).toBe('');
    expect(OKR_ROLLUP(progress, weights, ids, parents, true, 't')).toBeCloseTo(0.5, 12);
    expect(OKR_ROLLUP(progress, weights, ids, parents, 1, 'C')).toBeCloseTo(0.3, 12);
  });

  it('gives own scores only (OKR_SCORE’s) when children is FALSE or 0', () => {
    for (const children of [false, 0]) {
      const own = OKR_ROLLUP(progress, weights, ids, parents, children);
      expect(own).toEqual(OKR_SCORE(progress, weights, ids));
    }
    expect(OKR_ROLLUP(progress, weights, ids, parents, false, 'T')).toBeCloseTo(0.7, 12);
  });

  it('has OKR_SCORE’s per-row form: each row shows its objective’s rolled-up score', () => {
    const rows = OKR_ROLLUP(progress, col(1, 3, -1, 1, 1, 1), ids, parents, '', ids) as unknown[][];
    // T's second row has a bad weight: it shows the problem; T counts it as 0 → own 0.6, T = 0.45.
    expect(rows[2][0]).toBe('⚠ weights -1 is not ≥ 0. Enter a value that is.');
    expect(rows[1][0]).toBeCloseTo(0.45, 12);
    expect(rows[0][0]).toBeCloseTo(0.275, 12);
    expect(rows.slice(3)).toEqual(col(0.3, 0.3, ''));
  });

  it('keeps cycles at their own scores and treats a dangling parent as none', () => {
    const p = col(0.2, 0.8, 1, 0.5);
    const i = col('A', 'B', 'C', 'D');
    expect(OKR_ROLLUP(p, '', i, col('B', 'A', 'A', 'COMPANY-9'))).toEqual([
      ['A', 0.2],
      ['B', 0.8],
      ['C', 1],
      ['D', 0.5],
    ]);
  });

  it('says which argument is wrong', () => {
    expect(() => OKR_ROLLUP(progress, weights, ids, parents, 'yes')).toThrow(
      'OKR_ROLLUP: children “yes” is unknown. Use one of TRUE, FALSE, 1, 0.',
    );
    expect(() => OKR_ROLLUP(progress, weights, ids, col('', ''))).toThrow(/OKR_ROLLUP: parent_ids has 2×1 cells/);
    expect(() => OKR_ROLLUP(progress, weights, ids, parents, true, 'X')).toThrow(
      'OKR_ROLLUP: objective “X” is unknown. Use one of objective_ids.',
    );
  });
});
