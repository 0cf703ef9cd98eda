// The server side of the sidebar: every function here is exported from src/main.ts and called
// through google.script.run (and by the playground's /api/run). Arguments come from the browser,
// so each one is checked; answers are plain JSON (contract/index.ts), and the whole set is
// checked against the contract when it compiles. Each endpoint reads a period once and writes at
// most once; failures reach the user in their language (errors.ts).
import type {
  ConnectDealsRequest,
  ConnectDealsResult,
  DealMetricRequest,
  DealsCorrections,
  DealsInspectionView,
  EndpointName,
  LinkExplanation,
  LinkKeyResultRequest,
  LinkKeyResultResult,
  SidebarEndpoints,
  SidebarState,
  SnapshotResult,
} from '../contract/index';
import { cellAddress, quoteTab } from '../core/a1';
import type { CheckInRequest, ClosePeriodRequest, ExampleChoice, NewPeriodRequest } from '../core/actions';
import type { AlignmentView } from '../core/alignment';
import { isoDay, parseIsoDay } from '../core/dates';
import { dealProblemText } from '../core/deals/table';
import { UserError } from '../core/errors';
import { progressOfValue } from '../core/forecast';
import { checkHealth, type KrField } from '../core/health';
import { type DecimalHint, decimalSeparatorOf } from '../core/numbers';
import {
  buildOverview,
  gradingOf,
  INLINE_KEY_RESULTS,
  type KrView,
  lightOverview,
  type ObjectiveView,
  type OverviewView,
  type PeriodInfo,
} from '../core/overview';
import { sameTeam } from '../core/periods';
import {
  type KeyResult,
  LANGUAGES,
  type Language,
  type PeriodData,
  type PeriodSummary,
  type Settings,
  type TabRole,
} from '../core/types';
import { EXAMPLE_FAMILIES, exampleKeyResults, examplesIn } from '../examples/library';
import type { ExampleFamily, LocalizedExample } from '../examples/types';
import { HELPER_HEADERS } from '../i18n/deals-columns';
import { ERRORS } from '../i18n/errors';
import { languageFromLocale, translate } from '../i18n/index';
import { readAlignment, type TeamFile, teamTabsOf } from '../sheet/alignment';
import { exampleLibrary } from '../sheet/data';
import {
  connectDealsTab,
  dealsConnections,
  linkedKeyResults,
  linkKeyResultToDeals,
  type ReadDeals,
  readDealsTab,
  readRepsTab,
} from '../sheet/deals';
import { LOCALE_PATTERN, userLocale } from '../sheet/host';
import {
  appendKeyResults,
  applySettingsToOpenPeriods,
  closePeriod as closePeriodIn,
  createPeriod as createPeriodIn,
  recordCheckIn as recordCheckInIn,
  recordSnapshot as recordSnapshotIn,
} from '../sheet/periods';
import { listPeriods as listPeriodsIn, periodTabs, readPeriod } from '../sheet/read';
import { loadLanguageOverride, loadSettings, saveMe, saveTeam, storeSettings } from '../sheet/settings';
import {
  activeSpreadsheet,
  decimalOf,
  type OkrTab,
  readIndex,
  selectRange,
  selectRow,
  showTab,
  spreadsheetLocale,
  timeZoneOf,
  todayIn,
  type WorkbookIndex,
} from '../sheet/workbook';
import type { DealMetric } from '../tabs/deals-formulas';
import { KEY_RESULT_COLUMNS, type KrColumnId } from '../tabs/templates';
import { flagTexts, krColumn } from '../tabs/writer';
import { userMessage } from './errors';
import { validateArguments } from './validate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The language the sidebar shows: the user's override, else their locale's language. */
export function sidebarLanguage(settings: Pick<Settings, 'language'>, locale: string): Language {
  return settings.language !== 'auto' ? settings.language : languageFromLocale(locale);
}

/** The language to answer in, read only when needed: the user's choice, else their locale's. */
function userLanguage(): Language {
  try {
    const chosen = loadLanguageOverride();
    if ((LANGUAGES as readonly string[]).includes(chosen ?? '')) return chosen as Language;
  } catch (_) {
    // Not authorised yet: the locale still tells.
  }
  return languageFromLocale(userLocale());
}

