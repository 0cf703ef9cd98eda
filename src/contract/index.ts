// What the sidebar and the server exchange through google.script.run: plain JSON only (no Dates,
// no functions; dates as 'yyyy-mm-dd'). The server's endpoints are checked against
// SidebarEndpoints when they compile (server/endpoints.ts), and the sidebar calls them through it,
// so a changed endpoint breaks the build on both ends instead of at run time. This is also the
// local automation interface: the playground's /api/run calls these endpoints by name.
import type {
  CheckInRequest,
  CheckInResult,
  ClosePeriodRequest,
  ClosePeriodResult,
  CreatePeriodResult,
  ExampleChoice,
  NewPeriodRequest,
} from '../core/actions';
import type { AlignmentView, TeamFile } from '../core/alignment';
import type { DealField } from '../core/deals/headers';
import type { DealsCorrections, DealsInspection } from '../core/deals/inspect';
import type { DealFilterValues, DealMetricKind, PipelineForecast } from '../core/deals/metrics';
import type { HealthFinding } from '../core/health';
import type { KrView, ObjectiveView, OverviewView, PeriodInfo } from '../core/overview';
import type { Language, PeriodKind, PeriodTabs, Settings, TabRole } from '../core/types';
import type { ExampleFamily, LocalizedExample } from '../examples/types';
import type { SidebarKey } from '../i18n/sidebar';

export type {
  CheckInRequest,
  CheckInResult,
  ClosePeriodRequest,
  ClosePeriodResult,
  CreatePeriodResult,
  Decision,
  ExampleChoice,
  NewPeriodRequest,
} from '../core/actions';
export type { AlignmentNode, AlignmentProblem, AlignmentView, TeamFile } from '../core/alignment';
export type { Message, MessageParam } from '../core/explain';
export type { HealthFinding, Severity } from '../core/health';
export type { LeaderRow } from '../core/leaderboard';
export type {
  CheckInPoint,
  KrView,
  ObjectiveSummary,
  ObjectiveView,
  OverviewView,
  PaceView,
  PeriodInfo,
} from '../core/overview';
export type { PeriodSpec } from '../core/periods';
export type { Grade, KrKind, Language, Settings, Status } from '../core/types';
export type { ExampleFamily, LocalizedExample } from '../examples/types';

/** A period with its tabs, dates as ISO strings (listPeriods). */
export interface PeriodSummaryJson {
  period: { label: string; kind: PeriodKind; start: string; end: string };
  team: string;
  tabs: PeriodTabs;
  closed: boolean;
}

/** The sidebar's texts in one language. They ship with the sidebar, not the server bundle, which every
 * custom-function call loads. */
export type SidebarTexts = Record<SidebarKey, string>;

export interface SidebarState {
  /** The language the sidebar shows: the override if set, else the user's locale. */
  language: Language;
  /** The user's saved choice ('auto' follows the locale). */
  languageOverride: Language | 'auto';
  /** BCP 47 locale for Intl (e.g. "de-DE"): the user's locale when it matches `language`. */
  locale: string;
  /** ISO 4217 code for KRs whose unit is "currency", from the spreadsheet's locale; '' when unknown. */
  currency: string;
  settings: Settings;
  periods: PeriodInfo[];
  /** The period the overview shows (the running one, else the latest); null when there is none. */
  overview: OverviewView | null;
  /** Example families with their names in `language`. */
  families: { id: ExampleFamily; name: string }[];
  /** Today as the server sees it, 'yyyy-mm-dd'. */
  today: string;
  /** The spreadsheet's time zone ('Europe/Berlin'; '' when unknown): a check-in sends it back. */
  timeZone: string;
  /**
   * The connected deals tab and when its linked key results' values were last recorded; `due`
   * when never or a week ago or more (the sidebar offers to record them). Absent when none is connected.
   */
  dataSnapshot?: { tab: string; lastRecorded: string | null; due: boolean };
}

export interface SaveSettingsResult {
  settings: Settings;
  /** Present when the language changed: the state in the new language. */
  state?: SidebarState;
}

export interface InsertExamplesResult {
  inserted: number;
  overview: OverviewView;
}

/** What the add-on found in a deals tab, its problems in the user's language. */
export interface DealsInspectionView extends Omit<DealsInspection, 'problems'> {
  tab: string;
  problems: { key: string; cell: string; text: string }[];
  /** Connected before (the formulas of linked key results read it). */
  connected: boolean;
  /** The reps table (rep → team) it was connected with, and the teams there: a link can filter on them. */
  repsTab?: string;
  teams?: string[];
}

export interface ConnectDealsRequest {
  /** The tab holding the export; the active tab when omitted. */
  tab?: string;
  corrections?: DealsCorrections;
  /**
   * A tab listing each rep with their team (and manager, region): each deal gets its owner's team
   * in a column the add-on writes, so a link can count a team's deals. Omitted: the one the tab
   * was connected with before; '': none.
   */
  repsTab?: string;
}

export interface ConnectDealsResult extends DealsInspectionView {
  connectedOn: string;
  /** Parsed columns the add-on wrote right of the export (text the formulas could not read). */
  helperColumns: number;
}

