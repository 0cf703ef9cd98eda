// The sidebar's overview as plain data: a period's objectives and key results as the one
// evaluation scored them (scoring.ts), with check-in history. Pure: PeriodData + settings + a date
// in, a JSON-safe view model out (dates as 'yyyy-mm-dd'). A closed period is shown as its review
// graded it: with the settings stored with the review, as of the day it was frozen.

import { cellAddress } from './a1';
import { isoDay } from './dates';
import type { KrEvaluation, ProblemCode } from './evaluate';
import { type LeaderRow, leaderboard, roundedRow, roundedShare } from './leaderboard';
import type { Pace } from './pace';
import { objectiveKey, scorePeriod } from './scoring';
import { splitsOf } from './split';
import type {
  CheckIn,
  Grade,
  KeyResult,
  KrValueField,
  Objective,
  PeriodData,
  PeriodKind,
  Settings,
  Status,
} from './types';
import { STATUSES } from './types';

/** Why a KR's progress could not be computed or does not count (a stable code, localized by the sidebar). */
export type ProgressProblem = ProblemCode;

export interface CheckInPoint {
  date: string;
  /** A number; milestones as 1 (done) or 0. Null when the log row had no readable value. */
  value: number | null;
  confidence: number | null;
  note: string;
  who: string;
}

/** Where the time to a KR's due date (or the period's end) stands. */
export interface PaceView {
  elapsedDays: number;
  days: number;
  start: string;
  end: string;
  /** A KR's phasing when its expected progress follows one: its checkpoints as read ("20% 50% 100%"). */
  phasing?: { unit: 'month' | 'week'; checkpoints: string };
}

/** The evaluation's fields the sidebar shows as they are (see KrEvaluation for their meaning). */
type EvaluationView = Pick<
  KrEvaluation,
  | 'kind'
  | 'kindInferred'
  | 'baseline'
  | 'baselineDefaulted'
  | 'target'
  | 'current'
  | 'weight'
  | 'rawProgress'
  | 'progress'
  | 'moved'
  | 'span'
  | 'scored'
  | 'counted'
  | 'status'
  | 'grade'
>;

/** A key result as the sidebar shows it: its fields, its evaluation, and its check-ins. */
export interface KrView extends EvaluationView {
  id: string;
  objectiveId: string;
  title: string;
  owner: string;
  team: string;
  unit: string;
  confidence: number | null;
  dueDate: string | null;
  /** Why progress could not be computed or does not count; null when it counts in full. */
  problem: ProgressProblem | null;
  /** The cell the problem is in, and what it held ('' when that does not matter). */
  problemField: KrValueField | null;
  problemText: string;
  /** Expected progress at `asOf`: elapsed share from the period start to the due date (or period end). */
  expected: number;
  pace: PaceView | null;
  /** Progress the check-in trend projects at the due date; null without a trend (three check-ins). */
  projectedProgress: number | null;
  /** The progress at the ends of the trend's range; null without a trend. */
  projectedRange: [number, number] | null;
  /** A1 address of the KR's row, e.g. "'Q1 2027 · Key results'!A5"; '' when not from a sheet. */
  cell: string;
  row: number;
  /** Check-ins for this KR, oldest first. */
  checkIns: CheckInPoint[];
  /** Only on a KR with shares (core/split.ts): how many, their targets' sum, and what is left. */
  split?: SplitView;
}

export interface SplitView {
  count: number;
  targets: number;
  /** Target minus the shares' targets; null without a target; negative when over-split. */
  gap: number | null;
  /** Set when the current value is the shares' sum (the KR's own Current cell is blank). */
  summed?: true;
}

export interface ObjectiveView {
  id: string;
  title: string;
  owner: string;
  team: string;
  parentId: string;
  /** Its own score, or its rolled-up score when the settings include child objectives. */
  score: number | null;
  grade: Grade | null;
  /** Σ counted progress × weight and Σ weight of its scored KRs: ownScore = sum ÷ weights. */
  sum: number;
  weights: number;
  ownScore: number | null;
  /** Child objectives counted in `score` (core/rollup.ts); 0 when only its own KRs count. */
  children: number;
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
  pace: PaceView;
  /** Mean of the objective scores; null when nothing is scored. */
  score: number | null;
  grade: Grade | null;
  objectives: ObjectiveView[];
  owners: string[];
  teams: string[];
  statusCounts: Record<Status, number>;
  /** The settings these scores were graded with: a closed period's own, else the document's. */
  settings: Settings;
  /** For a closed period: the day its values were frozen. */
  frozenOn: string | null;
  /**
   * Set (and `objectives` left empty) when the period has more key results than the sidebar is
   * sent at once: each objective's summary; its key results come with getObjectiveDetails.
   */
  summaries?: ObjectiveSummary[];
  /** Each owner's and each team's key results against pace, the furthest ahead first. */
  leaders?: { owners: LeaderRow[]; teams: LeaderRow[] };
}

