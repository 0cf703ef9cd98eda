// The period actions on the spreadsheet: create a period's tabs, close it into a review, record a
// check-in, append key results, and carry saved settings into the open periods' tabs. Each runs
// under the document lock, validates before writing, and leaves the spreadsheet as it was when
// any call fails (new tabs are deleted again; changed cells are restored). The rules — grades,
// decisions, carry-over, progress — are the core's; this file reads, writes and undoes.

import { columnLetter } from '../core/a1';
import type {
  CheckInRequest,
  CheckInResult,
  ClosePeriodRequest,
  CreatePeriodResult,
  Decision,
  ExampleChoice,
  NewPeriodRequest,
} from '../core/actions';
import { normalizeConfidence } from '../core/cells';
import { isoDay, isTimeZone, parseIsoDay } from '../core/dates';
import { UserError } from '../core/errors';
import { evaluateKeyResult } from '../core/evaluate';
import { isDoneValue } from '../core/kinds';
import { type DecimalHint, parseNumber } from '../core/numbers';
import { type PeriodSpec, periodOf, sameTeam, specProblem, teamNameProblem, teamPeriodLabel } from '../core/periods';
import { carriedKeyResult, gradeReview, type ReviewFlag } from '../core/review';
import { isCurrencyCode } from '../core/settings';
import { type KeyResult, LANGUAGES, type Language, type Settings } from '../core/types';
import { unitMismatch } from '../core/units';
import { startingExamples } from '../examples/library';
import { KR_KIND_LABELS } from '../i18n/kinds';
import { TEMPLATE } from '../i18n/template';
import { unitLabel } from '../i18n/units';
import { languageOfMeta, periodOfMeta, type TabPlan } from '../tabs/plan';
import { keyResultsFromGrid, matchHeaders, parseDecision } from '../tabs/read';
import {
  DASHBOARD_SETTINGS,
  DECISION_KEYS,
  GRADE_COLORS,
  inputValue,
  KEY_RESULT_COLUMNS,
  type KrColumnId,
  keyResultCapacity,
  settingValue,
} from '../tabs/templates';
import {
  checkInRow,
  checkInsPlan,
  dashboardPlan,
  gradeBandFormats,
  isFormulaText,
  keyResultsPlan,
  krColumn,
  type PeriodContext,
  periodTabNames,
  reviewPlan,
  tabName,
} from '../tabs/writer';
import { cellForSheet, conditionalRule } from './apply';
import { exampleLibrary } from './data';
import { noteSnapshot } from './deals';
import {
  keyResultRows,
  keyResultRowWhereSeen,
  periodTabs,
  type RowSpan,
  type RowWhereSeen,
  readCheckIns,
} from './read';
import { loadDocumentSettings } from './settings';
import {
  createTabs,
  listOkrTabs,
  type OkrTab,
  readIndex,
  readTab,
  todayIn,
  withDaysShown,
  withDocumentLock,
  zoneOnce,
} from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function safeLanguage(value: unknown): Language {
  return (LANGUAGES as readonly string[]).includes(value as string) ? (value as Language) : 'en';
}

// ---------------------------------------------------------------------------------------------
// New period

export function createPeriod(
  spreadsheet: Spreadsheet,
  request: NewPeriodRequest & ExampleChoice,
  settings: Settings | null,
): CreatePeriodResult {
  return createPeriodWith(spreadsheet, request, null, settings);
}

/**
 * Creates a period's tabs holding `keyResults` (instead of what `request.startFrom` says) — for
 * callers that already have the KRs, such as benches and imports. `settings` null: the saved ones,
 * found with the tabs.
 */
