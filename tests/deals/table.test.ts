// The deals table: every generated export read back to the deals behind it, also after a sheet
// converted its values, and each kind of bad input reported with its cell in every language.
import { describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { EXPORT_FORMATS, generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import { dealProblemText, readDeals } from '../../src/core/deals/table';
import { defaultStageMap } from '../../src/core/deals/values';
import { LANGUAGES } from '../../src/core/types';

describe.each(EXPORT_FORMATS)('the generated %s export', (format) => {
  const generated = generateExport(format, { rows: 600, seed: 7 });
  const table = readDeals(parseCsv(generated.csv).rows);

  test('reads every deal as generated, with no problems', () => {
    expect(table.problems).toEqual([]);
    expect(table.deals).toHaveLength(600);
    table.deals.forEach((deal, i) => {
      const truth = generated.deals[i];
      expect(deal.outcome, `row ${deal.row}`).toBe(truth.outcome);
      expect(deal.amount, `row ${deal.row}`).toBeCloseTo(truth.amount, 6);
      expect(deal.closed, `row ${deal.row}`).toEqual(truth.closed);
      expect(deal.created, `row ${deal.row}`).toEqual(truth.created);
      expect(deal.account).toBe(truth.account);
      if (format !== 'hubspot-de') expect(deal.owner).toBe(truth.owner);
      if (format !== 'close') expect(deal.probability).toBeCloseTo(truth.probability / 100, 6);
    });
  });

  test('the footer and blank rows are skipped', () => {
    expect(table.skippedRows).toEqual(format === 'salesforce' ? [602, 603, 604, 605, 606, 607] : []);
  });
});

test('values as a sheet holds them after pasting (numbers, dates) read the same', () => {
  for (const format of ['salesforce', 'hubspot-de', 'dynamics'] as const) {
    const generated = generateExport(format, { rows: 200, seed: 3 });
    const emu = createEmulator({ locale: generated.locale, timeZone: 'Europe/Berlin' });
    const sheet = emu.spreadsheet.getActiveSheet();
    const grid = rectangular(parseCsv(generated.csv).rows);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), Math.max(1, grid[0].length - sheet.getMaxColumns()));
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    const table = readDeals(sheet.getDataRange().getValues());
    expect(table.problems).toEqual([]);
    expect(table.deals.map((d) => [d.outcome, d.amount, d.closed?.toISOString()])).toEqual(
      generated.deals.map((d) => [d.outcome, d.amount, d.closed.toISOString()]),
    );
  }
});

