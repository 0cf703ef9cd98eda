// The period actions: create a period's tabs, close it into a review, record a check-in.
// Each runs under the document lock, validates before writing, and leaves the spreadsheet as it
// was when any call fails (new tabs are deleted again; a changed cell is restored).
import { isDoneValue } from '../core/kinds';
import { isBlank, parseNumber } from '../core/numbers';
import type { CheckInRequest, NewPeriodRequest, PeriodTabs } from '../core/period-data';
import { type PeriodSpec, parseIsoDate, periodOf, specProblem } from '../core/periods';
import { krProgress } from '../core/progress';
import { gradeOf } from '../core/score';
import { type CheckIn, type Grade, type KeyResult, LANGUAGES, type Language } from '../core/types';
import { EXAMPLE_FAMILIES, exampleKeyResults, examplesIn } from '../examples/library';
import type { ExampleFamily } from '../examples/types';
import { translate } from '../i18n/index';
import { TEMPLATE, type TemplateKey } from '../i18n/template';
import type { TabPlan } from '../tabs/plan';
import { KEY_RESULT_COLUMNS, keyResultCapacity } from '../tabs/templates';
import {
  CHECK_IN_HEADER_ROW,
  checkInRow,
  checkInsPlan,
  DECISION_KEYS,
  type Decision,
  dashboardPlan,
  keyResultsPlan,
  type PeriodContext,
  periodTabNames,
  type ReviewContent,
  type ReviewRow,
  reviewPlan,
  tabName,
} from '../tabs/writer';
import { cellForSheet } from './apply';
import {
  checkInsFromGrid,
  type KeyResultRow,
  keyResultsFromGrid,
  languageOfMeta,
  matchHeaders,
  normalizeConfidence,
  periodOfMeta,
  periodTabs,
} from './read';
import { createTabs, listOkrTabs, readTab, withDocumentLock } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A user-facing failure: the message is already in the user's language. */
export class PeriodError extends Error {
  constructor(
    readonly code: TemplateKey,
    message: string,
  ) {
    super(message);
    this.name = 'PeriodError';
  }
}

function fail(language: Language, key: TemplateKey, params: Record<string, string | number> = {}): never {
  throw new PeriodError(key, translate(TEMPLATE, language, key, params));
}

function safeLanguage(value: unknown): Language {
  return (LANGUAGES as readonly string[]).includes(value as string) ? (value as Language) : 'en';
}

// ---------------------------------------------------------------------------------------------
// New period

export interface CreatePeriodResult {
  label: string;
  tabs: Required<Omit<PeriodTabs, 'review'>>;
  keyResults: number;
  /** KRs carried over from the previous period's review. */
  carriedOver: number;
}

/** Extra choices for a period started from examples (additive to NewPeriodRequest). */
export interface ExampleChoice {
  exampleFamily?: ExampleFamily;
  exampleIds?: string[];
}

export function createPeriod(
  spreadsheet: Spreadsheet,
  request: NewPeriodRequest & ExampleChoice,
  settings?: PeriodContext['settings'],
): CreatePeriodResult {
  return createPeriodWith(spreadsheet, request, null, settings);
}

/**
 * Creates a period's tabs holding `keyResults` (instead of what `request.startFrom` says) — for
 * callers that already have the KRs, such as benches and imports.
 */
export function createPeriodWith(
  spreadsheet: Spreadsheet,
  request: NewPeriodRequest & ExampleChoice,
  keyResults: Partial<KeyResult>[] | null,
  settings?: PeriodContext['settings'],
): CreatePeriodResult {
  const language = safeLanguage(request?.language);
  const problem = specProblem(request?.period);
  if (problem) fail(language, 'errBadPeriod', { reason: problem });
  const spec = request.period as PeriodSpec;
  const period = periodOf(spec, language);
  const names = periodTabNames(period.label, language);
  const team = String(request.team ?? '').trim();
  return withDocumentLock(translate(TEMPLATE, language, 'errBusy'), () => {
    refuseExisting(spreadsheet, period.label, [names.keyResults, names.checkIns, names.dashboard], language);
    const { krs, carriedOver } = keyResults
      ? { krs: keyResults, carriedOver: 0 }
      : startingKeyResults(spreadsheet, request, language, team);
    const ctx: PeriodContext = { language, period, spec, team, names, settings };
    const plans: TabPlan[] = [
      keyResultsPlan(ctx, krs),
      checkInsPlan(ctx),
      dashboardPlan(ctx, keyResultCapacity(krs.length)),
    ];
    createTabs(spreadsheet, plans, 0);
    return {
      label: period.label,
      tabs: { keyResults: names.keyResults, checkIns: names.checkIns, dashboard: names.dashboard },
      keyResults: krs.length,
      carriedOver,
    };
  });
}

