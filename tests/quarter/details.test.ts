// The sidebar of a large period: summaries first (objectives with their scores, and what the
// owner and team filters need), an objective's key results and a key result's check-ins when the
// user opens them. A small period is still sent whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateTeam, writeCheckIns } from '../../playground/generate';
import { periodOf } from '../../src/core/periods';
import { getKeyResultDetails, getObjectiveDetails, getOverview, getSidebarState } from '../../src/server/endpoints';
import { createPeriodWith } from '../../src/sheet/periods';
import { newWorkbook, Q1, request, SETTINGS, sampleKeyResults, TODAY, type Workbook } from './helpers';

let wb: Workbook;
afterEach(() => wb.restore());

describe('a large period in the sidebar', () => {
  const team = generateTeam(120, periodOf(Q1, 'en'), TODAY);
  beforeEach(() => {
    wb = newWorkbook();
    createPeriodWith(wb.ss, request(), team.keyResults, SETTINGS);
    writeCheckIns(wb.ss.getSheetByName('Q1 2027 · Check-ins')!, team, SETTINGS);
  });

  it('opens with the objectives’ summaries, scored as the whole overview scores them', () => {
    const light = getSidebarState().overview!;
    const whole = getOverview('Q1 2027');
    expect(light.objectives).toEqual([]);
    expect(light.summaries!.map((s) => s.id)).toEqual(whole.objectives.map((o) => o.id));
    expect(light.summaries!.reduce((n, s) => n + s.krCount, 0)).toBe(120);
    light.summaries!.forEach((s, i) => {
      expect(s.score).toBeCloseTo(whole.objectives[i].score ?? Number.NaN, 2);
      expect(s.grade).toBe(whole.objectives[i].grade);
    });
    expect(light.statusCounts).toEqual(whole.statusCounts);
    expect(getOverview('Q1 2027', true)).toEqual(light);
  });

  it('tells the filters which objectives have key results of an owner or a team', () => {
    const light = getSidebarState().overview!;
    const whole = getOverview('Q1 2027');
    for (const owner of light.owners.slice(0, 5)) {
      const expected = whole.objectives.filter((o) => o.keyResults.some((k) => k.owner === owner)).map((o) => o.id);
      const found = light.summaries!.filter((s) => s.owners.includes(light.owners.indexOf(owner))).map((s) => s.id);
      expect(found).toEqual(expected);
    }
    const teamName = light.teams[0];
    const expected = whole.objectives.filter((o) => o.keyResults.some((k) => k.team === teamName)).map((o) => o.id);
    expect(light.summaries!.filter((s) => s.teams.includes(0)).map((s) => s.id)).toEqual(expected);
  });

  it('gives an objective’s key results and a key result’s check-ins when opened', () => {
    const whole = getOverview('Q1 2027');
    const objective = getObjectiveDetails('Q1 2027', whole.objectives[1].id);
    expect(objective).toEqual(whole.objectives[1]);
    const withHistory = whole.objectives.flatMap((o) => o.keyResults).find((k) => k.checkIns.length > 1)!;
    const kr = getKeyResultDetails('Q1 2027', withHistory.id);
    expect(kr).toEqual(withHistory);
    expect(kr.checkIns.length).toBe(team.checkIns.filter((c) => c.krId === kr.id).length);
  });

  it('says which key result it cannot find', () => {
    expect(() => getKeyResultDetails('Q1 2027', 'O999.9')).toThrow(/O999\.9/);
  });
});

describe('a small period in the sidebar', () => {
  beforeEach(() => {
    wb = newWorkbook();
    createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
  });

  it('is sent whole, as before', () => {
    const state = getSidebarState();
    expect(state.overview!.summaries).toBeUndefined();
    expect(state.overview).toEqual(getOverview('Q1 2027'));
  });
});
