// What the sheet says about input it cannot use, in the user's language: a key result's problem
// (from the evaluation) or a custom-function argument's, one short text each, from the catalog in
// i18n/problems.ts. Each names the argument, quotes at most 40 characters of what the cell held,
// and says what to do. The sidebar says the same from the problem's code, field and text.

import { translate } from '../i18n/index';
import { KR_KIND_LABELS } from '../i18n/kinds';
import { PROBLEMS, type ProblemKey } from '../i18n/problems';
import { OkrInputError } from './errors';
import type { KrProblem } from './evaluate';
import type { Language } from './types';

export type { ProblemKey };

/**
 * Placeholders of a problem text: the argument, the cell's text (quoted, cut short), another
 * argument, and a value the add-on supplies (a bound such as "0–1", a list, a number).
 */
export interface ProblemParams {
  arg: string;
  text?: unknown;
  other?: string;
  value?: string | number | ((language: Language) => string);
}

/** Longest piece of a user's input a message quotes. */
const QUOTE_MAX = 40;

/** User text inside a message, on one line and cut to QUOTE_MAX characters. */
export function quote(value: unknown): string {
  const text = String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

/** The kinds a kind cell may name, in the message's language. */
export const KINDS = (language: Language) => Object.values(KR_KIND_LABELS[language]).join(', ');

/** The problem text in `language` (English when that language's texts cannot be read). */
export function problemText(key: ProblemKey, params: ProblemParams, language: Language = 'en'): string {
  const value = typeof params.value === 'function' ? params.value(language) : String(params.value ?? '');
  const filled = { arg: params.arg, text: quote(params.text), other: params.other ?? '', value };
  try {
    return translate(PROBLEMS, language, key, filled);
  } catch (_) {
    return translate(PROBLEMS, 'en', key, filled);
  }
}

/**
 * A custom function's argument that cannot be used. It keeps the key and the placeholders, so
 * the function says it in the language of its `language` argument; `message` is the English text.
 */
export class InputProblem extends OkrInputError {
  constructor(
    readonly key: ProblemKey,
    readonly params: ProblemParams,
  ) {
    const english = problemText(key, params);
    super(key, english, english);
  }

  in(language: Language): string {
    return problemText(this.key, this.params, language);
  }
}

/** The catalog text of a key result's problem code. */
function keyAndParams(problem: KrProblem, arg: string): [ProblemKey, ProblemParams] {
  const params: ProblemParams = { arg, text: problem.text };
  switch (problem.code) {
    case 'noTarget':
    case 'noCurrent':
      return ['blank', params];
    case 'negativeWeight':
      return ['outOfRange', { ...params, value: '≥ 0' }];
    case 'unknownKind':
      return ['unknown', { ...params, value: KINDS }];
    default:
      return [problem.code, params];
  }
}

/**
 * The text of a key result's problem, for a result cell (`short`) and a single-value call's error
 * (`message`, the same text). `arg` names the argument (default: the KR's field, as KR_PROGRESS
 * calls it).
 */
export function problemWords(
  problem: KrProblem,
  language: Language = 'en',
  arg: string = problem.field,
): { short: string; message: string } {
  const [key, params] = keyAndParams(problem, arg);
  const text = problemText(key, params, language);
  return { short: text, message: text };
}

/** The problem as the error a custom function raises for it. */
export function problemError(problem: KrProblem, arg: string = problem.field): InputProblem {
  return new InputProblem(...keyAndParams(problem, arg));
}
