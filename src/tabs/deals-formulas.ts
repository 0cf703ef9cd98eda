// Native spreadsheet formulas for sales metrics over a pasted deals export, so a key result can be
// linked to a metric that recalculates in Sheets without the add-on: closed-won revenue, deals
// won, average deal size, win rate, sales cycle, open pipeline, pipeline coverage, quota
// attainment, new customers. Formulas are written as Apps Script's setFormula expects them
// (English function names, `,` separators) and stay readable: SUMIFS/COUNTIFS with one term per
// won (or lost) stage where possible, FILTER where a per-row expression is needed. They read whole
// open-ended columns ('Deals'!F2:F), so rows pasted later count.
//
// What the columns must hold: amounts and dates as real numbers and dates of the sheet (Sheets
// converts "$1,234" and 1/15/2027 when the export is pasted or imported in a matching locale).
// Where the raw column is text that the sheet does not convert (ISO timestamps with offsets,
// amounts in another locale's format), the caller writes a parsed helper column and passes that
// column here instead: every column is a parameter.
import { columnLetter, quoteTab } from '../core/a1';
import type { DealField } from '../core/deals/headers';
import {
  DEAL_FILTER_FIELDS,
  DEAL_METRIC_KINDS,
  type DealFilterValues,
  type DealMetricKind,
} from '../core/deals/metrics';
import type { DealsTable } from '../core/deals/table';
import { defaultStageMap, type Outcome, probabilityScaleOf, stageKey } from '../core/deals/values';
import { isBlank } from '../core/numbers';

/** The columns the formulas read; 1-based column numbers of the deals tab. */
export type DealsColumn =
  | 'amount'
  | 'closeDate'
  | 'created'
  | 'stage'
  | 'status'
  | 'owner'
  | 'account'
  | 'source'
  | 'product'
  | 'type'
  | 'probability'
  | 'currency'
  | 'team';

/** How the formulas tell won, lost and open deals apart on the raw export. */
export interface OutcomeColumn {
  /** The status column ("Won"/"Lost"/"Open", Close's won/lost/active) or the stage column. */
  column: 'status' | 'stage';
  /** Values of that column meaning won, as written in the data ("Closed Won", "Won"). */
  won: string[];
  /** Values meaning lost (Zoho has two: "Closed Lost", "Closed-Lost to Competition"). */
  lost: string[];
}

export interface DealsSource {
  /** The deals tab's name. */
  tab: string;
  /** 1-based row of the header; the data starts on the next row and runs to the tab's end. */
  headerRow: number;
  columns: Partial<Record<DealsColumn, number>>;
  outcome: OutcomeColumn;
  /** The sheet's amounts are in cents (Close): sums are divided by 100. Default 1. */
  amountDivisor?: number;
  /**
   * The probability column's scale: 100 when it holds 0–100 numbers, 1 for fractions or percent
   * cells (20% is 0.2 in the sheet). Default 1.
   */
  probabilityScale?: 1 | 100;
  /**
   * Win probability in percent per open stage, for a weighted pipeline when the export has no
   * probability column (the defaults of DEFAULT_STAGES, as edited by the user).
   */
  stageProbabilities?: Record<string, number>;
  /**
   * The currencies of the deals when the amount column mixes them (readDeals' `currencies`, unless
   * the column is in one company currency): amount metrics then need a currency filter.
   */
  currencies?: string[];
}

/** A period bound: an ISO day ("2027-03-31") or a cell holding a date ("'Q1 2027'!B3"). */
export type DateBound = string | { cell: string };

/** Filters by column (a currency is required for amounts when the export mixes currencies). */
export interface DealFilters extends DealFilterValues {
  /** Both days included. */
  period?: { start: DateBound; end: DateBound; on?: 'close' | 'created' };
}

