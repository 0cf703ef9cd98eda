// Grading a period at its close, and carrying its unfinished key results over. Pure: the values
// frozen on the closing day and the settings in force then in, the review's content out. The
// grades come from the same evaluation as everywhere else (scoring.ts), so the review says what
// the sheet and the sidebar said on that day.
import { type Decision, defaultDecision } from './actions';
import { EDGE } from './grading';
import { type KrScore, scorePeriod } from './scoring';
import type { CheckIn, Grade, KeyResult, KrValueField, Period, Settings } from './types';

export interface ReviewRow {
  kr: KeyResult;
  score: KrScore;
  objectiveScore: number | null;
  objectiveGrade: Grade | null;
  decision: Decision;
}

/** A flag for the retrospective, as a template text key and its parameters. */
export interface ReviewFlag {
  key: 'flagTooEasy' | 'flagStuck';
  params: Record<string, string>;
}

export interface ReviewContent {
  rows: ReviewRow[];
  overall: number | null;
  overallGrade: Grade | null;
  /** Counts of KR progress by tenths: [0, 0.1), [0.1, 0.2), … [0.9, 1), and 1 or more (a KR whose progress cannot be computed as 0). */
  distribution: number[];
  flags: ReviewFlag[];
  frozenOn: Date;
  /** The settings the review was graded with; stored with it, so later changes never regrade it. */
  settings: Settings;
}

/** Confidence from which a KR counts as "confident" for the stuck flag (0..1). */
export const HIGH_CONFIDENCE = 0.7;

/** The tenth a progress value falls in, 0..10: 0.65 is in the 0.6 bucket (never rounded up a band). */
export function distributionBucket(progress: number): number {
  return Math.min(10, Math.max(0, Math.floor(progress * 10 + EDGE)));
}

export function gradeReview(
  krs: readonly KeyResult[],
  checkIns: readonly CheckIn[],
  decisions: ReadonlyMap<string, Decision>,
  settings: Settings,
  period: Pick<Period, 'start' | 'end'>,
  frozenOn: Date,
): ReviewContent {
  const scores = scorePeriod(krs, period, settings, frozenOn, checkIns);
  const objectives = new Map(scores.objectives.map((o) => [o.objectiveId.toLowerCase(), o]));
  const rows = krs.map((kr, i): ReviewRow => {
    const score = scores.keyResults[i];
    const objective = objectives.get(kr.objectiveId.trim().toLowerCase());
    return {
      kr,
      score,
      objectiveScore: objective?.score ?? null,
      objectiveGrade: objective?.grade ?? null,
      decision: decisions.get(kr.id) ?? defaultDecision(score.progress),
    };
  });
  const distribution = new Array(11).fill(0) as number[];
  // A KR that could not be scored counts as 0 here too; only a draft row is left out.
  for (const row of rows) if (row.score.scored) distribution[distributionBucket(row.score.progress ?? 0)]++;
  return {
    rows,
    overall: scores.overall,
    overallGrade: scores.overallGrade,
    distribution,
    flags: reviewFlags(rows, checkIns),
    frozenOn,
    settings,
  };
}

/** Owners whose KRs all reached 1.0 (two or more), and KRs confident all along while the value never moved. */
export function reviewFlags(rows: readonly ReviewRow[], checkIns: readonly CheckIn[]): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const byOwner = new Map<string, ReviewRow[]>();
  for (const row of rows) {
    if (!row.kr.owner) continue;
    byOwner.set(row.kr.owner, [...(byOwner.get(row.kr.owner) ?? []), row]);
  }
  for (const [owner, owned] of byOwner) {
    if (owned.length >= 2 && owned.every((row) => (row.score.progress ?? 0) >= 1 - EDGE)) {
      flags.push({ key: 'flagTooEasy', params: { owner } });
    }
  }
  for (const row of rows) {
    const own = checkIns.filter((c) => c.krId === row.kr.id);
    if (own.length < 2) continue;
    const confident = own.every((c) => c.confidence !== null && c.confidence >= HIGH_CONFIDENCE);
    const seen = new Set(own.map((c) => String(c.value)));
    if (typeof row.kr.baseline === 'number') seen.add(String(row.kr.baseline));
    if (confident && seen.size === 1) {
      flags.push({ key: 'flagStuck', params: { kr: `${row.kr.id} ${row.kr.title}`.trim() } });
    }
  }
  return flags;
}

/**
 * What a review cell keeps of a value field: the value, or the text of a cell that could not be
 * read, so the review shows (and later reads back) the same problem the sheet showed.
 */
export function frozenValue(kr: KeyResult, field: Exclude<KrValueField, 'kind'>): number | boolean | string | null {
  return kr[field] ?? kr.unreadable?.[field]?.text ?? null;
}

/**
 * A KR marked "carry over", as it starts the next period: every field intact, the final value as
 * the new baseline; current, confidence and due date start fresh (a data link stays).
 */
export function carriedKeyResult(kr: KeyResult): Partial<KeyResult> {
  const finalValue = typeof kr.current === 'number' ? kr.current : null;
  const measured = kr.kind !== 'milestone';
  return {
    ...kr,
    baseline: measured && finalValue !== null ? finalValue : kr.baseline,
    current: kr.kind === 'milestone' ? false : null,
    confidence: null,
    dueDate: null,
    unreadable: undefined,
  };
}
