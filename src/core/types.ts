// The OKR model shared by every layer. Plain data only: no Apps Script globals, no I/O.
// Sheet values are parsed into these shapes once; results flow on to sheet writes or the sidebar.

export const LANGUAGES = ['en', 'de', 'fr', 'cs', 'zh', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How a key result's progress is measured (see docs/okr-domain in the README). */
export type KrKind = 'increase' | 'decrease' | 'atLeast' | 'atMost' | 'milestone';
export const KR_KINDS: readonly KrKind[] = ['increase', 'decrease', 'atLeast', 'atMost', 'milestone'];

/** Google's grade bands: red "failed to make real progress", yellow "fell short", green "delivered". */
export type Grade = 'red' | 'yellow' | 'green';

/** Where a key result stands against the pace of its period. */
export type Status = 'done' | 'onTrack' | 'atRisk' | 'offTrack';
export const STATUSES: readonly Status[] = ['done', 'onTrack', 'atRisk', 'offTrack'];

/** A value as a sheet cell holds it (what getValues() returns, before parsing). */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface Objective {
  id: string;
  title: string;
  owner: string;
  team: string;
  /** Id of the objective this one supports (alignment); '' when none. */
  parentId: string;
}

/** The cells of a key result that scoring reads: what KR_PROGRESS and OKR_SCORE see of its row. */
export type KrValueField = 'kind' | 'baseline' | 'target' | 'current' | 'weight';

/** A cell that could not be read: why (a stable code) and what it held (cut to a readable length). */
export interface CellProblem {
  code:
    | 'notANumber'
    | 'tooLarge'
    | 'ambiguousNumber'
    | 'dateNotNumber'
    | 'cellError'
    | 'unknownKind'
    | 'percentMismatch';
  text: string;
}

export interface KeyResult {
  id: string;
  objectiveId: string;
  objectiveTitle: string;
  title: string;
  owner: string;
  team: string;
  /** Id of the parent objective this KR's objective supports; '' when none. */
  parentObjectiveId: string;
  kind: KrKind | null;
  unit: string;
  baseline: number | null;
  target: number | null;
  /** A number, or a boolean for milestones (checkbox). */
  current: number | boolean | null;
  weight: number | null;
  /** 0..1 (a 0–10 entry is normalised by the parser). */
  confidence: number | null;
  dueDate: Date | null;
  notes: string;
  /** A formula or reference feeding `current` (kept intact on carry-over); '' when none. */
  dataLink: string;
  /** The Phasing cell as typed ("20% 50% 100%", see core/phasing.ts); absent or '' is the straight line. */
  phasing?: string;
  /** The "Share of KR" cell: id of the KR of the same tab this one is a share of (core/split.ts); absent or '' when none. */
  shareOf?: string;
  /** True when `current` is the sum of this KR's shares because its own Current cell is blank (core/split.ts). */
  currentFromShares?: boolean;
  /** 1-based sheet row the KR was read from (for links to its cell); 0 when not from a sheet. */
  row: number;
  /** Value cells that held something unreadable (the field itself is then null). */
  unreadable?: Partial<Record<KrValueField, CellProblem>>;
}

export interface CheckIn {
  date: Date;
  krId: string;
  value: number | boolean | null;
  confidence: number | null;
  note: string;
  who: string;
  row: number;
}

export type PeriodKind = 'quarter' | 'fiscalQuarter' | 'months';

export interface Period {
  /** Shown to users and used in tab names, e.g. "Q1 2027". */
  label: string;
  kind: PeriodKind;
  /** First day, inclusive (midnight UTC of that calendar day). */
  start: Date;
  /** Last day, inclusive (midnight UTC of that calendar day). */
  end: Date;
}

/** Everything the add-on knows about a period's tabs is filed by their role. */
export type TabRole = 'keyResults' | 'checkIns' | 'dashboard' | 'review' | 'alignment';

export interface Settings {
  /** A score at or above this is yellow (default 0.4). */
  yellowFrom: number;
  /** A score at or above this is green (default 0.7). */
  greenFrom: number;
  /** Progress behind expected pace by more than this is "at risk" (default 0.1 = 10 points). */
  atRiskGap: number;
  /** Progress behind expected pace by more than this is "off track" (default 0.25). */
  offTrackGap: number;
  /** Highest progress a KR may reach; 1 = no over-achievement (default 1). */
  cap: number;
  /** 'auto' follows the user's locale. */
  language: Language | 'auto';
  /** Month (1–12) a fiscal year starts in (default 1). */
  fiscalYearStartMonth: number;
  /**
   * ISO 4217 code of money key results ("EUR"). Absent: the spreadsheet locale's currency, which
   * the first period records (the locale is then not asked for on every open).
   */
  currency?: string;
  /**
   * What an objective's score is made of: its own key results only (absent, the default, so older
   * workbooks keep their scores), or its own key results and its child objectives' rolled-up
   * scores (core/rollup.ts).
   */
  objectiveScores?: ObjectiveScoring;
}

export type ObjectiveScoring = 'own' | 'withChildren';
export const OBJECTIVE_SCORINGS: readonly ObjectiveScoring[] = ['own', 'withChildren'];

export const DEFAULT_SETTINGS: Settings = {
  yellowFrom: 0.4,
  greenFrom: 0.7,
  atRiskGap: 0.1,
  offTrackGap: 0.25,
  cap: 1,
  language: 'auto',
  fiscalYearStartMonth: 1,
};

/** The tabs the add-on created for one period, by role. */
export interface PeriodTabs {
  keyResults: string;
  checkIns: string;
  dashboard: string;
  /** Present once the period has been closed. */
  review?: string;
}

export interface PeriodSummary {
  period: Period;
  team: string;
  tabs: PeriodTabs;
  closed: boolean;
}

/** What a review keeps of the day a period closed: its date and the settings it was graded with. */
export interface ClosedWith {
  frozenOn: Date;
  settings: Settings;
}

/** Everything the add-on knows about one period, read from its tabs in one pass. */
export interface PeriodData extends PeriodSummary {
  language: Language;
  objectives: Objective[];
  /** An open period's key results; a closed period's frozen ones from its review. */
  keyResults: KeyResult[];
  /** The tab the key results were read from (their rows are rows of this tab). */
  keyResultsTab: string;
  checkIns: CheckIn[];
  /** Problems found while reading (a cell with text where a number belongs, ...), with cell addresses. */
  readIssues: ReadIssue[];
  /** Set for a closed period: it is graded as it was on that day, whatever the settings are now. */
  closedWith: ClosedWith | null;
}

export interface ReadIssue {
  /** A1 address including the tab, e.g. "'Q1 2027 · Key results'!H5". */
  cell: string;
  krId: string;
  code: string;
  message: string;
}