export function createPeriodWith(
  spreadsheet: Spreadsheet,
  request: NewPeriodRequest & ExampleChoice,
  keyResults: Partial<KeyResult>[] | null,
  given: Settings | null,
): CreatePeriodResult {
  const language = safeLanguage(request?.language);
  const problem = specProblem(request?.period);
  if (problem) throw new UserError('errBadPeriod', { reason: problem });
  const spec = request.period as PeriodSpec;
  const period = periodOf(spec, language);
  const several = Array.isArray(request.teams) && request.teams.length > 0;
  const teams = several
    ? (request.teams as string[]).map((t) => String(t).trim())
    : [String(request.team ?? '').trim()];
  refuseBadTeams(teams);
  return withDocumentLock(() => {
    // The add-on's tabs and the saved settings, found once for the whole action.
    const index = readIndex(spreadsheet);
    const tabs = index.tabs;
    const saved = given ?? loadDocumentSettings(index);
    const settings =
      saved.currency || !isCurrencyCode(request.currency) ? saved : { ...saved, currency: request.currency };
    // A workbook of one team keeps plain labels; once another team works in it, each new
    // period carries its team in its label and tab names.
    const teamScoped = several || tabs.some((tab) => !sameTeam(String(tab.meta.team ?? ''), teams[0]));
    const created = teams.map((team) => {
      const label = teamScoped && team ? teamPeriodLabel(period.label, team) : period.label;
      refuseSamePeriod(label, tabs);
      const names = periodTabNames(label, language);
      const { krs, carriedOver } = keyResults
        ? { krs: keyResults, carriedOver: 0 }
        : startingKeyResults(spreadsheet, request, language, team, tabs, several);
      const ctx: PeriodContext = { language, period: { ...period, label }, spec, team, names, settings };
      const plans: TabPlan[] = [
        keyResultsPlan(ctx, krs),
        checkInsPlan(ctx),
        dashboardPlan(ctx, keyResultCapacity(krs.length)),
      ];
      const result = {
        label,
        tabs: { keyResults: names.keyResults, checkIns: names.checkIns, dashboard: names.dashboard },
        keyResults: krs.length,
        carriedOver,
      };
      return { team, plans, result };
    });
    createNewTabs(
      spreadsheet,
      created.flatMap((c) => c.plans),
      (name) => created.find((c) => c.plans.some((plan) => plan.name === name))?.team ?? '',
      teamScoped,
    );
    const results = created.map((c) => c.result);
    return several ? { ...results[0], periods: results } : results[0];
  });
}

/** Team names that cannot name tabs, and a team listed twice, are refused before anything is read. */
function refuseBadTeams(teams: readonly string[]): void {
  teams.forEach((team, i) => {
    if (!team && teams.length > 1) throw new UserError('errFieldMissing', { field: `teams.${i}` });
    const problem = teamNameProblem(team);
    if (problem) throw new UserError(problem, { value: team.slice(0, 60) });
    if (teams.findIndex((other) => sameTeam(other, team)) < i) throw new UserError('errTeamsRepeated', { team });
  });
}

/**
 * Never two sets of tabs for one period: any tab of the same period stops the action, with its
 * own key (errPeriodExists) so that the sidebar can offer to open the period instead.
 */
function refuseSamePeriod(label: string, tabs: readonly OkrTab[]): void {
  // Case-insensitive: team names are ("Q1 2027 · emea" is EMEA's).
  const same = tabs.find((tab) => tab.meta.period.toLowerCase() === label.toLowerCase() && tab.meta.role !== 'review');
  if (same) throw new UserError('errPeriodExists', { label, name: same.name });
}

/**
 * Creates the tabs of `plans` (all or none). Never overwrite: Sheets refuses a name that any tab
 * has, and that refusal is reported as such. Names are looked up only then, not on every run.
 */
export function createNewTabs(
  spreadsheet: Spreadsheet,
  plans: TabPlan[],
  teamOf: (name: string) => string = () => '',
  teamScoped = false,
  /** The plan whose tab is shown after (-1: none; Sheets shows an inserted tab, the caller restores). */
  activate = 0,
): Sheet[] {
  try {
    return createTabs(spreadsheet, plans, activate);
  } catch (error) {
    const taken = plans.find((plan) => {
      try {
        return Boolean(spreadsheet.getSheetByName(plan.name));
      } catch (_) {
        return false;
      }
    });
    if (taken && teamScoped) throw new UserError('errTeamTabTaken', { team: teamOf(taken.name), name: taken.name });
    if (taken) throw new UserError('errTabExists', { name: taken.name });
    throw error;
  }
}

