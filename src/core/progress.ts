import { OkrInputError } from './errors';
import { isDoneValue } from './kinds';
import type { KrKind } from './types';

export interface ProgressInput {
  kind: KrKind;
  baseline: number;
  target: number;
  /** Numbers for measured kinds; booleans (or done words) are accepted for milestones. */
  current: number | boolean | string;
  /** Highest progress allowed (default 1). */
  cap?: number;
}

/**
 * Progress of one key result, in [0, cap]. Throws OkrInputError for unmeasurable input.
 * - increase / decrease: linear from baseline (0) to target (1), clamped; worse than the
 *   baseline is 0, never negative.
 * - atLeast / atMost: 1 when the condition holds (hitting the target exactly counts), else 0.
 * - milestone: 1 when done (TRUE, 1 or a done word), else 0; baseline and target are ignored.
 */
export function krProgress({ kind, baseline, target, current, cap = 1 }: ProgressInput): number {
  if (!(cap > 0) || !Number.isFinite(cap)) {
    throw new OkrInputError(
      'badCap',
      `The cap must be a number above 0, such as 1 or 1.2; got ${cap}.`,
      'cap must be above 0',
    );
  }
  if (kind === 'milestone') return isDoneValue(current) ? Math.min(1, cap) : 0;
  const value = typeof current === 'boolean' ? Number(current) : typeof current === 'number' ? current : Number.NaN;
  if (!Number.isFinite(value)) {
    const message = `The current value "${current}" is not a number. Enter a number.`;
    throw new OkrInputError('currentNotANumber', message, 'current is not a number');
  }
  if (!Number.isFinite(target)) {
    throw new OkrInputError(
      'targetNotANumber',
      'The target is not a number. Enter a number.',
      'target is not a number',
    );
  }
  if (kind === 'atLeast') return atLeast(value, target) ? Math.min(1, cap) : 0;
  if (kind === 'atMost') return atLeast(target, value) ? Math.min(1, cap) : 0;
  if (!Number.isFinite(baseline)) {
    const message = 'The baseline is not a number. Enter a number, or leave it blank for 0.';
    throw new OkrInputError('baselineNotANumber', message, 'baseline is not a number');
  }
  if (baseline === target) {
    const message = `Target ${target} equals baseline ${baseline}: there is nothing to measure. Set a target different from the baseline, or use the kind "at least" or "at most".`;
    throw new OkrInputError('targetEqualsBaseline', message, 'target = baseline');
  }
  const span = target - baseline;
  if ((kind === 'increase' && span < 0) || (kind === 'decrease' && span > 0)) {
    const side = kind === 'increase' ? 'above' : 'below';
    const message = `An "${kind}" key result needs a target ${side} its baseline (baseline ${baseline}, target ${target}). Swap them or change the kind.`;
    throw new OkrInputError('targetWrongWay', message, 'target on the wrong side of baseline');
  }
  return clamp(tidy((value - baseline) / span), 0, cap);
}

/** a ≥ b, forgiving the last-digit noise of sheet arithmetic (0.7 − 0.4 vs 0.3). */
function atLeast(a: number, b: number): boolean {
  return a >= b - 1e-9 * Math.max(1, Math.abs(b));
}

/** Round away binary noise (0.4000000000000001 → 0.4, 0.9999999999999998 → 1), keep real fractions (1/3). */
function tidy(x: number): number {
  const scaled = x * 1e12;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-3 ? rounded / 1e12 : x;
}

export function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}
