// The deal metrics' native formulas, evaluated by the formula engine on generated exports of
// 5,000 deals pasted into an emulated workbook, against an independent computation: plain code
// over the CSV lines below, which shares nothing with the add-on's CSV reader, value parsing or
// formula builder.
import { beforeAll, describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { type ExportFormat, generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import { readDeals } from '../../src/core/deals/table';
import {
  buildDealsFormula,
  type DealFilters,
  type DealMetric,
  type DealsSource,
  dealsSourceFor,
} from '../../src/tabs/deals-formulas';

const DAY = 86_400_000;
const QUOTA = 20_000_000;

/** One deal as the test reads it straight from the CSV text. */
interface Row {
  owner: string;
  account: string;
  stage: string;
  amount: number;
  probability: number;
  close: number;
  created: number;
  product: string;
}

/** The test's own reading of the two formats: the quoted Salesforce report and German HubSpot. */
function independentRows(format: ExportFormat, csv: string): Row[] {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  if (format === 'salesforce') {
    // Every value quoted; the footer starts at the first blank line.
    const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
    const header = cells(lines[0]);
    const col = (name: string) => header.indexOf(name);
    const mdy = (s: string) => {
      const [m, d, y] = s.split('/').map(Number);
      return Date.UTC(y, m - 1, d);
    };
    const end = lines.indexOf('""');
    return lines.slice(1, end).map((line) => {
      const c = cells(line);
      return {
        owner: c[col('Opportunity Owner')],
        account: c[col('Account Name')],
        stage: c[col('Stage')],
        amount: Number(c[col('Amount')].replace(/[$,]/g, '')),
        probability: Number(c[col('Probability (%)')].replace('%', '')),
        close: mdy(c[col('Close Date')]),
        created: mdy(c[col('Created Date')]),
        product: c[col('Product')],
      };
    });
  }
  // German HubSpot: `;` between cells, no quoted cells in this export, 1.234,50 and 15.01.2027.
  expect(csv.includes('"')).toBe(false);
  const header = lines[0].split(';');
  const col = (name: string) => header.indexOf(name);
  const dmy = (s: string) => {
    const [d, m, y] = s.split('.').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  const stageProbability: Record<string, number> = {
    'Termin vereinbart': 20,
    'Qualifiziert zum Kauf': 40,
    'Präsentation geplant': 60,
    'Entscheidungsträger eingebunden': 80,
    'Vertrag gesendet': 90,
  };
  return lines
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const c = line.split(';');
      const stage = c[col('Deal-Phase')];
      return {
        owner: c[col('Deal-Inhaber')],
        account: c[col('Zugehöriges Unternehmen')],
        stage,
        amount: Number(c[col('Betrag')].replace(/\./g, '').replace(',', '.')),
        probability: stageProbability[stage] ?? 0,
        close: dmy(c[col('Abschlussdatum')]),
        created: dmy(c[col('Erstellungsdatum')]),
        product: c[col('Produkt')],
      };
    });
}

const WON: Record<string, string> = { salesforce: 'Closed Won', 'hubspot-de': 'Abgeschlossen und gewonnen' };
const LOST: Record<string, string> = { salesforce: 'Closed Lost', 'hubspot-de': 'Abgeschlossen und verloren' };

interface Case {
  name: string;
  filters: DealFilters;
  /** Which rows the filters keep, by the test's own reading; `on` the date the period applies to. */
  keep: (row: Row) => boolean;
  start: number;
  end: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Every metric, computed by hand over the rows. */
function expected(rows: Row[], format: ExportFormat, c: Case): Record<string, number | ''> {
  const inPeriod = (t: number) => t >= c.start && t < c.end;
  const kept = rows.filter(c.keep);
  const won = kept.filter((r) => r.stage === WON[format] && inPeriod(r.close));
  const lost = kept.filter((r) => r.stage === LOST[format] && inPeriod(r.close));
  const open = kept.filter((r) => r.stage !== WON[format] && r.stage !== LOST[format] && inPeriod(r.close));
  const wonAmount = sum(won.map((r) => r.amount));
  const lostAmount = sum(lost.map((r) => r.amount));
  const openGross = sum(open.map((r) => r.amount));
  const openWeighted = sum(open.map((r) => (r.amount * r.probability) / 100));
  const cycles = won.filter((r) => r.close >= r.created).map((r) => (r.close - r.created) / DAY);
  // New customers: accounts whose first won deal (among the kept deals) closes in the period.
  const firstWin = new Map<string, number>();
  for (const r of kept) {
    if (r.stage !== WON[format] || r.account === '') continue;
    firstWin.set(r.account, Math.min(firstWin.get(r.account) ?? Number.POSITIVE_INFINITY, r.close));
  }
  return {
    wonRevenue: wonAmount,
    dealsWon: won.length,
    averageDealSize: won.length ? wonAmount / won.length : '',
    winRate: won.length + lost.length ? won.length / (won.length + lost.length) : '',
    winRateByAmount: wonAmount + lostAmount ? wonAmount / (wonAmount + lostAmount) : '',
    salesCycle: cycles.length ? median(cycles) : '',
    salesCycleMean: cycles.length ? sum(cycles) / cycles.length : '',
    openPipeline: openGross,
    weightedPipeline: openWeighted,
    pipelineCoverage: QUOTA - wonAmount > 0 ? openGross / (QUOTA - wonAmount) : '',
    weightedCoverage: QUOTA - wonAmount > 0 ? openWeighted / (QUOTA - wonAmount) : '',
    quotaAttainment: wonAmount / QUOTA,
    newCustomers: [...firstWin.values()].filter(inPeriod).length,
  };
}

const METRICS: Record<string, DealMetric> = {
  wonRevenue: { kind: 'wonRevenue' },
  dealsWon: { kind: 'dealsWon' },
  averageDealSize: { kind: 'averageDealSize' },
  winRate: { kind: 'winRate' },
  winRateByAmount: { kind: 'winRate', by: 'amount' },
  salesCycle: { kind: 'salesCycle' },
  salesCycleMean: { kind: 'salesCycle', statistic: 'mean' },
  openPipeline: { kind: 'openPipeline' },
  weightedPipeline: { kind: 'openPipeline', weighted: true },
  pipelineCoverage: { kind: 'pipelineCoverage', quotaCell: 'KR!A1' },
  weightedCoverage: { kind: 'pipelineCoverage', quotaCell: 'KR!A1', weighted: true },
  quotaAttainment: { kind: 'quotaAttainment', quotaCell: 'KR!A1' },
  newCustomers: { kind: 'newCustomers' },
};

const q1 = { start: Date.UTC(2027, 0, 1), end: Date.UTC(2027, 3, 1) };
const march = { start: Date.UTC(2027, 2, 1), end: Date.UTC(2027, 3, 1) };

function cases(format: ExportFormat): Case[] {
  const anna = format === 'salesforce' ? 'Anna Schmidt' : 'anna.schmidt@example.com';
  return [
    { name: 'Q1 2027', filters: { period: { start: '2027-01-01', end: '2027-03-31' } }, keep: () => true, ...q1 },
    {
      name: 'one owner, Q1 2027',
      filters: { owner: anna, period: { start: '2027-01-01', end: '2027-03-31' } },
      keep: (r) => r.owner === anna,
      ...q1,
    },
    {
      name: 'one product, March 2027, period bounds in cells',
      filters: { product: 'Enterprise', period: { start: { cell: 'KR!B1' }, end: { cell: 'KR!C1' } } },
      keep: (r) => r.product === 'Enterprise',
      ...march,
    },
    {
      name: 'Q2 2027 (open pipeline ahead)',
      filters: { period: { start: '2027-04-01', end: '2027-06-30' } },
      keep: () => true,
      start: Date.UTC(2027, 3, 1),
      end: Date.UTC(2027, 6, 1),
    },
  ];
}

describe.each(['salesforce', 'hubspot-de'] as const)('%s export of 5,000 deals in the workbook', (format) => {
  const generated = generateExport(format, { rows: 5_000 });
  const rows = independentRows(format, generated.csv);
  let source: DealsSource;
  let kr: GoogleAppsScript.Spreadsheet.Sheet;

  beforeAll(() => {
    const emu = createEmulator({ locale: generated.locale, timeZone: 'Etc/UTC' });
    const sheet = emu.spreadsheet.getActiveSheet().setName('Deals');
    // Pasted as text, as a user pastes an export: the sheet converts numbers and dates of its locale.
    const grid = rectangular(parseCsv(generated.csv).rows);
    sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
    if (sheet.getMaxColumns() < grid[0].length) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), grid[0].length - sheet.getMaxColumns());
    }
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    const values = sheet.getDataRange().getValues();
    const table = readDeals(values);
    const plan = dealsSourceFor('Deals', values, table);
    expect(plan.helpers).toEqual([]);
    source = plan.source;
    kr = emu.spreadsheet.insertSheet('KR');
    kr.getRange('A1:C1').setValues([[QUOTA, new Date(Date.UTC(2027, 2, 1)), new Date(Date.UTC(2027, 2, 31))]]);
  });

  test('the independent reading sees every deal', () => {
    expect(rows).toHaveLength(5_000);
    expect(new Set(rows.map((r) => r.stage)).has(WON[format])).toBe(true);
  });

  test.each(cases(format))('every metric, $name', (c) => {
    const want = expected(rows, format, c);
    // The case must exercise the metric: deals won, lost and open (except Q2, which has no closed deals yet).
    if (c.start < Date.UTC(2027, 3, 1)) expect(want.dealsWon).toBeGreaterThan(5);
    expect(want.openPipeline).toBeGreaterThan(0);
    const names = Object.keys(METRICS);
    const formulas = names.map((name) => [buildDealsFormula(source, METRICS[name], c.filters)]);
    kr.getRange(2, 1, names.length, 1).setFormulas(formulas);
    const got = kr.getRange(2, 1, names.length, 1).getValues();
    names.forEach((name, i) => {
      const value = got[i][0];
      const expectation = want[name];
      if (expectation === '') expect(value, name).toBe('');
      else expect(value, `${name}: ${formulas[i][0]}`).toBeCloseTo(expectation, 6);
    });
  });
});
