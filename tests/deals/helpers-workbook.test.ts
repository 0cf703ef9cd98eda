// The other exports in the workbook: Zoho (day-first dates in an en_GB sheet, two lost stages),
// Pipedrive (won/lost times in their own columns, timestamps the sheet keeps as text), Close
// (cents, ISO timestamps with offsets) and Dynamics (actual revenue and close date of won deals in
// their own columns) need parsed helper columns for some fields, which dealsSourceFor names and a
// connect step writes from readDeals' deals. Checked against the
// generator's own records of the deals, which neither the parsing nor the formulas see.
import { describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { type ExportFormat, type GeneratedDeal, generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import { readDeals } from '../../src/core/deals/table';
import { buildDealsFormula, type DealMetric, dealsSourceFor } from '../../src/tabs/deals-formulas';

const Q1 = { period: { start: '2027-01-01', end: '2027-03-31' } };
const inQ1 = (d: Date) => d >= new Date(Date.UTC(2027, 0, 1)) && d < new Date(Date.UTC(2027, 3, 1));

function truth(deals: GeneratedDeal[]) {
  const won = deals.filter((d) => d.outcome === 'won' && inQ1(d.closed));
  const lost = deals.filter((d) => d.outcome === 'lost' && inQ1(d.closed));
  const cycles = won.map((d) => (d.closed.getTime() - d.created.getTime()) / 86_400_000).sort((a, b) => a - b);
  const mid = cycles.length >> 1;
  return {
    wonRevenue: won.reduce((s, d) => s + d.amount, 0),
    winRate: won.length / (won.length + lost.length),
    salesCycle: cycles.length % 2 ? cycles[mid] : (cycles[mid - 1] + cycles[mid]) / 2,
    openPipeline: deals.filter((d) => d.outcome === 'open' && inQ1(d.closed)).reduce((s, d) => s + d.amount, 0),
  };
}

const METRICS: Record<keyof ReturnType<typeof truth>, DealMetric> = {
  wonRevenue: { kind: 'wonRevenue' },
  winRate: { kind: 'winRate' },
  salesCycle: { kind: 'salesCycle' },
  openPipeline: { kind: 'openPipeline' },
};

describe.each([
  // Zoho's "Created Time" (15/01/2027 10:23) stays text in the local workbook, which reads dates without times.
  ['zoho', ['created']],
  ['pipedrive', ['closeDate', 'created']],
  ['close', ['created']],
  ['dynamics', ['amount', 'closeDate']],
] as const)('%s export', (format: ExportFormat, helpers: readonly string[]) => {
  test(`needs helper columns for ${helpers.join(', ') || 'nothing'}; the metrics match the deals behind it`, () => {
    const generated = generateExport(format, { rows: 1_500, seed: 11 });
    const emu = createEmulator({ locale: generated.locale, timeZone: 'Etc/UTC' });
    const sheet = emu.spreadsheet.getActiveSheet().setName('Deals');
    const grid = rectangular(parseCsv(generated.csv).rows);
    sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    const values = sheet.getDataRange().getValues();
    const table = readDeals(values);
    expect(table.problems).toEqual([]);
    const plan = dealsSourceFor('Deals', values, table);
    expect(plan.helpers).toEqual(helpers);

    // The connect step: one parsed column per helper, to the right of the export.
    let next = grid[0].length + 1;
    for (const helper of plan.helpers) {
      const cells = values.map((_, r) => {
        if (r === 0) return [`${helper} (parsed)`];
        const deal = table.deals.find((d) => d.row === r + 1);
        const value = !deal
          ? ''
          : helper === 'amount'
            ? deal.amount
            : helper === 'created'
              ? deal.created
              : deal.closed;
        return [value ?? ''];
      });
      sheet.getRange(1, next, cells.length, 1).setValues(cells);
      plan.source.columns[helper as keyof typeof plan.source.columns] = next;
      // A helper amount is in currency units already.
      if (helper === 'amount') plan.source.amountDivisor = 1;
      next++;
    }

    const kr = emu.spreadsheet.insertSheet('KR');
    const names = Object.keys(METRICS) as (keyof typeof METRICS)[];
    kr.getRange(1, 1, names.length, 1).setFormulas(names.map((n) => [buildDealsFormula(plan.source, METRICS[n], Q1)]));
    const got = kr.getRange(1, 1, names.length, 1).getValues();
    const want = truth(generated.deals);
    expect(want.wonRevenue).toBeGreaterThan(0);
    names.forEach((name, i) => {
      expect(got[i][0], name).toBeCloseTo(want[name], 6);
    });
  });
});

test('mixed currencies: amount metrics need a currency, counts do not; each currency sums alone', () => {
  const generated = generateExport('pipedrive', { rows: 1_500, seed: 5, mixedCurrencies: true });
  const emu = createEmulator({ locale: generated.locale, timeZone: 'Etc/UTC' });
  const sheet = emu.spreadsheet.getActiveSheet().setName('Deals');
  const grid = rectangular(parseCsv(generated.csv).rows);
  sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  const values = sheet.getDataRange().getValues();
  const table = readDeals(values);
  const plan = dealsSourceFor('Deals', values, table);
  expect(plan.source.currencies).toEqual(['EUR', 'GBP', 'USD']);
  expect(plan.helpers).toEqual(['closeDate', 'created']);
  // The close date of won deals is their won time: a helper column from readDeals.
  const closed = values.map((_, r) => [
    r === 0 ? 'Closed (parsed)' : (table.deals.find((d) => d.row === r + 1)?.closed ?? ''),
  ]);
  sheet.getRange(1, grid[0].length + 1, closed.length, 1).setValues(closed);
  plan.source.columns.closeDate = grid[0].length + 1;

  expect(() => buildDealsFormula(plan.source, { kind: 'wonRevenue' }, Q1)).toThrow(/EUR, GBP, USD.*choose one/);
  expect(() => buildDealsFormula(plan.source, { kind: 'winRate', by: 'amount' }, Q1)).toThrow(/several currencies/);
  const kr = emu.spreadsheet.insertSheet('KR');
  const formulas = [
    buildDealsFormula(plan.source, { kind: 'dealsWon' }, Q1),
    ...['EUR', 'GBP', 'USD'].map((currency) =>
      buildDealsFormula(plan.source, { kind: 'wonRevenue' }, { ...Q1, currency }),
    ),
  ];
  kr.getRange(1, 1, formulas.length, 1).setFormulas(formulas.map((f) => [f]));
  const got = kr
    .getRange(1, 1, formulas.length, 1)
    .getValues()
    .map((row) => row[0]);
  const won = generated.deals.filter((d) => d.outcome === 'won' && inQ1(d.closed));
  expect(got[0]).toBe(won.length);
  ['EUR', 'GBP', 'USD'].forEach((currency, i) => {
    const expected = won.filter((d) => d.currency === currency).reduce((s, d) => s + d.amount, 0);
    expect(expected).toBeGreaterThan(0);
    expect(got[i + 1], currency).toBeCloseTo(expected, 6);
  });

  // Currencies only as signs in the amounts: a currency helper column to filter on.
  const signs = [
    ['Opportunity Name', 'Stage', 'Amount', 'Close Date'],
    ['A', 'Closed Won', '$10', '1/15/2027'],
    ['B', 'Closed Won', '10 €', '1/15/2027'],
  ];
  expect(dealsSourceFor('Deals', signs, readDeals(signs)).helpers).toEqual(['amount', 'closeDate', 'currency']);
});
