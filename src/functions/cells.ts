// Reading one argument cell into the value a custom function needs, or a clear OkrInputError.

import { PROBLEM_MARK } from '../core/cells';
import { parseDate } from '../core/dates';
import { OkrInputError } from '../core/errors';
import { isBlank, type NumberProblem, type ParsedNumber, parseNumber } from '../core/numbers';

/** A number from a cell; `what` names the argument in messages ("target"). Blank is an error. */
export function numberIn(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return checked(parseNumber(value), value, what).value;
}

/** A number, or `fallback` when the cell is blank. */
export function numberOr(value: unknown, fallback: number, what: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return isBlank(value) ? fallback : numberIn(value, what);
}

/** A share such as a threshold: 0.1 or "10%"; numbers above 1 are refused rather than guessed. */
export function shareOr(value: unknown, fallback: number, what: string): number {
  const share = numberOr(value, fallback, what);
  if (share < 0 || share > 1) {
    throw new OkrInputError(
      `${what}OutOfRange`,
      `${capitalize(what)} ${share} is outside 0 to 1. Write a share such as 0.1 or 10%.`,
      `${what} outside 0–1`,
    );
  }
  return share;
}

export function dateIn(value: unknown, what: string): Date {
  const parsed = parseDate(value);
  if (parsed.ok) return parsed.value;
  throw new OkrInputError(
    `${what}${capitalize(parsed.code)}`,
    `${capitalize(what)}: ${parsed.message}`,
    `${what} is not a date`,
  );
}

function checked(parsed: ParsedNumber, raw: unknown, what: string): { value: number; percent: boolean } {
  if (parsed.ok) return parsed;
  if (typeof raw === 'string' && raw.startsWith(PROBLEM_MARK)) {
    // The cell shows another custom function's problem: pass it on rather than "not a number".
    throw new OkrInputError(
      `${what}HasProblem`,
      `${capitalize(what)} shows a problem: ${raw.slice(PROBLEM_MARK.length)}`,
      `${what}: ${raw.slice(PROBLEM_MARK.length)}`,
    );
  }
  throw new OkrInputError(
    `${what}${capitalize(parsed.code)}`,
    `${capitalize(what)}: ${parsed.message}`,
    shortText(parsed.code, raw, what),
  );
}

/** A few words for a result cell: the full message is what a single-value call throws. */
function shortText(code: NumberProblem, raw: unknown, what: string): string {
  switch (code) {
    case 'blank':
      return `no ${what}`;
    case 'ambiguousNumber':
      return `${what} "${quoted(raw)}" is ambiguous`;
    case 'dateNotNumber':
      return `${what} is a date, not a number`;
    case 'cellError':
      return `${what} shows ${quoted(raw)}`;
    default:
      return `${what} is not a number`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** User text inside a short cell text, cut to a readable length. */
export function quoted(value: unknown): string {
  const text = String(value).trim();
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