/** Never overwrite: a tab with one of the names, or any tab of the same period, stops the action. */
function refuseExisting(spreadsheet: Spreadsheet, label: string, names: string[], language: Language): void {
  for (const name of names) {
    if (spreadsheet.getSheetByName(name)) fail(language, 'errTabExists', { name });
  }
  const same = listOkrTabs(spreadsheet).find((tab) => tab.meta.period === label && tab.meta.role !== 'review');
  if (same) fail(language, 'errTabExists', { name: same.name });
}

function startingKeyResults(
  spreadsheet: Spreadsheet,
  request: NewPeriodRequest & ExampleChoice,
  language: Language,
  team: string,
): { krs: Partial<KeyResult>[]; carriedOver: number } {
  if (request.startFrom === 'examples') return { krs: chosenExamples(request, language, team), carriedOver: 0 };
  if (request.startFrom === 'previous') {
    const krs = carryOver(spreadsheet, request.previousLabel, language);
    return { krs, carriedOver: krs.length };
  }
  return { krs: [], carriedOver: 0 };
}

/** Example objectives as new KRs: the chosen ids, a family, or one objective of each of three families. */
export function chosenExamples(choice: ExampleChoice, language: Language, team: string): Partial<KeyResult>[] {
  const all = examplesIn(language, choice.exampleFamily);
  let picked = all;
  if (choice.exampleIds && choice.exampleIds.length > 0) {
    picked = all.filter((example) => choice.exampleIds!.includes(example.id));
  } else if (!choice.exampleFamily) {
    picked = EXAMPLE_FAMILIES.slice(0, 3)
      .map((family) => all.find((example) => example.family === family))
      .filter((example) => example !== undefined);
  } else {
    picked = all.slice(0, 3);
  }
  return exampleKeyResults(picked, [], team);
}

/** What a decision cell says, in any language; null when blank or unknown. */
export function parseDecision(value: unknown): Decision | null {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (!text) return null;
  for (const decision of Object.keys(DECISION_KEYS) as Decision[]) {
    for (const language of LANGUAGES) {
      if (TEMPLATE[language][DECISION_KEYS[decision]].toLowerCase() === text) return decision;
    }
  }
  return null;
}

/**
 * The KRs a closed period's review marks "carry over", with every field intact; the final value
 * becomes the new baseline; current, confidence and due date start fresh (a data link stays).
 */
export function carryOver(
  spreadsheet: Spreadsheet,
  previousLabel: string | undefined,
  language: Language,
): Partial<KeyResult>[] {
  const tabs = previousLabel ? periodTabs(spreadsheet, previousLabel) : latestClosed(spreadsheet);
  const label = previousLabel ?? '';
  if (!tabs.keyResults && !tabs.review) fail(language, 'errPeriodNotFound', { label });
  if (!tabs.review) fail(language, 'errNotClosed', { label: tabs.keyResults?.meta.period ?? label });
  const { values, formulas } = readTab(tabs.review.sheet);
  const rows = keyResultsFromGrid(tabs.review.name, values, formulas, []);
  return rows.filter((row) => parseDecision(row.extra.decision) === 'carryOver').map(carriedKeyResult);
}

function carriedKeyResult({ kr }: KeyResultRow): Partial<KeyResult> {
  const finalValue = typeof kr.current === 'number' ? kr.current : null;
  const measured = kr.kind !== 'milestone';
  return {
    ...kr,
    baseline: measured && finalValue !== null ? finalValue : kr.baseline,
    current: kr.kind === 'milestone' ? false : null,
    confidence: null,
    dueDate: null,
  };
}

function latestClosed(spreadsheet: Spreadsheet): ReturnType<typeof periodTabs> {
  const reviews = listOkrTabs(spreadsheet).filter((tab) => tab.meta.role === 'review');
  reviews.sort((a, b) => a.meta.end.localeCompare(b.meta.end));
  const latest = reviews[reviews.length - 1];
  return latest ? periodTabs(spreadsheet, latest.meta.period) : {};
}

// ---------------------------------------------------------------------------------------------
// Close period

export interface ClosePeriodRequest {
  label: string;
  /** Decision per KR id; KRs not listed: done when they reached 1.0, else carry over. */
  decisions?: Record<string, Decision>;
  /** ISO date the values are frozen on (today when omitted). */
  date?: string;
}

export interface ClosePeriodResult {
  label: string;
  review: string;
  overall: number | null;
  flags: string[];
}

