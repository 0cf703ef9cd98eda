// Reading one argument cell into the value a custom function needs, or an InputProblem that
// names the argument, quotes the cell and says what to do.

import { cellText, PROBLEM_MARK } from '../core/cells';
import { parseDate } from '../core/dates';
import { isBlank, parseNumber } from '../core/numbers';
import { InputProblem } from '../core/problems';

/** A number from a cell; `what` names the argument in messages ("target"). Blank is an error. */
export function numberIn(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const parsed = parseNumber(value);
  if (parsed.ok) return parsed.value;
  if (typeof value === 'string' && value.startsWith(PROBLEM_MARK)) {
    // The cell shows another custom function's problem: pass it on rather than "not a number".
    throw new InputProblem('cellError', { arg: what, text: value });
  }
  throw new InputProblem(parsed.code, { arg: what, text: cellText(value) });
}

/** A number, or `fallback` when the cell is blank. */
export function numberOr(value: unknown, fallback: number, what: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return isBlank(value) ? fallback : numberIn(value, what);
}

/** A share such as a threshold: 0.1 or "10%"; numbers above 1 are refused rather than guessed. */
export function shareOr(value: unknown, fallback: number, what: string): number {
  const share = numberOr(value, fallback, what);
  if (share < 0 || share > 1) throw new InputProblem('outOfRange', { arg: what, text: share, value: '0–1' });
  return share;
}

export function dateIn(value: unknown, what: string): Date {
  const parsed = parseDate(value);
  if (parsed.ok) return parsed.value;
  throw new InputProblem(parsed.code, { arg: what, text: cellText(value) });
}
