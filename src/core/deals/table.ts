// A deals tab's grid → typed deals and the problems met on the way, each naming its cell. The
// column hints (decimal separator, date order, probability scale) are decided once per column
// from its data, then every row is read with them; footer and blank rows are skipped.
import { DEALS_MESSAGES, type DealsMessageKey } from '../../i18n/deals';
import { translate } from '../../i18n/index';
import { isBlank } from '../numbers';
import type { Language } from '../types';
import {
  type Crm,
  cellA1,
  type DealField,
  type DealsMapping,
  detectDealColumns,
  fieldOfHeader,
  shortText,
} from './headers';
import {
  type AmountHint,
  amountHintOf,
  currencyOfText,
  type DateOrder,
  defaultStageMap,
  inferDateOrder,
  isFooterRow,
  type Outcome,
  outcomeOfStage,
  outcomeOfStatus,
  parseAmount,
  parseDealDate,
  parseProbability,
  probabilityScaleOf,
  type StageMap,
  stageKey,
} from './values';

export interface Deal {
  /** 1-based sheet row. */
  row: number;
  id: string;
  name: string;
  owner: string;
  account: string;
  stage: string;
  outcome: Outcome;
  /** null when the cell is blank or not an amount (reported). */
  amount: number | null;
  /** ISO code from the currency column or the amount's sign; '' when the export does not say. */
  currency: string;
  /** Fraction 0–1: from the column, else the stage's default; null when neither says. */
  probability: number | null;
  created: Date | null;
  /** Close date: the actual one for closed deals when the export has it, else the (expected) close date. */
  closed: Date | null;
  source: string;
  type: string;
  product: string;
  pipeline: string;
  /** The owner's team, from the workbook's reps table when the tab was connected with one (reps.ts). */
  team?: string;
}

/** A problem in a cell of the export. `key` and `params` make the message (src/i18n/deals.ts). */
export interface DealProblem {
  key: DealsMessageKey;
  /** A1 style ("C5"): the first cell concerned. */
  cell: string;
  params: Record<string, string | number>;
}

export interface DealsOptions {
  /** Day/month order of slashed dates, for every date column or per field; decided from the data otherwise. */
  dateOrder?: DateOrder | Partial<Record<DealField, DateOrder>>;
  /** Stage → outcome and probability; defaultStageMap(crm) otherwise. */
  stageMap?: StageMap;
  /** The spreadsheet locale's decimal separator, for amounts whose text does not decide it. */
  decimal?: '.' | ',';
  /** Overrides the CRM guessed from the headers (Close's amounts are in cents). */
  crm?: Crm;
}

export interface DealsTable {
  deals: Deal[];
  problems: DealProblem[];
  mapping: DealsMapping;
  /** 1-based rows skipped as blank, totals or report footer. */
  skippedRows: number[];
  /** Currencies seen, sorted; more than one means amounts are not to be added up. */
  currencies: string[];
  /** The date order used per date field ('dmy'/'mdy'), where the column has slashed dates. */
  dateOrders: Partial<Record<DealField, DateOrder>>;
  /** Whether the amount column is in one company currency (a converted column). */
  amountInCompanyCurrency: boolean;
}

const TEXT_FIELDS = ['id', 'name', 'owner', 'account', 'stage', 'source', 'type', 'product', 'pipeline'] as const;
const DATE_FIELDS: DealField[] = ['created', 'closeDate', 'actualCloseDate', 'wonDate', 'lostDate'];

/** Problems of one kind in one column: reported once, at the first cell, with the count. */
class ProblemList {
  readonly list: DealProblem[] = [];
  private byColumn = new Map<string, DealProblem>();

  add(key: DealsMessageKey, cell: string, params: Record<string, string | number>, groupBy = ''): void {
    const group = `${key}|${cell.replace(/\d+$/, '')}|${groupBy}`;
    const existing = this.byColumn.get(group);
    if (existing) {
      existing.params.count = Number(existing.params.count) + 1;
      return;
    }
    const problem = { key, cell, params: { cell, count: 1, ...params } };
    this.byColumn.set(group, problem);
    this.list.push(problem);
  }
}

/**
 * Reads every deal of a tab's grid (values as getValues returns them). Without a mapping, the
 * columns are detected; header problems come first in `problems`. Nothing is guessed silently:
 * text in an amount cell, an unreadable date, an ambiguous date order, an unknown stage or
 * status, mixed currencies are each reported with their cell.
 */
