// Grade bands and pace status: the two rules that turn a number into a word. Both read their
// thresholds from the settings, so the sheet, the sidebar and the review grade alike.
import type { Grade, Settings, Status } from './types';
import { DEFAULT_SETTINGS } from './types';

/** Sheet arithmetic leaves last-digit noise (0.45 − 0.35 = 0.10000000000000003): band edges forgive it. */
export const EDGE = 1e-9;

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
