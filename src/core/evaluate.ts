// The one evaluation of a key result. Everything anyone shows about a KR — in the key-results
// tab, on the dashboard, in the check-in log, in the review, in the sidebar and its explanations,
// in the health check — comes from here: the kind used, raw and capped progress, expected
// progress, status, grade, any problem, and what the KR counts for in its objective's score.
//
// The rules, each in one place:
// - A blank kind is a milestone for a checkbox, else decrease when the target is below the
//   baseline, else increase.
// - Increase and decrease are linear from the baseline (0) to the target (1); a blank baseline
//   counts as 0; worse than the baseline is 0; above the target counts up to the cap.
// - At least / at most are met (1) or not (0); a milestone is done (1) or not (0); a blank
//   milestone is not done.
// - A KR with a problem (a value missing or unreadable, a target that cannot be measured
//   against, a bad weight) counts as 0 in its objective's score, at its weight (1 when the
//   weight is the problem). Only a draft row — kind, baseline, target and current all blank —
//   is not scored at all: the sheet cannot tell it from an empty row.
import type { KrCells } from './cells';
import { cellText, readKrCells } from './cells';
import { gradeOf, statusOf } from './grading';
import { isDoneValue } from './kinds';
import { finite } from './numbers';
import { krPace, type Pace } from './pace';
import type { CellProblem, Grade, KeyResult, KrKind, KrValueField, Period, Settings, Status } from './types';

export type ProblemCode =
  | 'noTarget'
  | 'noCurrent'
  | 'targetEqualsBaseline'
  | 'targetWrongWay'
  | 'negativeWeight'
  | CellProblem['code'];

export interface KrProblem {
  code: ProblemCode;
  /** The cell the problem is in. */
  field: KrValueField;
  /** What the cell held, when it matters for the message ("abc", "-1"); '' otherwise. */
  text: string;
}

/** The fields of a KR the evaluation reads. */
export type KrFields = Pick<KeyResult, 'kind' | 'baseline' | 'target' | 'current' | 'weight'> &
  Partial<Pick<KeyResult, 'dueDate' | 'unreadable' | 'phasing'>>;

export interface EvaluationContext {
  settings: Settings;
  /** With `asOf`: the period whose pace gives expected progress and status. */
  period?: Pick<Period, 'start' | 'end'>;
  asOf?: Date;
}

export interface KrEvaluation {
  /** The kind used: the KR's own, or the default (`kindInferred`). Null when it cannot be told. */
  kind: KrKind | null;
  kindInferred: boolean;
  /** The baseline used: a blank baseline of an increase or decrease counts as 0 (`baselineDefaulted`). */
  baseline: number | null;
  baselineDefaulted: boolean;
  target: number | null;
  current: number | boolean | null;
  /** Progress before clamping to [0, cap]; null when it cannot be computed. */
  rawProgress: number | null;
  /** Progress in [0, cap]; null when it cannot be computed (see `problem`). */
  progress: number | null;
  /** Increase and decrease: how far the value moved towards the target, and the whole way. */
  moved: number | null;
  span: number | null;
  problem: KrProblem | null;
  /** False only for a draft row (nothing to measure entered): left out of its objective's score. */
  scored: boolean;
  /** The weight in the objective's score: a blank or bad weight counts as 1. */
  weight: number;
  /** What the KR adds to its objective's score, per unit of weight: its progress, or 0 with a problem. */
  counted: number;
  /** Expected progress at `asOf`, towards the KR's due date (or the period's end), by its phasing if any; null without a period. */
  pace: Pace | null;
  status: Status | null;
  grade: Grade | null;
}

/** Evaluates a key result as read from any source: the reader's KeyResult or a row of cells. */
export function evaluateKeyResult(kr: KrFields, context: EvaluationContext): KrEvaluation {
  const { settings } = context;
  const unreadable = kr.unreadable ?? {};
  const pace = context.period && context.asOf ? krPace(kr, context.period, context.asOf) : null;
  const result: KrEvaluation = {
    kind: kr.kind,
    kindInferred: false,
    baseline: kr.baseline,
    baselineDefaulted: false,
    target: kr.target,
    current: kr.current,
    rawProgress: null,
    progress: null,
    moved: null,
    span: null,
    problem: null,
    scored: true,
    weight: 1,
    counted: 0,
    pace,
    status: null,
    grade: null,
  };
  if (isDraft(kr)) {
    result.scored = false;
    result.problem = { code: 'noTarget', field: 'target', text: '' };
    return result;
  }
  result.problem = measure(kr, unreadable, settings.cap, result);
  const weight = weightOf(kr.weight, unreadable.weight);
  result.weight = weight.weight;
  result.problem ??= weight.problem;
  result.counted = result.problem || result.progress === null ? 0 : result.progress;
  if (result.progress !== null) {
    result.grade = gradeOf(result.progress, settings);
    if (pace) result.status = statusOf(result.progress, pace.expected, settings);
  }
  return result;
}

