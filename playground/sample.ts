// Loads the built-in sample into a running add-on, made the way a team makes it: create the
// quarter (createPeriod), fill in its key results, then record the check-ins one by one
// (recordCheckIn), all through the add-on's own server code. Beside it, a CRM export imported as
// a "CRM export" tab, as a team brings its deals into the workbook (loadSampleDeals).

import type { SidebarState } from '../src/contract/index';
import { columnLetter } from '../src/core/a1';
import type { CheckInRequest, NewPeriodRequest } from '../src/core/actions';
import { periodOf, quarterContaining } from '../src/core/periods';
import type { Language } from '../src/core/types';
import { languageFromLocale } from '../src/i18n/index';
import { KR_KIND_LABELS } from '../src/i18n/kinds';
import { TEMPLATE } from '../src/i18n/template';
import { unitLabel } from '../src/i18n/units';
import { currencyOfLocale } from '../src/server/endpoints';
import type { DealMetric } from '../src/tabs/deals-formulas';
import { unitFormat } from '../src/tabs/templates';
import { krColumn } from '../src/tabs/writer';
import { importCsv } from './data';
import { type ExportFormat, type ExportOptions, generateExport } from './deals';
import type { Addon } from './runtime';
import { SAMPLE_OBJECTIVES, SAMPLE_TEAM, type SampleKeyResult, sampleCheckIns, sampleValueAt } from './sample-data';

export interface SampleSummary {
  periodLabel: string;
  keyResultsTab: string;
  checkIns: number;
}

type Column = 'hKrId' | 'hObjectiveId' | 'hObjective' | 'hKeyResult' | 'hOwner' | 'hTeam' | 'hKind' | 'hUnit';
type NumberColumn = 'hBaseline' | 'hTarget' | 'hCurrent' | 'hWeight' | 'hConfidence';

/** The sample's key results as rows, in the column order of `headers` (in `language`). */
function keyResultRows(headers: string[], language: Language): unknown[][] {
  const texts = TEMPLATE[language];
  const rows: unknown[][] = [];
  for (const objective of SAMPLE_OBJECTIVES) {
    for (const kr of objective.keyResults) {
      // Only the columns a team fills in; the others are the template's formulas.
      const byColumn: Record<Column | NumberColumn, unknown> = {
        hKrId: kr.id,
        hObjectiveId: objective.id,
        hObjective: objective.title,
        hKeyResult: kr.title,
        hOwner: kr.owner,
        hTeam: SAMPLE_TEAM,
        hKind: KR_KIND_LABELS[language][kr.kind],
        hUnit: unitLabel(language, kr.unit),
        hBaseline: kr.kind === 'milestone' ? '' : kr.baseline,
        hTarget: kr.kind === 'milestone' ? '' : kr.target,
        hCurrent: sampleValueAt(kr, 0),
        hWeight: kr.weight,
        hConfidence: kr.confidence / 10,
      };
      const byHeader = new Map(Object.entries(byColumn).map(([key, value]) => [texts[key as Column], value]));
      rows.push(headers.map((h) => (byHeader.has(h) ? byHeader.get(h) : undefined)));
    }
  }
  return rows;
}

function allKeyResults(): SampleKeyResult[] {
  return SAMPLE_OBJECTIVES.flatMap((o) => o.keyResults);
}

export function loadSample(addon: Addon, now: Date = addon.now()): SampleSummary {
  for (const endpoint of ['createPeriod', 'recordCheckIn']) {
    if (!addon.functions.includes(endpoint)) throw new Error(`dist/Code.js lacks the endpoint ${endpoint}.`);
  }
  const spec = quarterContaining(now);
  // The tabs speak the user's language; the sample's own texts are English.
  const language = languageFromLocale(addon.emulator.globals.Session.getActiveUserLocale());
  const { label, start, end } = periodOf(spec, language);
  // As the sidebar's wizard sends it: the currency money is shown in, which the period then keeps.
  const currency = currencyOfLocale(addon.emulator.spreadsheet.getSpreadsheetLocale());
  const request: NewPeriodRequest = {
    period: spec,
    team: SAMPLE_TEAM,
    startFrom: 'empty',
    language,
    ...(currency ? { currency } : {}),
  };
  addon.call('createPeriod', [request]);
  const tabName = `${label} · ${TEMPLATE[language].tabKeyResults}`;
  const sheet = addon.emulator.spreadsheet.getSheetByName(tabName);
  if (!sheet) throw new Error(`createPeriod did not create the tab "${tabName}".`);
  pasteKeyResults(addon, sheet, language);
  const checkIns = sampleCheckIns(start, end, now);
  for (const checkIn of checkIns) {
    const checkInRequest: CheckInRequest = { periodLabel: label, ...checkIn };
    addon.call('recordCheckIn', [checkInRequest]);
  }
  return { periodLabel: label, keyResultsTab: tabName, checkIns: checkIns.length };
}

/**
 * The key results go in as a team pastes them under the headers of a new period, one block per
 * column; the template's formula columns compute from them. Current values start at the
 * baseline: the check-ins move them. Number formats and the milestone checkbox are set as the
 * template sets them for its own rows.
 */