function startingKeyResults(
  spreadsheet: Spreadsheet,
  request: NewPeriodRequest & ExampleChoice,
  language: Language,
  team: string,
  tabs: readonly OkrTab[],
  several = false,
): { krs: Partial<KeyResult>[]; carriedOver: number } {
  if (request.startFrom === 'examples')
    return { krs: startingExamples(exampleLibrary(), request, language, team), carriedOver: 0 };
  if (request.startFrom === 'previous') {
    // Several teams at once: each carries over from its own latest review; a new team starts empty.
    if (several) {
      const previous = latestClosed(spreadsheet, tabs, team);
      if (!previous.review) return { krs: [], carriedOver: 0 };
      const krs = carryOver(spreadsheet, previous.review.meta.period, tabs);
      return { krs, carriedOver: krs.length };
    }
    const krs = carryOver(spreadsheet, request.previousLabel, tabs);
    return { krs, carriedOver: krs.length };
  }
  return { krs: [], carriedOver: 0 };
}

/** The KRs a closed period's review marks "carry over", as they start the next period. */
export function carryOver(
  spreadsheet: Spreadsheet,
  previousLabel: string | undefined,
  okrTabs: readonly OkrTab[] = listOkrTabs(spreadsheet),
): Partial<KeyResult>[] {
  const tabs = previousLabel ? periodTabs(spreadsheet, previousLabel, okrTabs) : latestClosed(spreadsheet, okrTabs);
  const label = previousLabel ?? '';
  if (!tabs.keyResults && !tabs.review) throw new UserError('errPeriodNotFound', { label });
  if (!tabs.review) throw new UserError('errNotClosed', { label: tabs.keyResults?.meta.period ?? label });
  return keyResultRows(tabs.review)
    .filter((row) => parseDecision(row.extra.decision) === 'carryOver')
    .map((row) => carriedKeyResult(row.kr));
}

/** The latest closed period (of `team` when given). */
function latestClosed(spreadsheet: Spreadsheet, tabs: readonly OkrTab[], team?: string): ReturnType<typeof periodTabs> {
  const reviews = tabs.filter(
    (tab) => tab.meta.role === 'review' && (team === undefined || sameTeam(tab.meta.team, team)),
  );
  reviews.sort((a, b) => a.meta.end.localeCompare(b.meta.end));
  const latest = reviews[reviews.length - 1];
  return latest ? periodTabs(spreadsheet, latest.meta.period, tabs) : {};
}

// ---------------------------------------------------------------------------------------------
// Close period

export interface ClosedPeriod {
  label: string;
  review: string;
  overall: number | null;
  flags: ReviewFlag[];
}

/** Closes a period into a review graded with `settings`, which the review then keeps. */
export function closePeriod(
  spreadsheet: Spreadsheet,
  request: ClosePeriodRequest,
  given: Settings | null,
  now: Date = new Date(),
): ClosedPeriod {
  const label = String(request?.label ?? '');
  return withDocumentLock(() => {
    const index = readIndex(spreadsheet);
    const tabs = periodTabs(spreadsheet, label, index.tabs);
    const settings = given ?? loadDocumentSettings(index);
    if (!tabs.keyResults) throw new UserError('errPeriodNotFound', { label });
    const meta = tabs.keyResults.meta;
    // The review is written in the period's language.
    const language = languageOfMeta(meta);
    if (tabs.review) throw new UserError('errAlreadyClosed', { label, name: tabs.review.name });
    const name = tabName(label, 'review', language);
    const zone = zoneOnce(spreadsheet); // read once, when a day or a date cell needs it
    const frozenOn = request.date ? parseIsoDay(String(request.date)) : todayIn(zone(), now);
    if (!frozenOn) throw new UserError('errBadDate', { value: String(request.date) });

    const krs = keyResultRows(tabs.keyResults, [], undefined, zone).map((row) => row.kr);
    const checkIns = tabs.checkIns ? readCheckIns(tabs.checkIns, [], undefined, zone) : [];
    const period = periodOfMeta(meta);
    const content = gradeReview(
      krs,
      checkIns,
      knownDecisions(request.decisions, krs, label),
      settings,
      period,
      frozenOn,
    );
    const ctx: PeriodContext = {
      language,
      period,
      spec: meta.spec as PeriodSpec,
      team: meta.team,
      names: { ...periodTabNames(label, language), review: name },
      settings,
    };
    createNewTabs(spreadsheet, [reviewPlan(ctx, content)]);
    return { label, review: name, overall: content.overall, flags: content.flags };
  });
}