/** An objective as first listed for a large period: enough for its card and the filters. */
export interface ObjectiveSummary {
  id: string;
  title: string;
  score: number | null;
  grade: Grade | null;
  krCount: number;
  /** Its key results' owners and teams, as indexes into the overview's `owners` and `teams`. */
  owners: number[];
  teams: number[];
}

/** Periods with more key results than this are sent to the sidebar as objective summaries first. */
export const INLINE_KEY_RESULTS = 60;

/**
 * The overview as the sidebar is first sent it: whole for a period of up to `inline` key results,
 * else the summary and one line per objective (a KR's details and check-ins come when opened).
 */
export function lightOverview(view: OverviewView, inline = INLINE_KEY_RESULTS): OverviewView {
  const count = view.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  if (count <= inline) return view;
  const indexes = (values: string[], all: string[]) => [
    ...new Set(values.map((v) => all.indexOf(v)).filter((i) => i >= 0)),
  ];
  const summaries = view.objectives.map(
    (o): ObjectiveSummary => ({
      id: o.id,
      title: o.title,
      score: roundedShare(o.score),
      grade: o.grade,
      krCount: o.keyResults.length,
      owners: indexes(
        o.keyResults.map((k) => k.owner),
        view.owners,
      ),
      teams: indexes(
        o.keyResults.map((k) => k.team),
        view.teams,
      ),
    }),
  );
  // Rounded as the summaries' scores: three decimals are more than a bar and a percentage show.
  const rounded = (rows: LeaderRow[]) => rows.map(roundedRow);
  const leaders = view.leaders && { owners: rounded(view.leaders.owners), teams: rounded(view.leaders.teams) };
  return { ...view, objectives: [], summaries, leaders };
}

/** A1 address of column A in `row` of `tab`, quoted as Sheets expects; '' when not from a sheet. */
export function rowAddress(tab: string, row: number): string {
  return cellAddress(tab, 1, row);
}

function checkInPoint(c: CheckIn): CheckInPoint {
  const value = typeof c.value === 'boolean' ? (c.value ? 1 : 0) : c.value;
  return { date: isoDay(c.date), value, confidence: c.confidence, note: c.note, who: c.who };
}

function paceView(pace: Pace): PaceView {
  const view: PaceView = {
    elapsedDays: pace.elapsedDays,
    days: pace.days,
    start: isoDay(pace.start),
    end: isoDay(pace.end),
  };
  if (pace.phasing) {
    const checkpoints = pace.phasing.checkpoints.map((c) => `${Number((c * 100).toPrecision(12))}%`).join(' ');
    view.phasing = { unit: pace.phasing.unit, checkpoints };
  }
  return view;
}

/**
 * The objectives of a period, in sheet order: the listed ones first, then any only named on KR
 * rows. Ids are matched as the sheet's OKR_SCORE matches them (trimmed, case-insensitive). An
 * objective named on KR rows takes the first parent id given on them, as scoring does.
 */
export function objectivesOf(objectives: readonly Objective[], keyResults: readonly KeyResult[]): Objective[] {
  const byKey = new Map<string, Objective>();
  for (const o of objectives) if (!byKey.has(objectiveKey(o.id))) byKey.set(objectiveKey(o.id), o);
  const fromRows = new Set<Objective>();
  for (const kr of keyResults) {
    const key = objectiveKey(kr.objectiveId);
    const known = byKey.get(key);
    if (known) {
      if (fromRows.has(known) && !known.parentId) known.parentId = kr.parentObjectiveId.trim();
      continue;
    }
    byKey.set(key, {
      id: kr.objectiveId.trim(),
      title: kr.objectiveTitle,
      owner: kr.owner,
      team: kr.team,
      parentId: kr.parentObjectiveId.trim(),
    });
    fromRows.add(byKey.get(key) as Objective);
  }
  return [...byKey.values()];
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))].sort((a, b) => a.localeCompare(b));
}

