// Quota split: a key result (the parent) shared out among others (its shares, e.g. one per rep),
// each naming the parent's id in its "Share of KR" cell. The one rule, as the sheet's formulas
// apply it too (tabs/templates.ts):
// - A parent's Current cell, when blank, counts as the sum of its shares' current values (numbers
//   only, as SUMIF adds them); blank while no share has one. A value or a link formula typed into
//   the parent's Current stays what counts.
// - Only direct shares count, with the values their own cells hold: a share of a share is not
//   summed up the chain (the health check flags the nesting), so nothing can loop on a cycle.
// - The split gap is the parent's target minus the sum of its shares' targets.
// Ids are matched as SUMIF matches them: case-insensitive (and trimmed, as the reader reads them).
import type { KeyResult } from './types';

/** How an id and a "Share of KR" cell are compared. */
export function shareKey(id: unknown): string {
  return String(id ?? '')
    .trim()
    .toLowerCase();
}

/** The fields of a key result the split reads. */
export type SplitFields = Pick<KeyResult, 'id' | 'target' | 'current'> & Partial<Pick<KeyResult, 'shareOf'>>;

export interface Split {
  /** Indexes of the parent's direct shares, in sheet order. */
  shares: number[];
  /** Sum of the shares' numeric current values; null when none has one. */
  current: number | null;
  /** Sum of the shares' numeric targets. */
  targets: number;
  /** The parent's target minus `targets`; null when the parent has no target. Negative: over-split. */
  gap: number | null;
}

/** Every parent's split, by the parent's index in `krs`. KRs without shares have none. */
export function splitsOf(krs: readonly SplitFields[]): Map<number, Split> {
  const sharesOf = new Map<string, number[]>();
  krs.forEach((kr, i) => {
    const key = shareKey(kr.shareOf);
    if (!key) return;
    const list = sharesOf.get(key) ?? [];
    list.push(i);
    sharesOf.set(key, list);
  });
  const splits = new Map<number, Split>();
  if (sharesOf.size === 0) return splits;
  krs.forEach((kr, i) => {
    const shares = sharesOf.get(shareKey(kr.id));
    if (!shares || !shareKey(kr.id)) return;
    let current: number | null = null;
    let targets = 0;
    for (const s of shares) {
      const share = krs[s];
      if (typeof share.current === 'number') current = (current ?? 0) + share.current;
      if (typeof share.target === 'number') targets += share.target;
    }
    splits.set(i, { shares, current, targets, gap: kr.target === null ? null : kr.target - targets });
  });
  return splits;
}

/**
 * The key results with each parent's blank current replaced by its shares' sum (and marked
 * `currentFromShares`), so that every evaluation of it (sidebar, review, log, health) sees the
 * value the sheet's progress formula uses. `blankCurrent` tells whether the parent's Current
 * cell is truly empty: no value and no formula.
 */
export function withSharesSummed<T extends SplitFields & { currentFromShares?: boolean }>(
  krs: readonly T[],
  blankCurrent: (kr: T, index: number) => boolean,
): T[] {
  const splits = splitsOf(krs);
  if (splits.size === 0) return [...krs];
  return krs.map((kr, i) => {
    const split = splits.get(i);
    if (!split || split.current === null || !blankCurrent(kr, i)) return kr;
    return { ...kr, current: split.current, currentFromShares: true };
  });
}

/** What is wrong with a "Share of KR" cell, for the health check. */
export type ShareProblem =
  | { code: 'shareOfMissing'; index: number; parent: string }
  | { code: 'shareOfSelf'; index: number }
  | { code: 'shareLoop'; index: number; path: string[] }
  | { code: 'shareNested'; index: number; parent: number }
  | { code: 'shareMismatch'; index: number; parent: number; what: 'kind' | 'unit' }
  | { code: 'splitOver'; index: number; targets: number; count: number };

/**
 * Problems with the splits of a tab: a share naming no KR, naming itself, shares going round in a
 * loop (reported once, at its first KR), a share of a share, a share of another kind or unit than
 * its parent's, and shares whose targets add up to more than the parent's. `kindOf` gives the kind
 * used for scoring (a blank kind is inferred). Walks each chain at most once per KR: no loops.
 */
export function shareProblems<T extends SplitFields & Pick<KeyResult, 'unit'>>(
  krs: readonly T[],
  kindOf: (kr: T) => string | null,
): ShareProblem[] {
  const problems: ShareProblem[] = [];
  const byKey = new Map<string, number>();
  krs.forEach((kr, i) => {
    const key = shareKey(kr.id);
    if (key && !byKey.has(key)) byKey.set(key, i);
  });
  const parentOf = (i: number): number | undefined => {
    const key = shareKey(krs[i].shareOf);
    return key ? byKey.get(key) : undefined;
  };
  const inLoop = new Set<number>();
  krs.forEach((kr, i) => {
    const key = shareKey(kr.shareOf);
    if (!key) return;
    const parent = byKey.get(key);
    if (parent === undefined) {
      problems.push({ code: 'shareOfMissing', index: i, parent: String(kr.shareOf).trim() });
      return;
    }
    if (key === shareKey(kr.id)) {
      problems.push({ code: 'shareOfSelf', index: i });
      return;
    }
    // Follow the chain of parents; a KR seen twice closes a loop.
    const path = [i];
    let next = parentOf(i);
    while (next !== undefined && !path.includes(next)) {
      path.push(next);
      next = parentOf(next);
    }
    if (next === i) {
      if (!inLoop.has(i)) {
        for (const p of path) inLoop.add(p);
        problems.push({ code: 'shareLoop', index: i, path: [...path, i].map((p) => krs[p].id) });
      }
      return;
    }
    if (inLoop.has(parent)) return;
    if (shareKey(krs[parent].shareOf)) problems.push({ code: 'shareNested', index: i, parent });
    const what = kindOf(kr) !== kindOf(krs[parent]) ? 'kind' : kr.unit !== krs[parent].unit ? 'unit' : null;
    if (what) problems.push({ code: 'shareMismatch', index: i, parent, what });
  });
  for (const [index, split] of splitsOf(krs)) {
    if (split.gap !== null && split.gap < -1e-9 * Math.max(1, Math.abs(split.targets)))
      problems.push({ code: 'splitOver', index, targets: split.targets, count: split.shares.length });
  }
  return problems;
}
