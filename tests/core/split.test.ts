// The quota split rule (core/split.ts): a blank parent Current is its shares' sum, the gap is the
// parent's target minus its shares' targets, and bad "Share of KR" cells are found without looping.
import { describe, expect, it } from 'vitest';
import { evaluateKeyResult, resolveKind } from '../../src/core/evaluate';
import { shareProblems, splitsOf, withSharesSummed } from '../../src/core/split';
import { DEFAULT_SETTINGS, type KeyResult } from '../../src/core/types';

function kr(id: string, fields: Partial<KeyResult> = {}): KeyResult {
  return {
    id,
    objectiveId: 'O1',
    objectiveTitle: 'Revenue',
    title: `KR ${id}`,
    owner: '',
    team: '',
    parentObjectiveId: '',
    kind: 'increase',
    unit: 'EUR',
    baseline: 0,
    target: 100,
    current: null,
    weight: null,
    confidence: null,
    dueDate: null,
    notes: '',
    dataLink: '',
    row: 0,
    ...fields,
  };
}

const team = () => [
  kr('R1', { target: 1_000_000 }),
  kr('R1.a', { shareOf: 'R1', target: 400_000, current: 100_000 }),
  kr('R1.b', { shareOf: 'r1', target: 300_000, current: 50_000 }),
  kr('R1.c', { shareOf: ' R1 ', target: 200_000, current: null }),
  kr('R2', { target: 50, current: 10 }),
];

describe('splitsOf', () => {
  it('sums direct shares (ids matched case-insensitively), their targets and the gap', () => {
    const splits = splitsOf(team());
    expect([...splits.keys()]).toEqual([0]);
    expect(splits.get(0)).toEqual({ shares: [1, 2, 3], current: 150_000, targets: 900_000, gap: 100_000 });
  });

  it('leaves the current null while no share has a number, and the gap null without a target', () => {
    const splits = splitsOf([
      kr('P', { target: null }),
      kr('A', { shareOf: 'P', current: null }),
      kr('B', { shareOf: 'P', current: true, kind: 'milestone', target: null }),
    ]);
    expect(splits.get(0)).toEqual({ shares: [1, 2], current: null, targets: 100, gap: null });
  });
});

describe('withSharesSummed feeds the one evaluation', () => {
  it('gives a parent with a blank Current its shares’ sum, and its progress from it', () => {
    const krs = withSharesSummed(team(), (k) => k.current === null);
    expect(krs[0]).toMatchObject({ current: 150_000, currentFromShares: true });
    expect(evaluateKeyResult(krs[0], { settings: DEFAULT_SETTINGS }).progress).toBe(0.15);
    // The shares themselves are untouched.
    expect(krs.slice(1)).toEqual(team().slice(1));
  });

  it('keeps a typed value or a linked cell of the parent', () => {
    const typed = team();
    typed[0].current = 700_000;
    expect(withSharesSummed(typed, (k) => k.current === null)[0].current).toBe(700_000);
    // A link formula showing nothing is not a blank cell: the reader says so.
    expect(withSharesSummed(team(), () => false)[0]).toEqual(team()[0]);
  });

  it('sums only the values typed into the shares, not a share’s own summed value', () => {
    const krs = withSharesSummed(
      [
        kr('T', { target: 100 }),
        kr('M', { shareOf: 'T', target: 60 }),
        kr('L', { shareOf: 'M', target: 60, current: 30 }),
      ],
      (k) => k.current === null,
    );
    expect(krs.map((k) => k.current)).toEqual([null, 30, 30]);
  });

  it('does not loop on a cycle of shares', () => {
    const krs = withSharesSummed(
      [kr('A', { shareOf: 'B', current: 5 }), kr('B', { shareOf: 'A' }), kr('C', { shareOf: 'C' })],
      (k) => k.current === null,
    );
    expect(krs.map((k) => k.current)).toEqual([5, 5, null]);
  });
});

describe('shareProblems', () => {
  const codes = (krs: KeyResult[]) =>
    shareProblems(krs, resolveKind).map((p) => `${p.code}@${krs[p.index].id}${'path' in p ? `:${p.path}` : ''}`);

  it('finds nothing wrong with a clean split', () => {
    expect(codes(team())).toEqual([]);
  });

  it('names a missing parent, a KR naming itself and a loop (once)', () => {
    expect(
      codes([
        kr('A', { shareOf: 'B' }),
        kr('B', { shareOf: 'A' }),
        kr('C', { shareOf: 'c' }),
        kr('D', { shareOf: 'nobody' }),
      ]),
    ).toEqual(['shareLoop@A:A,B,A', 'shareOfSelf@C', 'shareOfMissing@D']);
  });

  it('flags a share of a share, and a share of another kind or unit', () => {
    expect(
      codes([
        kr('T', { target: 1000 }),
        kr('M', { shareOf: 'T', target: 500 }),
        kr('L', { shareOf: 'M', target: 100 }),
        kr('K', { shareOf: 'T', kind: 'atLeast', target: 100 }),
        kr('U', { shareOf: 'T', unit: 'count', target: 100 }),
      ]),
    ).toEqual(['shareNested@L', 'shareMismatch@K', 'shareMismatch@U']);
  });

  it('flags shares whose targets add up to more than the parent’s, on the parent', () => {
    const krs = team();
    krs[3].target = 400_000;
    const problems = shareProblems(krs, resolveKind);
    expect(problems).toEqual([{ code: 'splitOver', index: 0, targets: 1_100_000, count: 3 }]);
  });
});
