// The server side of the sidebar: every function here is exported from src/main.ts and called
// through google.script.run. Arguments come from the browser, so each one is checked; answers
// are plain JSON (see contract.ts). Each endpoint reads the period once and writes at most once.

import type { InsertExamplesResult, SaveSettingsResult, SidebarState } from '../contract/sidebar';
import { checkHealth, type HealthFinding, type KrField } from '../core/health';
import { buildOverview, isoDate, type OverviewView, type PeriodInfo } from '../core/overview';
import type { PeriodData, PeriodSummary } from '../core/period-data';
import { loadSettings, storeSettings } from '../core/settings';
import { type KeyResult, LANGUAGES, type Language, type Settings } from '../core/types';
import { EXAMPLE_FAMILIES, exampleKeyResults, examplesIn, FAMILY_NAMES } from '../examples/library';
import type { ExampleFamily, LocalizedExample } from '../examples/types';
import { languageFromLocale } from '../i18n/index';
import { appendKeyResults, applySettingsToOpenPeriods, periodData, periodsOf } from '../sheet/period-edits';
import type { KrColumnId } from '../tabs/templates';
import { columnLetter, krColumn, quoteTab } from '../tabs/writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function spreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || 'en';
  } catch (_) {
    return 'en';
  }
}

/** Today's date in the spreadsheet's time zone, as the UTC midnight the core works with. */
export function todayIn(ss: Spreadsheet, now: Date = new Date()): Date {
  let iso = isoDate(now);
  try {
    iso = Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  } catch (_) {
    // Without a time zone (or Utilities) UTC is close enough for a pace in days.
  }
  return new Date(`${iso}T00:00:00Z`);
}

/** The language the sidebar shows: the user's override, else their locale's language. */
export function sidebarLanguage(settings: Pick<Settings, 'language'>, locale: string): Language {
  return settings.language !== 'auto' ? settings.language : languageFromLocale(locale);
}

/** A BCP 47 locale for Intl: the user's own when it is in the sidebar language, else the language. */
export function intlLocale(language: Language, locale: string): string {
  const tag = locale.replace(/_/g, '-');
  return languageFromLocale(tag) === language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : language;
}

const CURRENCY_BY_COUNTRY: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  IN: 'INR',
  CH: 'CHF',
  CZ: 'CZK',
  CN: 'CNY',
  HK: 'HKD',
  TW: 'TWD',
  SG: 'SGD',
  JP: 'JPY',
  SA: 'SAR',
  AE: 'AED',
  EG: 'EGP',
  MA: 'MAD',
  PL: 'PLN',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  DE: 'EUR',
  FR: 'EUR',
  AT: 'EUR',
  BE: 'EUR',
  NL: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  PT: 'EUR',
  IE: 'EUR',
  FI: 'EUR',
  LU: 'EUR',
  SK: 'EUR',
  GR: 'EUR',
};

/** The currency of a spreadsheet locale such as "de_DE"; '' when the locale names no country. */
export function currencyOfLocale(locale: string): string {
  const country = locale.split(/[-_]/)[1]?.toUpperCase() ?? '';
  return CURRENCY_BY_COUNTRY[country] ?? '';
}

function periodInfo(summary: PeriodSummary): PeriodInfo {
  return {
    label: summary.period.label,
    kind: summary.period.kind,
    start: isoDate(summary.period.start),
    end: isoDate(summary.period.end),
    team: summary.team,
    closed: summary.closed,
  };
}

/** The period to show first: an open one running today, else the latest open one, else the latest. */
export function currentPeriod(periods: readonly PeriodInfo[], today: string): PeriodInfo | null {
  const byStart = [...periods].sort((a, b) => b.start.localeCompare(a.start));
  return (
    byStart.find((p) => !p.closed && p.start <= today && today <= p.end) ??
    byStart.find((p) => !p.closed) ??
    byStart[0] ??
    null
  );
}

function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
    throw new Error(`${what} is missing or not valid.`);
  }
  return value;
}

function resolvePeriod(ss: Spreadsheet, label: unknown, today: Date): PeriodData {
  if (label === undefined || label === null || label === '') {
    const current = currentPeriod(periodsOf(ss).map(periodInfo), isoDate(today));
    if (!current) throw new Error('There is no period yet. Create a quarter first.');
    return periodData(ss, current.label);
  }
  return periodData(ss, requireText(label, 'The period'));
}

export function getSidebarState(): SidebarState {
  const ss = spreadsheet();
  const settings = loadSettings();
  const locale = userLocale();
  const language = sidebarLanguage(settings, locale);
  const today = todayIn(ss);
  const periods = periodsOf(ss).map(periodInfo);
  const current = currentPeriod(periods, isoDate(today));
  let spreadsheetLocale = '';
  try {
    spreadsheetLocale = ss.getSpreadsheetLocale();
  } catch (_) {
    spreadsheetLocale = '';
  }
  return {
    language,
    languageOverride: settings.language,
    locale: intlLocale(language, locale),
    currency: currencyOfLocale(spreadsheetLocale),
    settings,
    periods,
    overview: current ? buildOverview(periodData(ss, current.label), settings, today) : null,
    families: EXAMPLE_FAMILIES.map((id) => ({ id, name: FAMILY_NAMES[language][id] })),
    today: isoDate(today),
  };
}

