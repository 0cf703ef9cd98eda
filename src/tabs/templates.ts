// The period tabs as data: columns (header, width, number format, drop-down, formula), the
// dashboard's settings and sections, conditional formats and charts. writer.ts applies them.
// Adding a column or a chart is one edit here.
//
// The "as of" date: custom functions may not take TODAY() directly (nor reference a cell that
// holds a volatile function), and a pace that moves while nobody looks is confusing in a review.
// So the dashboard holds a settings block with the period's start and end, an "As of" cell
// (=TODAY() by default; type a date to look at another day) and the expected progress computed
// from them with native arithmetic (the same formula as OKR_PACE). Everything that depends on the
// as-of date — expected progress, status, the dashboard's status counts — is native too, so no
// custom function has a volatile cell among its precedents, even through other cells
// (tests/quarter/volatile.test.ts walks them).
import type { Decision } from '../core/actions';
import { EDGE } from '../core/grading';
import { DEFAULT_SETTINGS, type KeyResult, type Settings, type Status } from '../core/types';
import type { TemplateKey } from '../i18n/template';

/** Where each computed value of the key results tab comes from: column ranges and settings cells. */
export interface FormulaRefs {
  /** The data range of a column of the same tab, open-ended so that rows added later count: "L2:L". */
  col(id: KrColumnId): string;
  /** An absolute reference to a dashboard setting, e.g. "'Q1 2027 · Dashboard'!$B$5". */
  setting(id: SettingId): string;
  /** The tab's language code, as a formula string literal: "de". */
  language: string;
  /** A status word in the tab's language, as a formula string literal: "Im Plan". */
  statusText(status: Status): string;
  /** The data range of a column of the period's check-in log, open-ended: "'Q1 2027 · Check-ins'!A2:A". */
  log(id: CheckInColumnId): string;
}

export type KrColumnId =
  | 'krId'
  | 'objectiveId'
  | 'objectiveTitle'
  | 'title'
  | 'owner'
  | 'team'
  | 'parent'
  | 'kind'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'current'
  | 'weight'
  | 'confidence'
  | 'dueDate'
  | 'notes'
  | 'dataLink'
  | 'progress'
  | 'expected'
  | 'status'
  | 'score'
  | 'phasing'
  | 'forecast'
  | 'shareOf'
  | 'splitGap';

/** How a column's data cells are formatted: a fixed pattern, or per row from the KR's unit. */
export type ColumnFormat = string | 'byUnit';

export type ColumnValidation = 'kind' | 'confidence' | 'weight' | 'date' | 'milestoneCheckbox';

