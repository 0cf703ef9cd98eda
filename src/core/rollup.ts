// Objective roll-ups: an objective's score can include the scores of the objectives that name it
// as their parent (rep → team → company). The one rule, used by the sidebar, the review, the
// health check and the sheet's OKR_ROLLUP:
//
//   rolled-up score = mean of its own score and its children's rolled-up scores, each weighing 1.
//
// Each weighs 1 (not the sum of its KRs' weights) because KR weights are relative within one
// objective (0.5/0.3/0.2, 50/30/20 and 2/1/1 mean the same), so their sums say nothing across
// objectives; the period's overall score weighs its objectives 1 each for the same reason.
// Blanks (an objective with nothing scored, own or below) are left out, not counted as 0.
// Broken links never loop: a parent id naming no objective makes the objective a root, and the
// members of a cycle keep their own score only (the health check reports both, with cells).
import { objectiveKey, weightedMean } from './scoring';

export interface RollupNode {
  id: string;
  /** The parent objective's id ('' when none); matched trimmed and case-insensitive, like ids. */
  parentId: string;
  /** The objective's own score (weighted mean of its KRs' progress); null when nothing is scored. */
  score: number | null;
}

export interface RolledUp {
  /** Own score and children's rolled-up scores, each weighing 1; null when all are blank. */
  score: number | null;
  /** Children whose rolled-up score counted (not blank). */
  children: number;
  /** Index of the parent among the nodes; -1 for a root or a parent id that names no objective. */
  parent: number;
  /** On a parent cycle: its children are then not counted. */
  inCycle: boolean;
}

/**
 * Every node's rolled-up score, in input order. A repeated id is the same objective: only its
 * first node is linked (later ones roll up nothing and are counted nowhere). No recursion:
 * children are done before their parents (Kahn's order), so a chain of any depth is fine; what
 * is never done is exactly the cycles' members.
 */
export function rollUp(nodes: readonly RollupNode[]): RolledUp[] {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    const key = objectiveKey(n.id);
    if (key && !index.has(key)) index.set(key, i);
  });
  const first = (i: number) => index.get(objectiveKey(nodes[i].id)) === i;
  const parent = nodes.map((n, i) => {
    if (!first(i)) return -1;
    const key = objectiveKey(n.parentId);
    return key ? (index.get(key) ?? -1) : -1;
  });
  const pending = new Array<number>(nodes.length).fill(0);
  for (const p of parent) if (p >= 0) pending[p] += 1;
  const children: number[][] = nodes.map(() => []);
  parent.forEach((p, i) => {
    if (p >= 0) children[p].push(i);
  });

  const result: (RolledUp | undefined)[] = new Array(nodes.length);
  const queue: number[] = [];
  pending.forEach((count, i) => {
    if (count === 0) queue.push(i);
  });
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    const counted = children[i].map((c) => result[c]?.score ?? null).filter((s): s is number => s !== null);
    const own = nodes[i].score;
    const terms = [...(own === null ? [] : [own]), ...counted].map((progress) => ({ progress, weight: 1 }));
    result[i] = { score: weightedMean(terms).score, children: counted.length, parent: parent[i], inCycle: false };
    const p = parent[i];
    if (p >= 0 && --pending[p] === 0) queue.push(p);
  }
  return nodes.map((n, i) => result[i] ?? { score: n.score, children: 0, parent: parent[i], inCycle: true });
}

export interface ParentProblem {
  /** Index of the objective among those given. */
  index: number;
  kind: 'missing' | 'loop';
  /** For a loop: the ids around it, back to the first ("A → B → A"). */
  path: string[];
}

/**
 * Parent links that name no objective, and loops (each reported once, at its first member met).
 * `known(id)`: whether an id names an objective elsewhere (another team's): then it is not missing.
 */
export function parentProblems(
  objectives: readonly { id: string; parentId: string }[],
  known: (key: string) => boolean = () => false,
): ParentProblem[] {
  const byId = new Map<string, number>();
  objectives.forEach((o, i) => {
    const key = objectiveKey(o.id);
    if (key && !byId.has(key)) byId.set(key, i);
  });
  const parentOf = (i: number) => (objectives[i].parentId ? byId.get(objectiveKey(objectives[i].parentId)) : undefined);
  const problems: ParentProblem[] = [];
  const reported = new Set<number>();
  objectives.forEach((o, i) => {
    if (!o.parentId) return;
    if (parentOf(i) === undefined) {
      if (!known(objectiveKey(o.parentId))) problems.push({ index: i, kind: 'missing', path: [] });
      return;
    }
    const path: number[] = [i];
    let next = parentOf(i);
    while (next !== undefined && !path.includes(next)) {
      path.push(next);
      next = parentOf(next);
    }
    if (next === i && !reported.has(i)) {
      for (const member of path) reported.add(member);
      problems.push({ index: i, kind: 'loop', path: [...path, i].map((m) => objectives[m].id) });
    }
  });
  return problems;
}
