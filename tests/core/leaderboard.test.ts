// The leaderboard on hand-worked key results: weighted progress against weighted expected
// progress per owner and per team, ranked by the gap; unscored key results counted, not averaged.
import { describe, expect, it } from 'vitest';
import { type LeaderInput, leaderboard, leaderGap } from '../../src/core/leaderboard';

const kr = (fields: Partial<LeaderInput>): LeaderInput => ({
  owner: '',
  team: '',
  progress: null,
  expected: 0.5,
  weight: 1,
  status: null,
  ...fields,
});

const KRS: LeaderInput[] = [
  // Ana: (0.8×2 + 0.2×1) / 3 = 0.6 against (0.5×2 + 0.5×1) / 3 = 0.5: +0.1, one at risk.
  kr({ owner: 'Ana', team: 'DACH', progress: 0.8, weight: 2, status: 'onTrack' }),
  kr({ owner: 'Ana', team: 'DACH', progress: 0.2, status: 'atRisk' }),
  // Ben: 0.3 against 0.6: −0.3; his unscored key result is counted but not averaged.
  kr({ owner: 'Ben', team: 'UK', progress: 0.3, expected: 0.6, status: 'offTrack' }),
  kr({ owner: 'Ben', team: 'UK', progress: null, weight: 5 }),
  // Cleo: weight 0 counts as 1 (a blank weight in the sheet): 1.0 against 0.5: +0.5.
  kr({ owner: ' Cleo ', team: 'DACH', progress: 1, weight: 0, status: 'done' }),
  // Nobody owns this one, and nothing is scored.
  kr({ owner: '', team: 'UK', progress: null }),
];

describe('the leaderboard', () => {
  it('ranks owners by how far ahead of pace they are, unscored last', () => {
    const rows = leaderboard(KRS, 'owner');
    expect(rows.map((r) => r.name)).toEqual(['Cleo', 'Ana', 'Ben', '']);
    const [cleo, ana, ben, nobody] = rows;
    expect(cleo).toMatchObject({ keyResults: 1, progress: 1, expected: 0.5, behind: 0 });
    expect(leaderGap(cleo)).toBeCloseTo(0.5, 12);
    expect(ana.progress).toBeCloseTo(0.6, 12);
    expect(ana.expected).toBeCloseTo(0.5, 12);
    expect(leaderGap(ana)).toBeCloseTo(0.1, 12);
    expect(ana).toMatchObject({ keyResults: 2, behind: 1 });
    expect(ben).toMatchObject({ keyResults: 2, progress: 0.3, expected: 0.6, behind: 1 });
    expect(leaderGap(ben)).toBeCloseTo(-0.3, 12);
    expect(nobody).toEqual({ name: '', keyResults: 1, progress: null, expected: null, behind: 0 });
    expect(leaderGap(nobody)).toBeNull();
  });

  it('ranks teams the same way', () => {
    const [dach, uk] = leaderboard(KRS, 'team');
    // DACH: (0.8×2 + 0.2 + 1×1) / 4 = 0.7 against 0.5.
    expect(dach.name).toBe('DACH');
    expect(dach.progress).toBeCloseTo(0.7, 12);
    expect(leaderGap(dach)).toBeCloseTo(0.2, 12);
    expect(dach).toMatchObject({ keyResults: 3, behind: 1 });
    expect(uk).toMatchObject({ name: 'UK', keyResults: 3, progress: 0.3, expected: 0.6, behind: 1 });
  });
});
