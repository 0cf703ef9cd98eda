import { OkrInputError } from './errors';
import type { Grade, Settings, Status } from './types';
import { DEFAULT_SETTINGS } from './types';

/** Sheet arithmetic leaves last-digit noise (0.45 − 0.35 = 0.10000000000000003): band edges forgive it. */
const EDGE = 1e-9;

/** Weighted mean of progress values; a null weight counts as 1. Null when nothing to score. */
export function weightedScore(progress: readonly number[], weights: readonly (number | null)[] = []): number | null {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < progress.length; i++) {
    const w = weights[i] ?? 1;
    if (!(w >= 0))
      throw new OkrInputError(
        'negativeWeight',
        `Weight ${w} is negative. Use 0 to leave a key result out.`,
        'negative weight',
      );
    sum += progress[i] * w;
    total += w;
  }
  return total > 0 ? sum / total : null;
}

/** Grade band of a score: green from greenFrom (0.7), yellow from yellowFrom (0.4), else red. Edges are inclusive. */
export function gradeOf(score: number, settings: Pick<Settings, 'yellowFrom' | 'greenFrom'> = DEFAULT_SETTINGS): Grade {
  if (score >= settings.greenFrom - EDGE) return 'green';
  if (score >= settings.yellowFrom - EDGE) return 'yellow';
  return 'red';
}

/**
 * Status from progress against expected progress (both 0..1). The thresholds are gaps in
 * progress points: behind pace by more than atRiskGap is at risk, by more than offTrackGap off
 * track; exactly at a threshold still counts as the better status. Progress 1 or more is done.
 */
export function statusOf(
  progress: number,
  expected: number,
  thresholds: Pick<Settings, 'atRiskGap' | 'offTrackGap'> = DEFAULT_SETTINGS,
): Status {
  if (progress >= 1 - EDGE) return 'done';
  const gap = expected - progress;
  if (gap > thresholds.offTrackGap + EDGE) return 'offTrack';
  if (gap > thresholds.atRiskGap + EDGE) return 'atRisk';
  return 'onTrack';
}
