// The deal metrics' native formulas, evaluated by the formula engine on generated exports of
// 5,000 deals in each of the six CRM formats (HubSpot with German labels) pasted into an emulated
// workbook and connected as the add-on connects them, against an independent computation: plain
// code over the CSV lines below, which shares nothing with the add-on's CSV reader, value parsing
// or formula builder.
import { beforeAll, describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { EXPORT_FORMATS, type ExportFormat, generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import { readDeals } from '../../src/core/deals/table';
import { connectedSource } from '../../src/tabs/deals-connect';
import { buildDealsFormula, type DealFilters, type DealMetric, type DealsSource } from '../../src/tabs/deals-formulas';

const DAY = 86_400_000;
const QUOTA = 20_000_000;

/** One deal as the test reads it straight from the CSV text. */
interface Row {
  owner: string;
  account: string;
  outcome: 'won' | 'lost' | 'open';
  amount: number;
  probability: number;
  close: number;
  created: number;
  /** The export's product, else its lead source, else '' (what the third case filters on). */
  segment: string;
}

const DAY_ZERO = Date.UTC(1899, 11, 30);
const ymd = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
const dmy = (s: string, separator: string) => {
  const [d, m, y] = s.slice(0, 10).split(separator).map(Number);
  return Date.UTC(y, m - 1, d);
};
const fromSerial = (s: string) => DAY_ZERO + Number(s) * DAY;

/** Cells of a comma-separated line where quoted cells may hold commas and doubled quotes. */
function commaCells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2],
  );
}