/** The decisions the sidebar sent, by KR id; an id that is not one of the period's KRs is refused. */
function knownDecisions(decisions: unknown, krs: readonly KeyResult[], label: string): Map<string, Decision> {
  const known = new Map<string, Decision>();
  if (!decisions || typeof decisions !== 'object') return known;
  const decisionWords = Object.keys(DECISION_KEYS);
  const ids = new Set(krs.map((kr) => kr.id));
  for (const [id, decision] of Object.entries(decisions as Record<string, unknown>)) {
    if (!ids.has(id))
      throw new UserError('errUnknownId', { value: id.slice(0, 40), field: `decisions.${id.slice(0, 40)}`, label });
    if (decisionWords.includes(decision as string)) known.set(id, decision as Decision);
  }
  return known;
}

// ---------------------------------------------------------------------------------------------
// Check-in

/**
 * Appends a check-in to the log and brings the KR's row up to date: its current value (unless a
 * formula feeds it) and its confidence. The log's progress is the KR's evaluation with the new
 * value, so it matches what the sheet and the sidebar show right after.
 */
export function recordCheckIn(
  spreadsheet: Spreadsheet,
  request: CheckInRequest,
  given: Settings | null,
  now: Date = new Date(),
  decimal?: Decimal,
): CheckInResult {
  const label = String(request?.periodLabel ?? '');
  const index = readIndex(spreadsheet);
  const tabs = periodTabs(spreadsheet, label, index.tabs);
  if (!tabs.keyResults || !tabs.checkIns) throw new UserError('errPeriodNotFound', { label });
  const settings = given ?? loadDocumentSettings(index);
  if (tabs.review) throw new UserError('errPeriodClosed', { label });
  const krTab = tabs.keyResults;
  const logTab = tabs.checkIns;
  // Today and the dates in the tab are the days the user sees, in the spreadsheet's time zone (as
  // the sidebar was told it, else asked for when needed).
  const timeZone = isTimeZone(request.timeZone) ? request.timeZone : zoneOnce(spreadsheet);
  const date = request.date
    ? parseIsoDay(String(request.date))
    : todayIn(typeof timeZone === 'string' ? timeZone : timeZone(), now);
  if (!date) throw new UserError('errBadDate', { value: String(request.date) });
  const confidence = checkInConfidence(request.confidence);

  return withDocumentLock(() => {
    // Where the sidebar saw the KR: the rows down to it and the cells to write, in one request.
    const seen = keyResultRowWhereSeen(krTab.sheet, request.krId, request.row, CHECK_IN_SPANS);
    const { values, formulas } = seen
      ? { values: withDaysShown(krTab.sheet, seen.values, timeZone), formulas: seen.block.getFormulas() }
      : readTab(krTab.sheet, timeZone);
    const wanted = String(request.krId ?? '')
      .trim()
      .toLowerCase();
    const rows = keyResultsFromGrid(() => krTab.name, values, formulas, []);
    const found = rows.find((row) => row.kr.id.toLowerCase() === wanted);
    const columns = matchHeaders(values, KEY_RESULT_COLUMNS, 'krId')?.columns;
    const currentIndex = (columns?.get('current') ?? -1) + 1;
    if (!found || currentIndex < 1) throw new UserError('errKrNotFound', { kr: String(request.krId), label });
    const kr = found.kr;
    const value = checkInValue(request.value, kr, decimal, request.confirmUnit === true);
    const unreadable = { ...kr.unreadable };
    delete unreadable.current;
    const progress = evaluateKeyResult({ ...kr, current: value, unreadable }, { settings }).progress;
    const formulaAt = (column: number) => Boolean(formulas[kr.row - 1]?.[column - 1]);
    const linked = formulaAt(currentIndex);

    // Change the KR's row first; if appending the log row fails, put the old values back.
    const confidenceIndex = (columns?.get('confidence') ?? -1) + 1;
    const writes: { column: number; next: string | number | boolean }[] = [];
    if (!linked) writes.push({ column: currentIndex, next: cellForSheet(value) });
    if (confidence !== null && confidenceIndex > 0 && !formulaAt(confidenceIndex)) {
      writes.push({ column: confidenceIndex, next: confidence });
    }
    const changes: { range: GoogleAppsScript.Spreadsheet.Range; before: unknown[][] }[] = [];
    const put = (range: GoogleAppsScript.Spreadsheet.Range, cells: unknown[][]) =>
      cells[0].length === 1 ? range.setValue(cells[0][0]) : range.setValues(cells);
    const write = (range: GoogleAppsScript.Spreadsheet.Range, before: unknown[][], next: unknown[][]) => {
      changes.push({ range, before });
      put(range, next);
    };
    try {
      const rowValues = values[kr.row - 1] ?? [];
      const cells = seen ? seenCells(seen, writes, rowValues, formulas[kr.row - 1] ?? []) : null;
      if (cells?.kind === 'span') write(cells.range, [cells.before], [cells.next]);
      else {
        // One cell each: from the fetched row, else fetched together (one request for two).
        const ranges =
          cells?.kind === 'single'
            ? cells.ranges
            : writes.length > 1
              ? krTab.sheet.getRangeList(writes.map((w) => `${columnLetter(w.column)}${kr.row}`)).getRanges()
              : writes.map((w) => krTab.sheet.getRange(kr.row, w.column));
        writes.forEach((w, i) => {
          write(ranges[i], [[sheetValue(rowValues[w.column - 1])]], [[w.next]]);
        });
      }
      const entry = checkInRow({
        date,
        krId: kr.id,
        value,
        confidence,
        note: String(request.note ?? ''),
        who: String(request.who ?? ''),
        progress,
      });
      // One atomic append: the host puts the row below whatever the log holds at that moment, so a
      // row someone types into the log meanwhile is never overwritten (reading the last row and then
      // writing below it would race with them). The row is read back only to report it.
      logTab.sheet.appendRow(entry.map(cellForSheet));
      let row = 0;
      if (request.reportRow !== false) {
        try {
          row = logTab.sheet.getLastRow();
        } catch (_) {
          // The check-in is saved; its row is only reported (0: unknown).
        }
      }
      return {
        periodLabel: label,
        krId: kr.id,
        row,
        value,
        progress,
        linked,
        message: '',
      };
    } catch (error) {
      for (const { range, before } of changes.reverse()) put(range, before);
      throw error;
    }
  });
}

