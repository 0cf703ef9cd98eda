// A linked key result's metric and filters are read back from its Current formula alone: every
// metric the sidebar offers, with filters, comes back as it was linked, also as Sheets may give
// the formula back (tab quotes dropped, other case, spaces); a formula edited by hand matches none.
import { describe, expect, test } from 'vitest';
import { generateExport } from '../../playground/deals';
import { parseCsv } from '../../src/core/deals/csv';
import { readDeals } from '../../src/core/deals/table';
import {
  buildDealsFormula,
  type DealFilters,
  type DealMetric,
  type DealsSource,
  dealsSourceFor,
  linkOfFormula,
} from '../../src/tabs/deals-formulas';

const grid = parseCsv(generateExport('salesforce', { rows: 50, seed: 3 }).csv).rows;
const source: DealsSource = { ...dealsSourceFor('Deals 2027', grid, readDeals(grid)).source, tab: 'Deals 2027' };
const period = { start: '2027-01-01', end: '2027-03-31' };

const METRICS: DealMetric[] = [
  { kind: 'wonRevenue' },
  { kind: 'dealsWon' },
  { kind: 'averageDealSize' },
  { kind: 'winRate' },
  { kind: 'winRate', by: 'amount' },
  { kind: 'salesCycle' },
  { kind: 'salesCycle', statistic: 'mean' },
  { kind: 'openPipeline' },
  { kind: 'openPipeline', weighted: true },
  { kind: 'pipelineCoverage', quotaCell: "'Sales targets'!B2" },
  { kind: 'pipelineCoverage', quotaCell: 'Targets!$B$2', weighted: true },
  { kind: 'quotaAttainment', quotaCell: "'Sales targets'!B2" },
  { kind: 'newCustomers' },
];

const FILTERS: Omit<DealFilters, 'period'>[] = [
  {},
  { owner: 'Anna Schmidt' },
  // Quotes, wildcards and an operator in the value are matched literally and come back as typed.
  { owner: 'O"Brien *~?', product: '<>Enterprise' },
];

describe('linkOfFormula', () => {
  test.each(METRICS.flatMap((metric) => FILTERS.map((f) => [metric, f] as const)))(
    'reads back %j with %j',
    (metric, f) => {
      // New customers count by the first win's close date whatever the link says.
      const dates = metric.kind === 'newCustomers' ? (['close'] as const) : (['close', 'created'] as const);
      for (const on of dates) {
        const filters = { ...f, period: { ...period, on } };
        const formula = buildDealsFormula(source, metric, filters);
        expect(linkOfFormula(source, formula, period)).toEqual({ metric, filters });
        // As Sheets may show it: the tab's quotes dropped where not needed, spaces, lower case.
        const shown = formula.replace(/'Deals 2027'!/g, "'Deals 2027' ! ").replace(/SUMIFS/g, 'sumifs');
        expect(linkOfFormula(source, shown, period)).toEqual({ metric, filters });
      }
    },
  );

  test('a formula edited by hand, another period or a plain value is no link', () => {
    const formula = buildDealsFormula(source, { kind: 'wonRevenue' }, { period });
    expect(linkOfFormula(source, `${formula}*2`, period)).toBeNull();
    expect(linkOfFormula(source, formula, { start: '2027-04-01', end: '2027-06-30' })).toBeNull();
    expect(linkOfFormula(source, 120_000, period)).toBeNull();
    expect(linkOfFormula(source, '=SUM(A1:A3)', period)).toBeNull();
  });
});
