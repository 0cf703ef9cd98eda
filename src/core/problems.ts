// A key result's problem in words, for the cells of the sheet: a few words for a result cell
// ("⚠ current “abc” is not a number") and a full sentence for a single-value call's error. The
// sidebar says the same in the user's language from the problem's code, field and text.

import { OkrInputError } from './errors';
import type { KrProblem } from './evaluate';

const FIELD_WORDS = {
  kind: 'kind',
  baseline: 'baseline',
  target: 'target',
  current: 'current value',
  weight: 'weight',
} as const;

/** The short text and the full message of a problem. */
export function problemWords(problem: KrProblem): { short: string; message: string } {
  const field = FIELD_WORDS[problem.field];
  const text = problem.text;
  switch (problem.code) {
    case 'noTarget':
      return { short: 'no target', message: 'The target is blank. Enter the value the key result aims for.' };
    case 'noCurrent':
      return {
        short: 'no current value yet',
        message: 'The current value is blank. Check in a value; until then the key result counts as 0.',
      };
    case 'notANumber':
      return {
        short: `${field} “${text}” is not a number`,
        message: `The ${field} “${text}” is not a number. Enter a number such as 350000, 1.5 or 19%.`,
      };
    case 'ambiguousNumber':
      return {
        short: `${field} “${text}” is ambiguous`,
        message: `The ${field} “${text}” could mean two different numbers. Type it without a thousands separator, or format the cell as a number.`,
      };
    case 'dateNotNumber':
      return {
        short: `${field} is a date, not a number`,
        message: `The ${field} holds a date (${text}), not a number. Format the cell as a number (Format → Number).`,
      };
    case 'cellError':
      return {
        short: `${field} shows “${text}”`,
        message: `The ${field} shows “${text}”. Fix the cell it comes from.`,
      };
    case 'unknownKind':
      return {
        short: `unknown kind “${text}”`,
        message: `Unknown kind “${text}”. Use increase, decrease, at least, at most or milestone (or leave it blank).`,
      };
    case 'percentMismatch':
      return {
        short: 'mixes % and plain number',
        message: `The current value “${text}” and the target mix a percentage with a plain number. Write both as percentages (25%) or both as plain numbers.`,
      };
    case 'targetEqualsBaseline':
      return {
        short: 'target = baseline',
        message:
          'The target equals the baseline: there is nothing to measure. Set a target different from the baseline, or use the kind “at least” or “at most”.',
      };
    case 'targetWrongWay':
      return {
        short: 'target on the wrong side of baseline',
        message:
          'The target lies on the wrong side of the baseline for this kind (an increase needs a target above its baseline, a decrease one below). Swap them or change the kind.',
      };
    case 'negativeWeight':
      return {
        short: `weight ${text} is negative`,
        message: `Weight ${text} is negative. Use 0 to leave a key result out.`,
      };
  }
}

/** The problem as the error a custom function raises for it. */
export function problemError(problem: KrProblem): OkrInputError {
  const words = problemWords(problem);
  return new OkrInputError(problem.code, words.message, words.short);
}