/** What a check-in may write, fetched with the KR's row: Current to Confidence, or each alone. */
const CHECK_IN_SPANS: readonly RowSpan[] = [
  ['current', 'confidence'],
  ['current', 'current'],
  ['confidence', 'confidence'],
];

/** A cell's value as read, to be written back as it was (a date cell as its day). */
function sheetValue(value: unknown): unknown {
  return value instanceof Date ? value : cellForSheet(value as string | number | boolean | null);
}

/**
 * The fetched cells a check-in writes: Current to Confidence in one write when both change and the
 * cells between hold plain numbers or nothing (they are written back as read), else each cell on
 * its own. Null when the writes are not where the template puts them.
 */
function seenCells(
  seen: RowWhereSeen,
  writes: readonly { column: number; next: string | number | boolean }[],
  row: readonly unknown[],
  rowFormulas: readonly string[],
):
  | { kind: 'span'; range: GoogleAppsScript.Spreadsheet.Range; before: unknown[]; next: unknown[] }
  | { kind: 'single'; ranges: GoogleAppsScript.Spreadsheet.Range[] }
  | null {
  const current = krColumn('current');
  const confidence = krColumn('confidence');
  const [span, currentCell, confidenceCell] = seen.cells;
  const columns = writes.map((w) => w.column);
  if (columns.length === 2 && columns[0] === current && columns[1] === confidence) {
    const between = row.slice(current, confidence - 1);
    const plain = between.every(
      (v, i) => !rowFormulas[current + i] && (v === '' || (typeof v === 'number' && Number.isFinite(v))),
    );
    if (plain) {
      const before = row.slice(current - 1, confidence).map(sheetValue);
      return { kind: 'span', range: span, before, next: [writes[0].next, ...between, writes[1].next] };
    }
  }
  const byColumn = new Map([
    [current, currentCell],
    [confidence, confidenceCell],
  ]);
  const ranges = columns.map((c) => byColumn.get(c));
  return ranges.every(Boolean) ? { kind: 'single', ranges: ranges as GoogleAppsScript.Spreadsheet.Range[] } : null;
}

