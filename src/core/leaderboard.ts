// The leaderboard: each person's (or team's) key results against pace, ranked by how far their
// progress is ahead of the progress expected by now. Both are weighted by the key results'
// weights, as an objective's score is; key results without a score are counted but not averaged.
import type { Status } from './types';

export interface LeaderRow {
  /** The owner or team as the sheet writes it ('' for key results without one). */
  name: string;
  keyResults: number;
  /** Weighted mean progress of the scored key results; null when none is scored. */
  progress: number | null;
  /** Weighted mean expected progress of the same key results (ahead when progress is above it). */
  expected: number | null;
  /** Key results at risk or off track. */
  behind: number;
}

export interface LeaderInput {
  owner: string;
  team: string;
  progress: number | null;
  expected: number;
  weight: number | null;
  status: Status | null;
}

/** One row per owner (or team), the furthest ahead of pace first; unscored rows last. */
export function leaderboard(krs: readonly LeaderInput[], by: 'owner' | 'team'): LeaderRow[] {
  const groups = new Map<string, LeaderInput[]>();
  for (const kr of krs) {
    const name = kr[by].trim();
    groups.set(name, [...(groups.get(name) ?? []), kr]);
  }
  const rows = [...groups].map(([name, list]): LeaderRow => {
    const scored = list.filter((kr) => kr.progress !== null);
    const weightOf = (kr: LeaderInput) => (kr.weight !== null && kr.weight > 0 ? kr.weight : 1);
    const weights = scored.reduce((sum, kr) => sum + weightOf(kr), 0);
    const mean = (value: (kr: LeaderInput) => number) =>
      weights > 0 ? scored.reduce((sum, kr) => sum + weightOf(kr) * value(kr), 0) / weights : null;
    const progress = mean((kr) => kr.progress as number);
    const expected = mean((kr) => kr.expected);
    return {
      name,
      keyResults: list.length,
      progress,
      expected,
      behind: list.filter((kr) => kr.status === 'atRisk' || kr.status === 'offTrack').length,
    };
  });
  const order = (row: LeaderRow) => leaderGap(row) ?? Number.NEGATIVE_INFINITY;
  return rows.sort((a, b) => order(b) - order(a) || a.name.localeCompare(b.name));
}

/** How far a row's progress is ahead of its expected progress (behind when negative); null unscored. */
export function leaderGap(row: Pick<LeaderRow, 'progress' | 'expected'>): number | null {
  return row.progress === null || row.expected === null ? null : row.progress - row.expected;
}

/** Three decimals: more than a bar and a percentage show, and what the sidebar is sent. */
export function roundedShare(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

/** A row as the sidebar is sent it: progress and expected to three decimals. */
export function roundedRow<T extends LeaderRow>(row: T): T {
  return { ...row, progress: roundedShare(row.progress), expected: roundedShare(row.expected) };
}
