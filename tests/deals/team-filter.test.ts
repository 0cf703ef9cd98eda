// A team's deals: the deals tab connected with a reps table (rep → team) gets each deal's team in
// a column the add-on writes, and a key result linked with a team filter counts that team's deals.
// Expected values come from the generator's record of each deal and the test's own rep → team list.
import { afterEach, describe, expect, it } from 'vitest';
import { generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import {
  connectDeals,
  createPeriod,
  explainLinks,
  getKeyResultDetails,
  inspectDeals,
  linkKeyResult,
} from '../../src/server/endpoints';
import { newWorkbook, Q1, type Workbook } from '../quarter/helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

const TEAMS: Record<string, string> = {
  'Anna Schmidt': 'DACH',
  'Hugo Weber': 'DACH',
  'David Novák': 'DACH',
  'Chloé Martin': 'France',
  'Ben Carter': 'UK',
  'Emma Wilson': 'UK',
};

function paste(w: Workbook, name: string, grid: unknown[][]): void {
  const sheet = w.ss.insertSheet(name);
  if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  const width = Math.max(...grid.map((row) => row.length));
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet
    .getRange(1, 1, grid.length, width)
    .setValues(grid.map((row) => [...row, ...Array(width - row.length).fill('')]));
}

/** A Salesforce report, a reps table below a title row, and a quarter of example key results. */
function setUp(): ReturnType<typeof generateExport> {
  wb = newWorkbook();
  const generated = generateExport('salesforce', { rows: 1_500 });
  paste(wb, 'Deals', rectangular(parseCsv(generated.csv).rows));
  paste(wb, 'Reps', [
    ['Sales team', '', ''],
    ['Rep', 'Team', 'Region'],
    ...Object.entries(TEAMS).map(([rep, team]) => [rep, team, team === 'UK' ? 'UK&I' : 'Europe']),
  ]);
  createPeriod({ period: Q1, team: 'EMEA', startFrom: 'examples', language: 'en' });
  return generated;
}

describe("a key result counting a team's deals", () => {
  it("links to the won revenue of one team's reps, explains it with that team's deals, and keeps the team when connected again", () => {
    const generated = setUp();
    const connected = connectDeals({ tab: 'Deals', repsTab: 'Reps' });
    expect(connected).toMatchObject({ connected: true, repsTab: 'Reps', teams: ['DACH', 'France', 'UK'] });
    expect(connected.helperColumns).toBe(1);
    // The team column the add-on wrote right of the export, headed as its own.
    const sheet = wb?.ss.getSheetByName('Deals') as GoogleAppsScript.Spreadsheet.Sheet;
    const width = generated.headers.length;
    expect(sheet.getRange(1, width + 1).getValue()).toBe('Team (read by the OKR add-on)');
    expect(sheet.getRange(2, width + 1).getValue()).toBe(TEAMS[generated.deals[0].owner] ?? '');

    const kr = getKeyResultDetails('Q1 2027', 'O1.1');
    const link = linkKeyResult({
      periodLabel: 'Q1 2027',
      krId: 'O1.1',
      row: kr.row,
      metric: { kind: 'wonRevenue' },
      filters: { team: 'DACH' },
    });
    const inQ1 = (d: Date) => d >= new Date(Date.UTC(2027, 0, 1)) && d < new Date(Date.UTC(2027, 3, 1));
    const dach = generated.deals.filter((d) => TEAMS[d.owner] === 'DACH' && d.outcome === 'won' && inQ1(d.closed));
    const expected = dach.reduce((sum, d) => sum + d.amount, 0);
    expect(dach.length).toBeGreaterThan(5);
    expect(link.formula).toContain('"=DACH"');
    expect(getKeyResultDetails('Q1 2027', 'O1.1').current).toBeCloseTo(expected, 6);
    const explained = explainLinks('Q1 2027').find((e) => e.krId === 'O1.1');
    expect(explained?.matchingDeals).toBe(dach.length);

    // Connecting again (a newer export, same headers) keeps the reps table; '' drops it.
    expect(connectDeals({ tab: 'Deals' })).toMatchObject({ repsTab: 'Reps', helperColumns: 1 });
    expect(getKeyResultDetails('Q1 2027', 'O1.1').current).toBeCloseTo(expected, 6);
    expect(inspectDeals('Deals').teams).toEqual(['DACH', 'France', 'UK']);
  });

  it('asks for a reps table before counting a team, and names the tab or cell of a reps table it cannot use', () => {
    setUp();
    connectDeals({ tab: 'Deals' });
    const kr = getKeyResultDetails('Q1 2027', 'O1.1');
    const link = () =>
      linkKeyResult({
        periodLabel: 'Q1 2027',
        krId: 'O1.1',
        row: kr.row,
        metric: { kind: 'dealsWon' },
        filters: { team: 'UK' },
      });
    expect(link).toThrow(/reps table/);
    expect(() => connectDeals({ tab: 'Deals', repsTab: 'Team list' })).toThrow(/“Team list”/);
    wb?.ss.getSheetByName('Reps')?.getRange('B2').setValue('Quota');
    expect(() => connectDeals({ tab: 'Deals', repsTab: 'Reps' })).toThrow(/'Reps'!A2/);
    // Nothing was written: the link still asks for a reps table.
    expect(link).toThrow(/reps table/);
  });
});