/**
 * Runs an endpoint: checks its arguments against the contract's schema first (nothing is read or
 * written for a refused call), then does the work, answering any failure in the user's language.
 */
function endpoint<T>(name: EndpointName, args: readonly unknown[], work: () => T): T {
  try {
    validateArguments(name, args);
    return work();
  } catch (error) {
    throw new Error(userMessage(error, userLanguage()));
  }
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

/** A period as the sidebar lists it (its tabs' names are not read). */
function periodInfo(summary: PeriodSummary): PeriodInfo {
  const { period } = summary;
  return {
    label: period.label,
    kind: period.kind,
    start: isoDay(period.start),
    end: isoDay(period.end),
    team: summary.team,
    closed: summary.closed,
  };
}

/** The period to show first: an open one running today, else the latest open one, else the latest. */
export function currentPeriod(periods: readonly PeriodInfo[], today: string, team = ''): PeriodInfo | null {
  // The team the user looks at, when it has periods: its running one first.
  const ofTeam = team ? periods.filter((p) => sameTeam(p.team, team)) : [];
  const byStart = [...(ofTeam.length > 0 ? ofTeam : periods)].sort((a, b) => b.start.localeCompare(a.start));
  return (
    byStart.find((p) => !p.closed && p.start <= today && today <= p.end) ??
    byStart.find((p) => !p.closed) ??
    byStart[0] ??
    null
  );
}

function periodData(
  ss: Spreadsheet,
  label: string,
  decimal: DecimalHint = decimalOf(ss),
  tabs?: OkrTab[],
  checkInsUpTo?: number,
  timeZone?: string,
  withFormulas?: boolean,
): PeriodData {
  const data = readPeriod(ss, label, decimal, tabs, checkInsUpTo, timeZone, withFormulas);
  if (!data) throw new UserError('errPeriodNotFound', { label });
  return data;
}

function resolvePeriod(ss: Spreadsheet, label: string | undefined, today: Date, tabs: OkrTab[]): PeriodData {
  if (label === undefined || label === null || label === '') {
    const current = currentPeriod(listPeriodsIn(ss, tabs).map(periodInfo), isoDay(today));
    if (!current) throw new UserError('errNoPeriodYet');
    return periodData(ss, current.label, decimalOf(ss), tabs);
  }
  return periodData(ss, label, decimalOf(ss), tabs);
}

export function getSidebarState(userLocaleHint?: string, languageChoiceHint?: string, team?: string): SidebarState {
  return endpoint('getSidebarState', [userLocaleHint, languageChoiceHint, team], () => {
    const ss = activeSpreadsheet();
    // The add-on's tabs and the saved settings: one query for the whole answer.
    const index = readIndex(ss);
    const known = languageChoiceHint === 'auto' || (LANGUAGES as readonly string[]).includes(languageChoiceHint ?? '');
    const settings = loadSettings(index, known ? languageChoiceHint : undefined);
    const locale = userLocaleHint && LOCALE_PATTERN.test(userLocaleHint) ? userLocaleHint : userLocale();
    const language = sidebarLanguage(settings, locale);
    // The time zone, read once: today and every date cell of the period depend on it.
    const timeZone = timeZoneOf(ss);
    const today = todayIn(timeZone);
    // The spreadsheet's locale, read once and only when needed: for the currency when none was
    // chosen or recorded yet, or for text that could be a number either way ("1,500").
    const tabs = index.tabs;
    let localeRead: string | undefined;
    const sheetLocale = () => {
      localeRead ??= spreadsheetLocale(ss);
      return localeRead;
    };
    const periods = listPeriodsIn(ss, tabs).map(periodInfo);
    const current = currentPeriod(periods, isoDay(today), String(team ?? ''));
    return {
      language,
      languageOverride: settings.language,
      locale: intlLocale(language, locale),
      currency: settings.currency ?? currencyOfLocale(sheetLocale()),
      settings,
      periods,
      // Summaries first for a large period: its log is not even read (KR details come when opened).
      overview: current
        ? lightOverview(
            buildOverview(
              // Values only: the overview shows no formula (a linked value is checked at check-in).
              periodData(
                ss,
                current.label,
                () => decimalSeparatorOf(sheetLocale()),
                tabs,
                INLINE_KEY_RESULTS,
                timeZone,
                false,
              ),
              settings,
              today,
            ),
          )
        : null,
      families: EXAMPLE_FAMILIES.map((id) => ({ id, name: exampleLibrary().familyNames[language][id] })),
      today: isoDay(today),
      timeZone,
      ...dataSnapshotOf(index, today),
    };
  });
}

export function getOverview(periodLabel?: string, light?: boolean) {
  return endpoint('getOverview', [periodLabel, light], () => {
    const ss = activeSpreadsheet();
    const today = todayIn(ss);
    const index = readIndex(ss);
    const view = buildOverview(resolvePeriod(ss, periodLabel, today, index.tabs), loadSettings(index), today);
    return light ? lightOverview(view) : view;
  });
}

/** The whole overview of a period, for the details of one of its objectives or key results. */
function fullOverview(periodLabel: string): OverviewView {
  const ss = activeSpreadsheet();
  const today = todayIn(ss);
  const index = readIndex(ss);
  return buildOverview(periodData(ss, periodLabel, decimalOf(ss), index.tabs), loadSettings(index), today);
}

export function getObjectiveDetails(periodLabel: string, objectiveId: string): ObjectiveView {
  return endpoint('getObjectiveDetails', [periodLabel, objectiveId], () => {
    const view = fullOverview(periodLabel);
    const objective = view.objectives.find((o) => o.id === objectiveId);
    if (!objective) throw new UserError('errKrNotFound', { kr: objectiveId, label: view.period.label });
    return objective;
  });
}

export function getKeyResultDetails(periodLabel: string, krId: string): KrView {
  return endpoint('getKeyResultDetails', [periodLabel, krId], () => {
    const view = fullOverview(periodLabel);
    const kr = view.objectives.flatMap((o) => o.keyResults).find((k) => k.id === krId);
    if (!kr) throw new UserError('errKrNotFound', { kr: krId, label: view.period.label });
    return kr;
  });
}

/** Selects a KR's whole row in its tab, so the sheet shows what the sidebar points at. */
export function selectKeyResult(periodLabel: string, krId: string): boolean {
  return endpoint('selectKeyResult', [periodLabel, krId], () => {
    const ss = activeSpreadsheet();
    const data = periodData(ss, periodLabel);
    const id = krId;
    const kr = data.keyResults.find((k) => k.id === id);
    if (!kr || kr.row < 1) throw new UserError('errKrNotFound', { kr: id, label: data.period.label });
    // An open period's row up to its objective score: what the user looks for, and what comes into view.
    const columns = data.closedWith ? undefined : krColumn('score');
    if (!selectRow(ss, data.keyResultsTab, kr.row, columns))
      throw new UserError('errTabMissing', { name: data.keyResultsTab });
    return true;
  });
}

/** "'Tab name'!H5" or "'Tab name'!A5:C5": a quoted tab and a cell or range, nothing else. */
const CELL_ADDRESS = /^'(?:[^']|'')+'!\$?[A-Z]{1,3}\$?[1-9]\d{0,6}(?::\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?$/;

