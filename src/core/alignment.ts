// The alignment of a period across teams: every team's objectives as one tree (company → team →
// rep), each objective with its own score and its score rolled up with its children's, and the
// teams ranked against pace. Each team's key results are scored as its own period scores them
// (scorePeriod, the one evaluation); the roll-up is core/rollup.ts's rule. Pure: no sheets.
import { isoDay } from './dates';
import { gradeOf, statusOf } from './grading';
import { type LeaderInput, type LeaderRow, leaderboard, roundedRow, roundedShare } from './leaderboard';
import { rowAddress } from './overview';
import { paceAt } from './pace';
import { parentProblems, rollUp } from './rollup';
import { objectiveKey, scorePeriod } from './scoring';
import type { Grade, KeyResult, Period, Settings, Status } from './types';

/** One team's period: its label (the key the actions name it by), team, and key results. */
export interface TeamKeyResults {
  label: string;
  team: string;
  /** The tab the key results were read from: their cells are named on it. */
  tab: string;
  keyResults: KeyResult[];
  /** The day its period was closed (yyyy-mm-dd), when it was: its review holds its grades. */
  closedOn?: string;
}

/** A team's key results in another file, as the user names it (setTeamFiles). */
export interface TeamFile {
  team: string;
  /** The file's address as the browser shows it, or its id. */
  url: string;
  /** Its key results tab; the period's plain name in this workbook's language when omitted. */
  tab?: string;
  /** Rows of that tab below its header (the add-on's default: 200). */
  rows?: number;
}

export interface AlignmentNode {
  id: string;
  title: string;
  team: string;
  /** From its own key results only; null when none is scored. */
  ownScore: number | null;
  /** Own score and each child's rolled-up score, each weighing 1 (core/rollup.ts). */
  score: number | null;
  grade: Grade | null;
  /** The rolled-up score against the progress expected by now. */
  status: Status | null;
  /** Its key results' owners (reps), against pace. */
  reps: LeaderRow[];
  children: AlignmentNode[];
}

export interface AlignmentProblem {
  /** teamNotRead: a team's block shows an error (another file not allowed yet or missing, a tab gone). */
  code: 'parentMissing' | 'parentLoop' | 'duplicateObjective' | 'teamNotRead' | 'childClosed';
  /** The objective's first key result's row. */
  cell: string;
  objectiveId: string;
  title: string;
  team: string;
  /**
   * parentMissing: the parent id; parentLoop: the loop "A → B → A"; duplicateObjective: the other
   * team; teamNotRead: the team's file address, or its tab; childClosed: the day the child's period
   * was closed (its parent's is open: the child's score no longer moves).
   */
  detail: string;
}

export interface AlignmentView {
  /** The period's label without a team, and its days. */
  period: { label: string; start: string; end: string };
  asOf: string;
  /** Expected progress of the period by asOf. */
  expected: number;
  /** Objectives without a parent (or whose parent is missing or in a loop), their children below. */
  roots: AlignmentNode[];
  /** Each team against pace (its key results, weighted), the furthest ahead first. */
  teams: (LeaderRow & { periodLabel: string })[];
  problems: AlignmentProblem[];
  /** The teams of other files the alignment reads (setTeamFiles); absent when none. */
  files?: TeamFile[];
}

interface Flat {
  id: string;
  title: string;
  team: string;
  periodLabel: string;
  cell: string;
  parentId: string;
  ownScore: number | null;
  expected: number | null;
  reps: LeaderRow[];
  closedOn?: string;
}

/**
 * The tree of every team's objectives. An objective id is company-wide: a parent id may name an
 * objective of any team. An id used by two teams is reported, and the first team's counts.
 */