function pasteKeyResults(addon: Addon, sheet: GoogleAppsScript.Spreadsheet.Sheet, language: Language): void {
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map((h) => String(h));
  const texts = TEMPLATE[language];
  const rows = keyResultRows(headers, language);
  const krs = allKeyResults();
  headers.forEach((header, c) => {
    // The trend forecast is computed: only its cells' format follows each key result's unit.
    if (header === texts.hForecast) {
      sheet.getRange(2, c + 1, rows.length, 1).setNumberFormats(krs.map((kr) => [unitFormat(kr.unit)]));
      return;
    }
    if (rows[0][c] === undefined) return;
    const column = sheet.getRange(2, c + 1, rows.length, 1);
    column.setValues(rows.map((row) => [row[c]]));
    if (header === texts.hBaseline || header === texts.hTarget || header === texts.hCurrent) {
      column.setNumberFormats(krs.map((kr) => [unitFormat(kr.unit)]));
    }
  });
  const current = headers.indexOf(texts.hCurrent) + 1;
  const checkbox = addon.emulator.globals.SpreadsheetApp.newDataValidation().requireCheckbox().build();
  krs.forEach((kr, i) => {
    if (kr.kind === 'milestone') sheet.getRange(2 + i, current).setDataValidation(checkbox);
  });
}

/** How many deals the sample's deals tab holds: enough to feel a real team's year of deals. */
export const SAMPLE_DEALS = 5_000;
// Not "Deals": a user who pastes an export into a tab of that name finds it free.
export const SAMPLE_DEALS_TAB = 'CRM export';

export interface SampleDealsSummary {
  tab: string;
  format: ExportFormat;
  /** Rows of the tab: the header, one per deal, and the export's footer if it writes one. */
  rows: number;
  /** The sample's key results linked to the deals (their Current cells hold the metrics' formulas). */
  linked: string[];
}

/**
 * Imports a generated CRM export as the "CRM export" tab, the way File → Import → "Insert new
 * sheet(s)" leaves it: every cell parsed as Sheets parses the CSV in the spreadsheet's locale.
 * A Salesforce opportunity report ("$1,234" amounts, "45%", M/D/YYYY dates: numbers, percentages
 * and dates in en_US), or in a German workbook the German HubSpot export it would come from
 * ("1.234,5", DD.MM.YYYY), since a US export read in a German locale turns "$45,213.82" into text.
 * The tab the user was on stays open.
 */
export function loadSampleDeals(addon: Addon, rows = SAMPLE_DEALS): SampleDealsSummary {
  const spreadsheet = addon.emulator.spreadsheet;
  const format: ExportFormat = spreadsheet.getSpreadsheetLocale().startsWith('de') ? 'hubspot-de' : 'salesforce';
  const { csv } = generateExport(format, sampleDealOptions(addon.now(), rows));
  const active = spreadsheet.getActiveSheet();
  const tab = importCsv(addon, { name: SAMPLE_DEALS_TAB, csv });
  const linked = linkSampleKeyResults(addon, tab.getName(), format === 'hubspot-de' ? 'Neugeschäft' : 'New Business');
  active.activate();
  return { tab: tab.getName(), format, rows: tab.getLastRow(), linked };
}

/**
 * The sample's deals: exported today, so that the quarter on screen has won, lost and open deals,
 * and owned by the sample team's people and three reps of other teams.
 */
export function sampleDealOptions(today: Date, rows = SAMPLE_DEALS): ExportOptions {
  const owners = [...new Set(SAMPLE_OBJECTIVES.flatMap((o) => o.keyResults.map((kr) => kr.owner)))];
  return { rows, exportedOn: today, owners: [...owners, 'Anna Schmidt', 'Ben Carter', 'Grace Li'] };
}

/**
 * Connects the deals tab and links three of the sample's key results to it, as a user does in the
 * Data view, each to its owner's deals: new-business revenue won, the average new-business deal,
 * and the open pipeline's coverage of what is left of the revenue target (that target cell is the
 * quota). Nothing when there is no sample quarter.
 */
function linkSampleKeyResults(addon: Addon, tab: string, newBusiness: string): string[] {
  const state = addon.call('getSidebarState', []) as SidebarState;
  const overview = state.overview;
  const revenue = overview?.objectives.flatMap((o) => o.keyResults).find((kr) => kr.id === 'KR1.1');
  if (!overview || !revenue) return [];
  addon.call('connectDeals', [{ tab }]);
  const quotaCell = revenue.cell.replace(/![A-Z]+(\d+)$/, (_, row) => `!${columnLetter(krColumn('target'))}${row}`);
  const ownerOf = (id: string) => overview.objectives.flatMap((o) => o.keyResults).find((kr) => kr.id === id)?.owner;
  const links: { krId: string; metric: DealMetric; filters: Record<string, string> }[] = [
    { krId: 'KR1.1', metric: { kind: 'wonRevenue' }, filters: { type: newBusiness } },
    { krId: 'KR1.2', metric: { kind: 'averageDealSize' }, filters: { type: newBusiness } },
    { krId: 'KR1.3', metric: { kind: 'pipelineCoverage', quotaCell }, filters: { type: newBusiness } },
  ];
  for (const link of links) link.filters.owner = ownerOf(link.krId) ?? '';
  for (const link of links) addon.call('linkKeyResult', [{ periodLabel: overview.period.label, ...link }]);
  return links.map((link) => link.krId);
}
