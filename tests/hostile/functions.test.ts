// The hostile corpus through the custom functions as Sheets calls them (single values, 1×1 ranges,
// columns), and generated values: every result cell is a finite number, a boolean, '' or a short
// text; every message names an argument, quotes at most 60 characters and says what to do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/types';
import * as functions from '../../src/functions/customFunctions';
import { GRADE_LABELS, STATUS_LABELS } from '../../src/i18n/status';
import { classify, newTally, runChecked, summary, type Tally } from './functions.check';
import {
  CORPUS,
  type Expected,
  type FunctionName,
  type HostileCase,
  LANGUAGE_CASES,
  type Problem,
} from './functions.corpus';

/** The custom functions by name, as the emulator and Apps Script see them. */
const FUNCTIONS_BY_NAME: Record<FunctionName, (...args: unknown[]) => unknown> = { ...functions };
const call = (fn: FunctionName) => FUNCTIONS_BY_NAME[fn];

/** What a call gave, with problems reduced to their catalog key and argument. */
type Outcome = { value: unknown } | Problem | { uncaught: string };

function outcome(tally: Tally, fn: FunctionName, args: readonly unknown[]): Outcome {
  const result = runChecked(tally, fn, call(fn), args);
  if ('value' in result) return { value: reduce(result.value) };
  const found = classify(result.error.message.slice(fn.length + 2));
  return found ? { problem: found.key, arg: found.arg } : { uncaught: result.error.message };
}

/** Cells of a result with "⚠ …" texts as their catalog key and argument. */
function reduce(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reduce);
  if (typeof value === 'string' && value.startsWith('⚠ ')) {
    const found = classify(value.slice(2));
    return found ? { problem: found.key, arg: found.arg } : value;
  }
  return value;
}

function matches(got: Outcome, expected: Expected, tally: Tally, fn: FunctionName): boolean {
  if (typeof expected === 'object' && 'sameAs' in expected) {
    return JSON.stringify(got) === JSON.stringify(outcome(tally, fn, expected.sameAs));
  }
  if (typeof expected === 'object' && 'problem' in expected) {
    return 'problem' in got && got.problem === expected.problem && got.arg === expected.arg;
  }
  if (!('value' in got)) return false;
  if (typeof expected === 'object' && 'closeTo' in expected) {
    const within = expected.within ?? 1e-9;
    return (
      typeof got.value === 'number' &&
      Math.abs(got.value - expected.closeTo) <= within * Math.max(1, Math.abs(expected.closeTo))
    );
  }
  if (typeof expected === 'object' && 'cells' in expected) {
    return JSON.stringify(got.value) === JSON.stringify(expected.cells);
  }
  return Object.is(got.value, expected) || (got.value === 0 && expected === 0);
}

/** The forms Sheets passes the same values in: as given, the first argument as a 1×1 range, as a column of two. */
function forms(c: HostileCase): { label: string; args: unknown[]; expected: Expected }[] {
  const out = [{ label: 'as given', args: c.args, expected: c.expected }];
  const aggregate = c.fn === 'OKR_SCORE' || c.fn === 'KR_FORECAST';
  if (aggregate || c.args.some(Array.isArray) || 'cells' in Object(c.expected)) return out;
  const [first, ...rest] = c.args;
  const wrap = (e: Expected, rows: number): Expected => {
    if (typeof e === 'object' && 'sameAs' in e) {
      const [f, ...r] = e.sameAs;
      return { sameAs: [Array.from({ length: rows }, () => [f]), ...r] };
    }
    if (typeof e === 'object' && 'closeTo' in e) return e;
    // A single result cell throws its problem, so Sheets shows it as the cell's error.
    if (rows === 1 && typeof e === 'object' && 'problem' in e) return e;
    return { cells: Array.from({ length: rows }, () => [e as number | string | Problem]) };
  };
  out.push({ label: '1×1 range', args: [[[first]], ...rest], expected: wrap(c.expected, 1) });
  out.push({ label: 'column', args: [[[first], [first]], ...rest], expected: wrap(c.expected, 2) });
  return out;
}