export function getOverview(periodLabel?: string): OverviewView {
  const ss = spreadsheet();
  const today = todayIn(ss);
  return buildOverview(resolvePeriod(ss, periodLabel, today), loadSettings(), today);
}

/** Selects a KR's whole row in its tab, so the sheet shows what the sidebar points at. */
export function selectKeyResult(periodLabel: string, krId: string): boolean {
  const ss = spreadsheet();
  const data = periodData(ss, requireText(periodLabel, 'The period'));
  const id = requireText(krId, 'The key result');
  const kr = data.keyResults.find((k) => k.id === id);
  if (!kr || kr.row < 1) throw new Error(`Key result "${id}" was not found in ${data.period.label}.`);
  const sheet = ss.getSheetByName(data.tabs.keyResults);
  if (!sheet) throw new Error(`The tab "${data.tabs.keyResults}" was not found.`);
  sheet.activate();
  sheet.getRange(kr.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return true;
}

/** "'Tab name'!H5" or "'Tab name'!A5:C5": a quoted tab and a cell or range, nothing else. */
const CELL_ADDRESS = /^'(?:[^']|'')+'!\$?[A-Z]{1,3}\$?[1-9]\d{0,6}(?::\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?$/;

export function isCellAddress(a1: unknown): a1 is string {
  return typeof a1 === 'string' && a1.length <= 300 && CELL_ADDRESS.test(a1);
}

export function selectCell(a1: string): boolean {
  if (!isCellAddress(a1)) throw new Error('That is not a cell address.');
  const range = spreadsheet().getRange(a1);
  range.getSheet().activate();
  range.activate();
  return true;
}

const FIELD_COLUMNS: Record<KrField, KrColumnId> = {
  id: 'krId',
  objective: 'objectiveTitle',
  title: 'title',
  owner: 'owner',
  target: 'target',
  weight: 'weight',
  dueDate: 'dueDate',
  parent: 'parent',
  current: 'current',
};

/** The cell of a KR field in the key-results tab, from the template's column order. */
export function fieldCell(tab: string, kr: Pick<KeyResult, 'row'>, field: KrField): string {
  return kr.row > 0 ? `${quoteTab(tab)}!${columnLetter(krColumn(FIELD_COLUMNS[field]))}${kr.row}` : '';
}

export function getHealthReport(periodLabel: string): HealthFinding[] {
  const ss = spreadsheet();
  const today = todayIn(ss);
  const data = resolvePeriod(ss, periodLabel, today);
  return checkHealth(data, {
    settings: loadSettings(),
    asOf: today,
    locate: (kr, field) => fieldCell(data.tabs.keyResults, kr, field),
  });
}

export function getSettings(): Settings {
  return loadSettings();
}

export function saveSettings(settings: Settings): SaveSettingsResult {
  const before = loadSettings();
  const saved = storeSettings(settings);
  if (saved.cap !== before.cap || saved.atRiskGap !== before.atRiskGap || saved.offTrackGap !== before.offTrackGap) {
    applySettingsToOpenPeriods(spreadsheet(), saved);
  }
  return before.language === saved.language ? { settings: saved } : { settings: saved, state: getSidebarState() };
}

function checkLanguage(language: unknown): Language {
  if (!(LANGUAGES as readonly unknown[]).includes(language)) throw new Error('Unknown language.');
  return language as Language;
}

function checkFamily(family: unknown): ExampleFamily | undefined {
  if (family === undefined || family === null || family === '') return undefined;
  if (!(EXAMPLE_FAMILIES as readonly unknown[]).includes(family)) throw new Error('Unknown example family.');
  return family as ExampleFamily;
}

export function getExamples(language: Language, family?: ExampleFamily): LocalizedExample[] {
  return examplesIn(checkLanguage(language), checkFamily(family));
}

export function insertExamples(periodLabel: string, exampleIds: string[]): InsertExamplesResult {
  const ss = spreadsheet();
  const data = periodData(ss, requireText(periodLabel, 'The period'));
  if (data.closed) throw new Error(`${data.period.label} is closed.`);
  if (!Array.isArray(exampleIds) || exampleIds.length === 0 || exampleIds.length > 20) {
    throw new Error('Choose between 1 and 20 examples.');
  }
  const all = examplesIn(data.language);
  const chosen = exampleIds.map((id) => {
    const example = all.find((e) => e.id === id);
    if (!example) throw new Error(`Unknown example "${String(id)}".`);
    return example;
  });
  const existing = [...data.objectives.map((o) => o.id), ...data.keyResults.map((k) => k.objectiveId)];
  const rows = exampleKeyResults(chosen, existing, data.team);
  appendKeyResults(ss, data.period.label, rows);
  const today = todayIn(ss);
  return {
    inserted: chosen.length,
    overview: buildOverview(periodData(ss, data.period.label), loadSettings(), today),
  };
}
