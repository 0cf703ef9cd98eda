// Scoring a whole period: every key result's evaluation (evaluate.ts), each objective's weighted
// score, the overall score, and forecasts. The sidebar, the review and the health check read
// this; the sheet's OKR_SCORE uses the same weighted mean, term by term.
import { evaluateKeyResult, type KrEvaluation } from './evaluate';
import { FORECAST_MIN_CHECK_INS, projectProgress, type TrendPoint } from './forecast';
import { gradeOf, statusOf } from './grading';
import { finite, timesPowerOfTwo } from './numbers';
import { type Pace, paceAt, planDays } from './pace';
import { rollUp } from './rollup';
import type { CheckIn, Grade, KeyResult, Period, Settings, Status } from './types';

/** What one key result adds to its objective's score. */
export interface ScoreTerm {
  progress: number;
  weight: number;
}

export interface WeightedMean {
  /** Σ progress × weight ÷ Σ weight; null when the weights add up to 0 (nothing to score). */
  score: number | null;
  sum: number;
  weights: number;
}

export function weightedMean(terms: Iterable<ScoreTerm>): WeightedMean {
  const list = Array.isArray(terms) ? (terms as ScoreTerm[]) : [...terms];
  // Weights and progress are scaled by powers of two (exact): weights of 1e308 or 1e-320 and
  // progress values near ±1e308 neither overflow the sums nor vanish, and the score is the same
  // to the last bit wherever the plain sums would have been exact.
  let largestWeight = 0;
  let largestProgress = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const term of list) {
    largestWeight = Math.max(largestWeight, term.weight);
    largestProgress = Math.max(largestProgress, Math.abs(term.progress));
    if (term.weight > 0) {
      lowest = Math.min(lowest, term.progress);
      highest = Math.max(highest, term.progress);
    }
  }
  const kw = largestWeight > 0 && Number.isFinite(largestWeight) ? Math.floor(Math.log2(largestWeight)) : 0;
  const kp = largestProgress > 0 && Number.isFinite(largestProgress) ? Math.floor(Math.log2(largestProgress)) : 0;
  let sum = 0;
  let weights = 0;
  for (const term of list) {
    const weight = timesPowerOfTwo(term.weight, -kw);
    sum += timesPowerOfTwo(term.progress, -kp) * weight;
    weights += weight;
  }
  return {
    // A mean lies between its lowest and highest term; rounding must not push it past them (nor past ±1e308).
    score: weights > 0 ? Math.min(highest, Math.max(lowest, timesPowerOfTwo(sum / weights, kp))) : null,
    sum: finite(timesPowerOfTwo(sum, kp + kw)),
    weights: finite(timesPowerOfTwo(weights, kw)),
  };
}

/** Objective ids are compared as the sheet's OKR_SCORE groups them: trimmed, case-insensitive. */
export function objectiveKey(id: unknown): string {
  return String(id ?? '')
    .trim()
    .toLowerCase();
}

export interface KrScore extends KrEvaluation {
  krId: string;
  objectiveId: string;
  /** Value the check-in trend reaches at the due date (or period end); null without a trend. */
  forecast: number | null;
  projectedProgress: number | null;
  /** The progress at the ends of the trend's range (low ≤ projected ≤ high); null without a trend. */
  projectedRange: [number, number] | null;
}

export interface ObjectiveScore extends WeightedMean {
  objectiveId: string;
  title: string;
  /** The first parent id on its KR rows ('' when none). */
  parentId: string;
  /**
   * What grade and status follow: its own score (sum ÷ weights), or with the setting "own key
   * results and child objectives" its rolled-up score (rollup.ts).
   */
  score: number | null;
  /** The weighted mean of its own KRs' progress (sum ÷ weights). */
  ownScore: number | null;
  /** Child objectives counted in `score` (0 when only its own KRs count). */
  children: number;
  grade: Grade | null;
  /** The score against the weighted mean of its KRs' expected progress. */
  status: Status | null;
  expected: number | null;
  /** Weighted mean of projected progress over KRs with a forecast; null when none has one. */
  projectedScore: number | null;
  keyResults: number;
  /** KRs with a problem: each counts as 0. */
  problems: number;
}

export interface PeriodScores {
  /** Where the whole period stands at asOf. */
  pace: Pace;
  keyResults: KrScore[];
  /** Objectives with an id, in order of first appearance among the key results. */
  objectives: ObjectiveScore[];
  /** Mean of the objectives' scores; null when none is scored. */
  overall: number | null;
  overallGrade: Grade | null;
}

