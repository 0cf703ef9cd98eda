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
