// Figures for the deal metrics at scale, for `npm run bench` (call benchDeals from scripts/bench.ts):
// a generated Salesforce export of 50,000 deals pasted into the emulated workbook, every metric's
// native formula written beside it, then the time the formula engine takes to evaluate them and
// to recalculate them after one deal changes, and the time readDeals takes to read the tab.
// Local only: it loads the emulator.
import { createEmulator } from '../emulator/index';
import { generateExport } from '../playground/deals';
import { parseCsv, rectangular } from '../src/core/deals/csv';
import { readDeals } from '../src/core/deals/table';
import { buildDealsFormula, type DealMetric, dealsSourceFor, everyDealMetric } from '../src/tabs/deals-formulas';

export interface DealsBench {
  deals: number;
  /** readDeals over the tab's values (header detection, parsing, problems). */
  readMs: number;
  /** Writing the 13 metric formulas and evaluating them once. */
  firstEvaluationMs: number;
  /** Recalculating all of them after one amount cell changes. */
  recalculationMs: number;
  formulas: number;
}

const METRICS: DealMetric[] = everyDealMetric(['KR!A1']);

export function benchDeals(rows = 50_000): DealsBench {
  const generated = generateExport('salesforce', { rows });
  const emu = createEmulator({ locale: generated.locale, timeZone: 'Etc/UTC' });
  const sheet = emu.spreadsheet.getActiveSheet().setName('Deals');
  const grid = rectangular(parseCsv(generated.csv).rows);
  sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  sheet.insertColumnsAfter(sheet.getMaxColumns(), Math.max(1, grid[0].length - sheet.getMaxColumns()));
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);

  let start = performance.now();
  const values = sheet.getDataRange().getValues();
  const table = readDeals(values);
  const readMs = performance.now() - start;

  const { source } = dealsSourceFor('Deals', values, table);
  const kr = emu.spreadsheet.insertSheet('KR');
  kr.getRange('A1').setValue(50_000_000);
  const filters = { period: { start: '2027-01-01', end: '2027-03-31' } };
  const formulas = METRICS.map((metric) => [buildDealsFormula(source, metric, filters)]);
  start = performance.now();
  kr.getRange(2, 1, formulas.length, 1).setFormulas(formulas);
  kr.getRange(2, 1, formulas.length, 1).getValues();
  const firstEvaluationMs = performance.now() - start;

  // One deal's amount changes: every metric that reads the amounts recalculates.
  const amountColumn = source.columns.amount!;
  start = performance.now();
  sheet.getRange(2, amountColumn).setValue(123_456);
  kr.getRange(2, 1, formulas.length, 1).getValues();
  const recalculationMs = performance.now() - start;

  return { deals: table.deals.length, readMs, firstEvaluationMs, recalculationMs, formulas: formulas.length };
}

/** Prints the figures, as scripts/bench.ts prints its own. */
export function printDealsBench(rows = 50_000): void {
  const b = benchDeals(rows);
  console.log(`\nDeal metrics over ${b.deals.toLocaleString('en-US')} deals (${b.formulas} native formulas)`);
  console.log(`  readDeals (detect, parse, check): ${b.readMs.toFixed(0)} ms`);
  console.log(`  formulas written and evaluated:   ${b.firstEvaluationMs.toFixed(0)} ms`);
  console.log(`  recalculation after one edit:     ${b.recalculationMs.toFixed(0)} ms`);
}

if (/scripts[\\/]bench-deals\.ts$/.test(process.argv[1] ?? '')) printDealsBench(Number(process.argv[2] ?? 50_000));
