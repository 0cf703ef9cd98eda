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
  /** 1-based sheet row the KR was read from (for links to its cell); 0 when not from a sheet. */
  row: number;
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
}

export const DEFAULT_SETTINGS: Settings = {
  yellowFrom: 0.4,
  greenFrom: 0.7,
  atRiskGap: 0.1,
  offTrackGap: 0.25,
  cap: 1,
  language: 'auto',
  fiscalYearStartMonth: 1,
};