describe('the hostile corpus', () => {
  it('has at least 300 inputs, each with its expected result or message', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
  });

  it('gives what each case expects, in every form, and shows only what Sheets can display', () => {
    const tally = newTally();
    const wrong: string[] = [];
    let calls = 0;
    for (const c of CORPUS) {
      for (const form of forms(c)) {
        calls++;
        const got = outcome(tally, c.fn, form.args);
        // A 1×1 range or a column with closeTo: compare the cells one by one.
        let ok: boolean;
        if (
          typeof form.expected === 'object' &&
          'closeTo' in form.expected &&
          'value' in got &&
          Array.isArray(got.value)
        ) {
          ok = (got.value as unknown[][]).flat().every((v) => matches({ value: v }, form.expected, tally, c.fn));
        } else {
          ok = matches(got, form.expected, tally, c.fn);
        }
        if (!ok) wrong.push(`${c.name} (${form.label}): got ${JSON.stringify(got).slice(0, 200)}`);
      }
    }
    console.log(`${CORPUS.length} hostile inputs, ${calls} calls`);
    console.log(summary(tally));
    expect(tally.examples).toEqual([]);
    expect(summary(tally)).toBe('0 uncaught, 0 non-finite, 0 unclear');
    expect(wrong).toEqual([]);
  });

  it('says each problem in the language asked for', () => {
    const tally = newTally();
    for (const c of LANGUAGE_CASES) {
      for (const language of LANGUAGES) {
        const result = runChecked(tally, c.fn, call(c.fn), c.args(language));
        expect('error' in result, `${c.fn} ${language}`).toBe(true);
        const message = 'error' in result ? result.error.message : '';
        expect(classify(message.slice(c.fn.length + 2)), `${c.fn} ${language}: ${message}`).toEqual({
          key: c.problem,
          language,
          arg: c.arg,
        });
      }
    }
    expect(summary(tally)).toBe('0 uncaught, 0 non-finite, 0 unclear');
  });

  it('says a row’s problem in that row’s language in a column', () => {
    const result = functions.OKR_STATUS([['abc'], ['abc'], [0.95]], 0.5, '', '', [
      ['de'],
      ['zh'],
      ['fr'],
    ]) as string[][];
    expect(result[0][0]).toBe('⚠ progress „abc“ ist keine Zahl. Geben Sie z. B. 1,5 oder 19 % ein.');
    expect(result[1][0]).toBe('⚠ progress“abc”不是数字。请输入如 1.5 或 19%。');
    expect(result[2][0]).toBe('En bonne voie');
  });
});

// Generated values: anything a cell can hold, and what JavaScript callers may pass.
const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 5e-324, 0, -0, 1e15, -1e15),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('1e400', '-1e400', '9'.repeat(400), 'x'.repeat(5000), '1,500', '#N/A', '⚠ target is blank.', '19%'),
  fc.constantFrom('increase', 'decrease', 'at least', 'milestone', 'de', 'zh', 'ar'),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(''),
);
const column = (rows: number) => fc.array(cell, { minLength: rows, maxLength: rows }).map((v) => v.map((x) => [x]));
/** An argument as Sheets passes it: a single value or a column of `rows`. */
const argument = (rows: number) => fc.oneof(cell, column(rows));

const FUNCTIONS: [FunctionName, number][] = [
  ['KR_PROGRESS', 6],
  ['OKR_SCORE', 5],
  ['OKR_STATUS', 5],
  ['OKR_GRADE', 4],
  ['OKR_PACE', 4],
  ['KR_TARGET', 3],
  ['KR_FORECAST', 6],
];

describe('any values (property)', () => {
  for (const [fn, arity] of FUNCTIONS) {
    it(`${fn} returns only what Sheets can display, with clear messages`, () => {
      const tally = newTally();
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 4 }).chain((rows) => fc.array(argument(rows), { minLength: 1, maxLength: arity })),
          (args) => {
            runChecked(tally, fn, call(fn), args);
          },
        ),
        { numRuns: 300 },
      );
      expect(tally.examples).toEqual([]);
      expect(summary(tally)).toBe('0 uncaught, 0 non-finite, 0 unclear');
    });
  }

  it('keeps results in their ranges', () => {
    const statuses = new Set(LANGUAGES.flatMap((l) => Object.values(STATUS_LABELS[l])));
    const grades = new Set(LANGUAGES.flatMap((l) => Object.values(GRADE_LABELS[l])));
    const cells = (v: unknown) => (Array.isArray(v) ? (v as unknown[][]).flat() : [v]);
    const quiet = (f: () => unknown) => {
      try {
        return cells(f());
      } catch (_) {
        return [];
      }
    };
    fc.assert(
      fc.property(argument(3), argument(3), argument(3), argument(3), (a, b, c, d) => {
        for (const v of quiet(() => functions.KR_PROGRESS(a, b, c, d))) {
          if (typeof v === 'number') expect(v >= 0 && v <= 1, `progress ${v}`).toBe(true);
        }
        for (const v of quiet(() => functions.OKR_PACE(a, b, c))) {
          if (typeof v === 'number') expect(v >= 0 && v <= 1, `pace ${v}`).toBe(true);
        }
        for (const v of quiet(() => functions.OKR_STATUS(a, b, c, d))) {
          if (v !== '' && !String(v).startsWith('⚠ ')) expect(statuses.has(String(v)), `status ${v}`).toBe(true);
        }
        for (const v of quiet(() => functions.OKR_GRADE(a, b, c, d))) {
          if (v !== '' && !String(v).startsWith('⚠ ')) expect(grades.has(String(v)), `grade ${v}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scores between the lowest and the highest progress, whatever the weights', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(finite, fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const score = functions.OKR_SCORE(
            rows.map(([p]) => [p]),
            rows.map(([, w]) => [w]),
          );
          const weighted = rows.filter(([, w]) => w > 0).map(([p]) => p);
          if (weighted.length === 0) {
            expect(score).toBe('');
            return;
          }
          expect(typeof score).toBe('number');
          expect(score as number).toBeGreaterThanOrEqual(Math.min(...weighted));
          expect(score as number).toBeLessThanOrEqual(Math.max(...weighted));
        },
      ),
      { numRuns: 500 },
    );
  });
});