/** Reads a row of cells (as a custom function receives them) and evaluates it. */
export function evaluateCells(cells: KrCells, context: EvaluationContext): KrEvaluation {
  return evaluateKeyResult(readKrCells(cells), context);
}

/** A row where nothing to measure was entered yet (kind, baseline, target and current blank). */
function isDraft(kr: KrFields): boolean {
  const u = kr.unreadable ?? {};
  return (
    kr.kind === null &&
    kr.baseline === null &&
    kr.target === null &&
    kr.current === null &&
    !u.kind &&
    !u.baseline &&
    !u.target &&
    !u.current
  );
}

/** Sets kind and progress on `result`; returns the first problem found, or null. */
function measure(
  kr: KrFields,
  unreadable: Partial<Record<KrValueField, CellProblem>>,
  cap: number,
  result: KrEvaluation,
): KrProblem | null {
  const cellProblem = (field: KrValueField): KrProblem | null => {
    const problem = unreadable[field];
    return problem ? { code: problem.code, field, text: problem.text } : null;
  };
  const kindProblem = cellProblem('kind');
  if (kindProblem) return kindProblem;
  const kind = resolveKind(kr);
  result.kind = kind;
  result.kindInferred = kr.kind === null && kind !== null;
  if (kind === 'milestone') {
    result.progress = isDoneValue(kr.current) ? Math.min(1, cap) : 0;
    result.rawProgress = result.progress;
    return null;
  }
  const targetProblem = cellProblem('target');
  if (targetProblem) return targetProblem;
  if (kr.target === null || kind === null) return { code: 'noTarget', field: 'target', text: '' };
  const currentProblem = cellProblem('current');
  if (currentProblem) return currentProblem;
  if (kr.current === null) return { code: 'noCurrent', field: 'current', text: '' };
  const current = Number(kr.current);
  const target = kr.target;
  // Readers give finite numbers; a direct caller's NaN or Infinity is unreadable all the same.
  for (const [field, number] of [
    ['current', current],
    ['target', target],
    ['baseline', kr.baseline ?? 0],
  ] as const) {
    if (!Number.isFinite(number)) return nonFinite(field, number);
  }
  if (kind === 'atLeast' || kind === 'atMost') {
    const met = kind === 'atLeast' ? atLeast(current, target) : atLeast(target, current);
    result.rawProgress = met ? 1 : 0;
    result.progress = met ? Math.min(1, cap) : 0;
    return null;
  }
  const baselineProblem = cellProblem('baseline');
  if (baselineProblem) return baselineProblem;
  const baseline = kr.baseline ?? 0;
  result.baseline = baseline;
  result.baselineDefaulted = kr.baseline === null;
  if (baseline === target) return { code: 'targetEqualsBaseline', field: 'target', text: '' };
  let span = target - baseline;
  let moved = current - baseline;
  if ((kind === 'increase' && span < 0) || (kind === 'decrease' && span > 0)) {
    return { code: 'targetWrongWay', field: 'target', text: '' };
  }
  // Values near ±1e308 on both sides of the baseline: a difference can overflow where its half
  // cannot, and the ratio of the halves is the same progress.
  const ratio =
    Number.isFinite(span) && Number.isFinite(moved)
      ? moved / span
      : (current / 2 - baseline / 2) / (target / 2 - baseline / 2);
  const raw = finite(tidy(ratio));
  if (kind === 'decrease') moved = -moved;
  result.moved = finite(moved);
  span = Math.abs(span);
  result.span = finite(span);
  result.rawProgress = raw;
  result.progress = Math.min(cap, Math.max(0, raw));
  return null;
}

/** The kind used for scoring: the KR's own; a checkbox is a milestone; else by the target's direction. */
export function resolveKind(kr: Pick<KrFields, 'kind' | 'baseline' | 'target' | 'current'>): KrKind | null {
  if (kr.kind) return kr.kind;
  if (typeof kr.current === 'boolean') return 'milestone';
  if (kr.target === null) return null;
  return kr.target < (kr.baseline ?? 0) ? 'decrease' : 'increase';
}

/**
 * The weight a KR has in its objective's score: a blank weight counts as 1; a negative or
 * unreadable one is a problem (the KR then counts as 0, at weight 1).
 */
export function weightOf(
  weight: number | null,
  unreadable?: CellProblem,
): { weight: number; problem: KrProblem | null } {
  if (unreadable) return { weight: 1, problem: { code: unreadable.code, field: 'weight', text: unreadable.text } };
  if (weight === null) return { weight: 1, problem: null };
  if (!Number.isFinite(weight)) return { weight: 1, problem: nonFinite('weight', weight) };
  if (!(weight >= 0)) return { weight: 1, problem: { code: 'negativeWeight', field: 'weight', text: String(weight) } };
  return { weight, problem: null };
}

/** A direct caller's NaN or ±Infinity (readers never give one), named without "Infinity". */
function nonFinite(field: KrValueField, number: number): KrProblem {
  return { code: Number.isNaN(number) ? 'notANumber' : 'tooLarge', field, text: cellText(number) };
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
