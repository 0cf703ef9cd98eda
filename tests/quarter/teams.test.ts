// Several teams in one workbook and period: each team's tabs carry its name, every action finds
// a team's period by its label, and a workbook of one team keeps its plain names.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserError } from '../../src/core/errors';
import { closePeriod, createPeriod, createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { listPeriods, readPeriod } from '../../src/sheet/read';
import { newWorkbook, Q2, request, SETTINGS, sampleKeyResults, type Workbook } from './helpers';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
});
afterEach(() => wb.restore());

const names = () => wb.ss.getSheets().map((s) => s.getName());
const errorOf = (run: () => unknown): UserError => {
  try {
    run();
  } catch (error) {
    return error as UserError;
  }
  throw new Error('expected a refusal');
};

describe('several teams in one workbook', () => {
  it('keeps plain tab names while one team works in the workbook', () => {
    createPeriod(wb.ss, request(), SETTINGS);
    createPeriod(wb.ss, request({ period: Q2, team: 'emea ' }), SETTINGS);
    expect(names()).toContain('Q2 2027 · Key results');
    expect(listPeriods(wb.ss).map((p) => p.period.label)).toEqual(['Q1 2027', 'Q2 2027']);
  });

  it('gives a second team its own tabs for the same period, named with the team', () => {
    createPeriod(wb.ss, request(), SETTINGS);
    const result = createPeriod(wb.ss, request({ team: 'Americas' }), SETTINGS);
    expect(result.label).toBe('Q1 2027 · Americas');
    expect(result.tabs).toEqual({
      keyResults: 'Q1 2027 · Americas · Key results',
      checkIns: 'Q1 2027 · Americas · Check-ins',
      dashboard: 'Q1 2027 · Americas · Dashboard',
    });
    const periods = listPeriods(wb.ss);
    expect(periods.map((p) => [p.period.label, p.team])).toEqual([
      ['Q1 2027', 'EMEA'],
      ['Q1 2027 · Americas', 'Americas'],
    ]);
    // Both are the same quarter.
    expect(periods[1].period.start).toEqual(periods[0].period.start);
    expect(periods[1].period.end).toEqual(periods[0].period.end);
    // The dashboard's title names the team.
    expect(wb.ss.getSheetByName('Q1 2027 · Americas · Dashboard')?.getRange('A1').getValue()).toContain(
      'Q1 2027 · Americas',
    );
  });

  it('creates several teams at once, all or none, each with its own key results', () => {
    const result = createPeriodWith(
      wb.ss,
      request({ teams: ['Company', 'EMEA', 'Americas'] }),
      sampleKeyResults(),
      SETTINGS,
    );
    expect(result.periods?.map((p) => p.label)).toEqual(['Q1 2027 · Company', 'Q1 2027 · EMEA', 'Q1 2027 · Americas']);
    expect(result.label).toBe('Q1 2027 · Company');
    expect(names().filter((n) => n.startsWith('Q1 2027'))).toHaveLength(9);
    const emea = readPeriod(wb.ss, 'Q1 2027 · EMEA');
    expect(emea?.team).toBe('EMEA');
    expect(emea?.keyResults.length).toBe(sampleKeyResults().length);
  });

  it('runs each action on the team named by the label: a check-in and closing touch that team only', () => {
    createPeriodWith(wb.ss, request({ teams: ['EMEA', 'Americas'] }), sampleKeyResults(), SETTINGS);
    const [first] = sampleKeyResults();
    recordCheckIn(
      wb.ss,
      { periodLabel: 'Q1 2027 · Americas', krId: first.id as string, value: 5, confidence: 7, note: '', who: 'Ana' },
      SETTINGS,
    );
    const americas = readPeriod(wb.ss, 'Q1 2027 · Americas');
    const emea = readPeriod(wb.ss, 'Q1 2027 · EMEA');
    expect(americas?.checkIns).toHaveLength(1);
    expect(emea?.checkIns).toHaveLength(0);
    const closed = closePeriod(wb.ss, { label: 'Q1 2027 · EMEA', date: '2027-03-31' }, SETTINGS);
    expect(closed.review).toBe('Q1 2027 · EMEA · Review');
    expect(listPeriods(wb.ss).map((p) => [p.period.label, p.closed])).toEqual([
      ['Q1 2027 · EMEA', true],
      ['Q1 2027 · Americas', false],
    ]);
  });

  it('carries each team over from its own review when several teams start the next period together', () => {
    createPeriodWith(wb.ss, request({ teams: ['EMEA', 'Americas'] }), sampleKeyResults(), SETTINGS);
    closePeriod(wb.ss, { label: 'Q1 2027 · EMEA', date: '2027-03-31' }, SETTINGS);
    const result = createPeriod(
      wb.ss,
      request({ period: Q2, teams: ['EMEA', 'Americas', 'APAC'], startFrom: 'previous' }),
      SETTINGS,
    );
    const carried = Object.fromEntries((result.periods ?? []).map((p) => [p.label, p.carriedOver]));
    // EMEA's unfinished key results come along; Americas was not closed and APAC is new: both start empty.
    expect(carried['Q2 2027 · EMEA']).toBeGreaterThan(0);
    expect(carried['Q2 2027 · Americas']).toBe(0);
    expect(carried['Q2 2027 · APAC']).toBe(0);
  });

  it('refuses the same team twice for one period, with the existing tab named', () => {
    createPeriodWith(wb.ss, request({ teams: ['EMEA', 'Americas'] }), sampleKeyResults(), SETTINGS);
    const error = errorOf(() => createPeriod(wb.ss, request({ team: 'americas' }), SETTINGS));
    // Compared case-insensitively, the team's label is taken.
    expect(error.key).toBe('errPeriodExists');
  });

  it('refuses a team whose tab name collides with a tab the add-on did not create, and creates nothing', () => {
    createPeriod(wb.ss, request(), SETTINGS);
    wb.ss.insertSheet('Q1 2027 · APAC · Check-ins').getRange('A1').setValue('my notes');
    const before = names();
    const error = errorOf(() => createPeriod(wb.ss, request({ teams: ['Americas', 'APAC'] }), SETTINGS));
    expect(error.key).toBe('errTeamTabTaken');
    expect(error.params).toEqual({ team: 'APAC', name: 'Q1 2027 · APAC · Check-ins' });
    expect(names()).toEqual(before);
    expect(wb.ss.getSheetByName('Q1 2027 · APAC · Check-ins')?.getRange('A1').getValue()).toBe('my notes');
  });

  it('refuses team names that cannot name tabs, and a team listed twice, before touching the workbook', () => {
    const long = 'x'.repeat(41);
    expect(errorOf(() => createPeriod(wb.ss, request({ team: long }), SETTINGS)).key).toBe('errTeamNameTooLong');
    expect(errorOf(() => createPeriod(wb.ss, request({ teams: ['A · B'] }), SETTINGS)).key).toBe('errTeamNameChars');
    const twice = errorOf(() => createPeriod(wb.ss, request({ teams: ['EMEA', 'emea'] }), SETTINGS));
    expect([twice.key, twice.params]).toEqual(['errTeamsRepeated', { team: 'emea' }]);
    expect(names()).toEqual(['Sheet1']);
  });
});