/** The settings and date a period is graded with: a closed period's own, else the given ones. */
export function gradingOf(data: Pick<PeriodData, 'closedWith'>, settings: Settings, asOf: Date) {
  return data.closedWith ? { settings: data.closedWith.settings, asOf: data.closedWith.frozenOn } : { settings, asOf };
}

export function buildOverview(data: PeriodData, documentSettings: Settings, today: Date): OverviewView {
  const { settings, asOf } = gradingOf(data, documentSettings, today);
  const scores = scorePeriod(data.keyResults, data.period, settings, asOf, data.checkIns);
  const objectiveScores = new Map(scores.objectives.map((o) => [objectiveKey(o.objectiveId), o]));
  const checkInsByKr = new Map<string, CheckIn[]>();
  for (const c of [...data.checkIns].sort((a, b) => a.date.getTime() - b.date.getTime())) {
    const list = checkInsByKr.get(c.krId) ?? [];
    list.push(c);
    checkInsByKr.set(c.krId, list);
  }
  const splits = splitsOf(data.keyResults);
  const krViews = data.keyResults.map((kr, i): KrView => {
    const s = scores.keyResults[i];
    const view: KrView = {
      id: kr.id,
      objectiveId: kr.objectiveId,
      title: kr.title,
      owner: kr.owner,
      team: kr.team,
      unit: kr.unit,
      kind: s.kind,
      kindInferred: s.kindInferred,
      baseline: s.baseline,
      baselineDefaulted: s.baselineDefaulted,
      target: s.target,
      current: s.current,
      weight: s.weight,
      confidence: kr.confidence,
      dueDate: kr.dueDate ? isoDay(kr.dueDate) : null,
      rawProgress: s.rawProgress,
      progress: s.progress,
      problem: s.problem?.code ?? null,
      problemField: s.problem?.field ?? null,
      problemText: s.problem?.text ?? '',
      moved: s.moved,
      span: s.span,
      scored: s.scored,
      counted: s.counted,
      expected: s.pace?.expected ?? 0,
      pace: s.pace ? paceView(s.pace) : null,
      projectedProgress: s.projectedProgress,
      projectedRange: s.projectedRange,
      status: s.status,
      grade: s.grade,
      cell: rowAddress(data.keyResultsTab, kr.row),
      row: kr.row,
      checkIns: (checkInsByKr.get(kr.id) ?? []).map(checkInPoint),
    };
    const split = splits.get(i);
    if (split) {
      view.split = { count: split.shares.length, targets: split.targets, gap: split.gap };
      if (kr.currentFromShares) view.split.summed = true;
    }
    return view;
  });
  const krsByObjective = new Map<string, KrView[]>();
  for (const kr of krViews) {
    const key = objectiveKey(kr.objectiveId);
    const list = krsByObjective.get(key) ?? [];
    list.push(kr);
    krsByObjective.set(key, list);
  }
  const objectives: ObjectiveView[] = objectivesOf(data.objectives, data.keyResults).map((o) => {
    const key = objectiveKey(o.id);
    const scored = key ? objectiveScores.get(key) : undefined;
    return {
      id: o.id,
      title: o.title,
      owner: o.owner,
      team: o.team,
      parentId: o.parentId,
      score: scored?.score ?? null,
      grade: scored?.grade ?? null,
      sum: scored?.sum ?? 0,
      weights: scored?.weights ?? 0,
      ownScore: scored?.ownScore ?? null,
      children: scored?.children ?? 0,
      keyResults: krsByObjective.get(key) ?? [],
    };
  });
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const kr of krViews) if (kr.status) statusCounts[kr.status] += 1;
  return {
    period: {
      label: data.period.label,
      kind: data.period.kind,
      start: isoDay(data.period.start),
      end: isoDay(data.period.end),
      team: data.team,
      closed: data.closed,
    },
    asOf: isoDay(asOf),
    expected: scores.pace.expected,
    pace: paceView(scores.pace),
    score: scores.overall,
    grade: scores.overallGrade,
    objectives,
    owners: uniqueSorted([...krViews.map((k) => k.owner), ...objectives.map((o) => o.owner)]),
    teams: uniqueSorted([...krViews.map((k) => k.team), ...objectives.map((o) => o.team)]),
    statusCounts,
    settings,
    frozenOn: data.closedWith ? isoDay(data.closedWith.frozenOn) : null,
    leaders: { owners: leaderboard(krViews, 'owner'), teams: leaderboard(krViews, 'team') },
  };
}