export function closePeriod(
  spreadsheet: Spreadsheet,
  request: ClosePeriodRequest,
  now: Date = new Date(),
  messagesIn?: Language,
): ClosePeriodResult {
  const label = String(request?.label ?? '');
  return withDocumentLock(translate(TEMPLATE, messagesIn ?? 'en', 'errBusy'), () => {
    const tabs = periodTabs(spreadsheet, label);
    if (!tabs.keyResults) fail(messagesIn ?? 'en', 'errPeriodNotFound', { label });
    const meta = tabs.keyResults.meta;
    // The review is written in the period's language; messages go to the user in theirs.
    const language = languageOfMeta(meta);
    const say = messagesIn ?? language;
    if (tabs.review) fail(say, 'errAlreadyClosed', { label, name: tabs.review.name });
    const name = tabName(label, 'review', language);
    if (spreadsheet.getSheetByName(name)) fail(say, 'errTabExists', { name });
    const frozenOn = request.date ? parseIsoDate(request.date) : dayOf(now);
    if (!frozenOn) fail(say, 'errBadDate', { value: String(request.date) });

    const { values, formulas } = readTab(tabs.keyResults.sheet);
    const rows = keyResultsFromGrid(tabs.keyResults.name, values, formulas, []);
    const checkIns = tabs.checkIns ? checkInsOf(tabs.checkIns) : [];
    const content = reviewContent(rows, checkIns, request.decisions ?? {}, language, frozenOn);
    const period = periodOfMeta(meta);
    const ctx: PeriodContext = {
      language,
      period,
      spec: meta.spec as PeriodSpec,
      team: meta.team,
      names: { ...periodTabNames(label, language), review: name },
    };
    createTabs(spreadsheet, [reviewPlan(ctx, content)], 0);
    return { label, review: name, overall: content.overall, flags: content.flags };
  });
}

function checkInsOf(tab: NonNullable<ReturnType<typeof periodTabs>['checkIns']>): CheckIn[] {
  return checkInsFromGrid(tab.name, readTab(tab.sheet).values, []);
}

const HIGH_CONFIDENCE = 0.7;

/** Grades, distribution and flags of a period's KRs at close. Pure. */
export function reviewContent(
  rows: KeyResultRow[],
  checkIns: CheckIn[],
  decisions: Record<string, Decision>,
  language: Language,
  frozenOn: Date,
): ReviewContent {
  const reviewRows: ReviewRow[] = rows.map(({ kr, extra }) => {
    const progress = numberOrNull(extra.progress);
    const objectiveScore = numberOrNull(extra.score);
    const decision = decisions[kr.id] ?? (progress !== null && progress >= 1 ? 'done' : 'carryOver');
    return {
      kr,
      final: kr.current,
      progress: progress ?? (isBlank(extra.progress) ? null : String(extra.progress)),
      grade: progress === null ? null : gradeOf(progress),
      objectiveScore,
      objectiveGrade: objectiveScore === null ? null : gradeOf(objectiveScore),
      decision,
    };
  });
  const objectiveScores = new Map<string, number>();
  for (const row of reviewRows) {
    if (row.objectiveScore !== null) objectiveScores.set(row.kr.objectiveId, row.objectiveScore);
  }
  const scores = [...objectiveScores.values()];
  const overall = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const distribution = new Array(11).fill(0) as number[];
  for (const row of reviewRows) {
    if (typeof row.progress === 'number') distribution[Math.min(10, Math.max(0, Math.round(row.progress * 10)))]++;
  }
  return {
    rows: reviewRows,
    overall,
    overallGrade: overall === null ? null : (gradeOf(overall) as Grade),
    distribution,
    flags: reviewFlags(reviewRows, checkIns, language),
    frozenOn,
  };
}