export function isCellAddress(a1: unknown): a1 is string {
  return typeof a1 === 'string' && a1.length <= 300 && CELL_ADDRESS.test(a1);
}

export function selectCell(a1: string): boolean {
  return endpoint('selectCell', [a1], () => {
    if (!isCellAddress(a1)) throw new UserError('errNotACell', { value: String(a1).slice(0, 60) });
    selectRange(activeSpreadsheet(), a1);
    return true;
  });
}

/** Remembers, for this user only, the owner name they say is them ('' forgets it). */
export function rememberOwner(owner: string): boolean {
  return endpoint('rememberOwner', [owner], () => {
    saveMe(String(owner ?? '').trim());
    return true;
  });
}

/** Remembers the team whose periods the user looks at ('' forgets it): the sidebar opens on its running period. */
export function rememberTeam(team: string): boolean {
  return endpoint('rememberTeam', [team], () => {
    saveTeam(String(team ?? '').trim());
    return true;
  });
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
  phasing: 'phasing',
  shareOf: 'shareOf',
};

/** The cell of a KR field in the key-results tab, from the template's column order. */
export function fieldCell(tab: string, kr: Pick<KeyResult, 'row'>, field: KrField): string {
  return cellAddress(tab, KEY_RESULT_COLUMNS.findIndex((c) => c.id === FIELD_COLUMNS[field]) + 1, kr.row);
}