describe('bad input, each named by its cell', () => {
  const header = ['Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Close Date', 'Created Date'];

  function messages(problem: {
    key: Parameters<typeof dealProblemText>[0]['key'];
    params: Record<string, string | number>;
  }) {
    for (const language of LANGUAGES) {
      const text = dealProblemText(problem, language);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).toContain(String(problem.params.cell));
    }
  }

  test('text in amount cells: the first cell, its value, the count', () => {
    const table = readDeals([
      header,
      ['A', 'Acme', 'Closed Won', '$1,000', '1/15/2027', '1/2/2027'],
      ['B', 'Acme', 'Closed Won', 'TBD', '1/16/2027', '1/2/2027'],
      ['C', 'Acme', 'Closed Won', 'ask Ben', '1/17/2027', '1/2/2027'],
    ]);
    expect(table.problems).toEqual([
      { key: 'dealsAmountText', cell: 'D3', params: { cell: 'D3', count: 2, header: 'Amount', value: 'TBD' } },
    ]);
    expect(table.deals.map((d) => d.amount)).toEqual([1000, null, null]);
    expect(dealProblemText(table.problems[0])).toBe(
      'Cell D3 (Amount) holds “TBD”, which is not an amount (2 such cells in this column). Enter a number such as 1234.50, or leave the cell empty.',
    );
    messages(table.problems[0]);
  });

  test('an unreadable date and a date order the export does not decide', () => {
    const table = readDeals([
      header,
      ['A', 'Acme', 'Prospecting', 10, 'soon', '02/03/2027'],
      ['B', 'Acme', 'Prospecting', 10, '2027-04-16', '04/05/2027'],
    ]);
    expect(table.problems).toEqual([
      {
        key: 'dealsDateOrderAmbiguous',
        cell: 'F2',
        params: { cell: 'F2', count: 1, column: 'F', header: 'Created Date', value: '02/03/2027' },
      },
      { key: 'dealsDateText', cell: 'E2', params: { cell: 'E2', count: 1, header: 'Close Date', value: 'soon' } },
    ]);
    expect(table.deals[0].created).toBeNull();
    messages(table.problems[0]);
    // The user's choice of order settles it.
    const chosen = readDeals([header, ['A', 'Acme', 'Prospecting', 10, '2027-04-16', '02/03/2027']], undefined, {
      dateOrder: { created: 'dmy' },
    });
    expect(chosen.problems).toEqual([]);
    expect(chosen.deals[0].created).toEqual(new Date(Date.UTC(2027, 2, 2)));
    expect(chosen.dateOrders).toEqual({ created: 'dmy' });
    // Another date column of the export that decides the order (16 > 12: month first) decides it.
    const decided = readDeals([header, ['A', 'Acme', 'Prospecting', 10, '4/16/2027', '02/03/2027']]);
    expect(decided.problems).toEqual([]);
    expect(decided.deals[0].created).toEqual(new Date(Date.UTC(2027, 1, 3)));
    expect(decided.dateOrders).toEqual({ created: 'mdy', closeDate: 'mdy' });
  });

  test('an unmapped stage counts as open and is reported once with its count; an edited map settles it', () => {
    const grid = [
      header,
      ['A', 'Acme', 'Waiting for budget', 10, '1/15/2027', '1/2/2027'],
      ['B', 'Acme', 'Closed Won', 10, '1/15/2027', '1/2/2027'],
      ['C', 'Acme', 'waiting for budget', 10, '1/15/2027', '1/2/2027'],
    ];
    const table = readDeals(grid);
    expect(table.problems).toEqual([
      { key: 'dealsUnmappedStage', cell: 'C2', params: { cell: 'C2', count: 2, value: 'Waiting for budget' } },
    ]);
    expect(table.deals.map((d) => d.outcome)).toEqual(['open', 'won', 'open']);
    messages(table.problems[0]);
    const stageMap = {
      ...defaultStageMap('salesforce'),
      waitingforbudget: { stage: 'Waiting for budget', outcome: 'lost' as const },
    };
    const edited = readDeals(grid, undefined, { stageMap });
    expect(edited.problems).toEqual([]);
    expect(edited.deals.map((d) => d.outcome)).toEqual(['lost', 'won', 'lost']);
  });

  test('an unknown status', () => {
    const table = readDeals([
      ['Deal - Title', 'Deal - Value', 'Deal - Status', 'Deal - Expected close date'],
      ['A', 10, 'Won', '2027-01-15'],
      ['B', 10, 'Paused', '2027-01-15'],
    ]);
    expect(table.problems).toEqual([
      {
        key: 'dealsUnknownStatus',
        cell: 'C3',
        params: { cell: 'C3', count: 1, header: 'Deal - Status', value: 'Paused' },
      },
    ]);
    messages(table.problems[0]);
  });

  test('mixed currencies are reported, never silently one sum', () => {
    const generated = generateExport('pipedrive', { rows: 300, mixedCurrencies: true });
    const table = readDeals(parseCsv(generated.csv).rows);
    expect(table.currencies).toEqual(['EUR', 'GBP', 'USD']);
    const problem = table.problems.find((p) => p.key === 'dealsMixedCurrencies');
    expect(problem?.params).toMatchObject({
      column: 'D',
      header: 'Deal - Currency of value',
      currencies: 'EUR, GBP, USD',
    });
    messages(problem!);
    // Currency signs in the amounts say it too.
    const signs = readDeals([
      header,
      ['A', 'X', 'Closed Won', '$10', '1/15/2027', ''],
      ['B', 'Y', 'Closed Won', '10 €', '1/15/2027', ''],
    ]);
    expect(signs.problems.map((p) => [p.key, p.cell])).toEqual([['dealsMixedCurrencies', 'D3']]);
    // An amount in company currency is one currency whatever the deal's own.
    const converted = readDeals([
      ['Deal Name', 'Deal Stage', 'Amount in company currency', 'Currency', 'Close Date'],
      ['A', 'closedwon', 10, 'USD', '2027-01-15'],
      ['B', 'closedwon', 10, 'EUR', '2027-01-15'],
    ]);
    expect(converted.amountInCompanyCurrency).toBe(true);
    expect(converted.problems).toEqual([]);
  });

  test('a won deal closing before it was created, and a probability that is not one', () => {
    const table = readDeals([
      [...header, 'Probability (%)'],
      ['A', 'Acme', 'Closed Won', 10, '1/15/2027', '2/1/2027', '100'],
      ['B', 'Acme', 'Prospecting', 10, '3/15/2027', '2/1/2027', 'high'],
    ]);
    expect(table.problems.map((p) => [p.key, p.cell])).toEqual([
      ['dealsNegativeCycle', 'F2'],
      ['dealsProbabilityText', 'G3'],
    ]);
    for (const p of table.problems) messages(p);
    expect(table.problems[0].params).toMatchObject({ row: 2, closed: '2027-01-15', created: '2027-02-01' });
  });

  test('an export without amounts: the header problem, and deals without amounts', () => {
    const table = readDeals([
      ['Opportunity Name', 'Stage', 'Close Date'],
      ['A', 'Closed Won', '1/15/2027'],
    ]);
    expect(table.problems.map((p) => p.key)).toEqual(['dealsNoAmount']);
    expect(table.deals[0]).toMatchObject({ outcome: 'won', amount: null });
  });

  test('an empty tab and a tab that is no export give no deals', () => {
    expect(readDeals([]).deals).toEqual([]);
    expect(readDeals([['Shopping list'], ['Milk']]).problems.map((p) => p.key)).toEqual(['dealsNotAnExport']);
  });
});
