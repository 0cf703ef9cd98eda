// A column call must give, row by row, what a single-value call gives: the same number, or a
// problem text where the single call throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKrCells } from '../../src/core/cells';
import { evaluateCells, type KrProblem } from '../../src/core/evaluate';
import { problemWords } from '../../src/core/problems';
import { objectiveKey, scorePeriod } from '../../src/core/scoring';
import { DEFAULT_SETTINGS, type KeyResult } from '../../src/core/types';
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

// The sheet's custom functions and the sidebar's evaluation (core/evaluate.ts, core/scoring.ts)
// must never disagree: the same row of cells gives the same progress, and OKR_SCORE over a
// column of KR_PROGRESS results gives each objective the score the sidebar shows.
describe('the sheet agrees with the sidebar', () => {
  const valueCell = fc.oneof(
    fc.integer({ min: -20, max: 120 }),
    fc.constantFrom('', '', '50%', '19%', '1,500', 'abc', '#N/A', '⚠ no target'),
  );
  const kindCell = fc.constantFrom('', '', 'increase', 'decrease', 'at least', 'at most', 'milestone', 'bogus');
  const currentCell = fc.oneof(valueCell, fc.boolean(), fc.constantFrom('done', ''));
  const weightCell = fc.constantFrom('', 1, 2, 0, -1, 'heavy', '50%');
  const idCell = fc.constantFrom('O1', 'o1 ', ' O2', 'o2', '');
  const row = fc.record({
    current: currentCell,
    target: valueCell,
    baseline: valueCell,
    kind: kindCell,
    weight: weightCell,
    objectiveId: idCell,
  });

  it('KR_PROGRESS gives the progress of the evaluation, a problem where it has one, blank for a draft', () => {
    fc.assert(
      fc.property(row, (cells) => {
        const evaluation = evaluateCells(cells, { settings: DEFAULT_SETTINGS });
        const sheet = single(() => KR_PROGRESS(cells.current, cells.target, cells.baseline, cells.kind));
        if (!evaluation.scored) expect(sheet).toBe('');
        else if (evaluation.progress === null) {
          const words = problemWords(evaluation.problem as KrProblem);
          expect(sheet).toEqual({ threw: `KR_PROGRESS: ${words.message}` });
        } else expect(sheet).toBe(evaluation.progress);
      }),
      { numRuns: 300 },
    );
  });

  it('OKR_SCORE over KR_PROGRESS gives each objective the score scorePeriod gives it', () => {
    const period = { start: new Date(Date.UTC(2027, 0, 1)), end: new Date(Date.UTC(2027, 2, 31)) };
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 15 }), (rows) => {
        const column = (field: keyof (typeof rows)[number]) => rows.map((r) => [r[field]]);
        // A column of two or more rows: each bad row shows its problem in its own cell.
        const progress = KR_PROGRESS(column('current'), column('target'), column('baseline'), column('kind'));
        const table = OKR_SCORE(progress, column('weight'), column('objectiveId')) as unknown[][];
        const krs: KeyResult[] = rows.map((r, i) => ({
          ...readKrCells(r),
          id: `K${i}`,
          objectiveId: r.objectiveId,
          objectiveTitle: '',
          title: '',
          owner: '',
          team: '',
          parentObjectiveId: '',
          unit: '',
          confidence: null,
          dueDate: null,
          notes: '',
          dataLink: '',
          row: i + 2,
        }));
        const scores = scorePeriod(krs, period, DEFAULT_SETTINGS, period.start);
        const sheet = table.filter(([id]) => id !== '');
        expect(sheet.map(([id]) => objectiveKey(id))).toEqual(
          scores.objectives.map((o) => objectiveKey(o.objectiveId)),
        );
        sheet.forEach(([, score], i) => {
          const expected = scores.objectives[i].score;
          if (expected === null) expect(score).toBe('');
          else expect(score).toBeCloseTo(expected, 12);
        });
      }),
      { numRuns: 300 },
    );
  });
});
