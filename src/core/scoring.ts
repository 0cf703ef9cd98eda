// One shared way to score a whole period: every KR's progress, pace, status, grade and forecast,
// and every objective's weighted score. Dashboards, the review and the sidebar all read this.
import { OkrInputError } from './errors';
import { projectProgress, type TrendPoint } from './forecast';
import { defaultKind } from './kinds';
import { expectedProgress } from './pace';
import { krProgress } from './progress';
import { gradeOf, statusOf } from './score';
import type { CheckIn, Grade, KeyResult, KrKind, Period, Settings, Status } from './types';

export interface KrScore {
  krId: string;
  objectiveId: string;
  /** The kind used: the KR's own, or the default from its direction. Null when it cannot be told. */
  kind: KrKind | null;
  /** 0..cap; null when there is no current value yet or the KR has a problem. */
  progress: number | null;
  /** Expected progress at asOf, towards the KR's due date (or the period end). */
  expected: number;
  status: Status | null;
  grade: Grade | null;
  weight: number;
  /** Value the check-in trend reaches at the due date (or period end); null without a trend. */
  forecast: number | null;
  projectedProgress: number | null;
  problem: { code: string; message: string } | null;
}

export interface ObjectiveScore {
  objectiveId: string;
  title: string;
  /** Weighted mean of the scored KRs' progress; null when none is scored. */
  score: number | null;
  grade: Grade | null;
  /** The score against the weighted mean of its KRs' expected progress. */
  status: Status | null;
  expected: number | null;
  /** Weighted mean of projected progress over KRs with a forecast; null when none has one. */
  projectedScore: number | null;
  keyResults: number;
  scored: number;
  problems: number;
}

export interface PeriodScores {
  /** Expected progress of the whole period at asOf. */
  expected: number;
  keyResults: KrScore[];
  /** In order of first appearance among the key results. */
  objectives: ObjectiveScore[];
  /** Mean of the objectives' scores; null when none is scored. */
  overall: number | null;
  overallGrade: Grade | null;
}

/**
 * Score every key result of a period at `asOf`, and each objective from its KRs (weights default
 * to 1; KRs with a problem or no current value are left out of the objective's score and counted).
 * `checkIns` (optional) feed each KR's forecast; two or more check-ins with a value are needed.
 */
export function scoreKeyResults(
  krs: readonly KeyResult[],
  settings: Settings,
  asOf: Date,
  period: Period,
  checkIns: readonly CheckIn[] = [],
): PeriodScores {
  const trends = trendPointsByKr(checkIns);
  const keyResults = krs.map((kr) => scoreOne(kr, settings, asOf, period, trends.get(kr.id) ?? []));

  const objectives = new Map<string, ObjectiveTotals>();
  krs.forEach((kr, i) => {
    let o = objectives.get(kr.objectiveId);
    if (!o) {
      o = {
        objectiveId: kr.objectiveId,
        title: kr.objectiveTitle,
        krs: 0,
        problems: 0,
        sum: 0,
        expected: 0,
        total: 0,
        psum: 0,
        ptotal: 0,
        scored: 0,
      };
      objectives.set(kr.objectiveId, o);
    }
    const s = keyResults[i];
    o.krs++;
    if (s.problem) o.problems++;
    if (s.progress !== null) {
      o.scored++;
      o.sum += s.progress * s.weight;
      o.expected += s.expected * s.weight;
      o.total += s.weight;
    }
    if (s.projectedProgress !== null) {
      o.psum += s.projectedProgress * s.weight;
      o.ptotal += s.weight;
    }
  });

  const objectiveScores: ObjectiveScore[] = [];
  for (const o of objectives.values()) {
    const score = o.total > 0 ? o.sum / o.total : null;
    const expected = o.total > 0 ? o.expected / o.total : null;
    objectiveScores.push({
      objectiveId: o.objectiveId,
      title: o.title,
      score,
      grade: score === null ? null : gradeOf(score, settings),
      status: score === null || expected === null ? null : statusOf(score, expected, settings),
      expected,
      projectedScore: o.ptotal > 0 ? o.psum / o.ptotal : null,
      keyResults: o.krs,
      scored: o.scored,
      problems: o.problems,
    });
  }
  const scored = objectiveScores.filter((o) => o.score !== null);
  const overall = scored.length > 0 ? scored.reduce((sum, o) => sum + (o.score as number), 0) / scored.length : null;
  return {
    expected: expectedProgress(period.start, period.end, asOf),
    keyResults,
    objectives: objectiveScores,
    overall,
    overallGrade: overall === null ? null : gradeOf(overall, settings),
  };
}

interface ObjectiveTotals {
  objectiveId: string;
  title: string;
  krs: number;
  problems: number;
  scored: number;
  sum: number;
  expected: number;
  total: number;
  psum: number;
  ptotal: number;
}

function scoreOne(kr: KeyResult, settings: Settings, asOf: Date, period: Period, trend: TrendPoint[]): KrScore {
  const due = kr.dueDate ?? period.end;
  const expected = expectedProgress(period.start, due, asOf);
  const result: KrScore = {
    krId: kr.id,
    objectiveId: kr.objectiveId,
    kind: null,
    progress: null,
    expected,
    status: null,
    grade: null,
    weight: 1,
    forecast: null,
    projectedProgress: null,
    problem: null,
  };
  try {
    result.weight = weightOf(kr);
    const kind = kindOf(kr);
    result.kind = kind;
    const baseline = kr.baseline ?? 0;
    const target = kind === 'milestone' ? 1 : requireTarget(kr);
    if (kr.current !== null) {
      result.progress = krProgress({ kind, baseline, target, current: kr.current, cap: settings.cap });
      result.status = statusOf(result.progress, expected, settings);
      result.grade = gradeOf(result.progress, settings);
    }
    if (kind !== 'milestone' && trend.length >= 2) {
      const projection = projectProgress({ kind, baseline, target, cap: settings.cap }, trend, due);
      if (projection.ok) {
        result.forecast = projection.value;
        result.projectedProgress = projection.progress;
      }
    }
  } catch (e) {
    if (!(e instanceof OkrInputError)) throw e;
    result.progress = null;
    result.status = null;
    result.grade = null;
    result.problem = { code: e.code, message: e.message };
  }
  return result;
}

function weightOf(kr: KeyResult): number {
  const weight = kr.weight ?? 1;
  if (!(weight >= 0) || !Number.isFinite(weight)) {
    throw new OkrInputError(
      'negativeWeight',
      `Weight ${weight} is negative. Use 0 to leave a key result out.`,
      'negative weight',
    );
  }
  return weight;
}

function kindOf(kr: KeyResult): KrKind {
  if (kr.kind) return kr.kind;
  if (typeof kr.current === 'boolean') return 'milestone'; // a checkbox
  return defaultKind(kr.baseline ?? 0, requireTarget(kr));
}

function requireTarget(kr: KeyResult): number {
  if (kr.target === null) {
    throw new OkrInputError(
      'targetBlank',
      'The target is blank. Enter the value the key result aims for.',
      'no target',
    );
  }
  return kr.target;
}

function trendPointsByKr(checkIns: readonly CheckIn[]): Map<string, TrendPoint[]> {
  const byKr = new Map<string, TrendPoint[]>();
  for (const c of checkIns) {
    if (typeof c.value !== 'number') continue;
    let list = byKr.get(c.krId);
    if (!list) {
      list = [];
      byKr.set(c.krId, list);
    }
    list.push({ date: c.date, value: c.value });
  }
  return byKr;
}
