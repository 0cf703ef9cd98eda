// Placeholder until the column-wise implementations land.
import { krProgress } from '../core/progress';

export function KR_PROGRESS(current: unknown, target: unknown, baseline?: unknown, kind?: unknown, cap?: unknown) {
  return krProgress({
    kind: (kind as 'increase') || 'increase',
    baseline: Number(baseline ?? 0),
    target: Number(target),
    current: Number(current),
    cap: cap === undefined || cap === '' ? 1 : Number(cap),
  });
}
export const OKR_SCORE = () => 0;
export const OKR_STATUS = () => '';
export const OKR_GRADE = () => '';
export const OKR_PACE = () => 0;
export const KR_TARGET = () => 0;
