// The pure modules the sidebar may run in the browser, declared in one place: the explanations
// of the evaluation, number parsing for its forms, settings checks, period labels and the default
// review decision. The sidebar imports only this, the contract's types and its texts; a test
// fails if it reaches any other server code.

export { defaultDecision } from '../core/actions';
export { DEAL_METRIC_KINDS } from '../core/deals/metrics';
export { explainKeyResult, explainObjective, explainOverall, problemMessage } from '../core/explain';
export { leaderGap } from '../core/leaderboard';
export { decimalSeparatorOf, parseNumber } from '../core/numbers';
export { type PeriodSpec, periodLabel, periodWithTeam, teamPeriodLabel } from '../core/periods';
export { type SettingsField, settingsProblems } from '../core/settings';
export { type UnitMismatch, unitMismatch } from '../core/units';
