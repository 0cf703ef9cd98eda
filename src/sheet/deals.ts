// The deals tab in the spreadsheet: reading a pasted CRM export, connecting it (parsed helper
// columns right of the export where the sheet holds text, and the connection saved with the tab),
// and linking a key result's current value to a metric of it as a native formula.
import { columnLetter, quoteTab } from '../core/a1';
import { isoDay } from '../core/dates';
import { type DealsCorrections, type DealsInspection, inspectDeals } from '../core/deals/inspect';
import { DEAL_FILTER_FIELDS, dealsOfMetric, type PipelineForecast, pipelineForecast } from '../core/deals/metrics';
import { type RepsTable, readRepsTable } from '../core/deals/reps';
import type { DealsTable } from '../core/deals/table';
import { UserError } from '../core/errors';
import type { PeriodData } from '../core/types';
import { connectedSource, type HelperColumn } from '../tabs/deals-connect';
import {
  addsAmounts,
  buildDealsFormula,
  type DealFilters,
  type DealMetric,
  type DealsColumn,
  type DealsLink,
  type DealsSource,
  linkOfFormula,
} from '../tabs/deals-formulas';
import { matchHeaders } from '../tabs/read';
import { KEY_RESULT_COLUMNS } from '../tabs/templates';
import { krColumn } from '../tabs/writer';
import { TAB_METADATA_KEY } from './apply';
import { keyResultRowWhereSeen, periodTabs } from './read';
import { readIndex, type WorkbookIndex, withDocumentLock } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What the add-on keeps with a connected deals tab (its metadata, under the tabs' key). */
export interface DealsConnection {
  role: 'deals';
  source: DealsSource;
  /** 1-based first helper column the add-on wrote (0: none); re-connecting rewrites from there. */
  helpersFrom: number;
  helperColumns: number;
  deals: number;
  connectedOn: string;
  /** The day the linked key results' values were last recorded (yyyy-mm-dd). */
  lastSnapshot?: string;
  /** The user's corrections the export was connected with, to read its deals the same way later. */
  corrections?: DealsCorrections;
  /** The reps table (rep → team) the deals' teams were read from, and its teams. */
  repsTab?: string;
  teams?: string[];
}

/** A reps table read from its tab. */
export interface ReadReps {
  tab: string;
  table: RepsTable;
}

/**
 * The reps table on tab `name` (rep → team, manager, region): refused with the tab and cell when
 * the tab is missing or empty, or has no rep or no team column.
 */
export function readRepsTab(spreadsheet: Spreadsheet, name: string): ReadReps {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new UserError('errRepsTabMissing', { tab: name });
  const { table, problem } = readRepsTable(sheet.getDataRange().getValues());
  if (!table) {
    const key =
      problem?.key === 'repsEmptyTab'
        ? 'errRepsEmpty'
        : problem?.key === 'repsNoTeamColumn'
          ? 'errRepsNoTeam'
          : 'errRepsNoRep';
    throw new UserError(key, { tab: name, cell: `${quoteTab(name)}!${problem?.cell ?? 'A1'}` });
  }
  return { tab: name, table };
}

export function parseDealsConnection(value: string | null): DealsConnection | null {
  try {
    const parsed = JSON.parse(value ?? '') as DealsConnection;
    if (parsed && parsed.role === 'deals' && parsed.source && typeof parsed.source.tab === 'string') return parsed;
  } catch (_) {
    // Edited by hand: not a connection.
  }
  return null;
}

/** Notes on the latest connected deals tab that the linked key results' values were recorded. */
export function noteSnapshot(index: WorkbookIndex, day: string): void {
  const connected = dealsConnections(index);
  const latest = connected[connected.length - 1];
  if (latest) latest.entry.setValue(JSON.stringify({ ...latest.connection, lastSnapshot: day }));
}

/** The connected deals tabs, in the order they were connected. */
export function dealsConnections(index: WorkbookIndex): DealsIndexEntry[] {
  return index.otherTabEntries.flatMap(({ sheet, value, entry }) => {
    const connection = parseDealsConnection(value);
    return connection ? [{ sheet, connection, entry }] : [];
  });
}

/** The tab to read: by name, or the one the user is on. */
function dealsSheet(spreadsheet: Spreadsheet, tab: string | undefined): { sheet: Sheet; name: string } {
  if (tab) {
    const sheet = spreadsheet.getSheetByName(tab);
    if (!sheet) throw new UserError('errTabMissing', { name: tab });
    return { sheet, name: tab };
  }
  const sheet = spreadsheet.getActiveSheet();
  return { sheet, name: sheet.getName() };
}

export interface ReadDeals {
  sheet: Sheet;
  name: string;
  grid: unknown[][];
  table: DealsTable;
  inspection: DealsInspection;
  /** The tab's connection, when it has one. */
  connection: DealsIndexEntry | null;
  corrections: DealsCorrections;
}

/** A connected tab found with the add-on's other metadata. */
export interface DealsIndexEntry {
  sheet: Sheet;
  connection: DealsConnection;
  entry: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** Reads a deals tab (the active one when `tab` is omitted) with the user's corrections. */
export function readDealsTab(
  spreadsheet: Spreadsheet,
  index: WorkbookIndex,
  tab: string | undefined,
  corrections: DealsCorrections,
  decimal?: '.' | ',',
): ReadDeals {
  const { sheet, name } = dealsSheet(spreadsheet, tab);
  const connection = dealsConnections(index).find((d) => d.connection.source.tab === name) ?? null;
  const whole = sheet.getDataRange().getValues();
  // The add-on's own helper columns are not part of the export.
  const helpersFrom = connection?.connection.helpersFrom ?? 0;
  const grid = helpersFrom > 0 ? whole.map((row) => row.slice(0, helpersFrom - 1)) : whole;
  const { table, inspection } = inspectDeals(grid, corrections, decimal);
  // Each deal's team, as the team column the add-on wrote at connecting says (what the formulas read).
  const teamColumn = connection?.connection.source.columns.team;
  if (teamColumn !== undefined)
    for (const deal of table.deals) deal.team = String(whole[deal.row - 1]?.[teamColumn - 1] ?? '');
  return { sheet, name, grid, table, inspection, connection, corrections };
}

/**
 * Connects a read deals tab: writes the parsed helper columns right of the export (cells the
 * add-on owns: empty ones, or its own from an earlier connection) in one write, and saves the
 * connection with the tab. Nothing is written unless the inspection is complete.
 */
export function connectDealsTab(
  read: ReadDeals,
  headerOf: (column: DealsColumn) => string,
  today: string,
  reps?: ReadReps,
): DealsConnection {
  if (!read.inspection.complete) throw new Error('The deals tab is not ready to connect.');
  return withDocumentLock(() => {
    const width = Math.max(0, ...read.grid.map((row) => row.length));
    const { source, helpers } = connectedSource(read.name, read.grid, read.table, width, headerOf, reps?.table);
    const sheet = read.sheet;
    // What to put back if a later call fails: the workbook is left as it was.
    const undo: (() => void)[] = [];
    try {
      if (helpers.length > 0) {
        const headerRow = source.headerRow;
        const rows = read.grid.length - headerRow + 1;
        const columns = sheet.getMaxColumns();
        const missing = width + helpers.length - columns;
        if (missing > 0) {
          sheet.insertColumnsAfter(columns, missing);
          undo.push(() => sheet.deleteColumns(columns + 1, missing));
        }
        const block = Array.from({ length: rows }, (_, r) =>
          helpers.map((h) => (r === 0 ? h.header : (h.cells[r - 1] ?? ''))),
        );
        const range = sheet.getRange(headerRow, width + 1, rows, helpers.length);
        // The add-on's own columns from an earlier connection are rewritten; new ones were empty.
        const before = read.connection?.connection.helpersFrom ? range.getValues() : null;
        undo.push(() => (before ? range.setValues(before) : range.clear()));
        range.setValues(block);
        // Dates are written as serial days (the same in every time zone) and shown as days.
        const isDate = (h: HelperColumn) => h.column === 'closeDate' || h.column === 'created';
        const formats = block.map((_row, r) => helpers.map((h) => (r > 0 && isDate(h) ? 'yyyy-mm-dd' : 'General')));
        if (helpers.some(isDate)) range.setNumberFormats(formats);
      }
      const connection: DealsConnection = {
        role: 'deals',
        source,
        helpersFrom: helpers.length > 0 ? width + 1 : 0,
        helperColumns: helpers.length,
        deals: read.inspection.deals,
        connectedOn: today,
        corrections: read.corrections,
        ...(reps ? { repsTab: reps.tab, teams: reps.table.teams } : {}),
      };
      const value = JSON.stringify(connection);
      const earlier = read.connection?.entry;
      if (earlier) {
        const previous = JSON.stringify(read.connection?.connection);
        undo.push(() => earlier.setValue(previous));
        earlier.setValue(value);
      } else {
        // The host can add the entry and still report a failure: find it by its value to remove it.
        undo.push(() => {
          for (const entry of sheet.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).find())
            if (entry.getValue() === value) entry.remove();
        });
        sheet.addDeveloperMetadata(TAB_METADATA_KEY, value);
      }
      return connection;
    } catch (error) {
      for (const step of undo.reverse()) {
        try {
          step();
        } catch (_) {
          // Best effort: the original error says what failed.
        }
      }
      throw error;
    }
  });
}

/** The deal columns each metric reads, besides the outcome. */
const METRIC_COLUMNS: Record<DealMetric['kind'], DealsColumn[]> = {
  wonRevenue: ['amount', 'closeDate'],
  dealsWon: ['closeDate'],
  averageDealSize: ['amount', 'closeDate'],
  winRate: ['closeDate'],
  salesCycle: ['created', 'closeDate'],
  openPipeline: ['amount', 'closeDate'],
  pipelineCoverage: ['amount', 'closeDate'],
  quotaAttainment: ['amount', 'closeDate'],
  newCustomers: ['account', 'closeDate'],
};

export interface LinkRequest {
  periodLabel: string;
  krId: string;
  /** The KR's row as the sidebar saw it: checked, and read with the headers in one request. */
  row?: number;
  metric: DealMetric;
  filters?: Omit<DealFilters, 'period'> & { on?: 'close' | 'created' };
}

export interface LinkResult {
  formula: string;
  /** The KR's Current cell on its key results tab. */
  row: number;
  column: string;
  /** The deals tab the formula reads. */
  dealsTab: string;
}

/**
 * Links a key result's current value to a metric of the connected deals tab: a native formula over
 * the period's dates in the KR's Current cell, so that the value recalculates with the data and
 * needs no check-in. Five requests when the sidebar passes the KR's row.
 */
export function linkKeyResultToDeals(spreadsheet: Spreadsheet, request: LinkRequest): LinkResult {
  const index = readIndex(spreadsheet);
  const connected = dealsConnections(index);
  const deals = connected[connected.length - 1];
  if (!deals) throw new UserError('errDealsNotConnected');
  const source = deals.connection.source;
  const tabs = periodTabs(spreadsheet, request.periodLabel, index.tabs);
  if (!tabs.keyResults) throw new UserError('errPeriodNotFound', { label: request.periodLabel });
  if (tabs.review) throw new UserError('errPeriodClosed', { label: request.periodLabel });
  const metric = request.metric;
  const filters = request.filters ?? {};
  const needed = [
    ...METRIC_COLUMNS[metric.kind],
    // Each filter reads the column of its name.
    ...DEAL_FILTER_FIELDS.filter((field) => filters[field]),
    ...(filters.on === 'created' ? (['created'] as DealsColumn[]) : []),
  ];
  if (filters.team && source.columns.team === undefined) throw new UserError('errTeamNeedsReps', { tab: source.tab });
  const absent = needed.find((column) => source.columns[column] === undefined);
  if (absent) throw new UserError('errDealsColumnMissing', { tab: source.tab, column: columnName(absent) });
  if (metric.kind === 'pipelineCoverage' || metric.kind === 'quotaAttainment')
    checkQuota(spreadsheet, metric.quotaCell);
  const currencies = source.currencies ?? [];
  if (addsAmounts(metric) && currencies.length > 1 && !filters.currency)
    throw new UserError('errCurrencyNeeded', { currencies: currencies.join(', ') });

  const meta = tabs.keyResults.meta;
  const formula = buildDealsFormula(source, metric, {
    ...filters,
    period: { start: meta.start, end: meta.end, on: filters.on ?? 'close' },
  });
  const target = currentCell(tabs.keyResults.sheet, request);
  target.cell.setFormula(formula);
  return { formula, row: target.row, column: columnLetter(target.column), dealsTab: source.tab };
}

/** "closeDate" → "close date", for messages. */
function columnName(column: DealsColumn): string {
  return column.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/** A quota cell must hold a number above 0 (coverage and attainment divide by it). */
function checkQuota(spreadsheet: Spreadsheet, quotaCell: string): void {
  if (!quotaCell) throw new UserError('errQuotaNeeded');
  let value: unknown;
  try {
    value = spreadsheet.getRange(quotaCell).getValue();
  } catch (_) {
    throw new UserError('errQuotaNeeded');
  }
  if (typeof value !== 'number' || !(value > 0))
    throw new UserError('errQuotaNotPositive', { cell: quotaCell, value: String(value ?? '').slice(0, 40) });
}

/**
 * The KR's Current cell: where the sidebar saw the KR when its row still holds it (one request),
 * otherwise found by reading the tab whole.
 */
function currentCell(sheet: Sheet, request: LinkRequest): { cell: Range; row: number; column: number } {
  const seen = keyResultRowWhereSeen(sheet, request.krId, request.row, [['current', 'current']]);
  if (seen) return { cell: seen.cells[0], row: seen.values.length, column: krColumn('current') };
  const wanted = String(request.krId).trim().toLowerCase();
  const idOf = (value: unknown) =>
    String(value ?? '')
      .trim()
      .toLowerCase();
  const values = sheet.getDataRange().getValues();
  const match = matchHeaders(values, KEY_RESULT_COLUMNS, 'krId');
  const id = match?.columns.get('krId');
  const current = match?.columns.get('current');
  const found = values.findIndex((line, r) => r > (match?.headerRow ?? 0) && idOf(line[id ?? 0]) === wanted);
  if (!match || id === undefined || current === undefined || found < 0) {
    throw new UserError('errKrNotFound', { kr: String(request.krId), label: request.periodLabel });
  }
  return { cell: sheet.getRange(found + 1, current + 1), row: found + 1, column: current + 1 };
}

/** A key result whose Current formula is a link to the connected deals tab, read back and counted. */
export interface LinkedKeyResult {
  krId: string;
  dealsTab: string;
  link: DealsLink;
  /** The deals of the export the linked metric reads. */
  matchingDeals: number;
  /** Won-revenue links: won so far plus the open deals closing in the period × probability. */
  pipeline: PipelineForecast | null;
  /** Where the probabilities come from: the export's column, or the stage defaults the connection saved. */
  probabilities: 'column' | 'stages';
}

/**
 * The key results of a period (read with their formulas) that are linked to the latest connected
 * deals tab, each with the number of deals its metric reads and, for won revenue, the pipeline
 * forecast. The deals tab is read once, and only when a key result is linked; `krId` narrows to one.
 */
export function linkedKeyResults(
  spreadsheet: Spreadsheet,
  index: WorkbookIndex,
  data: PeriodData,
  decimal?: '.' | ',',
  krId?: string,
): LinkedKeyResult[] {
  const connected = dealsConnections(index);
  const latest = connected[connected.length - 1];
  if (!latest || data.closedWith) return [];
  const { source } = latest.connection;
  const days = { start: isoDay(data.period.start), end: isoDay(data.period.end) };
  const links = data.keyResults.flatMap((kr) => {
    if (krId !== undefined && kr.id !== krId) return [];
    const link = linkOfFormula(source, kr.dataLink, days);
    return link ? [{ kr, link }] : [];
  });
  if (links.length === 0) return [];
  const read = readDealsTab(spreadsheet, index, source.tab, latest.connection.corrections ?? {}, decimal);
  const probabilities = source.columns.probability === undefined ? 'stages' : 'column';
  return links.map(({ kr, link }) => {
    const { period, ...filters } = link.filters;
    const dealPeriod = { start: data.period.start, end: data.period.end, on: period.on };
    return {
      krId: kr.id,
      dealsTab: source.tab,
      link,
      matchingDeals: dealsOfMetric(read.table.deals, link.metric.kind, filters, dealPeriod).length,
      pipeline:
        link.metric.kind === 'wonRevenue'
          ? pipelineForecast(
              read.table.deals,
              filters,
              dealPeriod,
              probabilities === 'stages' ? source.stageProbabilities : undefined,
            )
          : null,
      probabilities,
    };
  });
}