export function readDeals(
  grid: readonly (readonly unknown[])[],
  mapping: DealsMapping = detectDealColumns(grid),
  options: DealsOptions = {},
): DealsTable {
  const problems = new ProblemList();
  const result: DealsTable = {
    deals: [],
    problems: [...mapping.problems],
    mapping,
    skippedRows: [],
    currencies: [],
    dateOrders: {},
    amountInCompanyCurrency: false,
  };
  if (mapping.headerRow < 0) return result;
  const { columns, headers } = mapping;
  const crm = options.crm ?? mapping.crm;
  const stageMap = options.stageMap ?? defaultStageMap(crm);
  const header = (field: DealField) => shortText(String(headers[columns[field] ?? -1] ?? '').trim());

  // Data rows: below the header, without footer and blank rows.
  const rows: { index: number; cells: readonly unknown[] }[] = [];
  for (let r = mapping.headerRow + 1; r < grid.length; r++) {
    if (isFooterRow(grid[r], columns)) result.skippedRows.push(r + 1);
    else rows.push({ index: r, cells: grid[r] });
  }
  const column = (field: DealField) => {
    const c = columns[field];
    return c === undefined ? [] : rows.map((row) => row.cells[c]);
  };

  // Per-column hints, from the column's own data.
  const amountHint: AmountHint = amountHintOf(column('amount'), crm, options.decimal);
  const actualHint: AmountHint = amountHintOf(column('actualAmount'), crm, options.decimal);
  const probabilityScale = probabilityScaleOf(column('probability'));
  const orders: Partial<Record<DealField, DateOrder | undefined>> = {};
  const findings = DATE_FIELDS.filter((f) => columns[f] !== undefined).map((field) => ({
    field,
    given: typeof options.dateOrder === 'string' ? options.dateOrder : options.dateOrder?.[field],
    finding: inferDateOrder(column(field)),
  }));
  // An export writes all its dates one way: a column that decides the order decides it for the
  // columns that cannot (unless the columns disagree).
  const decided = new Set(findings.map((f) => f.given ?? f.finding.order).filter((o) => o !== undefined));
  const exportOrder = decided.size === 1 ? [...decided][0] : undefined;
  for (const { field, given, finding } of findings) {
    orders[field] = given ?? finding.order ?? (finding.ambiguous ? exportOrder : undefined);
    if (orders[field]) result.dateOrders[field] = orders[field];
    if (!orders[field] && finding.ambiguous && finding.exampleIndex !== undefined) {
      const at = cellA1(rows[finding.exampleIndex].index, columns[field]!);
      problems.add('dealsDateOrderAmbiguous', at, {
        column: at.replace(/\d+$/, ''),
        header: header(field),
        value: finding.example ?? '',
      });
    }
  }
  const amountColumn = columns.amount;
  result.amountInCompanyCurrency = amountColumn !== undefined && (fieldOfHeader(headers[amountColumn])?.rank ?? 0) >= 2;

  const currencies = new Map<string, string>();
  const text = (cells: readonly unknown[], field: DealField) => {
    const c = columns[field];
    if (c === undefined || isBlank(cells[c])) return '';
    const v = cells[c];
    return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  };

  for (const { index, cells } of rows) {
    const at = (field: DealField) => cellA1(index, columns[field]!);
    const date = (field: DealField): Date | null => {
      const c = columns[field];
      if (c === undefined) return null;
      const parsed = parseDealDate(cells[c], orders[field]);
      if (parsed.ok) return parsed.value;
      // Ambiguous orders are reported once per column above.
      if (parsed.code === 'notADate') {
        problems.add('dealsDateText', at(field), { header: header(field), value: shortText(cells[c]) });
      }
      return null;
    };

    const deal: Deal = {
      row: index + 1,
      id: '',
      name: '',
      owner: '',
      account: '',
      stage: '',
      outcome: 'open',
      amount: null,
      currency: '',
      probability: null,
      created: null,
      closed: null,
      source: '',
      type: '',
      product: '',
      pipeline: '',
    };
    for (const field of TEXT_FIELDS) deal[field] = text(cells, field);

    // Outcome: the status column when it says, else the stage by the stage map.
    const status = text(cells, 'status');
    const byStatus = status === '' ? undefined : outcomeOfStatus(status);
    if (status !== '' && byStatus === undefined) {
      problems.add('dealsUnknownStatus', at('status'), { header: header('status'), value: shortText(status) }, status);
    }
    const byStage = deal.stage === '' ? undefined : outcomeOfStage(deal.stage, stageMap);
    if (byStatus === undefined && deal.stage !== '' && byStage === undefined && columns.status === undefined) {
      problems.add('dealsUnmappedStage', at('stage'), { value: shortText(deal.stage) }, stageKey(deal.stage));
    }
    deal.outcome = byStatus ?? byStage ?? 'open';

    // Amount: Dynamics' actual revenue for won deals when filled, else the amount column.
    const amountField: DealField =
      deal.outcome === 'won' && columns.actualAmount !== undefined && !isBlank(cells[columns.actualAmount])
        ? 'actualAmount'
        : 'amount';
    if (columns[amountField] !== undefined) {
      const raw = cells[columns[amountField]!];
      const parsed = parseAmount(raw, amountField === 'amount' ? amountHint : actualHint);
      if (parsed.ok) {
        deal.amount = parsed.value;
        deal.currency = parsed.currency ?? '';
      } else if (parsed.code !== 'blank') {
        const key = parsed.code === 'ambiguousAmount' ? 'dealsAmountAmbiguous' : 'dealsAmountText';
        problems.add(key, at(amountField), { header: header(amountField), value: shortText(raw) });
      }
    }
    const currency = text(cells, 'currency').toUpperCase();
    if (currency !== '') deal.currency = currencyOfText(currency) ?? currency;
    if (deal.currency !== '' && !currencies.has(deal.currency) && amountColumn !== undefined) {
      currencies.set(deal.currency, cellA1(index, columns.currency ?? amountColumn));
    }

    // Probability: the column, else the stage's default.
    if (columns.probability !== undefined && !isBlank(cells[columns.probability])) {
      const p = parseProbability(cells[columns.probability], probabilityScale);
      if (p === undefined) {
        problems.add('dealsProbabilityText', at('probability'), {
          header: header('probability'),
          value: shortText(cells[columns.probability]),
        });
      }
      deal.probability = p ?? null;
    } else {
      const rule = stageMap[stageKey(deal.stage)];
      deal.probability = rule?.probability === undefined ? null : rule.probability / 100;
    }
    if (deal.outcome === 'won') deal.probability = 1;
    if (deal.outcome === 'lost') deal.probability = 0;

    // Dates: the actual close date of a closed deal when the export has one.
    deal.created = date('created');
    const expected = date('closeDate');
    const actual = date('actualCloseDate');
    const won = date('wonDate');
    const lost = date('lostDate');
    deal.closed =
      (deal.outcome !== 'open' ? actual : null) ??
      (deal.outcome === 'won' ? won : null) ??
      (deal.outcome === 'lost' ? lost : null) ??
      expected;
    if (deal.outcome === 'won' && deal.created && deal.closed && deal.closed < deal.created) {
      problems.add(
        'dealsNegativeCycle',
        `${cellA1(index, columns.created!)}`,
        {
          row: index + 1,
          closed: deal.closed.toISOString().slice(0, 10),
          created: deal.created.toISOString().slice(0, 10),
        },
        String(index),
      );
    }
    result.deals.push(deal);
  }

  // Mixed currencies: reported, never summed silently (a company-currency column is one currency).
  result.currencies = [...currencies.keys()].sort();
  if (currencies.size > 1 && !result.amountInCompanyCurrency && amountColumn !== undefined) {
    const cells = [...currencies.values()];
    const field: DealField = columns.currency !== undefined ? 'currency' : 'amount';
    problems.add('dealsMixedCurrencies', cells[1], {
      column: cells[1].replace(/\d+$/, ''),
      header: header(field),
      currencies: result.currencies.join(', '),
    });
  }
  result.problems.push(...problems.list);
  return result;
}

/** A problem's message in the user's language. */
export function dealProblemText(
  problem: { key: DealsMessageKey; params: Record<string, string | number> },
  language: Language = 'en',
): string {
  return translate(DEALS_MESSAGES, language, problem.key, problem.params);
}