export type DealMetric =
  /** Sum of won amounts closed in the period. */
  | { kind: 'wonRevenue' }
  /** Number of deals won in the period. */
  | { kind: 'dealsWon' }
  /** Won amount ÷ deals won. Blank when none was won. */
  | { kind: 'averageDealSize' }
  /** Won ÷ (won + lost), open deals excluded; by count (default) or by amount. */
  | { kind: 'winRate'; by?: 'count' | 'amount' }
  /** Days from created to close of won deals; median (default) or mean. Negative spans left out. */
  | { kind: 'salesCycle'; statistic?: 'median' | 'mean' }
  /** Open deals' amount closing in the period, gross (default) or probability-weighted. */
  | { kind: 'openPipeline'; weighted?: boolean }
  /** Open pipeline closing in the period ÷ (quota − won in the period). Blank once the quota is met. */
  | { kind: 'pipelineCoverage'; quotaCell: string; weighted?: boolean }
  /** Won amount closed in the period ÷ quota. */
  | { kind: 'quotaAttainment'; quotaCell: string }
  /** Accounts whose first won deal falls in the period. */
  | { kind: 'newCustomers' };

export type { DealMetricKind };

// Every metric has a formula, and every formula a metric of the list.
const _sameKinds: [DealMetric['kind'], DealMetricKind] extends [DealMetricKind, DealMetric['kind']] ? true : never =
  true;

/** A formula's text literal: "…" with quotes doubled. */
function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A criterion that matches exactly this value: no wildcards, no operators read from the data. */
function equalsCriterion(value: string): string {
  return text(`=${value.replace(/[~*?]/g, '~$&')}`);
}
function notEqualsCriterion(value: string): string {
  return text(`<>${value.replace(/[~*?]/g, '~$&')}`);
}

function isoToDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`"${day}" is not a day (yyyy-mm-dd).`);
  return `DATE(${Number(m[1])},${Number(m[2])},${Number(m[3])})`;
}