export function getHealthReport(periodLabel: string) {
  return endpoint('getHealthReport', [periodLabel], () => {
    const ss = activeSpreadsheet();
    const today = todayIn(ss);
    const index = readIndex(ss);
    const data = resolvePeriod(ss, periodLabel, today, index.tabs);
    const grading = gradingOf(data, loadSettings(index), today);
    return checkHealth(data, {
      settings: grading.settings,
      asOf: grading.asOf,
      pipelines: pipelineForecasts(ss, index, data),
      // Other teams of the same period: a parent id may name one of their objectives.
      parentsElsewhere: teamTabsOf(index.tabs, data.period.label).length > 1,
      locate: (kr, field) =>
        data.closedWith ? cellAddress(data.keyResultsTab, 1, kr.row) : fieldCell(data.keyResultsTab, kr, field),
    });
  });
}

/** Every team's objectives of the period as one tree, with roll-ups and the teams against pace. */
export function getAlignment(periodLabel: string): AlignmentView {
  return endpoint('getAlignment', [periodLabel], () => readAlignment(activeSpreadsheet(), periodLabel, null));
}

/**
 * Rolls other files' teams into the period's alignment (IMPORTRANGE, which Sheets asks the user to
 * allow once per file): the list replaces the team files read so far ([] removes them all).
 */
export function setTeamFiles(periodLabel: string, files: TeamFile[]): AlignmentView {
  return endpoint('setTeamFiles', [periodLabel, files], () =>
    readAlignment(activeSpreadsheet(), periodLabel, null, new Date(), files),
  );
}

export function getSettings(): Settings {
  return endpoint('getSettings', [], () => loadSettings(readIndex(activeSpreadsheet())));
}

export function saveSettings(settings: Settings) {
  return endpoint('saveSettings', [settings], () => {
    const ss = activeSpreadsheet();
    const before = loadSettings(readIndex(ss));
    const saved = storeSettings(ss, settings);
    const graded = (s: Settings) =>
      [s.yellowFrom, s.greenFrom, s.cap, s.atRiskGap, s.offTrackGap, s.objectiveScores ?? 'own'].join();
    if (graded(saved) !== graded(before)) applySettingsToOpenPeriods(ss, saved);
    // A new language or currency changes how everything reads: the sidebar is sent afresh.
    const same = before.language === saved.language && before.currency === saved.currency;
    return same ? { settings: saved } : { settings: saved, state: getSidebarState() };
  });
}

export function getExamples(language: Language, family?: ExampleFamily): LocalizedExample[] {
  return endpoint('getExamples', [language, family], () => examplesIn(exampleLibrary(), language, family || undefined));
}

export function insertExamples(periodLabel: string, exampleIds: string[]) {
  return endpoint('insertExamples', [periodLabel, exampleIds], () => {
    const ss = activeSpreadsheet();
    const data = periodData(ss, periodLabel);
    if (data.closed) throw new UserError('errPeriodClosed', { label: data.period.label });
    const all = new Map(examplesIn(exampleLibrary(), data.language).map((e) => [e.id, e]));
    const chosen = exampleIds.map((id, i) => {
      const example = all.get(id);
      if (!example) throw new UserError('errUnknownExample', { value: id.slice(0, 60), field: `exampleIds[${i + 1}]` });
      return example;
    });
    const existing = [...data.objectives.map((o) => o.id), ...data.keyResults.map((k) => k.objectiveId)];
    appendKeyResults(ss, data.period.label, exampleKeyResults(chosen, existing, data.team));
    const today = todayIn(ss);
    return {
      inserted: chosen.length,
      overview: buildOverview(periodData(ss, data.period.label), loadSettings(readIndex(ss)), today),
    };
  });
}

export function listPeriods() {
  return endpoint('listPeriods', [], () =>
    listPeriodsIn(activeSpreadsheet()).map((summary) => ({
      ...summary,
      period: {
        label: summary.period.label,
        kind: summary.period.kind,
        start: isoDay(summary.period.start),
        end: isoDay(summary.period.end),
      },
    })),
  );
}

export function createPeriod(request: NewPeriodRequest & ExampleChoice) {
  return endpoint('createPeriod', [request], () => createPeriodIn(activeSpreadsheet(), request, null));
}

