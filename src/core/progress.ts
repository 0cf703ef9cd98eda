import { OkrInputError } from './errors';
import type { KrKind } from './types';

export interface ProgressInput {
  kind: KrKind;
  baseline: number;
  target: number;
  /** Numbers for measured kinds; booleans are accepted for milestones. */
  current: number | boolean;
  /** Highest progress allowed (default 1). */
  cap?: number;
}

/** Progress of one key result, in [0, cap]. Throws OkrInputError for unmeasurable input. */
export function krProgress({ kind, baseline, target, current, cap = 1 }: ProgressInput): number {
  if (!(cap > 0)) throw new OkrInputError('badCap', `The cap must be above 0, got ${cap}.`);
  if (kind === 'milestone') return isDone(current) ? 1 : 0;
  const value = Number(current);
  if (kind === 'atLeast') return value >= target ? 1 : 0;
  if (kind === 'atMost') return value <= target ? 1 : 0;
  if (baseline === target) {
    throw new OkrInputError(
      'targetEqualsBaseline',
      `Target ${target} equals baseline ${baseline}: there is nothing to measure. Set a target different from the baseline.`,
    );
  }
  const span = target - baseline;
  if ((kind === 'increase' && span < 0) || (kind === 'decrease' && span > 0)) {
    throw new OkrInputError(
      'targetWrongWay',
      `An "${kind}" key result needs a target ${kind === 'increase' ? 'above' : 'below'} its baseline (baseline ${baseline}, target ${target}).`,
    );
  }
  return clamp((value - baseline) / span, 0, cap);
}

function isDone(current: number | boolean): boolean {
  return current === true || current === 1;
}

export function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}
