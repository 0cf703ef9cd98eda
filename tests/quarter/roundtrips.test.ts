// What each period action costs in Sheets, on a generated team (fixed seed) of 10 and of 1,000
// key results: round trips to the server (builders and fields of fetched objects are local) and
// the JSON the sidebar receives on open. The same measurement `npm run bench` prints.
import { describe, expect, it } from 'vitest';
import {
  type ActionCost,
  type ActionName,
  measureActions,
  measureTeamActions,
  type TeamActionName,
} from '../../scripts/bench-support';

/**
 * Round trips each action may take through the server functions the sidebar calls, with the
 * arguments the sidebar sends, whatever the number of key results (README, "Benchmarks").
 */
const LIMITS: Record<ActionName, number> = {
  openSidebar: 8,
  checkIn: 8,
  newQuarter: 45,
  close: 30,
  carryOver: 50,
};

describe('round trips per action', () => {
  const costs = new Map<number, ActionCost[]>();
  const of = (count: number) => {
    if (!costs.has(count)) costs.set(count, measureActions(count));
    return costs.get(count) as ActionCost[];
  };

  it.each([10, 1000])('stay within the limits at %i key results', (count) => {
    const trips = Object.fromEntries(of(count).map((c) => [c.action, c.roundTrips]));
    for (const [action, limit] of Object.entries(LIMITS)) expect(trips[action], action).toBeLessThanOrEqual(limit);
  });

  it('send the sidebar at most 50 KB of JSON on open at 1,000 key results', () => {
    const open = of(1000).find((c) => c.action === 'openSidebar') as ActionCost;
    expect(open.payloadBytes).toBeLessThanOrEqual(50 * 1024);
  });

  it('do not grow with the number of key results (a tab of 1,000 only needs its rows and columns added)', () => {
    const small = of(10);
    const large = of(1000);
    large.forEach((cost, i) => {
      expect(cost.action).toBe(small[i].action);
      expect(cost.roundTrips - small[i].roundTrips, cost.action).toBeLessThanOrEqual(2);
    });
  });
});

describe('round trips per action at 50 teams × 20 key results on one quarter', () => {
  // The period actions keep their limits; the alignment's first open writes its tab (as a new
  // quarter does), and later opens only read it, as the sidebar's open does.
  const TEAM_LIMITS: Record<TeamActionName, number> = {
    ...LIMITS,
    alignmentFirst: LIMITS.newQuarter,
    alignment: LIMITS.openSidebar,
  };

  it('stay within the limits of one team, whatever the number of teams', () => {
    const costs = measureTeamActions(50, 20);
    const trips = Object.fromEntries(costs.map((c) => [c.action, c.roundTrips]));
    expect(Object.keys(trips).sort()).toEqual(Object.keys(TEAM_LIMITS).sort());
    for (const [action, limit] of Object.entries(TEAM_LIMITS)) expect(trips[action], action).toBeLessThanOrEqual(limit);
    // The company's whole tree (50 teams, 1,000 key results) stays a reasonable answer for the sidebar.
    const alignment = costs.find((c) => c.action === 'alignment') as { payloadBytes: number };
    expect(alignment.payloadBytes).toBeLessThanOrEqual(150 * 1024);
  }, 300_000);
});
