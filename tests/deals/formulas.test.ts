// Each deal metric's formula on small hand-worked tabs, evaluated by the formula engine: a
// stage-based export below a title (two lost stages, stage probabilities) and a status-based one
// in cents; plus the formula text itself (open ranges, escaping, what a missing column does).
import { beforeAll, describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import {
  buildDealsFormula,
  DEAL_METRIC_KINDS,
  type DealFilters,
  type DealMetric,
  type DealsSource,
} from '../../src/tabs/deals-formulas';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const Q1: DealFilters = { period: { start: '2027-01-01', end: '2027-03-31' } };
const Q2: DealFilters = { period: { start: '2027-04-01', end: '2027-06-30' } };

// Header in row 3, below a report title. Worked by hand in the comments.
const STAGE_TAB = [
  ['Opportunities report', '', '', '', '', '', '', ''],
  ['', '', '', '', '', '', '', ''],
  ['Name', 'Owner', 'Account', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Product'],
  ['A1', 'Ann', 'Acme', 'Closed Won', 1000, d('2027-01-10'), d('2026-12-01'), 'Pro'], // won Q1, 40 days
  ['A2', 'Ann', 'Beta', 'Closed Won', 3000, d('2027-02-20'), d('2027-02-01'), 'Ent'], // won Q1, 19 days
  ['A3', 'Bob', 'Acme', 'Closed Won', 500, d('2026-11-05'), d('2026-10-01'), 'Pro'], // Acme's first win, before Q1
  ['A4', 'Bob', 'Gamma', 'Closed Lost', 2000, d('2027-03-01'), d('2027-01-01'), 'Pro'], // lost Q1
  ['A5', 'Bob', 'Delta', 'Closed-Lost to Competition', 1000, d('2027-03-15'), d('2027-01-10'), 'Ent'], // lost Q1
  ['A6', 'Ann', 'Gamma', 'Negotiation/Review', 4000, d('2027-03-20'), d('2027-01-05'), 'Ent'], // open Q1, 90%
  ['A7', 'Bob', 'Epsilon', 'Qualification', 10000, d('2027-05-01'), d('2027-02-01'), 'Pro'], // open Q2, 10%
  ['A8', 'Ann', 'Zeta', 'Closed Won', 2500, d('2027-03-31'), d('2027-03-31'), 'Pro'], // won on Q1's last day, 0 days
  ['A9', 'Bob', 'Beta', 'Closed Won', 700, d('2027-04-01'), d('2027-03-01'), 'Pro'], // won Q2, Beta not new
];

const STAGES: DealsSource = {
  tab: 'Deals',
  headerRow: 3,
  columns: { owner: 2, account: 3, stage: 4, amount: 5, closeDate: 6, created: 7, product: 8 },
  outcome: { column: 'stage', won: ['Closed Won'], lost: ['Closed Lost', 'Closed-Lost to Competition'] },
  stageProbabilities: { 'Negotiation/Review': 90, Qualification: 10 },
};

// Close-like: status_type, value in cents, confidence 0–100.
const STATUS_TAB = [
  ['lead_name', 'status_type', 'value', 'date_won', 'date_created', 'confidence'],
  ['Acme', 'won', 123450, d('2027-01-10'), d('2027-01-01'), 100],
  ['Beta', 'lost', 50000, d('2027-01-11'), d('2027-01-02'), 0],
  ['Gamma', 'active', 200000, d('2027-02-01'), d('2027-01-03'), 25],
];

const STATUS: DealsSource = {
  tab: 'Close export',
  headerRow: 1,
  columns: { account: 1, status: 2, amount: 3, closeDate: 4, created: 5, probability: 6 },
  outcome: { column: 'status', won: ['won'], lost: ['lost'] },
  amountDivisor: 100,
  probabilityScale: 100,
};

let evaluate: (source: DealsSource, metric: DealMetric, filters?: DealFilters) => unknown;
let setQuota: (value: number | string) => void;

beforeAll(() => {
  const emu = createEmulator({ timeZone: 'Etc/UTC' });
  const ss = emu.spreadsheet;
  ss.getActiveSheet().setName('Deals').getRange(1, 1, STAGE_TAB.length, 8).setValues(STAGE_TAB);
  ss.insertSheet('Close export').getRange(1, 1, STATUS_TAB.length, 6).setValues(STATUS_TAB);
  const kr = ss.insertSheet('KR');
  setQuota = (value) => kr.getRange('A1').setValue(value);
  evaluate = (source, metric, filters = {}) => {
    kr.getRange('B1').setFormula(buildDealsFormula(source, metric, filters));
    return kr.getRange('B1').getValue();
  };
});

describe('on a stage-based export (hand-worked)', () => {
  test('won revenue, deals won, average deal size: Q1, one owner, one product, Q2', () => {
    expect(evaluate(STAGES, { kind: 'wonRevenue' }, Q1)).toBe(6500);
    expect(evaluate(STAGES, { kind: 'dealsWon' }, Q1)).toBe(3);
    expect(evaluate(STAGES, { kind: 'averageDealSize' }, Q1)).toBeCloseTo(6500 / 3, 6);
    expect(evaluate(STAGES, { kind: 'wonRevenue' }, { ...Q1, owner: 'ann' })).toBe(6500);
    expect(evaluate(STAGES, { kind: 'wonRevenue' }, { ...Q1, product: 'Ent' })).toBe(3000);
    expect(evaluate(STAGES, { kind: 'wonRevenue' }, Q2)).toBe(700);
    expect(evaluate(STAGES, { kind: 'wonRevenue' })).toBe(7700);
    expect(evaluate(STAGES, { kind: 'averageDealSize' }, { ...Q1, owner: 'Nobody' })).toBe('');
  });

  test('win rate by count and by amount, every lost stage counted, open deals left out', () => {
    expect(evaluate(STAGES, { kind: 'winRate' }, Q1)).toBeCloseTo(3 / 5, 9);
    expect(evaluate(STAGES, { kind: 'winRate', by: 'amount' }, Q1)).toBeCloseTo(6500 / 9500, 9);
    expect(evaluate(STAGES, { kind: 'winRate' }, { ...Q1, owner: 'Ann' })).toBe(1);
    // By created date: created in Q1 2027 are A2, A4, A5, A6, A7, A8, A9: won 3 (A2, A8, A9), lost 2.
    expect(
      evaluate(STAGES, { kind: 'winRate' }, { period: { start: '2027-01-01', end: '2027-03-31', on: 'created' } }),
    ).toBeCloseTo(3 / 5, 9);
    expect(evaluate(STAGES, { kind: 'winRate' }, { period: { start: '2028-01-01', end: '2028-03-31' } })).toBe('');
  });

  test('sales cycle: median and mean days created → won', () => {
    expect(evaluate(STAGES, { kind: 'salesCycle' }, Q1)).toBe(19);
    expect(evaluate(STAGES, { kind: 'salesCycle', statistic: 'mean' }, Q1)).toBeCloseTo(59 / 3, 9);
    expect(evaluate(STAGES, { kind: 'salesCycle' })).toBe(31);
    expect(evaluate(STAGES, { kind: 'salesCycle' }, { period: { start: '2028-01-01', end: '2028-01-31' } })).toBe('');
  });

  test('open pipeline, gross and weighted by the stage probabilities', () => {
    expect(evaluate(STAGES, { kind: 'openPipeline' }, Q1)).toBe(4000);
    expect(evaluate(STAGES, { kind: 'openPipeline', weighted: true }, Q1)).toBeCloseTo(3600, 9);
    expect(evaluate(STAGES, { kind: 'openPipeline' }, Q2)).toBe(10000);
    expect(evaluate(STAGES, { kind: 'openPipeline', weighted: true }, Q2)).toBeCloseTo(1000, 9);
    expect(evaluate(STAGES, { kind: 'openPipeline' })).toBe(14000);
    expect(evaluate(STAGES, { kind: 'openPipeline', weighted: true }, { ...Q1, owner: 'Bob' })).toBe(0);
  });

  test('quota attainment and pipeline coverage against a quota cell', () => {
    setQuota(10000);
    expect(evaluate(STAGES, { kind: 'quotaAttainment', quotaCell: 'KR!A1' }, Q1)).toBeCloseTo(0.65, 9);
    expect(evaluate(STAGES, { kind: 'pipelineCoverage', quotaCell: 'KR!A1' }, Q1)).toBeCloseTo(4000 / 3500, 9);
    expect(evaluate(STAGES, { kind: 'pipelineCoverage', quotaCell: 'KR!A1', weighted: true }, Q1)).toBeCloseTo(
      3600 / 3500,
      9,
    );
    // Quota met: nothing left to cover.
    setQuota(5000);
    expect(evaluate(STAGES, { kind: 'pipelineCoverage', quotaCell: 'KR!A1' }, Q1)).toBe('');
    // No quota yet.
    setQuota('');
    expect(evaluate(STAGES, { kind: 'quotaAttainment', quotaCell: 'KR!A1' }, Q1)).toBe('');
  });

  test('new customers: accounts whose first won deal falls in the period', () => {
    // Beta (Feb) and Zeta (Mar 31); Acme had won in November.
    expect(evaluate(STAGES, { kind: 'newCustomers' }, Q1)).toBe(2);
    // Among Ann's deals, Acme's first win is hers, in January.
    expect(evaluate(STAGES, { kind: 'newCustomers' }, { ...Q1, owner: 'Ann' })).toBe(3);
    expect(evaluate(STAGES, { kind: 'newCustomers' }, Q2)).toBe(0);
    expect(evaluate(STAGES, { kind: 'newCustomers' }, { period: { start: '2026-01-01', end: '2026-12-31' } })).toBe(1);
  });
});

describe('on a status-based export in cents', () => {
  test('every metric', () => {
    setQuota(5000);
    expect(evaluate(STATUS, { kind: 'wonRevenue' }, Q1)).toBeCloseTo(1234.5, 9);
    expect(evaluate(STATUS, { kind: 'dealsWon' }, Q1)).toBe(1);
    expect(evaluate(STATUS, { kind: 'averageDealSize' }, Q1)).toBeCloseTo(1234.5, 9);
    expect(evaluate(STATUS, { kind: 'winRate' }, Q1)).toBe(0.5);
    expect(evaluate(STATUS, { kind: 'winRate', by: 'amount' }, Q1)).toBeCloseTo(123450 / 173450, 9);
    expect(evaluate(STATUS, { kind: 'salesCycle' }, Q1)).toBe(9);
    expect(evaluate(STATUS, { kind: 'openPipeline' }, Q1)).toBeCloseTo(2000, 9);
    expect(evaluate(STATUS, { kind: 'openPipeline', weighted: true }, Q1)).toBeCloseTo(500, 9);
    expect(evaluate(STATUS, { kind: 'quotaAttainment', quotaCell: 'KR!A1' }, Q1)).toBeCloseTo(1234.5 / 5000, 9);
    expect(evaluate(STATUS, { kind: 'pipelineCoverage', quotaCell: 'KR!A1' }, Q1)).toBeCloseTo(2000 / 3765.5, 9);
    expect(evaluate(STATUS, { kind: 'newCustomers' }, Q1)).toBe(1);
  });
});

describe('the formula text', () => {
  test('reads open-ended columns below the header, with readable criteria', () => {
    expect(buildDealsFormula(STAGES, { kind: 'wonRevenue' }, { ...Q1, owner: 'Ann' })).toBe(
      `=SUMIFS('Deals'!E4:E,'Deals'!D4:D,"=Closed Won",'Deals'!B4:B,"=Ann",'Deals'!F4:F,">="&DATE(2027,1,1),'Deals'!F4:F,"<"&DATE(2027,4,1))`,
    );
    expect(
      buildDealsFormula(STAGES, { kind: 'dealsWon' }, { period: { start: { cell: 'KR!B1' }, end: { cell: 'KR!C1' } } }),
    ).toBe(`=COUNTIFS('Deals'!D4:D,"=Closed Won",'Deals'!F4:F,">="&KR!B1,'Deals'!F4:F,"<"&(KR!C1+1))`);
  });

  test('values from the sheet stay text: quotes doubled, wildcards and operators escaped', () => {
    const source = { ...STAGES, tab: "Deals '24" };
    const formula = buildDealsFormula(source, { kind: 'wonRevenue' }, { owner: 'O\'Brien "Jr"*?', product: '<>x' });
    expect(formula).toBe(
      `=SUMIFS('Deals ''24'!E4:E,'Deals ''24'!D4:D,"=Closed Won",'Deals ''24'!B4:B,"=O'Brien ""Jr""~*~?",'Deals ''24'!H4:H,"=<>x")`,
    );
    expect(() => buildDealsFormula(source, { kind: 'wonRevenue' }, { source: 'Web' })).toThrow(/no source column/);
  });

  test('a quota or period cell must be a cell reference, a day a day: nothing else enters the formula', () => {
    for (const quotaCell of ['KR!A1+HYPERLINK("x")', 'A1:B2', '', "'Q1'!B3)*0+(1"]) {
      expect(() => buildDealsFormula(STAGES, { kind: 'quotaAttainment', quotaCell })).toThrow(/not a cell reference/);
    }
    expect(buildDealsFormula(STAGES, { kind: 'quotaAttainment', quotaCell: "'Q1 2027 · KRs'!$C$7" })).toContain(
      "/'Q1 2027 · KRs'!$C$7",
    );
    expect(() =>
      buildDealsFormula(STAGES, { kind: 'dealsWon' }, { period: { start: { cell: 'NOW()' }, end: '2027-03-31' } }),
    ).toThrow(/not a cell reference/);
    expect(() =>
      buildDealsFormula(STAGES, { kind: 'dealsWon' }, { period: { start: '2027-01-01)+(1', end: '2027-03-31' } }),
    ).toThrow(/not a day/);
  });

  test('a filter value with a wildcard matches only itself', () => {
    expect(evaluate(STAGES, { kind: 'dealsWon' }, { owner: 'A*' })).toBe(0);
    expect(evaluate(STAGES, { kind: 'dealsWon' }, { owner: 'Ann' })).toBe(3);
  });

  test('every metric has a formula; a metric without its column or period says which', () => {
    for (const kind of DEAL_METRIC_KINDS) {
      const metric = { kind, quotaCell: 'KR!A1' } as DealMetric;
      expect(buildDealsFormula(STAGES, metric, Q1)).toMatch(/^=/);
    }
    const noCreated = { ...STAGES, columns: { ...STAGES.columns, created: undefined } };
    expect(() => buildDealsFormula(noCreated, { kind: 'salesCycle' })).toThrow(/no created column/);
    expect(() => buildDealsFormula(STAGES, { kind: 'newCustomers' })).toThrow(/period/);
    const noWeights = { ...STAGES, stageProbabilities: {} };
    expect(() => buildDealsFormula(noWeights, { kind: 'openPipeline', weighted: true })).toThrow(/probabilit/);
  });
});