/**
 * Scores every key result of a period at `asOf`, each objective from its KRs, and the period as
 * the mean of its objectives. `checkIns` feed each KR's forecast (three or more with a value).
 */
export function scorePeriod(
  krs: readonly KeyResult[],
  period: Pick<Period, 'start' | 'end'>,
  settings: Settings,
  asOf: Date,
  checkIns: readonly CheckIn[] = [],
): PeriodScores {
  const trends = trendPointsByKr(checkIns);
  const keyResults = krs.map((kr): KrScore => {
    const evaluation = evaluateKeyResult(kr, { settings, period, asOf });
    const trend = trends.get(kr.id) ?? [];
    const projection =
      trend.length >= FORECAST_MIN_CHECK_INS
        ? projectProgress(kr, trend, kr.dueDate ?? period.end, settings, planDays(kr, period))
        : null;
    return {
      ...evaluation,
      krId: kr.id,
      objectiveId: kr.objectiveId,
      forecast: projection?.ok ? projection.value : null,
      projectedProgress: projection?.ok ? projection.progress : null,
      projectedRange: projection?.ok ? [projection.low, projection.high] : null,
    };
  });

  const groups = new Map<string, { title: string; id: string; parentId: string; members: KrScore[] }>();
  krs.forEach((kr, i) => {
    const key = objectiveKey(kr.objectiveId);
    if (!key) return;
    const group = groups.get(key) ?? { id: kr.objectiveId.trim(), title: kr.objectiveTitle, parentId: '', members: [] };
    group.members.push(keyResults[i]);
    if (!group.parentId) group.parentId = kr.parentObjectiveId.trim();
    groups.set(key, group);
  });
  const own = [...groups.values()].map(({ id, title, parentId, members }) =>
    objectiveScore(id, title, parentId, members, settings),
  );
  const objectives = settings.objectiveScores === 'withChildren' ? withRollups(own, settings) : own;
  const overall = weightedMean(
    objectives.filter((o) => o.score !== null).map((o) => ({ progress: o.score as number, weight: 1 })),
  ).score;
  return {
    pace: paceAt(period.start, period.end, asOf),
    keyResults,
    objectives,
    overall,
    overallGrade: overall === null ? null : gradeOf(overall, settings),
  };
}

/** Scores, grades and statuses from each objective's rolled-up score (own KRs and child objectives). */
function withRollups(objectives: ObjectiveScore[], settings: Settings): ObjectiveScore[] {
  const rolled = rollUp(objectives.map((o) => ({ id: o.objectiveId, parentId: o.parentId, score: o.ownScore })));
  return objectives.map((o, i) => {
    const { score, children } = rolled[i];
    return {
      ...o,
      score,
      children,
      grade: score === null ? null : gradeOf(score, settings),
      status: score === null || o.expected === null ? null : statusOf(score, o.expected, settings),
    };
  });
}

function objectiveScore(
  id: string,
  title: string,
  parentId: string,
  members: KrScore[],
  settings: Settings,
): ObjectiveScore {
  const scored = members.filter((m) => m.scored);
  const mean = weightedMean(scored.map((m) => ({ progress: m.counted, weight: m.weight })));
  const expected = weightedMean(scored.map((m) => ({ progress: m.pace?.expected ?? 0, weight: m.weight }))).score;
  const projected = weightedMean(
    scored
      .filter((m) => m.projectedProgress !== null)
      .map((m) => ({ progress: m.projectedProgress as number, weight: m.weight })),
  );
  return {
    ...mean,
    objectiveId: id,
    title,
    parentId,
    ownScore: mean.score,
    children: 0,
    grade: mean.score === null ? null : gradeOf(mean.score, settings),
    status: mean.score === null || expected === null ? null : statusOf(mean.score, expected, settings),
    expected,
    projectedScore: projected.score,
    keyResults: members.length,
    problems: scored.filter((m) => m.problem).length,
  };
}

function trendPointsByKr(checkIns: readonly CheckIn[]): Map<string, TrendPoint[]> {
  const byKr = new Map<string, TrendPoint[]>();
  for (const c of checkIns) {
    if (typeof c.value !== 'number') continue;
    const list = byKr.get(c.krId) ?? [];
    list.push({ date: c.date, value: c.value });
    byKr.set(c.krId, list);
  }
  return byKr;
}