/** Owners whose KRs all scored 1.0 (two or more), and KRs confident all along while the value never moved. */
export function reviewFlags(rows: ReviewRow[], checkIns: CheckIn[], language: Language): string[] {
  const flags: string[] = [];
  const byOwner = new Map<string, ReviewRow[]>();
  for (const row of rows) {
    if (!row.kr.owner) continue;
    byOwner.set(row.kr.owner, [...(byOwner.get(row.kr.owner) ?? []), row]);
  }
  for (const [owner, owned] of byOwner) {
    if (owned.length >= 2 && owned.every((row) => typeof row.progress === 'number' && row.progress >= 1)) {
      flags.push(translate(TEMPLATE, language, 'flagTooEasy', { owner }));
    }
  }
  for (const row of rows) {
    const own = checkIns.filter((c) => c.krId === row.kr.id);
    if (own.length < 2) continue;
    const confident = own.every((c) => c.confidence !== null && c.confidence >= HIGH_CONFIDENCE);
    const seen = new Set(own.map((c) => String(c.value)));
    if (typeof row.kr.baseline === 'number') seen.add(String(row.kr.baseline));
    if (confident && seen.size === 1) {
      flags.push(translate(TEMPLATE, language, 'flagStuck', { kr: `${row.kr.id} ${row.kr.title}`.trim() }));
    }
  }
  return flags;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

// ---------------------------------------------------------------------------------------------
// Check-in

export interface CheckInResult {
  periodLabel: string;
  krId: string;
  /** 1-based row of the appended check-in. */
  row: number;
  value: number | boolean;
  progress: number | null;
  /** True when the KR's current value comes from a formula and was left alone. */
  linked: boolean;
  /** A note for the user (e.g. that a linked value was not overwritten); '' when none. */
  message: string;
}

export function recordCheckIn(
  spreadsheet: Spreadsheet,
  request: CheckInRequest,
  now: Date = new Date(),
  decimal?: '.' | ',',
  messagesIn?: Language,
): CheckInResult {
  const label = String(request?.periodLabel ?? '');
  const tabs = periodTabs(spreadsheet, label);
  if (!tabs.keyResults || !tabs.checkIns) fail(messagesIn ?? 'en', 'errPeriodNotFound', { label });
  const krTab = tabs.keyResults;
  const logTab = tabs.checkIns;
  // Messages in the user's language when known, else the period's.
  const language = messagesIn ?? languageOfMeta(krTab.meta);
  const date = request.date ? parseIsoDate(request.date) : dayOf(now);
  if (!date) fail(language, 'errBadDate', { value: String(request.date) });
  const confidence = checkInConfidence(request.confidence, language);

  return withDocumentLock(translate(TEMPLATE, language, 'errBusy'), () => {
    const { values, formulas } = readTab(krTab.sheet);
    const rows = keyResultsFromGrid(krTab.name, values, formulas, [], decimal);
    const found = rows.find(
      (row) =>
        row.kr.id.toLowerCase() ===
        String(request.krId ?? '')
          .trim()
          .toLowerCase(),
    );
    if (!found) fail(language, 'errKrNotFound', { kr: String(request.krId), label });
    const kr = found.kr;
    const value = checkInValue(request.value, kr, language, decimal);
    const progress = progressOf(kr, value);
    const currentIndex = (matchHeaders(values, KEY_RESULT_COLUMNS, 'krId')?.columns.get('current') ?? -1) + 1;
    if (currentIndex < 1) fail(language, 'errKrNotFound', { kr: String(request.krId), label });
    const linked = Boolean(formulas[kr.row - 1]?.[currentIndex - 1]);

    // Set the current value first; if appending the log row fails, put the old value back.
    const currentCell = krTab.sheet.getRange(kr.row, currentIndex);
    const previous = values[kr.row - 1]?.[currentIndex - 1];
    if (!linked) currentCell.setValue(cellForSheet(value));
    let row: number;
    try {
      row = Math.max(logTab.sheet.getLastRow(), CHECK_IN_HEADER_ROW) + 1;
      const entry = checkInRow({
        date,
        krId: kr.id,
        value,
        confidence,
        note: String(request.note ?? ''),
        who: String(request.who ?? ''),
        progress,
      });
      logTab.sheet.getRange(row, 1, 1, entry.length).setValues([entry.map(cellForSheet)]);
    } catch (error) {
      if (!linked) currentCell.setValue(cellForSheet(previous as string | number | boolean | null));
      throw error;
    }
    return {
      periodLabel: label,
      krId: kr.id,
      row,
      value,
      progress,
      linked,
      message: linked ? translate(TEMPLATE, language, 'msgLinkedCurrent', { kr: kr.id }) : '',
    };
  });
}

function checkInConfidence(value: unknown, language: Language): number | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = parseNumber(value);
  if (!parsed.ok || parsed.value < 0 || parsed.value > 100)
    fail(language, 'errBadConfidence', { value: String(value) });
  return normalizeConfidence(parsed.value);
}

function checkInValue(value: unknown, kr: KeyResult, language: Language, decimal?: '.' | ','): number | boolean {
  if (kr.kind === 'milestone') {
    if (typeof value === 'boolean') return value;
    return isDoneValue(value);
  }
  if (typeof value === 'boolean') {
    fail(language, 'errBadValue', { value: String(value), kr: kr.id, reason: 'a number is needed' });
  }
  const parsed = parseNumber(value, { decimal });
  if (!parsed.ok) fail(language, 'errBadValue', { value: String(value), kr: kr.id, reason: parsed.message });
  return parsed.value;
}

function progressOf(kr: KeyResult, value: number | boolean): number | null {
  try {
    if (kr.kind === 'milestone') return value === true ? 1 : 0;
    if (kr.target === null || typeof value !== 'number') return null;
    const baseline = kr.baseline ?? 0;
    const kind = kr.kind ?? (kr.target < baseline ? 'decrease' : 'increase');
    return krProgress({ kind, baseline, target: kr.target, current: value });
  } catch (_) {
    return null;
  }
}
