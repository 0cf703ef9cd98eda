// What the add-on finds in a pasted deals export before connecting it: its columns, its stages and
// their outcomes, problems with their cells, with the user's corrections applied; complete when
// nothing is missing or unclear. Pure: a grid in.

import type { DealsMessageKey } from '../../i18n/deals';
import { columnLetter, columnNumber } from '../a1';
import { type Crm, type DealField, type DealsMapping, detectDealColumns } from './headers';
import { type DealsTable, readDeals } from './table';
import { type DateOrder, defaultStageMap, type Outcome, type StageMap, stageKey } from './values';

/** The user's corrections to what was detected. */
export interface DealsCorrections {
  /** Column letter per field ('' to leave a field unmapped). */
  columns?: Partial<Record<DealField, string>>;
  /** Outcome per stage as written in the export. */
  stages?: Record<string, Outcome>;
  /** Day/month order of slashed dates. */
  dateOrder?: DateOrder;
}

export interface DealsStage {
  stage: string;
  /** null: the add-on does not know this stage; the user must say. */
  outcome: Outcome | null;
  deals: number;
}

export interface DealsFinding {
  key: DealsMessageKey;
  cell: string;
  params: Record<string, string | number>;
}

export interface DealsInspection {
  crm: Crm;
  /** 1-based header row; 0 when none was found. */
  headerRow: number;
  /** The detected (or corrected) column of each field, with its header. */
  fields: { field: DealField; column: string; header: string }[];
  /** Every header of the row, for choosing another column. */
  headers: { column: string; header: string }[];
  stages: DealsStage[];
  currencies: string[];
  deals: number;
  problems: DealsFinding[];
  /** Nothing is missing or unclear: the tab can be connected. */
  complete: boolean;
}

/** Problems that leave the metrics wrong until the user fixes the tab or the mapping. */
const BLOCKING: ReadonlySet<string> = new Set([
  'dealsEmptyTab',
  'dealsNotAnExport',
  'dealsNoAmount',
  'dealsNoCloseDate',
  'dealsNoOutcome',
  'dealsDuplicateHeader',
  'dealsUnmappedStage',
  'dealsDateOrderAmbiguous',
]);

/** The detected mapping with the user's column choices applied. */
function correctedMapping(grid: readonly (readonly unknown[])[], corrections: DealsCorrections): DealsMapping {
  const detected = detectDealColumns(grid);
  const chosen = corrections.columns ?? {};
  if (Object.keys(chosen).length === 0 || detected.headerRow < 0) return detected;
  const columns = { ...detected.columns };
  for (const [field, letters] of Object.entries(chosen) as [DealField, string][]) {
    if (!letters) delete columns[field];
    else columns[field] = columnNumber(letters) - 1;
  }
  // A problem about a missing column the user has now chosen is gone; the others stay.
  const missing: Partial<Record<string, DealField>> = {
    dealsNoAmount: 'amount',
    dealsNoCloseDate: 'closeDate',
  };
  const problems = detected.problems.filter((p) => {
    const field = missing[p.key];
    if (field) return columns[field] === undefined;
    if (p.key === 'dealsNoOutcome') return columns.stage === undefined && columns.status === undefined;
    return true;
  });
  return { ...detected, columns, problems };
}

/** The stage map the export is read with: the CRM's defaults, with the user's outcomes on top. */
function stageMapOf(crm: Crm, corrections: DealsCorrections): StageMap {
  const map = defaultStageMap(crm);
  for (const [stage, outcome] of Object.entries(corrections.stages ?? {})) {
    map[stageKey(stage)] = { ...map[stageKey(stage)], stage, outcome };
  }
  return map;
}

/** Reads a deals tab's grid with the corrections: the table and what it says. */
export function inspectDeals(
  grid: readonly (readonly unknown[])[],
  corrections: DealsCorrections = {},
  decimal?: '.' | ',',
): { table: DealsTable; inspection: DealsInspection } {
  const mapping = correctedMapping(grid, corrections);
  const stageMap = stageMapOf(mapping.crm, corrections);
  const table = readDeals(grid, mapping, { stageMap, decimal, dateOrder: corrections.dateOrder });
  const stages = new Map<string, DealsStage>();
  const byStatus = mapping.columns.status !== undefined;
  for (const deal of table.deals) {
    if (!deal.stage) continue;
    const entry = stages.get(deal.stage) ?? {
      stage: deal.stage,
      outcome: byStatus ? null : (stageMap[stageKey(deal.stage)]?.outcome ?? null),
      deals: 0,
    };
    entry.deals++;
    stages.set(deal.stage, entry);
  }
  const problems: DealsFinding[] = table.problems.map((p) => ({ key: p.key, cell: p.cell, params: p.params }));
  const inspection: DealsInspection = {
    crm: mapping.crm,
    headerRow: mapping.headerRow + 1,
    fields: (Object.entries(mapping.columns) as [DealField, number][]).map(([field, c]) => ({
      field,
      column: columnLetter(c + 1),
      header: mapping.headers[c] ?? '',
    })),
    headers: mapping.headers.map((header, c) => ({ column: columnLetter(c + 1), header })).filter((h) => h.header),
    stages: [...stages.values()].sort((a, b) => b.deals - a.deals),
    currencies: table.currencies,
    deals: table.deals.length,
    problems,
    complete: mapping.headerRow >= 0 && !problems.some((p) => BLOCKING.has(p.key)),
  };
  return { table, inspection };
}