export interface SnapshotResult {
  periodLabel: string;
  /** The day recorded, yyyy-mm-dd. */
  date: string;
  /** The key results recorded: those whose Current cell a formula fills (linked to data). */
  krIds: string[];
}

/**
 * Records this week's values of the key results a formula feeds (linked to the deals data): one
 * check-in each, written below the log in one write under the lock, with the progress the one
 * evaluation gives them. Nothing is written when no key result is linked.
 */
export function recordSnapshot(
  spreadsheet: Spreadsheet,
  label: string,
  given: Settings | null,
  now: Date = new Date(),
  note = '',
): SnapshotResult {
  const index = readIndex(spreadsheet);
  const tabs = periodTabs(spreadsheet, label, index.tabs);
  if (!tabs.keyResults || !tabs.checkIns) throw new UserError('errPeriodNotFound', { label });
  if (tabs.review) throw new UserError('errPeriodClosed', { label });
  const settings = given ?? loadDocumentSettings(index);
  const zone = zoneOnce(spreadsheet);
  const date = todayIn(zone(), now);
  const krTab = tabs.keyResults;
  const log = tabs.checkIns.sheet;
  return withDocumentLock(() => {
    const linked = keyResultRows(krTab, [], undefined, zone)
      .map((row) => row.kr)
      .filter(
        (kr) => isFormulaText(kr.dataLink) && (typeof kr.current === 'number' || typeof kr.current === 'boolean'),
      );
    if (linked.length > 0) {
      const rows = linked.map((kr) =>
        checkInRow({
          date,
          krId: kr.id,
          value: kr.current as number | boolean,
          confidence: kr.confidence,
          note,
          who: '',
          progress: evaluateKeyResult(kr, { settings }).progress,
        }).map(cellForSheet),
      );
      log.getRange(log.getLastRow() + 1, 1, rows.length, rows[0].length).setValues(rows);
      try {
        noteSnapshot(index, isoDay(date));
      } catch (_) {
        // The check-ins are saved; the day only times the overview's reminder.
      }
    }
    return { periodLabel: label, date: isoDay(date), krIds: linked.map((kr) => kr.id) };
  });
}

function checkInConfidence(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = parseNumber(value);
  if (!parsed.ok || parsed.value < 0 || parsed.value > 100)
    throw new UserError('errBadConfidence', { value: String(value) });
  return normalizeConfidence(parsed.value);
}

function checkInValue(value: unknown, kr: KeyResult, decimalOf: Decimal, confirmUnit = false): number | boolean {
  if (kr.kind === 'milestone') return typeof value === 'boolean' ? value : isDoneValue(value);
  if (typeof value === 'boolean') {
    throw new UserError('errBadValue', { value: String(value), kr: kr.id, reason: 'a number is needed' });
  }
  if (typeof value === 'number') return checkedNumber(value, kr);
  // Text as typed: its decimal separator is the spreadsheet's (read only now).
  const decimal = typeof decimalOf === 'function' ? decimalOf() : decimalOf;
  // "50%" on a currency KR (or "$15" on a % KR): ask first; once confirmed, read it in the KR's unit.
  const mismatch = unitMismatch(kr.unit, value, decimal);
  if (mismatch && confirmUnit) return mismatch.meant;
  if (mismatch) {
    const number = String(Number(mismatch.number.toPrecision(12)));
    throw new UserError(mismatch.typed === 'percent' ? 'errUnitPercent' : 'errUnitCurrency', {
      value: String(value).slice(0, 40),
      kr: kr.id,
      suggestion: mismatch.unit === 'percent' ? `${number}%` : number,
    });
  }
  const parsed = parseNumber(value, { decimal });
  // "1e400" is beyond any number a cell or score can hold.
  if (!parsed.ok && parsed.code === 'tooLarge') {
    throw new UserError('errValueTooLarge', { value: String(value).slice(0, 40), kr: kr.id });
  }
  if (!parsed.ok) throw new UserError('errBadValue', { value: String(value), kr: kr.id, reason: parsed.message });
  return parsed.value;
}