/** Closes a period with the settings in force now, which its review keeps. */
export function closePeriod(request: ClosePeriodRequest) {
  return endpoint('closePeriod', [request], () => {
    const closed = closePeriodIn(activeSpreadsheet(), request, null);
    return { ...closed, flags: flagTexts(closed.flags, request.language ?? userLanguage()) };
  });
}

export function recordCheckIn(request: CheckInRequest) {
  return endpoint('recordCheckIn', [request], () => {
    const ss = activeSpreadsheet();
    const result = recordCheckInIn(ss, request, null, new Date(), () => decimalOf(ss));
    const message = result.linked ? translate(ERRORS, userLanguage(), 'msgLinkedCurrent', { kr: result.krId }) : '';
    return { ...result, message };
  });
}

/** Shows one of a period's tabs (e.g. after "this quarter already exists"); false when there is none. */
export function openPeriodTab(label: string, role: TabRole = 'keyResults'): boolean {
  return endpoint('openPeriodTab', [label, role], () => {
    const tab = periodTabs(activeSpreadsheet(), label)[role || 'keyResults'];
    return tab ? showTab(tab) : false;
  });
}

// ---------------------------------------------------------------------------------------------
// Sales data

/** A week between recorded values: the sidebar offers to record them once it has passed. */
const SNAPSHOT_DAYS = 7;

/** When the connected deals tab's values were last recorded (nothing when none is connected). */
function dataSnapshotOf(index: WorkbookIndex, today: Date): Pick<SidebarState, 'dataSnapshot'> {
  const connected = dealsConnections(index);
  const latest = connected[connected.length - 1]?.connection;
  if (!latest) return {};
  const last = latest.lastSnapshot ? parseIsoDay(latest.lastSnapshot) : null;
  const due = !last || today.getTime() - last.getTime() >= SNAPSHOT_DAYS * 86_400_000;
  return { dataSnapshot: { tab: latest.source.tab, lastRecorded: latest.lastSnapshot ?? null, due } };
}

/** The inspection as the sidebar shows it: problems in the user's language. */
function inspectionView(read: ReadDeals, language: Language): DealsInspectionView {
  return {
    ...read.inspection,
    tab: read.name,
    problems: read.inspection.problems.map((p) => ({
      key: p.key,
      cell: `${quoteTab(read.name)}!${p.cell}`,
      text: dealProblemText(p, language),
    })),
    connected: read.connection !== null,
    ...(read.connection?.connection.repsTab
      ? { repsTab: read.connection.connection.repsTab, teams: read.connection.connection.teams ?? [] }
      : {}),
  };
}

/** What the add-on finds in a pasted deals export (the active tab when none is named). */
export function inspectDeals(tab?: string, corrections?: DealsCorrections): DealsInspectionView {
  return endpoint('inspectDeals', [tab, corrections], () => {
    const ss = activeSpreadsheet();
    const read = readDealsTab(ss, readIndex(ss), tab || undefined, corrections ?? {}, decimalOf(ss));
    return inspectionView(read, userLanguage());
  });
}

/**
 * Connects a deals export once nothing is missing or unclear: refuses with the first problem
 * (its cell and what to do) and writes nothing otherwise.
 */
export function connectDeals(request: ConnectDealsRequest): ConnectDealsResult {
  return endpoint('connectDeals', [request], () => {
    const ss = activeSpreadsheet();
    const language = userLanguage();
    const read = readDealsTab(ss, readIndex(ss), request.tab || undefined, request.corrections ?? {}, decimalOf(ss));
    const view = inspectionView(read, language);
    if (!read.inspection.complete) {
      const first = view.problems[0];
      throw new UserError('errDealsIncomplete', { problem: first ? first.text : '' });
    }
    const headers = HELPER_HEADERS[language];
    // The reps table named, else the one the tab was connected with before ('' connects without).
    const repsTab = request.repsTab ?? read.connection?.connection.repsTab ?? '';
    const connection = connectDealsTab(
      read,
      (column) => headers[column as keyof typeof headers] ?? column,
      isoDay(todayIn(ss)),
      repsTab ? readRepsTab(ss, repsTab) : undefined,
    );
    return {
      ...view,
      connected: true,
      connectedOn: connection.connectedOn,
      helperColumns: connection.helperColumns,
      ...(connection.repsTab ? { repsTab: connection.repsTab, teams: connection.teams ?? [] } : {}),
    };
  });
}

