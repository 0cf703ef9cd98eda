// The sidebar's overview as plain data: a period's objectives and key results with progress,
// expected pace, status, grade and check-in history, computed from what was read of its tabs.
// Pure: PeriodData + settings + a date in, a JSON-safe view model out (dates as 'yyyy-mm-dd').

import { OkrInputError } from './errors';
import { expectedProgress } from './pace';
import type { PeriodData } from './period-data';
import { krProgress } from './progress';
import { type KrScore, scoreKeyResults } from './scoring';
import type { CheckIn, Grade, KeyResult, KrKind, Objective, PeriodKind, Settings, Status } from './types';
import { STATUSES } from './types';

/** Why a KR's progress could not be computed (a stable code, localized by the sidebar). */
export type ProgressProblem =
  | 'noKind'
  | 'noTarget'
  | 'noCurrent'
  | 'targetEqualsBaseline'
  | 'targetWrongWay'
  | 'negativeWeight'
  | 'notANumber';

export interface CheckInPoint {
  date: string;
  /** A number; milestones as 1 (done) or 0. Null when the log row had no readable value. */
  value: number | null;
  confidence: number | null;
  note: string;
  who: string;
}

export interface KrView {
  id: string;
  objectiveId: string;
  title: string;
  owner: string;
  team: string;
  unit: string;
  /** The kind used for scoring; `kindInferred` when the sheet left it blank. */
  kind: KrKind | null;
  kindInferred: boolean;
  /** Baseline used for scoring (blank baseline counts as 0); `baselineDefaulted` says so. */
  baseline: number | null;
  baselineDefaulted: boolean;
  target: number | null;
  current: number | boolean | null;
  /** Effective weight (blank counts as 1). */
  weight: number;
  confidence: number | null;
  dueDate: string | null;
  /** Progress before clamping (null when not computable). */
  rawProgress: number | null;
  /** Progress in [0, cap], or null with `problem` saying why. */
  progress: number | null;
  problem: ProgressProblem | null;
  /** Expected progress at `asOf`: elapsed share from the period start to the due date (or period end). */
  expected: number;
  /** Progress the check-in trend projects at the due date; null without a trend. */
  projectedProgress: number | null;
  status: Status | null;
  grade: Grade | null;
  /** A1 address of the KR's row, e.g. "'Q1 2027 · Key results'!A5"; '' when not from a sheet. */
  cell: string;
  row: number;
  /** Check-ins for this KR, oldest first. */
  checkIns: CheckInPoint[];
}

export interface ObjectiveView {
  id: string;
  title: string;
  owner: string;
  team: string;
  parentId: string;
  score: number | null;
  grade: Grade | null;
  keyResults: KrView[];
}

export interface PeriodInfo {
  label: string;
  kind: PeriodKind;
  start: string;
  end: string;
  team: string;
  closed: boolean;
}

export interface OverviewView {
  period: PeriodInfo;
  asOf: string;
  /** Elapsed share of the period at `asOf`. */
  expected: number;
  /** Mean of the objective scores; null when nothing is scored. */
  score: number | null;
  grade: Grade | null;
  objectives: ObjectiveView[];
  owners: string[];
  teams: string[];
  statusCounts: Record<Status, number>;
}

/** 'yyyy-mm-dd' of a date's UTC calendar day (periods and check-ins are stored as UTC midnights). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A1 address of column A in `row` of `tab`, quoted as Sheets expects. */
export function rowAddress(tab: string, row: number): string {
  return row > 0 ? `${quoteTab(tab)}!A${row}` : '';
}

export function quoteTab(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'`;
}

interface Evaluation {
  kind: KrKind | null;
  kindInferred: boolean;
  baseline: number | null;
  baselineDefaulted: boolean;
  rawProgress: number | null;
  progress: number | null;
  problem: ProgressProblem | null;
}

/** A blank kind is read from the direction of the target, as the KR_PROGRESS function does. */
function inferKind(kr: KeyResult): { kind: KrKind | null; inferred: boolean } {
  if (kr.kind) return { kind: kr.kind, inferred: false };
  if (typeof kr.current === 'boolean') return { kind: 'milestone', inferred: true };
  if (kr.target === null) return { kind: null, inferred: false };
  return { kind: (kr.baseline ?? 0) > kr.target ? 'decrease' : 'increase', inferred: true };
}

/** Progress of one KR with every intermediate number the explanation needs. */
export function evaluateKeyResult(kr: KeyResult, cap: number): Evaluation {
  const { kind, inferred } = inferKind(kr);
  const baselineDefaulted = kr.baseline === null;
  const baseline = kr.baseline ?? 0;
  const base = { kind, kindInferred: inferred, baseline, baselineDefaulted };
  const fail = (problem: ProgressProblem): Evaluation => ({ ...base, rawProgress: null, progress: null, problem });
  if (kind === null) return fail(kr.target === null ? 'noTarget' : 'noKind');
  if (kind !== 'milestone') {
    if (kr.target === null) return fail('noTarget');
    if (kr.current === null || typeof kr.current === 'boolean') return fail('noCurrent');
    if ((kind === 'increase' || kind === 'decrease') && baseline === kr.target) return fail('targetEqualsBaseline');
    const span = kr.target - baseline;
    if ((kind === 'increase' && span < 0) || (kind === 'decrease' && span > 0)) return fail('targetWrongWay');
  }
  // The final number comes from the same function the sheet's KR_PROGRESS uses.
  const progress = krProgress({ kind, baseline, target: kr.target ?? 1, current: kr.current ?? false, cap });
  const rawProgress =
    kind === 'increase' || kind === 'decrease'
      ? ((kr.current as number) - baseline) / ((kr.target as number) - baseline)
      : progress;
  return { ...base, rawProgress, progress, problem: null };
}

