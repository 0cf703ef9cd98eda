// Linked key results explained through the endpoints the sidebar calls, on the emulated workbook:
// the metric and filters read back from the Current formula, the number of matching deals, the
// pipeline forecast of a won-revenue link and its "forecast to miss" in the health check. The
// expected figures come from the generator's own record of each deal, not from the add-on's reading.
import { afterEach, describe, expect, it } from 'vitest';
import { type GeneratedDeal, generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import {
  connectDeals,
  createPeriod,
  explainLinks,
  getHealthReport,
  getKeyResultDetails,
  linkKeyResult,
} from '../../src/server/endpoints';
import { newWorkbook, Q1, type Workbook } from '../quarter/helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

const inQ1 = (date: Date) => date.getTime() >= Date.UTC(2027, 0, 1) && date.getTime() < Date.UTC(2027, 3, 1);

function pasteExport(w: Workbook, name: string, csv: string): void {
  const grid = rectangular(parseCsv(csv).rows);
  const sheet = w.ss.insertSheet(name);
  if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < grid[0].length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), grid[0].length - sheet.getMaxColumns());
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
}

describe('explainLinks on a connected Salesforce report', () => {
  it('explains each linked key result and forecasts the won-revenue one from its pipeline', () => {
    wb = newWorkbook();
    const generated = generateExport('salesforce', { rows: 1_200 });
    pasteExport(wb, 'Deals', generated.csv);
    connectDeals({ tab: 'Deals' });
    createPeriod({ period: Q1, team: 'EMEA', startFrom: 'examples', language: 'en' });
    // Nothing linked yet: nothing to explain, and the deals tab is not read.
    expect(explainLinks('Q1 2027')).toEqual([]);

    const anna = (d: GeneratedDeal) => d.owner === 'Anna Schmidt';
    linkKeyResult({
      periodLabel: 'Q1 2027',
      krId: 'O1.1',
      metric: { kind: 'wonRevenue' },
      filters: { owner: 'Anna Schmidt' },
    });
    linkKeyResult({ periodLabel: 'Q1 2027', krId: 'O2.1', metric: { kind: 'dealsWon' } });
    const [revenue, won, ...rest] = explainLinks('Q1 2027');
    expect(rest).toEqual([]);

    // By the generator's record: Anna's won deals closed in Q1, and her open deals closing in Q1.
    const wonDeals = generated.deals.filter((d) => anna(d) && d.outcome === 'won' && inQ1(d.closed));
    const openDeals = generated.deals.filter((d) => anna(d) && d.outcome === 'open' && inQ1(d.closed));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const wonAmount = sum(wonDeals.map((d) => d.amount));
    const weighted = sum(openDeals.map((d) => (d.amount * d.probability) / 100));
    expect(wonDeals.length).toBeGreaterThan(3);
    expect(openDeals.length).toBeGreaterThan(3);
    expect(revenue).toMatchObject({
      krId: 'O1.1',
      dealsTab: 'Deals',
      metric: { kind: 'wonRevenue' },
      filters: { owner: 'Anna Schmidt' },
      period: { start: '2027-01-01', end: '2027-03-31', on: 'close' },
      matchingDeals: wonDeals.length,
    });
    const pipeline = revenue.pipeline;
    expect(pipeline).toMatchObject({ wonDeals: wonDeals.length, openDeals: openDeals.length, probabilities: 'column' });
    expect(pipeline?.won).toBeCloseTo(wonAmount, 4);
    expect(pipeline?.weighted).toBeCloseTo(weighted, 4);
    expect(pipeline?.value).toBeCloseTo(wonAmount + weighted, 4);
    // Won so far is the KR's own current value, which the sheet's formula computes.
    const kr = getKeyResultDetails('Q1 2027', 'O1.1');
    expect(kr.current).toBeCloseTo(pipeline?.won ?? Number.NaN, 4);
    // Its progress, as the KR's own: (value − baseline) ÷ (target − baseline).
    const target = kr.target as number;
    const baseline = (kr.baseline as number) ?? 0;
    expect(pipeline?.progress).toBeCloseTo(Math.min(1, (wonAmount + weighted - baseline) / (target - baseline)), 6);

    expect(won).toMatchObject({
      krId: 'O2.1',
      metric: { kind: 'dealsWon' },
      filters: {},
      pipeline: null,
      matchingDeals: generated.deals.filter((d) => d.outcome === 'won' && inQ1(d.closed)).length,
    });

    // The health check reports the pipeline falling short of the target, with its figure.
    const findings = getHealthReport('Q1 2027').filter((f) => f.krId === 'O1.1');
    const toMiss = findings.find((f) => f.code === 'pipelineToMiss');
    expect(pipeline?.progress).toBeLessThan(1);
    expect(toMiss?.params).toMatchObject({ forecast: { quantity: pipeline?.value } });
    // Instead of the trend's: one forecast per key result.
    expect(findings.some((f) => f.code === 'forecastToMiss')).toBe(false);
  });

  it('a Current formula edited by hand is no longer explained', () => {
    wb = newWorkbook();
    pasteExport(wb, 'Deals', generateExport('salesforce', { rows: 200 }).csv);
    connectDeals({ tab: 'Deals' });
    createPeriod({ period: Q1, team: 'EMEA', startFrom: 'examples', language: 'en' });
    const link = linkKeyResult({ periodLabel: 'Q1 2027', krId: 'O1.1', metric: { kind: 'wonRevenue' } });
    const sheet = wb.ss.getSheetByName('Q1 2027 · Key results') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(explainLinks('Q1 2027')).toHaveLength(1);
    sheet.getRange(`${link.column}${link.row}`).setFormula(`${link.formula}*1.1`);
    expect(explainLinks('Q1 2027')).toEqual([]);
  });
});