/** The test's own reading of each format, from what the CRM's columns mean. */
function independentRows(format: ExportFormat, csv: string): Row[] {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const table = (cellsOf: (line: string) => string[], until = lines.length) => {
    const header = cellsOf(lines[0]);
    return lines
      .slice(1, until)
      .filter((line) => line !== '')
      .map((line) => {
        const c = cellsOf(line);
        return (name: string) => {
          const i = header.indexOf(name);
          expect(i, name).toBeGreaterThanOrEqual(0);
          return c[i];
        };
      });
  };
  switch (format) {
    case 'salesforce': {
      // Every value quoted; the footer starts at the first blank line.
      const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
      const mdy = (s: string) => {
        const [m, d, y] = s.split('/').map(Number);
        return Date.UTC(y, m - 1, d);
      };
      return table(cells, lines.indexOf('""')).map((c) => ({
        owner: c('Opportunity Owner'),
        account: c('Account Name'),
        outcome: c('Stage') === 'Closed Won' ? 'won' : c('Stage') === 'Closed Lost' ? 'lost' : 'open',
        amount: Number(c('Amount').replace(/[$,]/g, '')),
        probability: Number(c('Probability (%)').replace('%', '')),
        close: mdy(c('Close Date')),
        created: mdy(c('Created Date')),
        segment: c('Product'),
      }));
    }
    case 'hubspot-de': {
      // `;` between cells, no quoted cells in this export, 1.234,50 and 15.01.2027.
      expect(csv.includes('"')).toBe(false);
      const stageProbability: Record<string, number> = {
        'Termin vereinbart': 20,
        'Qualifiziert zum Kauf': 40,
        'Präsentation geplant': 60,
        'Entscheidungsträger eingebunden': 80,
        'Vertrag gesendet': 90,
      };
      return table((line) => line.split(';')).map((c) => ({
        owner: c('Deal-Inhaber'),
        account: c('Zugehöriges Unternehmen'),
        outcome:
          c('Deal-Phase') === 'Abgeschlossen und gewonnen'
            ? 'won'
            : c('Deal-Phase') === 'Abgeschlossen und verloren'
              ? 'lost'
              : 'open',
        amount: Number(c('Betrag').replace(/\./g, '').replace(',', '.')),
        probability: stageProbability[c('Deal-Phase')] ?? 0,
        close: dmy(c('Abschlussdatum'), '.'),
        created: dmy(c('Erstellungsdatum'), '.'),
        segment: c('Produkt'),
      }));
    }
    case 'pipedrive':
      // The status says won, lost or open; a closed deal closed when it was won or lost.
      return table(commaCells).map((c) => {
        const outcome = c('Deal - Status') === 'Won' ? 'won' : c('Deal - Status') === 'Lost' ? 'lost' : 'open';
        const closed = outcome === 'won' ? c('Deal - Won time') : outcome === 'lost' ? c('Deal - Lost time') : '';
        return {
          owner: c('Deal - Owner'),
          account: c('Deal - Organization'),
          outcome,
          amount: Number(c('Deal - Value')),
          probability: Number(c('Deal - Probability') || 0),
          close: ymd(closed || c('Deal - Expected close date')),
          created: ymd(c('Deal - Deal created')),
          segment: c('Deal - Source'),
        };
      });
    case 'close':
      // Values in cents; status_type active, won or lost; ISO timestamps in UTC.
      return table(commaCells).map((c) => ({
        owner: c('user_name'),
        account: c('lead_name'),
        outcome: c('status_type') === 'won' ? 'won' : c('status_type') === 'lost' ? 'lost' : 'open',
        amount: Number(c('value')) / 100,
        probability: Number(c('confidence')),
        close: ymd(c('date_won')),
        created: ymd(c('date_created')),
        segment: '',
      }));
    case 'zoho':
      // Day-first dates; two stages mean lost.
      return table(commaCells).map((c) => ({
        owner: c('Deal Owner'),
        account: c('Account Name'),
        outcome:
          c('Stage') === 'Closed Won'
            ? 'won'
            : c('Stage') === 'Closed Lost' || c('Stage') === 'Closed-Lost to Competition'
              ? 'lost'
              : 'open',
        amount: Number(c('Amount')),
        probability: Number(c('Probability (%)')),
        close: dmy(c('Closing Date'), '/'),
        created: dmy(c('Created Time'), '/'),
        segment: c('Lead Source'),
      }));
    case 'dynamics':
      // Excel serial dates; a closed deal's actual close date and revenue.
      return table(commaCells).map((c) => {
        const outcome = c('Status') === 'Won' ? 'won' : c('Status') === 'Lost' ? 'lost' : 'open';
        return {
          owner: c('Owner'),
          account: c('Potential Customer'),
          outcome,
          amount: Number(outcome === 'won' ? c('Actual Revenue') : c('Est. Revenue')),
          probability: Number(c('Probability')),
          close: fromSerial(outcome === 'open' ? c('Est. Close Date') : c('Actual Close Date')),
          created: fromSerial(c('Created On')),
          segment: '',
        };
      });
  }
}

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
function expected(rows: Row[], c: Case): Record<string, number | ''> {
  const inPeriod = (t: number) => t >= c.start && t < c.end;
  const kept = rows.filter(c.keep);
  const won = kept.filter((r) => r.outcome === 'won' && inPeriod(r.close));
  const lost = kept.filter((r) => r.outcome === 'lost' && inPeriod(r.close));
  const open = kept.filter((r) => r.outcome === 'open' && inPeriod(r.close));
  const wonAmount = sum(won.map((r) => r.amount));
  const lostAmount = sum(lost.map((r) => r.amount));
  const openGross = sum(open.map((r) => r.amount));
  const openWeighted = sum(open.map((r) => (r.amount * r.probability) / 100));
  const cycles = won.filter((r) => r.close >= r.created).map((r) => (r.close - r.created) / DAY);
  // New customers: accounts whose first won deal (among the kept deals) closes in the period.
  const firstWin = new Map<string, number>();
  for (const r of kept) {
    if (r.outcome !== 'won' || r.account === '') continue;
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

/** What the third case filters on: the product where the export has one, else the lead source. */
const SEGMENT: Partial<Record<ExportFormat, { filter: 'product' | 'source'; value: string }>> = {
  salesforce: { filter: 'product', value: 'Enterprise' },
  'hubspot-de': { filter: 'product', value: 'Enterprise' },
  pipedrive: { filter: 'source', value: 'Partner Referral' },
  zoho: { filter: 'source', value: 'Partner Referral' },
};

function cases(format: ExportFormat): Case[] {
  const anna = format === 'hubspot-de' ? 'anna.schmidt@example.com' : 'Anna Schmidt';
  const segment = SEGMENT[format];
  const inMarch = { period: { start: { cell: 'KR!B1' }, end: { cell: 'KR!C1' } } };
  return [
    { name: 'Q1 2027', filters: { period: { start: '2027-01-01', end: '2027-03-31' } }, keep: () => true, ...q1 },
    {
      name: 'one owner, Q1 2027',
      filters: { owner: anna, period: { start: '2027-01-01', end: '2027-03-31' } },
      keep: (r) => r.owner === anna,
      ...q1,
    },
    segment
      ? {
          name: `one ${segment.filter}, March 2027, period bounds in cells`,
          filters: { [segment.filter]: segment.value, ...inMarch },
          keep: (r) => r.segment === segment.value,
          ...march,
        }
      : {
          name: 'another owner, March 2027, period bounds in cells',
          filters: { owner: 'Ben Carter', ...inMarch },
          keep: (r) => r.owner === 'Ben Carter',
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

describe.each(EXPORT_FORMATS)('%s export of 5,000 deals in the workbook', (format) => {
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
    const width = grid[0].length + 4; // room for the helper columns connecting writes
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    const values = sheet.getDataRange().getValues();
    // Connected as the add-on connects it: parsed helper columns where the sheet holds text.
    const connected = connectedSource('Deals', values, readDeals(values), grid[0].length, (c) => `${c} (parsed)`);
    for (const helper of connected.helpers) {
      const cells = [[helper.header], ...helper.cells.map((v) => [v])];
      sheet.getRange(1, helper.at, cells.length, 1).setValues(cells);
    }
    source = connected.source;
    kr = emu.spreadsheet.insertSheet('KR');
    kr.getRange('A1:C1').setValues([[QUOTA, new Date(Date.UTC(2027, 2, 1)), new Date(Date.UTC(2027, 2, 31))]]);
  });

  test('the independent reading sees every deal', () => {
    expect(rows).toHaveLength(5_000);
    expect(rows.filter((r) => r.outcome === 'won').length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.outcome === 'lost').length).toBeGreaterThan(100);
  });

  test.each(cases(format))('every metric, $name', (c) => {
    const want = expected(rows, c);
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
