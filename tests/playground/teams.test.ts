// The company sample (`npm start -- --teams 3`): a company and three teams on one quarter, made
// through the add-on's createPeriod, aligned by parent objectives, seen whole through getAlignment.
import { describe, expect, it } from 'vitest';
import { type Addon, startAddon } from '../../playground/runtime';
import { loadSample } from '../../playground/sample';
import { companyRows, loadTeams, teamNames } from '../../playground/teams';
import type { AlignmentView, OverviewView, PeriodSummaryJson, SidebarState } from '../../src/contract/index';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('the company sample', () => {
  it('names teams EMEA, Americas, APAC, then numbers them, with ids unique across the company', () => {
    expect(teamNames(5)).toEqual(['EMEA', 'Americas', 'APAC', 'Team 4', 'Team 5']);
    const ids = companyRows(12).flatMap((t) => t.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('creates the company and three teams on one quarter, each team under the company’s objectives', () => {
    const addon = startAddon({ now: NOW, timeZone: 'Etc/UTC' });
    const summary = loadTeams(addon, 3, NOW);
    expect(summary.teams).toEqual(['Company', 'EMEA', 'Americas', 'APAC']);
    const periods = addon.call('listPeriods', []) as PeriodSummaryJson[];
    expect(periods.map((p) => p.period.label)).toEqual([
      'Q4 2026 · Company',
      'Q4 2026 · EMEA',
      'Q4 2026 · Americas',
      'Q4 2026 · APAC',
    ]);
    const view = addon.call('getAlignment', ['Q4 2026 · EMEA']) as AlignmentView;
    expect(view.roots.map((r) => `${r.team}:${r.id}`)).toEqual(['Company:C1', 'Company:C2']);
    expect(view.roots[0].children.map((c) => c.team)).toEqual(['EMEA', 'Americas', 'APAC']);
    expect(view.problems).toEqual([]);
    // Reps under each team's revenue objective; every team ranked against pace.
    expect(view.roots[0].children[0].reps.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Lena Vogel', 'Omar Haddad', 'Sofia Rossi']),
    );
    expect(view.teams.map((t) => t.name).sort()).toEqual(['APAC', 'Americas', 'Company', 'EMEA']);
    // Each team's revenue is its reps' shares added up; the last team's shares fall 150,000 short.
    const overview = (label: string) => addon.call('getOverview', [label]) as OverviewView;
    const emea = overview('Q4 2026 · EMEA').objectives[0].keyResults;
    const shares = emea.filter((kr) => kr.id !== 'EM1.1').reduce((sum, kr) => sum + Number(kr.current), 0);
    expect(emea[0].current).toBeCloseTo(shares);
    expect(emea[0].split).toMatchObject({ count: 3, gap: 0, summed: true });
    expect(overview('Q4 2026 · APAC').objectives[0].keyResults[0].split?.gap).toBe(150_000);
    // The alignment reads the same sum: EMEA's revenue objective scores as its overview does.
    const em1 = view.roots[0].children[0];
    expect(em1.ownScore).toBeCloseTo(overview('Q4 2026 · EMEA').objectives[0].score as number, 3);
    // Every key result moves: the company's pipeline coverage is between 2× and 3×.
    const c2 = view.roots[1];
    expect(c2.ownScore).toBeGreaterThan(0);
    expect(c2.ownScore).toBeLessThan(1);
    // The alignment tab is in the workbook, beside the teams' tabs.
    expect(addon.emulator.spreadsheet.getSheetByName('Q4 2026 · Alignment')).not.toBeNull();
  });
});

describe('the playground’s samples, opened as the sidebar opens them', () => {
  it('cost the open’s 8 round trips at most: they keep the currency, as a period made in the wizard does', () => {
    for (const load of [(a: Addon) => loadSample(a, NOW), (a: Addon) => loadTeams(a, 3, NOW)]) {
      const addon = startAddon({ now: NOW, timeZone: 'Etc/UTC' });
      load(addon);
      addon.emulator.calls.reset();
      const state = addon.call('getSidebarState', ['en_US', 'auto']) as SidebarState;
      expect(addon.emulator.calls.roundTrips()).toBeLessThanOrEqual(8);
      expect(state.settings.currency).toBe('USD');
    }
  });
});
