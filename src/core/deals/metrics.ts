// The sales metrics a key result can read from a connected deals export, in the order the sidebar
// offers them (their formulas: src/tabs/deals-formulas.ts; their definitions: README).
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

/** The columns a linked metric can be narrowed to, each by one value matched exactly. */
export const DEAL_FILTER_FIELDS = ['owner', 'stage', 'source', 'product', 'type', 'currency'] as const;

export type DealFilterField = (typeof DEAL_FILTER_FIELDS)[number];

/** A value per filtered column ("currency": the deals' currency, "EUR", when the export mixes them). */
export type DealFilterValues = Partial<Record<DealFilterField, string>>;
