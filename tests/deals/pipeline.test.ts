// The pipeline forecast of a won-revenue key result and the deals a linked metric reads: worked by
// hand on a few deals, then held to an independent reading of generated exports (plain code over
// the CSV lines, sharing nothing with the add-on's reader) and to the sheet's own formulas.
import { describe, expect, it, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import { dealsOfMetric, pipelineForecast } from '../../src/core/deals/metrics';
import { type Deal, readDeals } from '../../src/core/deals/table';
import { buildDealsFormula, dealsSourceFor } from '../../src/tabs/deals-formulas';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function deal(fields: Partial<Deal> & Pick<Deal, 'outcome'>): Deal {
  return {
    row: 2,
    id: '',
    name: '',
    owner: 'Ann',
    account: 'Acme',
    stage: fields.outcome === 'won' ? 'Closed Won' : fields.outcome === 'lost' ? 'Closed Lost' : 'Proposal',
    amount: 0,
    currency: '',
    probability: null,
    created: day('2026-12-01'),
    closed: null,
    source: '',
    type: '',
    product: '',
    pipeline: '',
    ...fields,
  };
}

const q1 = { start: day('2027-01-01'), end: day('2027-03-31') };

// Won so far: 10,000 (Jan 15) + 5,000 (Mar 31, the last day counts) = 15,000. The won deal of
// Dec 31 is before the period, the lost one never counts. Open within Q1: 20,000 at 50% and
// 8,000 at 25% → 10,000 + 2,000 = 12,000; the open deal of April 1 is after the period and Bob's
// deal is filtered out. Forecast 15,000 + 12,000 = 27,000.
const DEALS: Deal[] = [
  deal({ outcome: 'won', amount: 10_000, closed: day('2027-01-15') }),
  deal({ outcome: 'won', amount: 5_000, closed: day('2027-03-31') }),
  deal({ outcome: 'won', amount: 7_000, closed: day('2026-12-31') }),
  deal({ outcome: 'lost', amount: 9_000, closed: day('2027-02-01'), probability: 0 }),
  deal({ outcome: 'open', amount: 20_000, closed: day('2027-03-01'), probability: 0.5, stage: 'Negotiation' }),
  deal({ outcome: 'open', amount: 8_000, closed: day('2027-02-10'), probability: 0.25, stage: 'Proposal' }),
  deal({ outcome: 'open', amount: 50_000, closed: day('2027-04-01'), probability: 0.9 }),
  deal({ outcome: 'open', amount: 40_000, closed: day('2027-03-15'), probability: 0.5, owner: 'Bob' }),
  deal({ outcome: 'won', amount: 3_000, closed: day('2027-02-20'), owner: 'Bob' }),
];

describe('pipelineForecast (hand-worked)', () => {
  it('adds won so far and the open deals closing in the period times their probability', () => {
    expect(pipelineForecast(DEALS, { owner: 'ann' }, q1)).toEqual({
      won: 15_000,
      wonDeals: 2,
      openDeals: 2,
      openAmount: 28_000,
      weighted: 12_000,
      withoutProbability: 0,
      value: 27_000,
    });
  });

  it('without filters, every owner counts: 18,000 won + 12,000 + 20,000 weighted', () => {
    expect(pipelineForecast(DEALS, {}, q1)).toMatchObject({ won: 18_000, weighted: 32_000, value: 50_000 });
  });

  it('uses the stage probabilities the connection saved when the export has none', () => {
    // Negotiation 90%, Proposal 75%: 20,000 × 0.9 + 8,000 × 0.75 = 24,000; + 15,000 won.
    const forecast = pipelineForecast(DEALS, { owner: 'Ann' }, q1, { Negotiation: 90, proposal: 75 });
    expect(forecast).toMatchObject({ won: 15_000, weighted: 24_000, value: 39_000, withoutProbability: 0 });
    // A stage without a saved probability counts at 0, and is counted as such.
    expect(pipelineForecast(DEALS, { owner: 'Ann' }, q1, { Negotiation: 90 })).toMatchObject({
      weighted: 18_000,
      withoutProbability: 1,
      value: 33_000,
    });
  });

  it('counts won deals by their created date when the link says so; open ones always by close date', () => {
    const created = [
      deal({ outcome: 'won', amount: 1_000, created: day('2027-01-02'), closed: day('2027-04-10') }),
      deal({ outcome: 'won', amount: 2_000, created: day('2026-11-02'), closed: day('2027-01-10') }),
      deal({ outcome: 'open', amount: 4_000, created: day('2026-11-02'), closed: day('2027-02-10'), probability: 0.5 }),
    ];
    expect(pipelineForecast(created, {}, { ...q1, on: 'created' })).toMatchObject({ won: 1_000, value: 3_000 });
    expect(pipelineForecast(created, {}, q1)).toMatchObject({ won: 2_000, value: 4_000 });
  });

  it('deals without an amount add nothing', () => {
    const forecast = pipelineForecast([deal({ outcome: 'open', amount: null, closed: day('2027-02-01') })], {}, q1);
    expect(forecast).toMatchObject({ openDeals: 0, value: 0 });
  });
});

describe('dealsOfMetric (hand-worked)', () => {
  it('selects the deals each metric reads', () => {
    const count = (kind: Parameters<typeof dealsOfMetric>[1]) =>
      dealsOfMetric(DEALS, kind, { owner: 'Ann' }, q1).length;
    expect(count('wonRevenue')).toBe(2);
    expect(count('dealsWon')).toBe(2);
    expect(count('winRate')).toBe(3); // two won, one lost
    expect(count('openPipeline')).toBe(2);
    expect(count('pipelineCoverage')).toBe(4);
    expect(count('salesCycle')).toBe(2);
    // Acme was already won on Dec 31: no new customer in Q1.
    expect(count('newCustomers')).toBe(0);
    expect(dealsOfMetric(DEALS, 'newCustomers', { owner: 'Bob' }, q1)).toHaveLength(1);
  });
});

/** Salesforce's report read by the test itself: every value quoted, footer after a blank line. */
function salesforceRows(csv: string) {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  const header = cells(lines[0]);
  const col = (name: string) => header.indexOf(name);
  const mdy = (s: string) => {
    const [m, d, y] = s.split('/').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return lines.slice(1, lines.indexOf('""')).map((line) => {
    const c = cells(line);
    return {
      owner: c[col('Opportunity Owner')],
      stage: c[col('Stage')],
      amount: Number(c[col('Amount')].replace(/[$,]/g, '')),
      probability: Number(c[col('Probability (%)')].replace('%', '')) / 100,
      close: mdy(c[col('Close Date')]),
    };
  });
}

describe('on a generated Salesforce export of 2,000 deals', () => {
  const generated = generateExport('salesforce', { rows: 2_000, seed: 11 });
  const table = readDeals(parseCsv(generated.csv).rows);
  const rows = salesforceRows(generated.csv);
  const start = Date.UTC(2027, 0, 1);
  const end = Date.UTC(2027, 3, 1);
  const anna = 'Anna Schmidt';

  test.each([
    ['every owner', {}, () => true],
    ['one owner', { owner: anna }, (r: { owner: string }) => r.owner === anna],
  ] as const)('the forecast matches plain code over the CSV lines: %s', (_name, filters, keep) => {
    const inQ1 = (t: number) => t >= start && t < end;
    const kept = rows.filter(keep);
    const won = kept.filter((r) => r.stage === 'Closed Won' && inQ1(r.close));
    const open = kept.filter((r) => r.stage !== 'Closed Won' && r.stage !== 'Closed Lost' && inQ1(r.close));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const forecast = pipelineForecast(table.deals, filters, {
      start: new Date(start),
      end: new Date(end - 86_400_000),
    });
    // The case exercises both terms.
    expect(won.length).toBeGreaterThan(10);
    expect(open.length).toBeGreaterThan(10);
    expect(forecast.wonDeals).toBe(won.length);
    expect(forecast.openDeals).toBe(open.length);
    expect(forecast.won).toBeCloseTo(sum(won.map((r) => r.amount)), 4);
    expect(forecast.value).toBeCloseTo(
      sum(won.map((r) => r.amount)) + sum(open.map((r) => r.amount * r.probability)),
      4,
    );
  });
});

describe('in the workbook: the forecast is the sum of the linked formulas it extends', () => {
  test.each(['salesforce', 'hubspot-de'] as const)('%s export', (format) => {
    const generated = generateExport(format, { rows: 1_000, seed: 5 });
    const emu = createEmulator({ locale: generated.locale, timeZone: 'Etc/UTC' });
    const sheet = emu.spreadsheet.getActiveSheet().setName('Deals');
    const grid = rectangular(parseCsv(generated.csv).rows);
    sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
    if (sheet.getMaxColumns() < grid[0].length)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), grid[0].length - sheet.getMaxColumns());
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    const values = sheet.getDataRange().getValues();
    const table = readDeals(values);
    const { source } = dealsSourceFor('Deals', values, table);
    const filters = { period: { start: '2027-01-01', end: '2027-03-31' } };
    const kr = emu.spreadsheet.insertSheet('KR');
    kr.getRange(1, 1, 2, 1).setFormulas([
      [buildDealsFormula(source, { kind: 'wonRevenue' }, filters)],
      [buildDealsFormula(source, { kind: 'openPipeline', weighted: true }, filters)],
    ]);
    const [[won], [weighted]] = kr.getRange(1, 1, 2, 1).getValues() as number[][];
    // HubSpot's German export has no probability column: the stage defaults the connection saved.
    const stages = source.columns.probability === undefined ? source.stageProbabilities : undefined;
    if (format === 'hubspot-de') expect(stages && Object.keys(stages).length).toBeGreaterThan(2);
    const forecast = pipelineForecast(table.deals, {}, { start: day('2027-01-01'), end: day('2027-03-31') }, stages);
    expect(weighted).toBeGreaterThan(0);
    expect(forecast.won).toBeCloseTo(won, 4);
    expect(forecast.weighted).toBeCloseTo(weighted, 4);
  });
});
