// A column call must give, row by row, what a single-value call gives: the same number, or a
// problem text where the single call throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KR_PROGRESS, OKR_GRADE, OKR_SCORE, OKR_STATUS } from '../../src/functions/customFunctions';

const cell = fc.oneof(
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('', '19%', '1,500', 'abc', '1.234,5', true, false, 'x'),
);
const kind = fc.constantFrom('', 'increase', 'decrease', 'at least', 'at most', 'milestone', 'Senken', 'bogus');

function single(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    return { threw: (e as Error).message };
  }
}

describe('a column call agrees with single-value calls', () => {
  it('KR_PROGRESS', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell, kind), { minLength: 2, maxLength: 20 }), (rows) => {
        const column = KR_PROGRESS(
          rows.map((r) => [r[0]]),
          rows.map((r) => [r[1]]),
          rows.map((r) => [r[2]]),
          rows.map((r) => [r[3]]),
        ) as unknown[][];
        rows.forEach(([current, target, baseline, k], i) => {
          const alone = single(() => KR_PROGRESS(current, target, baseline, k));
          if (typeof alone === 'object' && alone !== null) {
            expect(column[i][0]).toMatch(/^⚠ /);
            expect((alone as { threw: string }).threw).toMatch(/^KR_PROGRESS: /);
          } else {
            expect(column[i][0]).toBe(alone);
          }
        });
      }),
    );
  });

  it('OKR_STATUS and OKR_GRADE', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 2, maxLength: 20 }), (rows) => {
        const statuses = OKR_STATUS(
          rows.map((r) => [r[0]]),
          rows.map((r) => [r[1]]),
        ) as unknown[][];
        const grades = OKR_GRADE(rows.map((r) => [r[0]])) as unknown[][];
        rows.forEach(([progress, expected], i) => {
          const status = single(() => OKR_STATUS(progress, expected));
          expect(statuses[i][0]).toEqual(typeof status === 'string' ? status : expect.stringMatching(/^⚠ /));
          const grade = single(() => OKR_GRADE(progress));
          expect(grades[i][0]).toEqual(typeof grade === 'string' ? grade : expect.stringMatching(/^⚠ /));
        });
      }),
    );
  });

  it('OKR_SCORE: a column of groups, the table and single groups agree', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.constantFrom(1, 2, '', 0),
            fc.constantFrom('A', 'B', 'C'),
          ),
          {
            minLength: 2,
            maxLength: 30,
          },
        ),
        (rows) => {
          const progress = rows.map((r) => [r[0]]);
          const weights = rows.map((r) => [r[1]]);
          const ids = rows.map((r) => [r[2]]);
          const table = OKR_SCORE(progress, weights, ids) as [string, unknown][];
          const column = OKR_SCORE(
            progress,
            weights,
            ids,
            table.map(([g]) => [g]),
          ) as unknown[][];
          table.forEach(([group, score], i) => {
            expect(column[i][0]).toBe(score);
            expect(OKR_SCORE(progress, weights, ids, group)).toBe(score);
          });
        },
      ),
    );
  });
});