export function buildAlignment(
  teams: readonly TeamKeyResults[],
  period: Pick<Period, 'start' | 'end'> & { label: string },
  settings: Settings,
  asOf: Date,
): AlignmentView {
  const own = { ...settings, objectiveScores: 'own' as const };
  const flat: Flat[] = [];
  const leaderInputs: LeaderInput[] = [];
  const problems: AlignmentProblem[] = [];
  const firstTeamOf = new Map<string, string>();
  for (const team of teams) {
    const scores = scorePeriod(team.keyResults, period, own, asOf);
    const inputs = team.keyResults.map((kr, i) => {
      const s = scores.keyResults[i];
      return {
        kr,
        owner: kr.owner,
        team: team.team,
        progress: s.scored ? s.counted : null,
        expected: s.pace?.expected ?? 0,
        weight: s.weight,
        status: s.status,
      };
    });
    leaderInputs.push(...inputs);
    // Each objective's key results, grouped once (not searched for per objective).
    const byObjective = new Map<string, typeof inputs>();
    for (const input of inputs) {
      const key = objectiveKey(input.kr.objectiveId);
      const group = byObjective.get(key);
      if (group) group.push(input);
      else byObjective.set(key, [input]);
    }
    for (const o of scores.objectives) {
      const key = objectiveKey(o.objectiveId);
      const members = byObjective.get(key) ?? [];
      const cell = rowAddress(team.tab, members[0]?.kr.row ?? 0);
      const other = firstTeamOf.get(key);
      if (other !== undefined) {
        problems.push({
          code: 'duplicateObjective',
          cell,
          objectiveId: o.objectiveId,
          title: o.title,
          team: team.team,
          detail: other,
        });
        continue;
      }
      firstTeamOf.set(key, team.team);
      flat.push({
        id: o.objectiveId,
        title: o.title,
        team: team.team,
        periodLabel: team.label,
        cell,
        parentId: o.parentId,
        ownScore: o.ownScore,
        expected: o.expected,
        reps: leaderboard(members, 'owner'),
        ...(team.closedOn ? { closedOn: team.closedOn } : {}),
      });
    }
  }

  const rolled = rollUp(flat.map((o) => ({ id: o.id, parentId: o.parentId, score: o.ownScore })));
  for (const problem of parentProblems(flat)) {
    const o = flat[problem.index];
    problems.push({
      code: problem.kind === 'missing' ? 'parentMissing' : 'parentLoop',
      cell: o.cell,
      objectiveId: o.id,
      title: o.title,
      team: o.team,
      detail: problem.kind === 'missing' ? o.parentId : problem.path.join(' → '),
    });
  }
  // A closed team's objective under an open team's: its score is frozen while its parent's moves on.
  rolled.forEach((r, i) => {
    const child = flat[i];
    if (r.parent >= 0 && child.closedOn && !flat[r.parent].closedOn)
      problems.push({
        code: 'childClosed',
        cell: child.cell,
        objectiveId: child.id,
        title: child.title,
        team: child.team,
        detail: child.closedOn,
      });
  });
  const nodes = flat.map((o, i): AlignmentNode => {
    const score = rolled[i].score;
    return {
      id: o.id,
      title: o.title,
      team: o.team,
      ownScore: roundedShare(o.ownScore),
      score: roundedShare(score),
      grade: score === null ? null : gradeOf(score, settings),
      status: score === null || o.expected === null ? null : statusOf(score, o.expected, settings),
      reps: o.reps.map(roundedRow),
      children: [],
    };
  });
  const roots: AlignmentNode[] = [];
  rolled.forEach((r, i) => {
    // Members of a loop have no place under a parent: they are shown at the top, and reported.
    if (r.parent >= 0 && !r.inCycle) nodes[r.parent].children.push(nodes[i]);
    else roots.push(nodes[i]);
  });
  return {
    period: { label: period.label, start: isoDay(period.start), end: isoDay(period.end) },
    asOf: isoDay(asOf),
    expected: paceAt(period.start, period.end, asOf).expected,
    roots,
    teams: teamRows(leaderInputs, teams),
    problems,
  };
}

/** Each team against pace; a team without key results yet is listed last. */
function teamRows(inputs: Parameters<typeof leaderboard>[0], teams: readonly TeamKeyResults[]): AlignmentView['teams'] {
  const rows = leaderboard(inputs, 'team');
  const labelOf = (name: string) => teams.find((t) => t.team.trim() === name)?.label ?? '';
  const listed = new Set(rows.map((row) => row.name));
  const empty = teams
    .filter((t) => !listed.has(t.team.trim()))
    .map((t) => ({ name: t.team.trim(), keyResults: 0, progress: null, expected: null, behind: 0 }));
  return [...rows, ...empty].map((row) => ({ ...roundedRow(row), periodLabel: labelOf(row.name) }));
}
