// The sales metrics a key result can read from a connected deals export, in the order the sidebar
// offers them (their formulas: src/tabs/deals-formulas.ts; their definitions: README), and the
// same selection over the parsed deals: which deals a metric reads, and the pipeline forecast.
import type { Deal } from './table';

export const DEAL_METRIC_KINDS = [
  'wonRevenue',
  'dealsWon',
  'averageDealSize',
  'winRate',
  'salesCycle',
  'openPipeline',
  'pipelineCoverage',
  'quotaAttainment',
  'newCustomers',
] as const;

export type DealMetricKind = (typeof DEAL_METRIC_KINDS)[number];

/**
 * The columns a linked metric can be narrowed to, each by one value matched exactly. The team is
 * the owner's, from the reps table the deals tab was connected with (a column the add-on writes).
 */
export const DEAL_FILTER_FIELDS = ['owner', 'team', 'stage', 'source', 'product', 'type', 'currency'] as const;

export type DealFilterField = (typeof DEAL_FILTER_FIELDS)[number];

/** A value per filtered column ("currency": the deals' currency, "EUR", when the export mixes them). */
export type DealFilterValues = Partial<Record<DealFilterField, string>>;

// ---------------------------------------------------------------------------------------------
// The same metrics over the parsed deals (core/deals/table.ts), for what the sheet's formulas do
// not show: which deals a linked metric reads, and the pipeline forecast of a won-revenue key result.

/** The days a linked metric counts, both included (UTC midnights), and the date they apply to. */
export interface DealPeriod {
  start: Date;
  end: Date;
  /** Won and lost deals count by their close date (default) or their created date. */
  on?: 'close' | 'created';
}

const DAY_MS = 86_400_000;

function within(day: Date | null, period: DealPeriod): boolean {
  if (!day) return false;
  const t = day.getTime();
  return t >= period.start.getTime() && t < period.end.getTime() + DAY_MS;
}

/** The period's own date of a deal: its close date, or its created date when the link says so. */
function periodDay(deal: Deal, period: DealPeriod): Date | null {
  return period.on === 'created' ? deal.created : deal.closed;
}

/** Whether a deal has the filtered values; matched as SUMIFS matches text: whole, case-insensitive. */
export function passesFilters(deal: Deal, filters: DealFilterValues): boolean {
  return DEAL_FILTER_FIELDS.every((field) => {
    const wanted = filters[field]?.trim();
    return !wanted || (deal[field] ?? '').trim().toLowerCase() === wanted.toLowerCase();
  });
}

/**
 * The deals a metric reads, as its formula selects them (src/tabs/deals-formulas.ts): won deals in
 * the period for the won metrics; won and lost ones for the win rate; won ones with a created date
 * on or before the close for the sales cycle; open deals closing in the period for the pipeline
 * (and the won ones its coverage subtracts from the quota); for new customers, the won deals of
 * accounts whose first win falls in the period.
 */
export function dealsOfMetric(
  deals: readonly Deal[],
  kind: DealMetricKind,
  filters: DealFilterValues,
  period: DealPeriod,
): Deal[] {
  const kept = deals.filter((deal) => passesFilters(deal, filters));
  const closedIn = (deal: Deal) => within(periodDay(deal, period), period);
  const wonIn = (deal: Deal) => deal.outcome === 'won' && closedIn(deal);
  const openIn = (deal: Deal) => deal.outcome === 'open' && within(deal.closed, period);
  switch (kind) {
    case 'wonRevenue':
    case 'dealsWon':
    case 'averageDealSize':
    case 'quotaAttainment':
      return kept.filter(wonIn);
    case 'winRate':
      return kept.filter((deal) => deal.outcome !== 'open' && closedIn(deal));
    case 'salesCycle':
      return kept.filter(
        (deal) => wonIn(deal) && deal.created !== null && deal.created.getTime() <= (deal.closed?.getTime() ?? 0),
      );
    case 'openPipeline':
      return kept.filter(openIn);
    case 'pipelineCoverage':
      return kept.filter((deal) => openIn(deal) || wonIn(deal));
    case 'newCustomers': {
      // Accounts already won before the period are not new.
      const before = new Set(
        kept
          .filter((d) => d.outcome === 'won' && d.account !== '' && d.closed && d.closed < period.start)
          .map((d) => d.account),
      );
      return kept.filter((deal) => deal.account !== '' && !before.has(deal.account) && wonIn(deal));
    }
  }
}

/** A won-revenue key result's pipeline forecast, term by term. */
export interface PipelineForecast {
  /** Won so far: the amounts of won deals in the period (the key result's current value). */
  won: number;
  wonDeals: number;
  /** Open deals whose close date falls within the period, their amount, and the amount × probability. */
  openDeals: number;
  openAmount: number;
  weighted: number;
  /** Open deals of the period with no probability (neither in the export nor for their stage): counted at 0. */
  withoutProbability: number;
  /** won + weighted. */
  value: number;
}

/**
 * Won so far plus the open deals closing within the period, each weighted by its probability: the
 * export's probability column, else `stageProbabilities` (percent per stage, as the connection
 * saved them; pass them when the export has no probability column). Deals without an amount add
 * nothing, as in the sheet's sums. Filters as the link's; open deals count by their close date.
 */
export function pipelineForecast(
  deals: readonly Deal[],
  filters: DealFilterValues,
  period: DealPeriod,
  stageProbabilities?: Record<string, number>,
): PipelineForecast {
  const stages = new Map(Object.entries(stageProbabilities ?? {}).map(([stage, p]) => [stage.toLowerCase(), p / 100]));
  const result: PipelineForecast = {
    won: 0,
    wonDeals: 0,
    openDeals: 0,
    openAmount: 0,
    weighted: 0,
    withoutProbability: 0,
    value: 0,
  };
  for (const deal of dealsOfMetric(deals, 'pipelineCoverage', filters, period)) {
    if (deal.amount === null) continue;
    if (deal.outcome === 'won') {
      result.won += deal.amount;
      result.wonDeals++;
      continue;
    }
    const probability = stageProbabilities ? stages.get(deal.stage.toLowerCase()) : deal.probability;
    if (probability === undefined || probability === null) result.withoutProbability++;
    result.openDeals++;
    result.openAmount += deal.amount;
    result.weighted += deal.amount * (probability ?? 0);
  }
  // Sums of cents and percents: rounded to 12 significant digits, as the sheet shows them.
  const round = (x: number) => Number(x.toPrecision(12));
  result.won = round(result.won);
  result.openAmount = round(result.openAmount);
  result.weighted = round(result.weighted);
  result.value = round(result.won + result.weighted);
  return result;
}
