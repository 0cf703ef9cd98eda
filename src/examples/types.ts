// Shapes of the example library. Texts are stored per language so one example can be inserted
// into a workbook in any supported language.
import type { KrKind, Language } from '../core/types';

/** The example families, in the order the sidebar lists them. */
export const EXAMPLE_FAMILIES = [
  'revenueGrowth',
  'acquisition',
  'efficiency',
  'upsellCrossSell',
  'satisfactionRetention',
  'pipelineCoverage',
  'talent',
  'regions',
  'leadGeneration',
  'forecastAccuracy',
  'crmAdoption',
  'partners',
] as const;

export type ExampleFamily = (typeof EXAMPLE_FAMILIES)[number];

/** A text in every supported language. */
export type Texts = Record<Language, string>;

export interface ExampleKeyResult {
  kind: KrKind;
  /** 'currency' | '%' | 'count' | 'days' | 'ratio' | '' — percentages are stored as fractions (0.15 = 15%). */
  unit: string;
  baseline: number;
  /** Already computed for "by a percentage" goals (e.g. baseline × 1.15). */
  target: number;
  /** Relative weight within its objective; 1 when omitted. */
  weight?: number;
  title: Texts;
}

export interface ExampleObjective {
  /** Stable across releases, e.g. 'revenue-1'. */
  id: string;
  family: ExampleFamily;
  /** Committed OKRs are expected to reach 1.0; aspirational ones succeed at about 0.7. */
  committed: boolean;
  title: Texts;
  keyResults: ExampleKeyResult[];
}

/** A key result in one language, ready to write into a key-results tab. */
export interface LocalizedKeyResult {
  title: string;
  kind: KrKind;
  unit: string;
  baseline: number;
  target: number;
  weight: number;
}

/** An objective in one language, ready to write into a key-results tab. */
export interface LocalizedExample {
  id: string;
  family: ExampleFamily;
  familyName: string;
  title: string;
  committed: boolean;
  keyResults: LocalizedKeyResult[];
}

/** The whole library: every objective with its texts in every language, and the families' names. */
export interface ExampleLibrary {
  familyNames: Record<Language, Record<ExampleFamily, string>>;
  objectives: readonly ExampleObjective[];
}