/** The metric as the formula builder takes it. */
function dealMetric(request: DealMetricRequest): DealMetric {
  switch (request.kind) {
    case 'winRate':
      return { kind: 'winRate', by: request.by };
    case 'salesCycle':
      return { kind: 'salesCycle', statistic: request.statistic };
    case 'openPipeline':
      return { kind: 'openPipeline', weighted: request.weighted };
    case 'pipelineCoverage':
      if (!request.quotaCell) throw new UserError('errQuotaNeeded');
      return { kind: 'pipelineCoverage', quotaCell: request.quotaCell, weighted: request.weighted };
    case 'quotaAttainment':
      if (!request.quotaCell) throw new UserError('errQuotaNeeded');
      return { kind: 'quotaAttainment', quotaCell: request.quotaCell };
    default:
      return { kind: request.kind };
  }
}

/** Links a key result's current value to a metric of the connected deals tab (a native formula). */
export function linkKeyResult(request: LinkKeyResultRequest): LinkKeyResultResult {
  return endpoint('linkKeyResult', [request], () =>
    linkKeyResultToDeals(activeSpreadsheet(), { ...request, metric: dealMetric(request.metric) }),
  );
}

/** Records today's value of every linked key result in the log (one check-in each). */
export function recordSnapshot(periodLabel: string): SnapshotResult {
  return endpoint('recordSnapshot', [periodLabel], () => {
    const note = translate(ERRORS, userLanguage(), 'msgSnapshotNote');
    return recordSnapshotIn(activeSpreadsheet(), periodLabel, null, new Date(), note);
  });
}

/** The period's key results linked to the deals data: how each is computed, and the pipeline forecast. */
export function explainLinks(periodLabel: string): LinkExplanation[] {
  return endpoint('explainLinks', [periodLabel], () => {
    const ss = activeSpreadsheet();
    const index = readIndex(ss);
    const decimal = decimalOf(ss);
    const data = periodData(ss, periodLabel, decimal, index.tabs);
    const settings = loadSettings(index);
    const byId = new Map(data.keyResults.map((kr) => [kr.id, kr]));
    return linkedKeyResults(ss, index, data, decimal).map((linked): LinkExplanation => {
      const { period, ...filters } = linked.link.filters;
      const kr = byId.get(linked.krId);
      return {
        krId: linked.krId,
        dealsTab: linked.dealsTab,
        metric: linked.link.metric,
        filters,
        period: { start: isoDay(data.period.start), end: isoDay(data.period.end), on: period.on ?? 'close' },
        matchingDeals: linked.matchingDeals,
        pipeline:
          linked.pipeline && kr
            ? {
                ...linked.pipeline,
                progress: progressOfValue(kr, linked.pipeline.value, settings),
                probabilities: linked.probabilities,
              }
            : null,
      };
    });
  });
}

/** Linked won-revenue key results' pipeline forecasts by KR id; none when the deals cannot be read. */
function pipelineForecasts(ss: Spreadsheet, index: WorkbookIndex, data: PeriodData): Map<string, number> {
  try {
    return new Map(
      linkedKeyResults(ss, index, data).flatMap((linked) =>
        linked.pipeline ? [[linked.krId, linked.pipeline.value] as const] : [],
      ),
    );
  } catch (_) {
    // A deals tab renamed or deleted since: the health check still reports the rest.
    return new Map();
  }
}

/** The endpoints as the sidebar sees them: a changed signature fails to compile here. */
export const SIDEBAR_ENDPOINTS = {
  getSidebarState,
  getOverview,
  getObjectiveDetails,
  getKeyResultDetails,
  selectKeyResult,
  selectCell,
  getHealthReport,
  getAlignment,
  setTeamFiles,
  getSettings,
  saveSettings,
  getExamples,
  insertExamples,
  recordCheckIn,
  createPeriod,
  closePeriod,
  listPeriods,
  openPeriodTab,
  inspectDeals,
  connectDeals,
  linkKeyResult,
  recordSnapshot,
  explainLinks,
  rememberOwner,
  rememberTeam,
} satisfies SidebarEndpoints;
