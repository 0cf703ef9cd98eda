// What every view shares: the state from the server, the formatter for the user's locale, the
// period on screen, and a way to say something to the user (a live region, read by screen readers).

import type {
  Decision,
  ExampleFamily,
  HealthFinding,
  LocalizedExample,
  ObjectiveView,
  OverviewView,
  SidebarState,
} from '../../src/contract/index';
import { type DealsUi, initialDealsUi } from './deals';
import type { Formatter } from './format';

export type ViewId = 'overview' | 'checkIn' | 'health' | 'quarter' | 'examples' | 'data' | 'settings';

/** View state that survives re-rendering (filters, choices, fetched lists). */
export interface UiState {
  ownerFilter: string;
  teamFilter: string;
  /** Whether the owner the user said is them was applied to the filter once. */
  meApplied: boolean;
  /** The leaderboard lists people or teams, and is open or folded. */
  leadersBy: 'owner' | 'team';
  leadersOpen: boolean;
  checkInKrId: string;
  checkInSearch: string;
  health: { label: string; findings: HealthFinding[] } | null;
  examples: { family: string; list: LocalizedExample[] } | null;
  quarterStep: number;
  quarterBusy: 'building' | 'closing' | null;
  /** The period the wizard tried to create exists already: the server's message, to offer opening it. */
  existingPeriod: { label: string; message: string } | null;
  draft: PeriodDraft | null;
  closeLabel: string;
  /** The period chosen for closing, with the decision per KR id. */
  closing: { view: OverviewView; decisions: Record<string, Decision> } | null;
  /** A large period's objectives opened so far, with their key results in full (by objective id). */
  details: Record<string, ObjectiveView>;
  /** Objectives whose key results are shown. */
  expanded: Record<string, boolean>;
  /** In a large period, the objective whose key results the check-in lists. */
  checkInObjective: string;
  /** The sales data view: the export read, corrections, and the link being made. */
  deals: DealsUi;
}

export type { Decision };

/** The new-period wizard's answers so far. */
export interface PeriodDraft {
  kind: 'quarter' | 'fiscalQuarter' | 'months';
  year: number;
  quarter: 1 | 2 | 3 | 4;
  fiscalYearStartMonth: number;
  /** 'yyyy-mm' of the first month of a custom period. */
  startMonth: string;
  months: 1 | 2 | 6 | 12;
  team: string;
  startFrom: 'empty' | 'examples' | 'previous';
  /** With examples: one family, or '' for a mix of three. */
  exampleFamily: ExampleFamily | '';
  previousLabel: string;
}

export interface App {
  state: SidebarState;
  fmt: Formatter;
  overview: OverviewView | null;
  ui: UiState;
  active: ViewId;
  /** Shows a message in the status line; errors are announced assertively. */
  notify(text: string, kind?: 'ok' | 'error'): void;
  /** Redraws the visible view. */
  render(): void;
  /** Switches to a view (and its tab). */
  show(view: ViewId): void;
  /** Replaces the overview on screen (after a check-in, an insert, a period change). */
  setOverview(view: OverviewView | null): void;
  /** Replaces the whole state (after a language change or a new period). */
  setState(state: SidebarState): void;
  /** Runs a server call with the busy indicator on and failures reported. */
  run<T>(work: Promise<T>): Promise<T | undefined>;
}

export function initialUi(): UiState {
  return {
    ownerFilter: '',
    teamFilter: '',
    meApplied: false,
    leadersBy: 'owner',
    leadersOpen: false,
    checkInKrId: '',
    checkInSearch: '',
    health: null,
    examples: null,
    quarterStep: 1,
    quarterBusy: null,
    existingPeriod: null,
    draft: null,
    closeLabel: '',
    closing: null,
    details: {},
    expanded: {},
    checkInObjective: '',
    deals: initialDealsUi(),
  };
}
