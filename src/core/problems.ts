// What the sheet says about input it cannot use, in the user's language: a key result's problem
// (from the evaluation) or a custom-function argument's, one short text each, from the catalog in
// i18n/problems.ts. Each names the argument, quotes at most a few dozen characters of what the
// cell held, and says what to do. The sidebar says the same from the problem's code, field and text.

import { translate } from '../i18n/index';
import { KR_KIND_LABELS } from '../i18n/kinds';
import { PROBLEMS, type ProblemKey } from '../i18n/problems';
import { OkrInputError } from './errors';
import type { KrProblem } from './evaluate';
import type { Language } from './types';

export type { ProblemKey };

/** Placeholders of a problem text: the argument, the cell's text, another argument and its value. */
export interface ProblemParams {
  arg: string;
  text?: unknown;
  other?: string;
  value?: unknown;
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

/** The problem text in `language`. */
export function problemText(key: ProblemKey, params: ProblemParams, language: Language = 'en'): string {
  return translate(PROBLEMS, language, key, {
    arg: params.arg,
    text: quote(params.text),
    other: params.other ?? '',
    value: quote(params.value),
    kinds: Object.values(KR_KIND_LABELS[language]).join(', '),
  });
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
  const text = problemText(problem.code, { arg, text: problem.text }, language);
  return { short: text, message: text };
}

/** The problem as the error a custom function raises for it. */
export function problemError(problem: KrProblem, arg: string = problem.field): InputProblem {
  return new InputProblem(problem.code, { arg, text: problem.text });
}