/** A metric of the connected deals tab, with its options (see README, "Sales data"). */
export interface DealMetricRequest {
  kind: DealMetricKind;
  /** winRate: by count (default) or by amount. */
  by?: 'count' | 'amount';
  /** salesCycle: median (default) or mean days. */
  statistic?: 'median' | 'mean';
  /** openPipeline, pipelineCoverage: probability-weighted. */
  weighted?: boolean;
  /** pipelineCoverage, quotaAttainment: the cell holding the quota, e.g. "'Targets'!B2". */
  quotaCell?: string;
}

export interface LinkKeyResultRequest {
  periodLabel: string;
  krId: string;
  /** The KR's row as the sidebar shows it (KrView.row): saves reading the whole tab. */
  row?: number;
  metric: DealMetricRequest;
  /** Values of the filtered columns, and which date the period applies to (close by default). */
  filters?: DealFilterValues & { on?: 'close' | 'created' };
}

export interface LinkKeyResultResult {
  /** The native formula written into the KR's Current cell. */
  formula: string;
  row: number;
  column: string;
  dealsTab: string;
}

export interface SnapshotResult {
  periodLabel: string;
  /** The day recorded, yyyy-mm-dd. */
  date: string;
  /** The key results recorded: those whose Current cell a formula fills. */
  krIds: string[];
}

/** How a linked key result's value is computed from the deals data, and its pipeline forecast (explainLinks). */
export interface LinkExplanation {
  krId: string;
  dealsTab: string;
  metric: DealMetricRequest;
  /** The filtered columns' values. */
  filters: DealFilterValues;
  /** The period's days (both included) and the date they apply to. */
  period: { start: string; end: string; on: 'close' | 'created' };
  /** The deals of the export the metric reads (for the pipeline forecast: won and open ones). */
  matchingDeals: number;
  /**
   * Won-revenue links only: won so far plus the open deals closing within the period × probability,
   * term by term, the progress that value gives, and where the probabilities come from.
   */
  pipeline: (PipelineForecast & { progress: number | null; probabilities: 'column' | 'stages' }) | null;
}

export type { DealField, DealsCorrections };

/** Every endpoint the sidebar calls: name → signature as the sidebar sees it. */
export interface SidebarEndpoints {
  /**
   * `userLocale`: the locale the page was opened with (#okr-initial-view), so that it is not read
   * again; `team`: the team the user looks at (rememberTeam), whose running period it opens on.
   */
  getSidebarState(userLocale?: string, languageChoice?: string, team?: string): SidebarState;
  /** The whole overview; with `light`, as getSidebarState sends it (summaries first for a large period). */
  getOverview(periodLabel?: string, light?: boolean): OverviewView;
  /** One objective with its key results in full (their check-ins included). */
  getObjectiveDetails(periodLabel: string, objectiveId: string): ObjectiveView;
  /** One key result in full: its evaluation, pace, forecast and check-ins. */
  getKeyResultDetails(periodLabel: string, krId: string): KrView;
  selectKeyResult(periodLabel: string, krId: string): boolean;
  selectCell(a1: string): boolean;
  /** Remembers the owner name the user says is them ('' forgets it): the sidebar opens on their key results. */
  rememberOwner(owner: string): boolean;
  /** Remembers the team whose periods the user looks at ('' forgets it): the sidebar opens on its running period. */
  rememberTeam(team: string): boolean;
  getHealthReport(periodLabel: string): HealthFinding[];
  /**
   * Every team's objectives of the period of `periodLabel` (teams of this workbook with the same
   * days) as one tree, each with its own and its rolled-up score, the reps under each, and the
   * teams against pace. Writes the period's alignment tab first when it is missing or its teams changed.
   */
  getAlignment(periodLabel: string): AlignmentView;
  /**
   * Rolls teams of other files into the period's alignment, read by IMPORTRANGE (Sheets asks the
   * user once per file to allow it; until then the team is reported as not read, with its cell).
   * The list replaces the team files so far; [] removes them.
   */
  setTeamFiles(periodLabel: string, files: TeamFile[]): AlignmentView;
  getSettings(): Settings;
  saveSettings(settings: Settings): SaveSettingsResult;
  getExamples(language: Language, family?: ExampleFamily): LocalizedExample[];
  insertExamples(periodLabel: string, exampleIds: string[]): InsertExamplesResult;
  // The period actions; the sidebar reloads what it shows after each.
  recordCheckIn(request: CheckInRequest): CheckInResult;
  createPeriod(request: NewPeriodRequest & ExampleChoice): CreatePeriodResult;
  closePeriod(request: ClosePeriodRequest): ClosePeriodResult;
  listPeriods(): PeriodSummaryJson[];
  openPeriodTab(label: string, role?: TabRole): boolean;
  // Sales data: a pasted CRM export read, connected, and key results linked to its metrics.
  inspectDeals(tab?: string, corrections?: DealsCorrections): DealsInspectionView;
  connectDeals(request: ConnectDealsRequest): ConnectDealsResult;
  linkKeyResult(request: LinkKeyResultRequest): LinkKeyResultResult;
  /** One check-in per linked key result, today's value, in one write. */
  recordSnapshot(periodLabel: string): SnapshotResult;
  /** The period's key results linked to the deals data: how each is computed, with the pipeline forecast. */
  explainLinks(periodLabel: string): LinkExplanation[];
}

export type EndpointName = keyof SidebarEndpoints;