/** A number sent as a number: only a finite one is a value. */
function checkedNumber(value: number, kr: KeyResult): number {
  if (Number.isFinite(value)) return value;
  throw new UserError('errValueTooLarge', { value: String(value).slice(0, 40), kr: kr.id });
}

/** The spreadsheet's decimal separator, or a way to read it when text needs it (a round trip). */
type Decimal = DecimalHint | undefined;

// ---------------------------------------------------------------------------------------------
// Key results added to an open period (examples inserted from the sidebar)

/** Input columns only: computed columns hold one spilling formula that a value would break. */
const INPUT_COLUMNS = new Set<KrColumnId>(KEY_RESULT_COLUMNS.filter((c) => !c.formula).map((c) => c.id));

/** Runs of adjacent 0-based column indexes, so each run is written with one call. */
export function adjacentRuns(indexes: number[]): number[][] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else runs.push([i]);
  }
  return runs;
}

/**
 * The last row the computed columns cover: from the progress formula of a tab made with fixed
 * ranges ("=KR_PROGRESS(L2:L201,…"), or 0 when its ranges are open-ended (L2:L: every row).
 * A data link's own range in the same row says nothing about it.
 */
export function formulaReach(formulas: string[][], headerRow: number): number {
  for (const cell of formulas[headerRow + 1] ?? []) {
    const match = /^=KR_PROGRESS\(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?(\d+)/i.exec(cell ?? '');
    if (match) return Number(match[1]);
  }
  return 0;
}

/**
 * Appends key-result rows below the period's last KR, under the document lock: one read of the
 * tab and one write per run of adjacent input columns (constant, whatever the number of rows).
 */
export function appendKeyResults(spreadsheet: Spreadsheet, label: string, rows: Partial<KeyResult>[]): void {
  withDocumentLock(() => {
    const tab = periodTabs(spreadsheet, label).keyResults;
    if (!tab) throw new UserError('errPeriodNotFound', { label });
    const language = languageOfMeta(tab.meta);
    const { values, formulas } = readTab(tab.sheet);
    const match = matchHeaders(values, KEY_RESULT_COLUMNS, 'krId');
    if (!match) throw new UserError('errNoHeaderRow', { name: tab.name });
    const idColumn = match.columns.get('krId') as number;
    const titleColumn = match.columns.get('title') ?? idColumn;
    let lastUsed = match.headerRow;
    values.forEach((row, r) => {
      if (r > match.headerRow && (String(row[idColumn] ?? '').trim() || String(row[titleColumn] ?? '').trim())) {
        lastUsed = r;
      }
    });
    const firstRow = lastUsed + 2; // 1-based row after the last used one
    // Open-ended formulas reach the tab's last row, where their results spill (the data range's).
    const reach = formulaReach(formulas, match.headerRow) || values.length;
    if (reach > 0 && firstRow + rows.length - 1 > reach) {
      throw new UserError('errNoRoom', { name: tab.name, count: Math.max(0, reach - firstRow + 1) });
    }
    // The Phasing and Share of KR columns, apart from the others, are written only for rows that have one.
    const columns = [...match.columns.entries()].filter(
      ([id]) =>
        INPUT_COLUMNS.has(id) &&
        (id !== 'phasing' || rows.some((kr) => kr.phasing)) &&
        (id !== 'shareOf' || rows.some((kr) => kr.shareOf)),
    );
    const idAt = new Map(columns.map(([id, index]) => [index, id]));
    const cellOf = (kr: Partial<KeyResult>, id: KrColumnId): string | number | boolean => {
      if (id === 'kind') return kr.kind ? KR_KIND_LABELS[language][kr.kind] : '';
      if (id === 'unit') return unitLabel(language, kr.unit);
      const value = inputValue(id, kr);
      if (value === null || value === undefined) return '';
      // Sheet text that looks like a formula stays text.
      if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
      return value as string | number | boolean;
    };
    for (const run of adjacentRuns(columns.map(([, index]) => index))) {
      const block = rows.map((kr) => run.map((index) => cellOf(kr, idAt.get(index) as KrColumnId)));
      tab.sheet.getRange(firstRow, run[0] + 1, rows.length, run.length).setValues(block);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Saved settings into the open periods' tabs

/**
 * Every spelling of a dashboard setting's label, so a dashboard in any language (and layout) is
 * found. Built when first needed: the tab texts are read from a data file, not at script load.
 */
function settingByLabel() {
  return new Map(
    DASHBOARD_SETTINGS.filter((s) => s.setting).flatMap((s) =>
      LANGUAGES.map((language) => [TEMPLATE[language][s.label].trim().toLowerCase(), s] as const),
    ),
  );
}

/**
 * Brings every open period's sheet in line with the saved settings: the dashboard's settings
 * cells (which the formulas read: cap, pace thresholds, grade bands) and the grade colours of its
 * tabs. Settings cells are found by their labels, so dashboards of an older layout are updated
 * where they have the cell. Closed periods keep the settings they were graded with.
 */
export function applySettingsToOpenPeriods(spreadsheet: Spreadsheet, settings: Settings): number {
  let updated = 0;
  withDocumentLock(() => {
    const byPeriod = new Map<string, OkrTab[]>();
    for (const tab of listOkrTabs(spreadsheet))
      byPeriod.set(tab.meta.period, [...(byPeriod.get(tab.meta.period) ?? []), tab]);
    for (const tabs of byPeriod.values()) {
      if (tabs.some((tab) => tab.meta.role === 'review')) continue;
      for (const tab of tabs) {
        if (tab.meta.role === 'dashboard') writeSettingsCells(tab.sheet, settings);
        recolourGradeBands(tab.sheet, settings);
      }
      updated += 1;
    }
  });
  return updated;
}

function writeSettingsCells(sheet: Sheet, settings: Settings): void {
  const rows = Math.min(sheet.getMaxRows(), 30);
  const labels = sheet.getRange(1, 1, rows, 1).getValues();
  const found: { row: number; value: number }[] = [];
  const byLabel = settingByLabel();
  labels.forEach(([label], i) => {
    const template = byLabel.get(
      String(label ?? '')
        .trim()
        .toLowerCase(),
    );
    const value = template ? settingValue(template, settings) : null;
    if (value !== null) found.push({ row: i + 1, value });
  });
  for (const run of adjacentRuns(found.map((f) => f.row))) {
    const values = run.map((row) => [(found.find((f) => f.row === row) as { value: number }).value]);
    sheet.getRange(run[0], 2, run.length, 1).setValues(values);
  }
}

const BAND_BACKGROUNDS = new Set(Object.values(GRADE_COLORS).map((colour) => colour.toLowerCase()));
const BAND_CRITERIA = new Set(['NUMBER_LESS_THAN', 'NUMBER_BETWEEN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO']);

/** One of the add-on's grade-band rules: a number condition with a grade colour. */
function isBandRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const background = String(condition.getBackground() ?? '').toLowerCase();
  return BAND_BACKGROUNDS.has(background) && BAND_CRITERIA.has(String(condition.getCriteriaType()));
}

/** Replaces the tab's grade-band rules with rules for the new bands, on the same ranges; other rules stay. */
function recolourGradeBands(sheet: Sheet, settings: Settings): void {
  const rules = sheet.getConditionalFormatRules();
  if (!rules.some(isBandRule)) return;
  const next: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const done = new Set<string>();
  for (const rule of rules) {
    if (!isBandRule(rule)) {
      next.push(rule);
      continue;
    }
    const ranges = rule.getRanges();
    const key = ranges.map((range) => range.getA1Notation()).join(',');
    if (done.has(key)) continue;
    done.add(key);
    for (const format of gradeBandFormats([], settings)) next.push(conditionalRule(format, ranges));
  }
  sheet.setConditionalFormatRules(next);
}