/** One cell, optionally on a named tab: 'Q1 2027'!B3, KR!$A$1, C7. Nothing else enters a formula. */
const CELL_REFERENCE = /^(?:'(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_.]*!)?\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

function cellReference(ref: string): string {
  if (!CELL_REFERENCE.test(ref)) throw new Error(`"${ref}" is not a cell reference such as 'Q1 2027'!B3.`);
  return ref;
}

/** The expression of a bound, and of the day after it (for "before the end of the end day"). */
function bound(b: DateBound): { day: string; next: string } {
  if (typeof b === 'string') {
    const day = isoToDate(b);
    const next = new Date(Date.parse(`${b}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return { day, next: isoToDate(next) };
  }
  const cell = cellReference(b.cell);
  return { day: cell, next: `(${cell}+1)` };
}

const FILTER_FIELDS = DEAL_FILTER_FIELDS;

/** Metrics that add amounts up, which one sum across currencies would make meaningless. */
export const AMOUNT_METRICS: DealMetricKind[] = [
  'wonRevenue',
  'averageDealSize',
  'openPipeline',
  'pipelineCoverage',
  'quotaAttainment',
];

/** A SUMIFS/COUNTIFS condition: a range and a criterion. */
type Criterion = [range: string, criterion: string];

/** Builds the formulas for one deals tab; see buildDealsFormula. */
class Builder {
  constructor(private readonly source: DealsSource) {}

  range(column: DealsColumn): string {
    const c = this.source.columns[column];
    if (c === undefined) throw new Error(`The deals tab has no ${column} column mapped.`);
    const letter = columnLetter(c);
    return `${quoteTab(this.source.tab)}!${letter}${this.source.headerRow + 1}:${letter}`;
  }

  private outcomeRange(): string {
    return this.range(this.source.outcome.column);
  }

  /** Filters and period as SUMIFS criteria. */
  criteria(filters: DealFilters): Criterion[] {
    const list: Criterion[] = [];
    for (const field of FILTER_FIELDS) {
      const value = filters[field];
      if (value !== undefined && value !== '') list.push([this.range(field), equalsCriterion(value)]);
    }
    if (filters.period) {
      const dates = this.range(filters.period.on === 'created' ? 'created' : 'closeDate');
      list.push([dates, `">="&${bound(filters.period.start).day}`]);
      list.push([dates, `"<"&${bound(filters.period.end).next}`]);
    }
    return list;
  }

  /** Filters and period as conditions on each row (for FILTER). */
  conditions(filters: DealFilters, periodOn?: 'close' | 'created'): string[] {
    const list: string[] = [];
    for (const field of FILTER_FIELDS) {
      const value = filters[field];
      if (value !== undefined && value !== '') list.push(`${this.range(field)}=${text(value)}`);
    }
    if (filters.period) {
      const dates = this.range((periodOn ?? filters.period.on) === 'created' ? 'created' : 'closeDate');
      list.push(`${dates}>=${bound(filters.period.start).day}`);
      list.push(`${dates}<${bound(filters.period.end).next}`);
    }
    return list;
  }

  /** One row condition: the outcome column holds one of `values`. */
  isOneOf(values: string[]): string {
    const range = this.outcomeRange();
    const terms = values.map((v) => `(${range}=${text(v)})`);
    return terms.length === 1 ? terms[0].slice(1, -1) : `(${terms.join('+')})`;
  }

  /** One row condition: open, that is neither won nor lost, nor blank. */
  isOpen(): string {
    const range = this.outcomeRange();
    const { won, lost } = this.source.outcome;
    const terms = [...won, ...lost].map((v) => `(${range}<>${text(v)})`);
    terms.push(`(${range}<>"")`);
    return terms.join('*');
  }

  /** SUMIFS or COUNTIFS summed over the outcome's values (one term per won or lost value). */
  perOutcome(fn: 'SUMIFS' | 'COUNTIFS', values: string[], rest: Criterion[]): string {
    if (values.length === 0) return '0';
    const terms = values.map((value) => {
      const args = [[this.outcomeRange(), equalsCriterion(value)] as Criterion, ...rest].flat();
      return fn === 'SUMIFS' ? `SUMIFS(${this.range('amount')},${args.join(',')})` : `COUNTIFS(${args.join(',')})`;
    });
    return this.scaled(fn, terms.length === 1 ? terms[0] : `(${terms.join('+')})`);
  }

  private scaled(fn: 'SUMIFS' | 'COUNTIFS' | 'SUM', expression: string): string {
    const divisor = this.source.amountDivisor ?? 1;
    return fn !== 'COUNTIFS' && divisor !== 1 ? `${expression}/${divisor}` : expression;
  }

  won(fn: 'SUMIFS' | 'COUNTIFS', filters: DealFilters): string {
    return this.perOutcome(fn, this.source.outcome.won, this.criteria(filters));
  }

  lost(fn: 'SUMIFS' | 'COUNTIFS', filters: DealFilters): string {
    return this.perOutcome(fn, this.source.outcome.lost, this.criteria(filters));
  }

  /** Open deals' amount: one SUMIFS with "<>" for every won and lost value. */
  openGross(filters: DealFilters): string {
    const { won, lost } = this.source.outcome;
    const range = this.outcomeRange();
    const args = [...won, ...lost].map((v) => [range, notEqualsCriterion(v)] as Criterion);
    args.push([range, '"<>"']);
    const all = [...args, ...this.criteria(filters)].flat();
    return this.scaled('SUM', `SUMIFS(${this.range('amount')},${all.join(',')})`);
  }

  /** Open deals' amount × probability: the probability column, else the stage defaults. */
  openWeighted(filters: DealFilters): string {
    let weight: string;
    if (this.source.columns.probability !== undefined) {
      const scale = this.source.probabilityScale ?? 1;
      weight = `${this.range('probability')}${scale === 1 ? '' : `/${scale}`}`;
    } else {
      const stages = Object.entries(this.source.stageProbabilities ?? {}).filter(([, p]) => p > 0);
      if (stages.length === 0)
        throw new Error('A weighted pipeline needs a probability column or stage probabilities.');
      const stage = this.range('stage');
      weight = `(${stages.map(([name, p]) => `(${stage}=${text(name)})*${p / 100}`).join('+')})`;
    }
    const keep = [this.isOpen(), ...this.conditions(filters)];
    const sum = `IFERROR(SUM(FILTER(${this.range('amount')}*${weight},${keep.join(',')})),0)`;
    return this.scaled('SUM', sum);
  }

  open(filters: DealFilters, weighted: boolean | undefined): string {
    return weighted ? this.openWeighted(filters) : this.openGross(filters);
  }

  salesCycle(filters: DealFilters, statistic: 'median' | 'mean'): string {
    const close = this.range('closeDate');
    const created = this.range('created');
    const keep = [
      this.isOneOf(this.source.outcome.won),
      `ISNUMBER(${created})`,
      `${close}>=${created}`,
      ...this.conditions(filters),
    ];
    const fn = statistic === 'mean' ? 'AVERAGE' : 'MEDIAN';
    return `IFERROR(${fn}(FILTER(${close}-${created},${keep.join(',')})),"")`;
  }

  /** Distinct accounts with a won deal closing before `before` (a date expression). */
  accountsWonBefore(filters: DealFilters, before: string): string {
    const account = this.range('account');
    const keep = [
      this.isOneOf(this.source.outcome.won),
      `${account}<>""`,
      `${this.range('closeDate')}<${before}`,
      ...this.conditions({ ...filters, period: undefined }),
    ];
    // FILTER without a match is #N/A, which COUNTUNIQUE may count as one value: a COUNTIFS of the
    // same conditions answers 0 first. (ROWS(UNIQUE(…)) would avoid the guard, but UNIQUE takes
    // quadratic time in the formula engine the local workbook uses: 19 s at 50,000 deals.)
    const guard = this.perOutcome('COUNTIFS', this.source.outcome.won, [
      [account, '"<>"'],
      [this.range('closeDate'), `"<"&${before}`],
      ...this.criteria({ ...filters, period: undefined }),
    ]);
    return `IF(${guard}=0,0,COUNTUNIQUE(FILTER(${account},${keep.join(',')})))`;
  }
}

/** Whether a metric adds up amounts (which are never added across currencies). */
export function addsAmounts(metric: DealMetric): boolean {
  return AMOUNT_METRICS.includes(metric.kind) || (metric.kind === 'winRate' && metric.by === 'amount');
}

/**
 * The formula (with its leading "=") computing `metric` over the deals tab, with the filters.
 * Throws when a column the metric needs is not mapped (the caller offers the mapping first).
 */
export function buildDealsFormula(source: DealsSource, metric: DealMetric, filters: DealFilters = {}): string {
  const b = new Builder(source);
  const amounts = addsAmounts(metric);
  if (amounts && (source.currencies?.length ?? 0) > 1 && !filters.currency) {
    // Never one sum across currencies: the caller asks which currency the key result counts.
    throw new Error(`The deals are in several currencies (${source.currencies!.join(', ')}): choose one.`);
  }
  // Won and lost deals count in the period of their close date unless the period says otherwise.
  switch (metric.kind) {
    case 'wonRevenue':
      return `=${b.won('SUMIFS', filters)}`;
    case 'dealsWon':
      return `=${b.won('COUNTIFS', filters)}`;
    case 'averageDealSize': {
      const count = b.won('COUNTIFS', filters);
      return `=IF(${count}=0,"",${b.won('SUMIFS', filters)}/${count})`;
    }
    case 'winRate': {
      const fn = metric.by === 'amount' ? 'SUMIFS' : 'COUNTIFS';
      const won = b.won(fn, filters);
      const lost = b.lost(fn, filters);
      return `=IF(${won}+${lost}=0,"",${won}/(${won}+${lost}))`;
    }
    case 'salesCycle':
      return `=${b.salesCycle(filters, metric.statistic ?? 'median')}`;
    case 'openPipeline':
      return `=${b.open(filters, metric.weighted)}`;
    case 'pipelineCoverage': {
      const won = b.won('SUMIFS', filters);
      const remaining = `(${cellReference(metric.quotaCell)}-${won})`;
      return `=IF(${remaining}<=0,"",${b.open(filters, metric.weighted)}/${remaining})`;
    }
    case 'quotaAttainment': {
      const quota = cellReference(metric.quotaCell);
      return `=IF(N(${quota})=0,"",${b.won('SUMIFS', filters)}/${quota})`;
    }
    case 'newCustomers': {
      // Accounts won by the period's end minus those already won before it: the accounts whose
      // first won deal falls in the period. Linear in the rows, unlike a per-row COUNTIFS.
      const period = filters.period;
      if (!period) throw new Error('New customers need a period.');
      const start = bound(period.start).day;
      const end = bound(period.end).next;
      return `=${b.accountsWonBefore(filters, end)}-${b.accountsWonBefore(filters, start)}`;
    }
  }
}

/** Every metric kind, for menus and tests. */
export { DEAL_METRIC_KINDS };

export interface DealsSourcePlan {
  source: DealsSource;
  /**
   * Columns whose cells the sheet does not hold as numbers or dates (text amounts such as
   * "1.234,50" in an en_US sheet, ISO timestamps), or whose value comes from several columns (the
   * close date of Pipedrive's won/lost times, Dynamics' actual close date): the connect step
   * writes a parsed helper column for each (from readDeals' deals) and sets its number in
   * `source.columns` before building formulas.
   */
  helpers: DealsColumn[];
}

/**
 * The formulas' view of a deals tab read by readDeals: 1-based columns, the outcome column with
 * the won and lost values as they occur in the data, Close's cents, the probability scale, and
 * the columns that need a helper column.
 */
export function dealsSourceFor(tab: string, grid: readonly (readonly unknown[])[], table: DealsTable): DealsSourcePlan {
  const { mapping } = table;
  const columns: Partial<Record<DealsColumn, number>> = {};
  const fields: [DealsColumn, DealField][] = [
    ['amount', 'amount'],
    ['closeDate', 'closeDate'],
    ['created', 'created'],
    ['stage', 'stage'],
    ['status', 'status'],
    ['owner', 'owner'],
    ['account', 'account'],
    ['source', 'source'],
    ['product', 'product'],
    ['type', 'type'],
    ['probability', 'probability'],
    ['currency', 'currency'],
  ];
  for (const [column, field] of fields) {
    const c = mapping.columns[field];
    if (c !== undefined) columns[column] = c + 1;
  }
  const helpers: DealsColumn[] = [];
  // Values as the sheet holds them: real numbers and dates can be summed and compared.
  const dataRows = table.deals.map((deal) => grid[deal.row - 1]);
  const holds = (field: DealField, ok: (v: unknown) => boolean) => {
    const c = mapping.columns[field];
    return c === undefined || dataRows.every((row) => isBlank(row[c]) || ok(row[c]));
  };
  const isNumber = (v: unknown) => typeof v === 'number';
  const isDay = (v: unknown) => v instanceof Date || typeof v === 'number';
  if (!holds('amount', isNumber) || mapping.columns.actualAmount !== undefined) helpers.push('amount');
  const closeFromSeveral = ['actualCloseDate', 'wonDate', 'lostDate'].some(
    (f) => mapping.columns[f as DealField] !== undefined,
  );
  if (!holds('closeDate', isDay) || closeFromSeveral) helpers.push('closeDate');
  if (!holds('created', isDay)) helpers.push('created');
  const mixed = table.currencies.length > 1 && !table.amountInCompanyCurrency;
  // Currencies written only as signs in the amounts ("$10", "10 €"): a column to filter on.
  if (mixed && mapping.columns.currency === undefined) helpers.push('currency');

  const useStatus = mapping.columns.status !== undefined;
  const written = (outcome: Outcome) => {
    const values = new Set<string>();
    for (const deal of table.deals) {
      if (deal.outcome !== outcome) continue;
      const value = useStatus ? String(grid[deal.row - 1][mapping.columns.status!] ?? '').trim() : deal.stage;
      if (value !== '') values.add(value);
    }
    return [...values];
  };
  const stageMap = defaultStageMap(mapping.crm);
  const stageProbabilities: Record<string, number> = {};
  for (const deal of table.deals) {
    const rule = stageMap[stageKey(deal.stage)];
    if (deal.outcome === 'open' && rule?.probability !== undefined) stageProbabilities[deal.stage] = rule.probability;
  }
  const probabilityColumn = mapping.columns.probability;
  return {
    source: {
      tab,
      headerRow: mapping.headerRow + 1,
      columns,
      outcome: { column: useStatus ? 'status' : 'stage', won: written('won'), lost: written('lost') },
      amountDivisor: mapping.crm === 'close' ? 100 : 1,
      probabilityScale:
        probabilityColumn === undefined ? 1 : probabilityScaleOf(dataRows.map((row) => row[probabilityColumn])),
      stageProbabilities,
      ...(mixed ? { currencies: table.currencies } : {}),
    },
    helpers,
  };
}

/** Every metric with each of its options, those that compare with a quota once per quota cell. */
export function everyDealMetric(quotaCells: readonly string[]): DealMetric[] {
  return [
    { kind: 'wonRevenue' },
    { kind: 'dealsWon' },
    { kind: 'averageDealSize' },
    { kind: 'winRate' },
    { kind: 'winRate', by: 'amount' },
    { kind: 'salesCycle' },
    { kind: 'salesCycle', statistic: 'mean' },
    { kind: 'openPipeline' },
    { kind: 'openPipeline', weighted: true },
    { kind: 'newCustomers' },
    ...quotaCells.flatMap((quotaCell): DealMetric[] => [
      { kind: 'quotaAttainment', quotaCell },
      { kind: 'pipelineCoverage', quotaCell },
      { kind: 'pipelineCoverage', quotaCell, weighted: true },
    ]),
  ];
}

// ---------------------------------------------------------------------------------------------
// Reading a link back: the formula in a key result's Current cell is the link's only record (the
// sheet may be edited by hand), so the metric and filters are recovered by building every
// candidate and keeping the one whose formula is the cell's. A formula edited by hand matches none.

/** A metric and filters whose formula is a key result's Current formula. */
export interface DealsLink {
  metric: DealMetric;
  filters: DealFilters & { period: NonNullable<DealFilters['period']> };
}

/**
 * A formula as Sheets may give it back, compared without what it may change: spaces, the quotes
 * around tab names and letter case, outside string literals (whose text is kept as written).
 */
function canonical(formula: string): string {
  let out = '';
  let inString = false;
  for (const ch of formula.trim()) {
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (ch !== ' ' && ch !== "'") out += ch.toUpperCase();
  }
  return out;
}

/** The text of the string literal starting at `at` (a `"`), quotes undoubled; null when unterminated. */
function literalAt(text: string, at: number): string | null {
  let value = '';
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] !== '"') value += text[i];
    else if (text[i + 1] === '"') {
      value += '"';
      i++;
    } else return value;
  }
  return null;
}

/** The metric and filters of a Current formula over `source` for the period's days; null for any other formula. */
export function linkOfFormula(
  source: DealsSource,
  formula: unknown,
  period: { start: string; end: string },
): DealsLink | null {
  if (typeof formula !== 'string' || !formula.trim().startsWith('=')) return null;
  const b = new Builder(source);
  const text = canonical(formula);
  const mapped = (column: DealsColumn) => source.columns[column] !== undefined;
  // Filter values: as SUMIFS criteria ("=value", wildcards escaped) or FILTER conditions (="value").
  // The outcome's own criteria read the stage column too ("=Closed Won"), so each value seen is
  // only a candidate, and so is no filter.
  let filterSets: DealFilterValues[] = [{}];
  for (const field of FILTER_FIELDS) {
    if (!mapped(field)) continue;
    const range = canonical(b.range(field));
    const values = new Set<string>();
    for (const [mark, criterion] of [
      [`${range},"=`, true],
      [`${range}="`, false],
    ] as const) {
      for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
        const value = literalAt(text, at + mark.length - (criterion ? 2 : 1));
        if (value !== null) values.add(criterion ? value.slice(1).replace(/~([~*?])/g, '$1') : value);
      }
    }
    filterSets = filterSets.flatMap((set) => [set, ...[...values].map((value) => ({ ...set, [field]: value }))]);
  }
  const created = mapped('created') ? canonical(b.range('created')) : null;
  const on = created && (text.includes(`${created},">="&`) || text.includes(`${created}>=`)) ? 'created' : 'close';
  // The quota cell of coverage and attainment, as written (a tab name may hold spaces).
  const raw = formula.trim();
  const quotaCells = [/^=IF\(N\((.+?)\)=0,/.exec(raw)?.[1], /^=IF\(\((.+?)-/.exec(raw)?.[1]].filter(
    (cell): cell is string => Boolean(cell && CELL_REFERENCE.test(cell)),
  );
  const candidates: DealMetric[] = [...everyDealMetric(quotaCells)];
  for (const filters of filterSets.reverse()) {
    const linkFilters = { ...filters, period: { start: period.start, end: period.end, on } as const };
    for (const metric of candidates) {
      try {
        if (canonical(buildDealsFormula(source, metric, linkFilters)) === text) return { metric, filters: linkFilters };
      } catch (_) {
        // A metric whose columns are not mapped cannot be this formula.
      }
    }
  }
  return null;
}