/** Expected progress of the period at a date (elapsed share). */
export function periodExpected(data: Pick<PeriodData, 'period'>, asOf: Date): number {
  return expectedProgress(data.period.start, data.period.end, asOf);
}

function checkInPoint(c: CheckIn): CheckInPoint {
  const value = typeof c.value === 'boolean' ? (c.value ? 1 : 0) : c.value;
  return { date: isoDate(c.date), value, confidence: c.confidence, note: c.note, who: c.who };
}

/** The shared scorer's problem codes, as the sidebar names them. */
function problemOf(code: string): ProgressProblem {
  if (code === 'targetBlank') return 'noTarget';
  if (code === 'targetEqualsBaseline' || code === 'targetWrongWay' || code === 'negativeWeight') return code;
  return 'notANumber';
}

function keyResultView(kr: KeyResult, score: KrScore, tab: string, settings: Settings, checkIns: CheckIn[]): KrView {
  const evaluation = evaluateKeyResult(kr, settings.cap);
  const problem = score.problem ? problemOf(score.problem.code) : score.progress === null ? 'noCurrent' : null;
  return {
    id: kr.id,
    objectiveId: kr.objectiveId,
    title: kr.title,
    owner: kr.owner,
    team: kr.team,
    unit: kr.unit,
    kind: score.kind ?? evaluation.kind,
    kindInferred: evaluation.kindInferred,
    baseline: evaluation.baseline,
    baselineDefaulted: evaluation.baselineDefaulted,
    target: kr.target,
    current: kr.current,
    weight: score.weight,
    confidence: kr.confidence,
    dueDate: kr.dueDate ? isoDate(kr.dueDate) : null,
    rawProgress: score.progress === null ? null : evaluation.rawProgress,
    progress: score.progress,
    problem,
    expected: score.expected,
    projectedProgress: score.projectedProgress,
    status: score.status,
    grade: score.grade,
    cell: rowAddress(tab, kr.row),
    row: kr.row,
    checkIns: checkIns
      .slice()
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map(checkInPoint),
  };
}

/** The objectives of a period: listed ones first, then any only named on KR rows, in sheet order. */
function objectivesOf(data: PeriodData): Objective[] {
  const byId = new Map<string, Objective>();
  for (const o of data.objectives) if (!byId.has(o.id)) byId.set(o.id, o);
  for (const kr of data.keyResults) {
    if (!byId.has(kr.objectiveId)) {
      byId.set(kr.objectiveId, {
        id: kr.objectiveId,
        title: kr.objectiveTitle,
        owner: '',
        team: kr.team,
        parentId: kr.parentObjectiveId,
      });
    }
  }
  return [...byId.values()];
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))].sort((a, b) => a.localeCompare(b));
}

export function buildOverview(data: PeriodData, settings: Settings, asOf: Date): OverviewView {
  if (!(settings.cap > 0)) throw new OkrInputError('badCap', `The cap must be above 0, got ${settings.cap}.`);
  const scores = scoreKeyResults(data.keyResults, settings, asOf, data.period, data.checkIns);
  const scoreByKr = new Map(data.keyResults.map((kr, i) => [kr, scores.keyResults[i]]));
  const objectiveScoreById = new Map(scores.objectives.map((o) => [o.objectiveId, o]));
  const checkInsByKr = new Map<string, CheckIn[]>();
  for (const c of data.checkIns) {
    const list = checkInsByKr.get(c.krId) ?? [];
    list.push(c);
    checkInsByKr.set(c.krId, list);
  }
  const objectives: ObjectiveView[] = objectivesOf(data).map((o) => {
    const keyResults = data.keyResults
      .filter((kr) => kr.objectiveId === o.id)
      .map((kr) =>
        keyResultView(kr, scoreByKr.get(kr) as KrScore, data.tabs.keyResults, settings, checkInsByKr.get(kr.id) ?? []),
      );
    const scored = objectiveScoreById.get(o.id);
    return {
      id: o.id,
      title: o.title,
      owner: o.owner,
      team: o.team,
      parentId: o.parentId,
      score: scored?.score ?? null,
      grade: scored?.grade ?? null,
      keyResults,
    };
  });
  const score = scores.overall;
  const allKrs = objectives.flatMap((o) => o.keyResults);
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const kr of allKrs) if (kr.status) statusCounts[kr.status] += 1;
  return {
    period: {
      label: data.period.label,
      kind: data.period.kind,
      start: isoDate(data.period.start),
      end: isoDate(data.period.end),
      team: data.team,
      closed: data.closed,
    },
    asOf: isoDate(asOf),
    expected: scores.expected,
    score,
    grade: scores.overallGrade,
    objectives,
    owners: uniqueSorted([...allKrs.map((k) => k.owner), ...objectives.map((o) => o.owner)]),
    teams: uniqueSorted([...allKrs.map((k) => k.team), ...objectives.map((o) => o.team)]),
    statusCounts,
  };
}
