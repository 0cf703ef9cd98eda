// Hostile inputs for the custom functions, each with what it must give: a number, a word, a blank,
// the result of the same call with the number the text stands for, or a problem (the catalog key
// and the argument it names). Sheets passes ranges as 2-D arrays, single cells as plain values,
// checkboxes as booleans, dates as Date objects and empty cells as ''; JavaScript callers may pass
// anything. functions.test.ts runs every case in those forms and checks the texts.
import type { ProblemKey } from '../../src/core/problems';
import type * as functions from '../../src/functions/customFunctions';

export type FunctionName = keyof typeof functions;

/** A problem the call must report: thrown for a single value, a "⚠ …" cell in a column. */
export interface Problem {
  problem: ProblemKey;
  arg: string;
}

/** The same result as another call (text against the number it stands for). */
export interface SameAs {
  sameAs: unknown[];
}

/** Cell by cell, for a call that returns a range. */
export interface Cells {
  cells: (number | string | Problem)[][];
}

export type Expected = number | string | Problem | SameAs | Cells | { closeTo: number; within?: number };

export interface HostileCase {
  name: string;
  fn: FunctionName;
  args: unknown[];
  expected: Expected;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const col = (...values: unknown[]) => values.map((v) => [v]);
const problem = (key: ProblemKey, arg: string): Problem => ({ problem: key, arg });

export const LONG_TEXT = 'x'.repeat(50_000);
export const LONG_DIGITS = '9'.repeat(50_000);

/** Text that stands for a number: the call must give what it gives for that number. */
const NUMBER_TEXTS: [string, number][] = [
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['1.7976931348623157e308', Number.MAX_VALUE],
  ['1e-400', 0],
  ['5e-324', 5e-324],
  ['١٢٣', 123],
  ['１２３', 123],
  ['\u200F-45', -45],
  ['(1200)', -1200],
  ['1 234,5', 1234.5],
  ['$1.2M', 1.2e6],
  ['2 Mrd', 2e9],
  [' 42 ', 42],
  ['-0', 0],
  ['+7', 7],
  ['1200-', -1200],
  ['3万', 30000],
];

/** Text no number can be read from, and the problem it gives where a number is needed. */
const BAD_TEXTS: [string, ProblemKey][] = [
  ['1e400', 'tooLarge'],
  ['-1e400', 'tooLarge'],
  ['9'.repeat(400), 'tooLarge'],
  [LONG_DIGITS, 'tooLarge'],
  ['1e306k', 'tooLarge'],
  ['(1e400)', 'tooLarge'],
  ['abc', 'notANumber'],
  [LONG_TEXT, 'notANumber'],
  ['Infinity', 'notANumber'],
  ['-Infinity', 'notANumber'],
  ['NaN', 'notANumber'],
  ['1e5e5', 'notANumber'],
  ['1,2,3.4.5', 'notANumber'],
  ['5 apples', 'notANumber'],
  ['--5', 'notANumber'],
  ['<script>alert(1)</script>', 'notANumber'],
  ['=1+1', 'notANumber'],
  ['1,500', 'ambiguousNumber'],
  ['#N/A', 'cellError'],
  ['#DIV/0!', 'cellError'],
  ['#REF!', 'cellError'],
];

/** Where a number is read, how to call with `v` there, and the argument a problem names. */
interface NumberSlot {
  fn: FunctionName;
  arg: string;
  call: (v: unknown) => unknown[];
}

const NUMBER_SLOTS: NumberSlot[] = [
  { fn: 'KR_PROGRESS', arg: 'current', call: (v) => [v, 100] },
  { fn: 'KR_PROGRESS', arg: 'target', call: (v) => [50, v, 0, 'increase'] },
  { fn: 'KR_PROGRESS', arg: 'baseline', call: (v) => [50, 100, v, 'increase'] },
  { fn: 'KR_PROGRESS', arg: 'cap', call: (v) => [150, 100, 0, '', v] },
  { fn: 'OKR_STATUS', arg: 'progress', call: (v) => [v, 0.5] },
  { fn: 'OKR_STATUS', arg: 'expected', call: (v) => [0.3, v] },
  { fn: 'OKR_STATUS', arg: 'at_risk', call: (v) => [0.3, 0.5, v, 1] },
  { fn: 'OKR_STATUS', arg: 'off_track', call: (v) => [0.3, 0.5, 0, v] },
  { fn: 'OKR_GRADE', arg: 'score', call: (v) => [v] },
  { fn: 'OKR_GRADE', arg: 'yellow_from', call: (v) => [0.5, v, 1] },
  { fn: 'OKR_GRADE', arg: 'green_from', call: (v) => [0.5, 0, v] },
  { fn: 'KR_TARGET', arg: 'baseline', call: (v) => [v, 0.1] },
  { fn: 'KR_TARGET', arg: 'change', call: (v) => [100, v] },
];

/** Where a date is read. */
const DATE_SLOTS: NumberSlot[] = [
  { fn: 'OKR_PACE', arg: 'start', call: (v) => [v, day(2027, 3, 31), day(2027, 2, 1)] },
  { fn: 'OKR_PACE', arg: 'end', call: (v) => [day(2027, 1, 1), v, day(2027, 2, 1)] },
  { fn: 'OKR_PACE', arg: 'as_of', call: (v) => [day(2027, 1, 1), day(2027, 3, 31), v] },
  {
    fn: 'KR_FORECAST',
    arg: 'end',
    call: (v) => [col(day(2027, 1, 1), day(2027, 1, 11)), col(10, 20), v],
  },
];

const BAD_DATES: [unknown, ProblemKey][] = [
  ['soon', 'notADate'],
  ['2027-02-30', 'notADate'],
  ['31.13.2027', 'notADate'],
  [LONG_TEXT, 'notADate'],
  [1e15, 'notADate'],
  [-1e15, 'notADate'],
  [1e308, 'notADate'],
  [new Date(Number.NaN), 'notADate'],
  [true, 'notADate'],
  ['1e400', 'notADate'],
];

const cases: HostileCase[] = [];
const add = (name: string, fn: FunctionName, args: unknown[], expected: Expected) =>
  cases.push({ name, fn, args, expected });

// Every number text in every number slot: the same as the number itself.
for (const slot of NUMBER_SLOTS) {
  for (const [text, value] of NUMBER_TEXTS) {
    add(`${slot.fn} ${slot.arg} = ${JSON.stringify(text)}`, slot.fn, slot.call(text), { sameAs: slot.call(value) });
  }
  for (const [text, key] of BAD_TEXTS) {
    add(
      `${slot.fn} ${slot.arg} = ${JSON.stringify(text.slice(0, 20))}`,
      slot.fn,
      slot.call(text),
      problem(key, slot.arg),
    );
  }
  add(`${slot.fn} ${slot.arg} = a date`, slot.fn, slot.call(day(2027, 5, 1)), problem('dateNotNumber', slot.arg));
}
for (const slot of DATE_SLOTS) {
  for (const [value, key] of BAD_DATES) {
    const label = typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : String(value);
    add(`${slot.fn} ${slot.arg} = ${label}`, slot.fn, slot.call(value), problem(key, slot.arg));
  }
  add(`${slot.fn} ${slot.arg} = ISO text`, slot.fn, slot.call('2027-02-01'), { sameAs: slot.call(day(2027, 2, 1)) });
}

// The disagreements found by probing, and their neighbours at the edges of the number range.
const big = 1e308;
add('span across the whole range, current at the target', 'KR_PROGRESS', [big, big, -big], 1);
add('span across the whole range, current halfway', 'KR_PROGRESS', [0, big, -big], 0.5);
add('span across the whole range, current at the baseline', 'KR_PROGRESS', [-big, big, -big], 0);
add('decrease across the whole range, halfway', 'KR_PROGRESS', [0, -big, big], 0.5);
add('decrease across the whole range, at the target', 'KR_PROGRESS', [-big, -big, big], 1);
add('largest current against a tiny target', 'KR_PROGRESS', [Number.MAX_VALUE, 1e-300], 1);
add('tiny numbers', 'KR_PROGRESS', [5e-324, 1e-323], 0.5);
add('huge cap keeps huge progress finite', 'KR_PROGRESS', [big, 1e-300, 0, '', big], big);
add('over-achievement on a range-wide span, capped', 'KR_PROGRESS', [big, 0, -big, 'increase', 1.5], 1.5);
add('at least with the largest numbers', 'KR_PROGRESS', [Number.MAX_VALUE, Number.MAX_VALUE, '', 'at least'], 1);
add('at most with the smallest numbers', 'KR_PROGRESS', [-Number.MAX_VALUE, -big, '', 'at most'], 1);
add('target equals baseline at the edge', 'KR_PROGRESS', [big, big, big], problem('targetEqualsBaseline', 'target'));
add('wrong way at the edge', 'KR_PROGRESS', [0, -big, big, 'increase'], problem('targetWrongWay', 'target'));
add('JavaScript Infinity as current', 'KR_PROGRESS', [Number.POSITIVE_INFINITY, 100], problem('tooLarge', 'current'));
add('JavaScript -Infinity as target', 'KR_PROGRESS', [5, Number.NEGATIVE_INFINITY], problem('tooLarge', 'target'));
add('JavaScript NaN as current', 'KR_PROGRESS', [Number.NaN, 100], problem('notANumber', 'current'));
add('a long kind', 'KR_PROGRESS', [5, 10, 0, LONG_TEXT], problem('unknown', 'kind'));
add('a kind with a newline', 'KR_PROGRESS', [5, 10, 0, 'up\nwards'], problem('unknown', 'kind'));
add('another cell’s problem as current', 'KR_PROGRESS', ['⚠ target is blank.', 10], problem('cellError', 'current'));
add('percent against a plain target', 'KR_PROGRESS', ['19%', 25], problem('percentMismatch', 'current'));
add('a bad cap', 'KR_PROGRESS', [5, 10, 0, '', -1], problem('outOfRange', 'cap'));
add('a zero cap', 'KR_PROGRESS', [5, 10, 0, '', 0], problem('outOfRange', 'cap'));
add('a checkbox current', 'KR_PROGRESS', [true, ''], 1);
add('a draft row', 'KR_PROGRESS', ['', '', '', ''], '');
add('a long unknown language', 'KR_PROGRESS', ['abc', 10, '', '', '', LONG_TEXT], problem('notANumber', 'current'));
add('ranges of different sizes', 'KR_PROGRESS', [col(1, 2, 3), col(4, 5)], problem('sizeMismatch', 'target'));
add('a ragged range from JavaScript', 'KR_PROGRESS', [[[1, 2], [3]], 10], problem('sizeMismatch', 'current'));

add('two progress values of 1e308', 'OKR_SCORE', [col(big, big)], big);
add('weights of 1e308', 'OKR_SCORE', [col(0.8, 0.4), col(big, big)], { closeTo: 0.6 });
add('weights of the smallest number', 'OKR_SCORE', [col(0.8, 0.4), col(5e-324, 5e-324)], { closeTo: 0.6 });
add('weights from 5e-324 to 1e308', 'OKR_SCORE', [col(0.8, 0.4), col(5e-324, big)], { closeTo: 0.4 });
add('progress and weights of 1e308', 'OKR_SCORE', [col(big, big), col(big, big)], big);
add('progress of ±1e308', 'OKR_SCORE', [col(big, -big)], 0);
add(
  'largest progress values',
  'OKR_SCORE',
  [col(Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE)],
  Number.MAX_VALUE,
);
add('all weights 0', 'OKR_SCORE', [col(0.5, 0.7), col(0, 0)], '');
add('progress text too large counts as 0', 'OKR_SCORE', [col(1, '1e400')], 0.5);
add(
  'a weight text too large, flagged in its row',
  'OKR_SCORE',
  [col(1, 0.5), col('1e400', 1), col('O1', 'O1'), col('O1', 'O1')],
  {
    cells: [[problem('tooLarge', 'weights')], [0.25]],
  },
);
add('rows of a column with hostile values', 'KR_PROGRESS', [col('1e400', LONG_TEXT, 0, '', true, '#N/A'), 100], {
  cells: [
    [problem('tooLarge', 'current')],
    [problem('notANumber', 'current')],
    [0],
    [problem('blank', 'current')],
    [1],
    [problem('cellError', 'current')],
  ],
});
add('an unknown long group', 'OKR_SCORE', [col(1, 0.5), '', col('O1', 'O1'), LONG_TEXT], problem('unknown', 'group'));
add('group without group_ids', 'OKR_SCORE', [col(1, 0.5), '', '', 'O1'], problem('needsIds', 'group'));
add('a weight row flagged', 'OKR_SCORE', [[[1]], [[-2]], [['O1']], [['O1']]], problem('outOfRange', 'weights'));
add('a weight of 1e400 flagged', 'OKR_SCORE', [[[1]], [['1e400']], [['O1']], [['O1']]], problem('tooLarge', 'weights'));

add('progress text 1e400', 'OKR_STATUS', ['1e400', 0.5], problem('tooLarge', 'progress'));
add('progress 1e308 is done', 'OKR_STATUS', [big, 0.5], 'Done');
add('progress -1e308 is off track', 'OKR_STATUS', [-big, 0.5], 'Off track');
add('progress shows a problem', 'OKR_STATUS', ['⚠ target is blank.', 0.5], '');
add('expected blank', 'OKR_STATUS', [0.3, ''], problem('blank', 'expected'));
add('expected above 1', 'OKR_STATUS', [0.3, 1e308], problem('outOfRange', 'expected'));
add('thresholds out of order', 'OKR_STATUS', [0.3, 0.5, 0.3, 0.2], problem('belowOther', 'off_track'));
add('an unknown long language', 'OKR_STATUS', [0.3, 0.5, '', '', LONG_TEXT], problem('unknown', 'language'));
add('score text 1e400', 'OKR_GRADE', ['1e400'], problem('tooLarge', 'score'));
add('score 1e308 is green', 'OKR_GRADE', [big], 'green');
add('score -1e308 is red', 'OKR_GRADE', [-big], 'red');
add('bands out of order', 'OKR_GRADE', [0.5, 0.8, 0.6], problem('belowOther', 'green_from'));

add('a serial past the calendar', 'OKR_PACE', [0, 1e15, 1], problem('notADate', 'end'));
add('the calendar’s first and last days', 'OKR_PACE', [new Date(-8.64e15), new Date(8.64e15), day(2027, 1, 1)], {
  closeTo: 0.5,
  within: 1e-3,
});
add('end before start', 'OKR_PACE', [day(2027, 3, 31), day(2027, 1, 1), day(2027, 2, 1)], problem('belowOther', 'end'));
add('as of long before the start', 'OKR_PACE', [day(2027, 1, 1), day(2027, 3, 31), -600000], 0);
add('as of long after the end', 'OKR_PACE', [day(2027, 1, 1), day(2027, 3, 31), 2900000], 1);

add('target beyond the range', 'KR_TARGET', [big, 1], problem('resultTooLarge', 'change'));
add('negative target beyond the range', 'KR_TARGET', [-big, 1], problem('resultTooLarge', 'change'));
add('change of 1e308', 'KR_TARGET', [2, big], problem('resultTooLarge', 'change'));
add('halving the largest baseline', 'KR_TARGET', [big, -0.5], 5e307);
add('the smallest baseline', 'KR_TARGET', [5e-324, 0.1], 5e-324);
add('change below -100%', 'KR_TARGET', [100, '-150%'], problem('outOfRange', 'change'));
add('change far below -100%', 'KR_TARGET', [100, -big], problem('outOfRange', 'change'));

const dates = col(day(2027, 1, 1), day(2027, 1, 11));
// A trend needs three check-ins: these are on one line, five days apart.
const threeDates = col(day(2027, 1, 1), day(2027, 1, 6), day(2027, 1, 11));
add('a flat trend at 1e308', 'KR_FORECAST', [threeDates, col(big, big, big), day(2027, 3, 31)], big);
add(
  'a trend leaving the range',
  'KR_FORECAST',
  [threeDates, col(-big, 0, big), day(2027, 3, 31)],
  problem('resultTooLarge', 'values'),
);
add('a falling trend read at its start', 'KR_FORECAST', [threeDates, col(big, 0, -big), day(2027, 1, 1)], big);
add(
  'a trend of tiny numbers',
  'KR_FORECAST',
  [col(day(2027, 1, 1), day(2027, 1, 11), day(2027, 1, 21)), col(5e-324, 1e-323, 1.5e-323), day(2027, 1, 31)],
  2e-323,
);
add('values too large as text are skipped', 'KR_FORECAST', [dates, col('1e400', 20), day(2027, 3, 31)], '');
add('dates past the calendar are skipped', 'KR_FORECAST', [col(1e15, 2e15), col(1, 2), day(2027, 3, 31)], '');
add(
  'an unknown long kr',
  'KR_FORECAST',
  [dates, col(1, 2), day(2027, 3, 31), col('K1', 'K1'), LONG_TEXT],
  problem('unknown', 'kr'),
);
add('kr without kr_ids', 'KR_FORECAST', [dates, col(1, 2), day(2027, 3, 31), '', 'K1'], problem('needsIds', 'kr'));
add(
  'a column of ends without kr',
  'KR_FORECAST',
  [dates, col(1, 2), col(day(2027, 3, 31), day(2027, 3, 31))],
  problem('sizeMismatch', 'end'),
);

export const LANGUAGE_CASES: {
  fn: FunctionName;
  args: (language: string) => unknown[];
  problem: ProblemKey;
  arg: string;
}[] = [
  { fn: 'KR_PROGRESS', args: (l) => ['abc', 10, '', '', '', l], problem: 'notANumber', arg: 'current' },
  { fn: 'KR_PROGRESS', args: (l) => [5, 10, 0, 'sideways', '', l], problem: 'unknown', arg: 'kind' },
  { fn: 'OKR_SCORE', args: (l) => [[[1]], [[-1]], [['O1']], [['O1']], l], problem: 'outOfRange', arg: 'weights' },
  { fn: 'OKR_STATUS', args: (l) => ['1e400', 0.5, '', '', l], problem: 'tooLarge', arg: 'progress' },
  { fn: 'OKR_GRADE', args: (l) => [0.5, 0.8, 0.6, l], problem: 'belowOther', arg: 'green_from' },
  { fn: 'OKR_PACE', args: (l) => ['soon', day(2027, 3, 31), day(2027, 2, 1), l], problem: 'notADate', arg: 'start' },
  { fn: 'KR_TARGET', args: (l) => [1e308, 1, l], problem: 'resultTooLarge', arg: 'change' },
  { fn: 'KR_FORECAST', args: (l) => [dates, col(1, 2), day(2027, 3, 31), '', 'K1', l], problem: 'needsIds', arg: 'kr' },
];

export const CORPUS: readonly HostileCase[] = cases;
