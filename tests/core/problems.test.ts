import { describe, expect, it } from 'vitest';
import { OkrInputError } from '../../src/core/errors';
import type { KrProblem, ProblemCode } from '../../src/core/evaluate';
import { problemError, problemWords } from '../../src/core/problems';

/** Every code the evaluation can report (a missing one fails to compile). */
const CODES: Record<ProblemCode, KrProblem> = {
  noTarget: { code: 'noTarget', field: 'target', text: '' },
  noCurrent: { code: 'noCurrent', field: 'current', text: '' },
  targetEqualsBaseline: { code: 'targetEqualsBaseline', field: 'target', text: '' },
  targetWrongWay: { code: 'targetWrongWay', field: 'target', text: '' },
  negativeWeight: { code: 'negativeWeight', field: 'weight', text: '-1' },
  notANumber: { code: 'notANumber', field: 'current', text: 'abc' },
  ambiguousNumber: { code: 'ambiguousNumber', field: 'target', text: '1,500' },
  dateNotNumber: { code: 'dateNotNumber', field: 'baseline', text: '2027-05-01' },
  cellError: { code: 'cellError', field: 'current', text: '#N/A' },
  unknownKind: { code: 'unknownKind', field: 'kind', text: 'x' },
  percentMismatch: { code: 'percentMismatch', field: 'current', text: '19%' },
};

describe('problemWords', () => {
  it('says each problem in a few words for a result cell', () => {
    const short = Object.fromEntries(Object.entries(CODES).map(([code, p]) => [code, problemWords(p).short]));
    expect(short).toEqual({
      noTarget: 'no target',
      noCurrent: 'no current value yet',
      targetEqualsBaseline: 'target = baseline',
      targetWrongWay: 'target on the wrong side of baseline',
      negativeWeight: 'weight -1 is negative',
      notANumber: 'current value “abc” is not a number',
      ambiguousNumber: 'target “1,500” is ambiguous',
      dateNotNumber: 'baseline is a date, not a number',
      cellError: 'current value shows “#N/A”',
      unknownKind: 'unknown kind “x”',
      percentMismatch: 'mixes % and plain number',
    });
  });

  it('gives a full sentence that says what to do', () => {
    for (const problem of Object.values(CODES)) {
      const { short, message } = problemWords(problem);
      expect(message.length, problem.code).toBeGreaterThan(short.length);
      expect(message, problem.code).toMatch(/^[A-Z].*\.$/s);
      if (problem.text) expect(message, problem.code).toContain(problem.text);
    }
    expect(problemWords(CODES.notANumber).message).toBe(
      'The current value “abc” is not a number. Enter a number such as 350000, 1.5 or 19%.',
    );
    expect(problemWords({ code: 'notANumber', field: 'weight', text: 'heavy' }).short).toBe(
      'weight “heavy” is not a number',
    );
  });
});

describe('problemError', () => {
  it('is the OkrInputError a custom function raises: code, sentence and short text', () => {
    const error = problemError(CODES.targetEqualsBaseline);
    expect(error).toBeInstanceOf(OkrInputError);
    expect(error.code).toBe('targetEqualsBaseline');
    expect(error.short).toBe('target = baseline');
    expect(error.message).toMatch(/^The target equals the baseline: there is nothing to measure\./);
  });
});