export interface ColumnTemplate {
  id: KrColumnId;
  header: TemplateKey;
  width: number;
  format?: ColumnFormat;
  validation?: ColumnValidation;
  /** Computed columns: ONE formula in the first data row that spills down the whole column. */
  formula?: (refs: FormulaRefs) => string;
  /** Colour the data cells by grade band (numbers) or by status word. */
  highlight?: 'gradeBands' | 'status';
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const SHARE_FORMAT = '0%';

export const KEY_RESULT_COLUMNS: readonly ColumnTemplate[] = [
  { id: 'krId', header: 'hKrId', width: 70 },
  { id: 'objectiveId', header: 'hObjectiveId', width: 80 },
  { id: 'objectiveTitle', header: 'hObjective', width: 240 },
  { id: 'title', header: 'hKeyResult', width: 300 },
  { id: 'owner', header: 'hOwner', width: 100 },
  { id: 'team', header: 'hTeam', width: 100 },
  { id: 'parent', header: 'hParent', width: 90 },
  { id: 'kind', header: 'hKind', width: 100, validation: 'kind' },
  { id: 'unit', header: 'hUnit', width: 70 },
  { id: 'baseline', header: 'hBaseline', width: 90, format: 'byUnit' },
  { id: 'target', header: 'hTarget', width: 90, format: 'byUnit' },
  { id: 'current', header: 'hCurrent', width: 90, format: 'byUnit', validation: 'milestoneCheckbox' },
  { id: 'weight', header: 'hWeight', width: 60, format: '0.0#', validation: 'weight' },
  { id: 'confidence', header: 'hConfidence', width: 80, format: SHARE_FORMAT, validation: 'confidence' },
  { id: 'dueDate', header: 'hDueDate', width: 90, format: DATE_FORMAT, validation: 'date' },
  { id: 'notes', header: 'hNotes', width: 200 },
  { id: 'dataLink', header: 'hDataLink', width: 160 },
  {
    id: 'progress',
    header: 'hProgress',
    width: 80,
    format: SHARE_FORMAT,
    highlight: 'gradeBands',
    formula: (f) =>
      `=KR_PROGRESS(${currentFormula(f)},${f.col('target')},${f.col('baseline')},${f.col('kind')},${f.setting('cap')},${f.language})`,
  },
  {
    id: 'expected',
    header: 'hExpected',
    width: 90,
    format: SHARE_FORMAT,
    // The KR's pace in native arithmetic (see expectedFormula below), as the sidebar computes it.
    formula: (f) => expectedFormula(f),
  },
  {
    id: 'status',
    header: 'hStatus',
    width: 100,
    highlight: 'status',
    // OKR_STATUS's rule (core/grading.ts statusOf) in native arithmetic, because expected
    // progress follows the as-of date: done from progress 1; behind expected progress by more
    // than the off-track gap, off track; by more than the at-risk gap, at risk; else on track.
    // Blank where progress is blank or shows a problem, and a blank gap cell counts as the default.
    formula: (f) => {
      const edge = String(EDGE); // "1e-9", as the engine prints it back
      const p = f.col('progress');
      const gap = `${f.col('expected')}-${p}`;
      const threshold = (id: 'atRisk' | 'offTrack', fallback: number) =>
        `IF(ISNUMBER(${f.setting(id)}),${f.setting(id)},${fallback})+${edge}`;
      return (
        `=ARRAYFORMULA(IF(ISNUMBER(${p}),IF(${p}>=1-${edge},${f.statusText('done')},` +
        `IF(NOT(ISNUMBER(${f.col('expected')})),"",` +
        `IF(${gap}>${threshold('offTrack', DEFAULT_SETTINGS.offTrackGap)},${f.statusText('offTrack')},` +
        `IF(${gap}>${threshold('atRisk', DEFAULT_SETTINGS.atRiskGap)},${f.statusText('atRisk')},${f.statusText('onTrack')})))),""))`
      );
    },
  },
  {
    id: 'score',
    header: 'hScore',
    width: 90,
    format: '0.00',
    highlight: 'gradeBands',
    // Each row's objective score: OKR_ROLLUP with the dashboard's roll-up setting (0: OKR_SCORE's).
    formula: (f) =>
      `=OKR_ROLLUP(${f.col('progress')},${f.col('weight')},${f.col('objectiveId')},${f.col('parent')},${f.setting('children')},${f.col('objectiveId')},${f.language})`,
  },
  // Optional monthly or weekly checkpoints ("20% 50% 100%", core/phasing.ts). Last, so that the
  // columns before it stay where tabs made without it have them; a tab without it reads as the
  // straight line.
  { id: 'phasing', header: 'hPhasing', width: 100 },
  {
    id: 'forecast',
    header: 'hForecast',
    width: 100,
    format: 'byUnit',
    // Where each key result is heading: KR_FORECAST's Theil–Sen trend of its check-ins at its due
    // date (else the period's end), one call for the whole column; blank below three check-ins.
    // Its inputs are the log, the due dates and the period's end (a DATE): nothing volatile.
    formula: (f) => {
      const due = f.col('dueDate');
      const trend = `KR_FORECAST(${f.log('date')},${f.log('value')},IF(${due}="",${f.setting('end')},${due}),${f.log('krId')},${f.col('krId')},${f.language})`;
      return `=ARRAYFORMULA(IF(${f.col('krId')}="","",IFERROR(${trend},"")))`;
    },
  },
  // Quota split (core/split.ts): the id of the KR this one is a share of; the parent's progress
  // counts its shares' current values while its own Current is blank (see currentFormula).
  { id: 'shareOf', header: 'hShareOf', width: 90 },
  {
    id: 'splitGap',
    header: 'hSplitGap',
    width: 100,
    format: 'byUnit',
    // The parent's target minus its shares' targets; blank on rows without shares.
    formula: (f) => {
      const id = f.col('krId');
      const shares = `SUMIF(${f.col('shareOf')},${id},${f.col('target')})`;
      return `=ARRAYFORMULA(IF(${id}="","",IF(COUNTIF(${f.col('shareOf')},${id})=0,"",IF(ISNUMBER(${f.col('target')}),${f.col('target')}-${shares},""))))`;
    },
  },
];

/**
 * The Current values the progress formula measures: a row's own Current cell, or, where that cell
 * is empty (no value, no formula) and shares name the row's id with a number in their Current,
 * the sum of those (core/split.ts withSharesSummed), in one native array.
 */
function currentFormula(f: FormulaRefs): string {
  const id = f.col('krId');
  const current = f.col('current');
  const share = f.col('shareOf');
  // Shares with a number in Current ("<0" and ">=0" match numbers only, in any locale).
  const counted = `(COUNTIFS(${share},${id},${current},">=0")+COUNTIFS(${share},${id},${current},"<0"))`;
  return `ARRAYFORMULA(IF(${id}="",${current},IF(ISBLANK(${current})*(${counted}>0),SUMIF(${share},${id},${current}),${current})))`;
}

/**
 * Expected progress (core/pace.ts krPace) in one native ARRAYFORMULA, no custom-function call per
 * row. Without a phasing: the elapsed share of the time from the period start to the KR's due date
 * (the period's pace, computed once on the dashboard, when there is none). With one: the
 * checkpoint before the as-of date's month or week, plus the elapsed part of the step to the next.
 * The slot's index is the as-of date's (one number for the whole column), except in a last week
 * longer than 7 days. A phasing with anything but numbers, % and spaces, of the wrong length or
 * not ending at 100% counts as the straight line, as in the core. One whose checkpoints go down
 * somewhere ("50% 20% 100%") would need a comparison of every pair: the sheet follows its pair
 * around the as-of date until the health check's finding on that cell is fixed. No MIN/MAX/AND/OR
 * on per-row values: they would aggregate the whole column inside ARRAYFORMULA.
 */
function expectedFormula(f: FormulaRefs): string {
  const due = f.col('dueDate');
  const start = f.setting('start');
  const asOf = f.setting('asOf');
  const straight = `IF(${due}="",${f.setting('pace')},IF(${due}<${start},1,IF(${asOf}<${start},0,IF(${asOf}>=${due}+1,1,DAYS(${asOf},${start})/(DAYS(${due},${start})+1)))))`;
  const end = `IF(${due}="",${f.setting('end')},${due})`;
  const text = `TRIM(${f.col('phasing')})`;
  const n = `(LEN(${text})-LEN(SUBSTITUTE(${text}," ",""))+1)`;
  const months = `((YEAR(${end})-YEAR(${start}))*12+MONTH(${end})-MONTH(${start})+1)`;
  const weeks = `ROUND((${end}-${start}+1)/7)`;
  // The j-th checkpoint as a share (0 before the first): the j-th word, found with every space
  // widened to the text's length so that the j-th stretch of that length holds it and nothing else.
  const width = `LEN(${text})`;
  const checkpoint = (j: string) =>
    `IF(${j}<1,0,VALUE(SUBSTITUTE(TRIM(MID(SUBSTITUTE(${text}," ",REPT(" ",${width})),(${j}-1)*${width}+1,${width})),"%",""))/100)`;
  const step = (before: string, after: string, from: string, to: string) =>
    `${before}+(${after}-${before})*(${asOf}-${from})/(${to}-${from})`;
  // By month: the as-of date's month.
  const month = `((YEAR(${asOf})-YEAR(${start}))*12+MONTH(${asOf})-MONTH(${start})+1)`;
  const monthStart = `MAX(${start},DATE(YEAR(${asOf}),MONTH(${asOf}),1))`;
  const monthEnd = `IF(EOMONTH(${asOf},0)>=${end},${end}+1,EOMONTH(${asOf},0)+1)`;
  const byMonth = step(checkpoint(`${month}-1`), checkpoint(month), monthStart, monthEnd);
  // By week: the as-of date's week (0-based), one back in the days a last week has beyond 7.
  const week = `(INT((${asOf}-${start})/7)-(INT((${asOf}-${start})/7)+1>${n}))`;
  const weekEnd = `IF(${week}+1>=${n},${end}+1,${start}+7*(${week}+1))`;
  const byWeek = step(checkpoint(week), checkpoint(`${week}+1`), `(${start}+7*${week})`, weekEnd);
  const phased = `IF(${end}<${start},1,IF(${asOf}<${start},0,IF(${asOf}>=${end}+1,1,IF(${n}=${months},${byMonth},${byWeek}))))`;
  // Only digits, points, % and spaces: a word or a minus anywhere makes the whole phasing unreadable.
  const stripped = [...'0123456789.% '].reduce((t, c) => `SUBSTITUTE(${t},"${c}","")`, text);
  const readable =
    `(LEN(${text})>0)*(LEN(${stripped})=0)*((${n}=${months})+(${n}=IF(${weeks}<1,1,${weeks}))>0)` +
    `*(ABS(${checkpoint(n)}-1)<${EDGE})`;
  return `=ARRAYFORMULA(IF(${f.col('title')}="","",IFERROR(IF(${readable},${phased},${straight}),${straight})))`;
}

/** Number format of baseline, target and current by the KR's unit (percentages are fractions). */
export function unitFormat(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (u === '%' || u === 'percent') return '0.0%';
  if (u === 'count' || u === 'days' || u === 'currency' || /^[$€£¥]|^[a-z]{3}$/.test(u)) return '#,##0';
  if (u === 'ratio') return '0.00';
  return '#,##0.00';
}

/** The value of an input column for one key result (what the writer puts in the cell). */
export function inputValue(id: KrColumnId, kr: Partial<KeyResult>): unknown {
  switch (id) {
    case 'krId':
      return kr.id;
    case 'objectiveId':
      return kr.objectiveId;
    case 'objectiveTitle':
      return kr.objectiveTitle;
    case 'title':
      return kr.title;
    case 'owner':
      return kr.owner;
    case 'team':
      return kr.team;
    case 'parent':
      return kr.parentObjectiveId;
    case 'kind':
      return kr.kind;
    case 'unit':
      return kr.unit;
    case 'baseline':
      return kr.baseline;
    case 'target':
      return kr.target;
    case 'current':
      return kr.current;
    case 'weight':
      return kr.weight;
    case 'confidence':
      return kr.confidence;
    case 'dueDate':
      return kr.dueDate;
    case 'notes':
      return kr.notes;
    case 'dataLink':
      return kr.dataLink;
    case 'phasing':
      return kr.phasing;
    case 'shareOf':
      return kr.shareOf;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Check-ins: an append-only log. Progress is recorded at check-in time (a value, so the history
// does not change when a target is edited later) and feeds the dashboard's progress over time.

export type CheckInColumnId = 'date' | 'krId' | 'value' | 'confidence' | 'note' | 'who' | 'progress';

export const CHECK_IN_COLUMNS: readonly { id: CheckInColumnId; header: TemplateKey; width: number; format?: string }[] =
  [
    { id: 'date', header: 'hDate', width: 90, format: DATE_FORMAT },
    { id: 'krId', header: 'hKrId', width: 70 },
    { id: 'value', header: 'hValue', width: 90, format: '#,##0.00' },
    { id: 'confidence', header: 'hConfidence', width: 80, format: SHARE_FORMAT },
    { id: 'note', header: 'hNote', width: 320 },
    { id: 'who', header: 'hWho', width: 100 },
    { id: 'progress', header: 'hProgress', width: 80, format: SHARE_FORMAT },
  ];

// ---------------------------------------------------------------------------------------------
// Dashboard: settings block (column B), then objective scores, status counts, progress over time.

export type SettingId =
  | 'start'
  | 'end'
  | 'asOf'
  | 'pace'
  | 'yellowFrom'
  | 'greenFrom'
  | 'cap'
  | 'atRisk'
  | 'offTrack'
  | 'children';

export interface SettingTemplate {
  id: SettingId;
  label: TemplateKey;
  format: string;
  /** The saved setting this cell mirrors, so the sheet's formulas and colours grade as the sidebar does. */
  setting?: 'yellowFrom' | 'greenFrom' | 'cap' | 'atRiskGap' | 'offTrackGap' | 'objectiveScores';
}

/**
 * The number a settings cell holds: bands and gaps as fractions, the cap as a factor, objective
 * roll-ups as 1 (own key results and child objectives) or 0 (own key results only).
 */
export function settingValue(template: SettingTemplate, settings: Settings): number | null {
  if (template.setting === 'objectiveScores') return settings.objectiveScores === 'withChildren' ? 1 : 0;
  return template.setting ? settings[template.setting] : null;
}

/** Settings rows, from DASHBOARD.settingsRow down, label in column A and value in column B. */
export const DASHBOARD_SETTINGS: readonly SettingTemplate[] = [
  { id: 'start', label: 'setStart', format: DATE_FORMAT },
  { id: 'end', label: 'setEnd', format: DATE_FORMAT },
  { id: 'asOf', label: 'setAsOf', format: DATE_FORMAT },
  { id: 'pace', label: 'hExpected', format: SHARE_FORMAT },
  { id: 'yellowFrom', label: 'setYellowFrom', format: '0.0#', setting: 'yellowFrom' },
  { id: 'greenFrom', label: 'setGreenFrom', format: '0.0#', setting: 'greenFrom' },
  { id: 'cap', label: 'setCap', format: '0.0#', setting: 'cap' },
  { id: 'atRisk', label: 'setAtRisk', format: SHARE_FORMAT, setting: 'atRiskGap' },
  { id: 'offTrack', label: 'setOffTrack', format: SHARE_FORMAT, setting: 'offTrackGap' },
  // Read by OKR_ROLLUP (the objective scores here and on the key results tab).
  { id: 'children', label: 'setChildren', format: '0', setting: 'objectiveScores' },
];

export const DASHBOARD = {
  titleRow: 1,
  settingsRow: 3,
  overallRow: 13,
  /**
   * Objective scores: header row, then one OKR_ROLLUP table spilling id and score for every
   * objective, as far down as it needs (nothing else is below it in columns A to F).
   */
  objectivesRow: 15,
  /** Objective rows given number formats, grade colours and a place in the chart. */
  objectiveRowsFormatted: 200,
  /** Status counts and progress over time sit to the right of the settings. */
  sideColumn: 8,
  statusRow: 3,
  overTimeRow: 10,
  chartsColumn: 13,
} as const;

export const GRADE_COLORS = { red: '#f4c7c3', yellow: '#fce8b2', green: '#b7e1cd' } as const;
export const GRADE_CHART_COLORS = { red: '#db4437', yellow: '#f4b400', green: '#0f9d58' } as const;
export const STATUS_COLORS = {
  done: '#b7e1cd',
  onTrack: '#d9ead3',
  atRisk: '#fce8b2',
  offTrack: '#f4c7c3',
} as const;
export const HEADER_BACKGROUND = '#e8eaed';

/** Rows reserved for key results: room for the team to add more without re-creating the tab. */
export function keyResultCapacity(rows: number): number {
  return Math.max(200, Math.ceil((rows + 100) / 100) * 100);
}

/**
 * Rows of the check-in log that are pre-formatted and that the dashboard's trend reads: room for
 * 40 check-ins a week (e.g. 20 KRs checked in twice a week) over the whole period.
 */
export function checkInCapacity(period: { start: Date; end: Date }): number {
  const weeks = Math.ceil((period.end.getTime() - period.start.getTime()) / (7 * 86_400_000));
  return Math.max(500, weeks * 40);
}

// ---------------------------------------------------------------------------------------------
// Review: the key results' fields as frozen values, the final value, grades and the decision.

export type ReviewColumnId =
  | Exclude<KrColumnId, 'current' | 'expected' | 'status' | 'phasing'>
  | 'final'
  | 'grade'
  | 'objectiveGrade'
  | 'decision';

export interface ReviewColumnTemplate {
  id: ReviewColumnId;
  header: TemplateKey;
  width: number;
  format?: ColumnFormat;
}

// The review grades final values: a phasing, which only shapes the pace, is not part of it.
const reviewInputColumns: ReviewColumnTemplate[] = KEY_RESULT_COLUMNS.filter(
  (c) => !c.formula && c.id !== 'phasing',
).map((c) =>
  c.id === 'current'
    ? { id: 'final', header: 'hFinal', width: c.width, format: c.format }
    : { id: c.id as ReviewColumnId, header: c.header, width: c.width, format: c.format },
);

export const REVIEW_COLUMNS: readonly ReviewColumnTemplate[] = [
  ...reviewInputColumns,
  { id: 'progress', header: 'hProgress', width: 80, format: SHARE_FORMAT },
  { id: 'grade', header: 'hGrade', width: 70 },
  { id: 'score', header: 'hScore', width: 90, format: '0.00' },
  { id: 'objectiveGrade', header: 'hObjectiveGrade', width: 90 },
  { id: 'decision', header: 'hDecision', width: 100 },
];

export const DECISION_KEYS: Record<Decision, TemplateKey> = {
  done: 'decisionDone',
  drop: 'decisionDrop',
  carryOver: 'decisionCarryOver',
};

export const REVIEW = {
  /** Title and the "frozen on" note above the table. */
  headerRow: 4,
  /** Column of the labels of the sections below the table (the wide objective column). */
  labelColumn: 3,
} as const;
