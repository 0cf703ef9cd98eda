import { OkrInputError } from './errors';
import type { Grade, Settings, Status } from './types';
import { DEFAULT_SETTINGS } from './types';

/** Weighted mean of progress values; a null weight counts as 1. Null when nothing to score. */
export function weightedScore(progress: readonly number[], weights: readonly (number | null)[] = []): number | null {
  let sum = 0;
  let total = 0;
  progress.forEach((p, i) => {
    const w = weights[i] ?? 1;
    if (w < 0) throw new OkrInputError('negativeWeight', `Weight ${w} is negative. Use 0 to leave a key result out.`);
    sum += p * w;
    total += w;
  });
  return total > 0 ? sum / total : null;
}

export function gradeOf(score: number, settings: Pick<Settings, 'yellowFrom' | 'greenFrom'> = DEFAULT_SETTINGS): Grade {
  if (score >= settings.greenFrom) return 'green';
  if (score >= settings.yellowFrom) return 'yellow';
  return 'red';
}

/**
 * Status from progress against expected progress (both 0..1). The thresholds are gaps in
 * progress points: behind pace by more than atRiskGap is at risk, by more than offTrackGap off track.
 */
export function statusOf(
  progress: number,
  expected: number,
  thresholds: Pick<Settings, 'atRiskGap' | 'offTrackGap'> = DEFAULT_SETTINGS,
): Status {
  if (progress >= 1) return 'done';
  const gap = expected - progress;
  if (gap > thresholds.offTrackGap) return 'offTrack';
  if (gap > thresholds.atRiskGap) return 'atRisk';
  return 'onTrack';
}
