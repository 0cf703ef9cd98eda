// A tab described as plain data: what the writer wants on a new sheet. `applyTabPlan` turns it
// into a fixed number of SpreadsheetApp calls (one per block, rule or chart, never one per row).
import { parseIsoDay } from '../core/dates';
import { settingsFromStored } from '../core/settings';
import {
  type ClosedWith,
  LANGUAGES,
  type Language,
  type Period,
  type PeriodKind,
  type Settings,
  type TabRole,
} from '../core/types';

/** A cell to write. Plain strings are always text (never formulas); formulas are explicit. */
export type PlanCell = string | number | boolean | null | PlanFormula;
export interface PlanFormula {
  formula: string;
}

/** A rectangle on a tab; `sheet` names another tab (charts reading the key results tab). */
export interface PlanRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
  sheet?: string;
}

export interface PlanBlock {
  row: number;
  column: number;
  cells: PlanCell[][];
  bold?: boolean;
  background?: string;
  wrap?: boolean;
}

/** Number formats for a rectangle, one pattern per cell, written in one call. */
export interface PlanFormatGrid {
  row: number;
  column: number;
  formats: string[][];
}

export type ValidationRule =
  | { kind: 'list'; values: string[] }
  | { kind: 'checkbox' }
  | { kind: 'numberBetween'; min: number; max: number }
  | { kind: 'date' };

export interface PlanValidation {
  range: PlanRange;
  rule: ValidationRule;
}

/** Per-cell rules in one call (e.g. checkboxes only on milestone rows). */
export interface PlanValidationGrid {
  row: number;
  column: number;
  rules: (ValidationRule | null)[][];
}

export type ConditionWhen =
  | { kind: 'numberBetween'; min: number; max: number }
  | { kind: 'numberLessThan'; value: number }
  | { kind: 'numberAtLeast'; value: number }
  | { kind: 'textEquals'; text: string };

export interface PlanConditionalFormat {
  ranges: PlanRange[];
  when: ConditionWhen;
  background: string;
  fontColor?: string;
}

export type ChartKind = 'bar' | 'column' | 'line' | 'scatter' | 'pie';

export interface PlanChart {
  kind: ChartKind;
  /** Data ranges; the first is the category (labels) column, the first row of each holds headers. */
  ranges: PlanRange[];
  anchor: { row: number; column: number };
  title: string;
  stacked?: boolean;
  /** One colour per series, in order. */
  colors?: string[];
  width?: number;
  height?: number;
  /** Extra chart options passed as they are (vAxis, hAxis, ...). */
  options?: Record<string, unknown>;
}

/** What the add-on stores on every tab it creates (developer metadata `okr.tab`). */
export interface TabMeta {
  role: TabRole;
  /** The period label, e.g. "Q1 2027". */
  period: string;
  periodKind: PeriodKind;
  /** ISO dates 'yyyy-mm-dd', inclusive. */
  start: string;
  end: string;
  team: string;
  language: string;
  /** The period request that made it, so the next period can be proposed. */
  spec: unknown;
  /** Layout version, for later migrations. */
  version: number;
  /** A review's record of its closing day: ISO date and the settings it was graded with. */
  closed?: { frozenOn: string; settings: Settings };
  /** A key results tab's record of the shared settings when it was made (see sheet/settings.ts). */
  settings?: Omit<Settings, 'language'>;
  /** A key results tab's data rows and columns when it was made (the alignment tab stacks them). */
  rows?: number;
  columns?: number;
  /** An alignment tab's teams, in the order their rows are stacked (tabs/alignment.ts); another file's with its tab and rows. */
  sources?: { label: string; team: string; file?: string; tab?: string; rows?: number; columns?: number }[];
}

export type { TabRole };

export interface TabPlan {
  name: string;
  meta: TabMeta;
  /** Rows the tab needs at least (the sheet grows when smaller). */
  minRows: number;
  minColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Width in pixels per 1-based column; absent columns keep the default. */
  columnWidths: Record<number, number>;
  blocks: PlanBlock[];
  formats: PlanFormatGrid[];
  validations: PlanValidation[];
  validationGrids: PlanValidationGrid[];
  conditionalFormats: PlanConditionalFormat[];
  charts: PlanChart[];
  /** Rows 1..n protected with a warning (headers people should not retype). */
  protectedRows: number;
  rightToLeft: boolean;
}

/** The period a tab's metadata names. */
export function periodOfMeta(meta: TabMeta): Period {
  return {
    label: meta.period,
    kind: meta.periodKind,
    start: parseIsoDay(meta.start) ?? new Date(0),
    end: parseIsoDay(meta.end) ?? new Date(0),
  };
}

export function languageOfMeta(meta: TabMeta): Language {
  return (LANGUAGES as readonly string[]).includes(meta.language) ? (meta.language as Language) : 'en';
}

/**
 * What a review's metadata says of its closing day. Reviews written before settings were stored
 * were graded with the default bands, which is what settingsFromStored gives for nothing stored.
 */
export function closedWithOf(meta: TabMeta): ClosedWith {
  const frozenOn = parseIsoDay(meta.closed?.frozenOn ?? '') ?? parseIsoDay(meta.end) ?? new Date(0);
  const settings = settingsFromStored(meta.closed ? JSON.stringify(meta.closed.settings) : null, null);
  return { frozenOn, settings };
}
