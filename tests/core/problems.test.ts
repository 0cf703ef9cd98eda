import { describe, expect, it } from 'vitest';
import { OkrInputError } from '../../src/core/errors';
import type { KrProblem, ProblemCode } from '../../src/core/evaluate';
import { InputProblem, problemError, problemText, problemWords, quote } from '../../src/core/problems';
import { LANGUAGES } from '../../src/core/types';
import { PROBLEMS } from '../../src/i18n/problems';

/** Every code the evaluation can report (a missing one fails to compile). */
const CODES: Record<ProblemCode, KrProblem> = {
  noTarget: { code: 'noTarget', field: 'target', text: '' },
  noCurrent: { code: 'noCurrent', field: 'current', text: '' },
  targetEqualsBaseline: { code: 'targetEqualsBaseline', field: 'target', text: '' },
  targetWrongWay: { code: 'targetWrongWay', field: 'target', text: '' },
  negativeWeight: { code: 'negativeWeight', field: 'weight', text: '-1' },
  notANumber: { code: 'notANumber', field: 'current', text: 'abc' },
  tooLarge: { code: 'tooLarge', field: 'target', text: '1e400' },
  ambiguousNumber: { code: 'ambiguousNumber', field: 'target', text: '1,500' },
  dateNotNumber: { code: 'dateNotNumber', field: 'baseline', text: '2027-05-01' },
  cellError: { code: 'cellError', field: 'current', text: '#N/A' },
  unknownKind: { code: 'unknownKind', field: 'kind', text: 'x' },
  percentMismatch: { code: 'percentMismatch', field: 'current', text: '19%' },
};

describe('problemWords', () => {
  it('names the field as the argument, quotes the cell and says what to do', () => {
    expect(problemWords(CODES.notANumber).short).toBe('current “abc” is not a number. Enter e.g. 1.5 or 19%.');
    expect(problemWords(CODES.tooLarge).short).toBe('target “1e400” is too large. Keep within ±1e308.');
    expect(problemWords(CODES.noCurrent).short).toBe('current is blank. Enter a value.');
    expect(problemWords(CODES.negativeWeight, 'en', 'weights').short).toBe(
      'weights -1 is not ≥ 0. Enter a value that is.',
    );
    expect(problemWords(CODES.unknownKind).short).toBe(
      'kind “x” is unknown. Use one of Increase, Decrease, At least, At most, Milestone.',
    );
    for (const problem of Object.values(CODES)) {
      for (const language of LANGUAGES) {
        const { short, message } = problemWords(problem, language);
        expect(short, `${language} ${problem.code}`).toBe(message);
        expect(short.startsWith(problem.field), `${language} ${problem.code}`).toBe(true);
        if (problem.text) expect(short, problem.code).toContain(problem.text);
        expect(short).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('speaks the language asked for', () => {
    expect(problemWords(CODES.notANumber, 'de').short).toBe(
      'current „abc“ ist keine Zahl. Geben Sie z. B. 1,5 oder 19 % ein.',
    );
    expect(problemWords(CODES.unknownKind, 'fr').short).toContain('Augmenter, Réduire');
    expect(problemWords(CODES.noTarget, 'zh').short).toBe('target为空。请输入值。');
  });
});

describe('the catalog', () => {
  it('has in every text the argument first, what is wrong, then what to do, with the same placeholders', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(PROBLEMS[language])) {
        expect(text.startsWith('{arg}'), `${language} ${key}`).toBe(true);
        const sentences = text.split(/[.。]\s*/).filter((s) => s.trim());
        expect(sentences.length, `${language} ${key}`).toBeGreaterThanOrEqual(2);
        expect(placeholders(text), `${language} ${key}`).toEqual(
          placeholders(PROBLEMS.en[key as keyof typeof PROBLEMS.en]),
        );
      }
    }
  });

  it('quotes at most 40 characters of any input, on one line', () => {
    const long = 'x'.repeat(50_000);
    const text = problemText('notANumber', { arg: 'target', text: long });
    expect(text.length).toBeLessThan(120);
    expect(quote('a\nb   c')).toBe('a b c');
    expect(quote(long)).toHaveLength(40);
    expect(quote(long).endsWith('…')).toBe(true);
  });
});

describe('problemError', () => {
  it('is the OkrInputError a custom function raises, sayable in any language', () => {
    const error = problemError(CODES.targetEqualsBaseline);
    expect(error).toBeInstanceOf(OkrInputError);
    expect(error).toBeInstanceOf(InputProblem);
    expect(error.code).toBe('targetEqualsBaseline');
    expect(error.message).toBe('target equals baseline. Change one of them.');
    expect(error.in('cs')).toBe('target se rovná baseline. Změňte jednu z hodnot.');
  });
});
