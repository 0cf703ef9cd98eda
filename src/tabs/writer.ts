// The one writer: turns the templates (templates.ts), a period's data and the full settings into
// TabPlans, which src/sheet applies with a fixed number of calls per tab. Nothing here calls
// SpreadsheetApp. The review's grades come graded from core/review.ts; this only lays them out.
import { columnLetter, quoteTab } from '../core/a1';
import type { Decision } from '../core/actions';
import { PROBLEM_MARK } from '../core/cells';
import { isoDay, toSerial } from '../core/dates';
import { EDGE } from '../core/grading';
import type { PeriodSpec } from '../core/periods';
import { problemWords } from '../core/problems';
import { frozenValue, type ReviewContent, type ReviewFlag, type ReviewRow } from '../core/review';
import { pickSettings } from '../core/settings';
import type { Grade, KeyResult, Language, Period, PeriodTabs, Settings, Status } from '../core/types';
import { translate } from '../i18n/index';
import { KR_KIND_LABELS } from '../i18n/kinds';
import { GRADE_LABELS, STATUS_LABELS } from '../i18n/status';
import { TEMPLATE, type TemplateKey } from '../i18n/template';
import { unitLabel } from '../i18n/units';
import type {
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanConditionalFormat,
  PlanRange,
  TabMeta,
  TabPlan,
  TabRole,
  ValidationRule,
} from './plan';
import {
  CHECK_IN_COLUMNS,
  type CheckInColumnId,
  type ColumnTemplate,
  checkInCapacity,
  DASHBOARD,
  DASHBOARD_SETTINGS,
  DATE_FORMAT,
  DECISION_KEYS,
  GRADE_CHART_COLORS,
  GRADE_COLORS,
  HEADER_BACKGROUND,
  inputValue,
  KEY_RESULT_COLUMNS,
  type KrColumnId,
  keyResultCapacity,
  REVIEW,
  REVIEW_COLUMNS,
  type ReviewColumnId,
  type SettingId,
  SHARE_FORMAT,
  STATUS_COLORS,
  settingValue,
  unitFormat,
} from './templates';

/** 2: the dashboard's settings block holds the grade bands (rows moved down by two). */
export const LAYOUT_VERSION = 2;

export interface PeriodContext {
  language: Language;
  period: Period;
  spec: PeriodSpec;
  team: string;
  names: Required<PeriodTabs>;
  /** The saved settings: bands, cap and pace thresholds for the sheet's formulas and colours. */
  settings: Settings;
}

const ROLE_KEYS: Record<TabRole, TemplateKey> = {
  keyResults: 'tabKeyResults',
  checkIns: 'tabCheckIns',
  dashboard: 'tabDashboard',
  review: 'tabReview',
  alignment: 'tabAlignment',
};

/** "Q1 2027 · Key results" (role word in the workbook's language). */
export function tabName(label: string, role: TabRole, language: Language): string {
  return `${label} · ${translate(TEMPLATE, language, ROLE_KEYS[role])}`;
}

export function periodTabNames(label: string, language: Language): Required<PeriodTabs> {
  return {
    keyResults: tabName(label, 'keyResults', language),
    checkIns: tabName(label, 'checkIns', language),
    dashboard: tabName(label, 'dashboard', language),
    review: tabName(label, 'review', language),
  };
}

export { columnLetter, quoteTab };

function metaFor(ctx: PeriodContext, role: TabRole): TabMeta {
  return {
    role,
    period: ctx.period.label,
    periodKind: ctx.period.kind,
    start: isoDay(ctx.period.start),
    end: isoDay(ctx.period.end),
    team: ctx.team,
    language: ctx.language,
    spec: ctx.spec,
    version: LAYOUT_VERSION,
    ...(role === 'keyResults' ? { settings: sharedSettings(ctx.settings) } : {}),
  };
}

/** The settings everyone shares, without the user's language. */
function sharedSettings(settings: Settings): Omit<Settings, 'language'> {
  const { language: _language, ...shared } = pickSettings(settings);
  return shared;
}

export function emptyPlan(ctx: PeriodContext, role: TabRole, name: string): TabPlan {
  return {
    name,
    meta: metaFor(ctx, role),
    minRows: 1,
    minColumns: 1,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    blocks: [],
    formats: [],
    validations: [],
    validationGrids: [],
    conditionalFormats: [],
    charts: [],
    protectedRows: 0,
    rightToLeft: ctx.language === 'ar',
  };
}

const t = (ctx: PeriodContext, key: TemplateKey, params?: Record<string, string | number>) =>
  translate(TEMPLATE, ctx.language, key, params);

function headerBlock(ctx: PeriodContext, row: number, headers: TemplateKey[]): PlanBlock {
  return { row, column: 1, cells: [headers.map((key) => t(ctx, key))], bold: true, background: HEADER_BACKGROUND };
}

/** The header row of a table tab: texts and column widths. */
function addHeader(
  plan: TabPlan,
  ctx: PeriodContext,
  headerRow: number,
  columns: readonly { header: TemplateKey; width: number }[],
): void {
  columns.forEach((column, c) => {
    plan.columnWidths[c + 1] = column.width;
  });
  plan.blocks.push(
    headerBlock(
      ctx,
      headerRow,
      columns.map((c) => c.header),
    ),
  );
}

/** Colours for scores by the saved grade bands (the edges forgive last-digit noise, as gradeOf does). */
export function gradeBandFormats(
  ranges: PlanRange[],
  settings: Pick<Settings, 'yellowFrom' | 'greenFrom'>,
): PlanConditionalFormat[] {
  const yellow = settings.yellowFrom - EDGE;
  const green = settings.greenFrom - EDGE;
  return [
    { ranges, when: { kind: 'numberLessThan', value: yellow }, background: GRADE_COLORS.red },
    { ranges, when: { kind: 'numberBetween', min: yellow, max: green - EDGE }, background: GRADE_COLORS.yellow },
    { ranges, when: { kind: 'numberAtLeast', value: green }, background: GRADE_COLORS.green },
  ];
}

function gradeWordFormats(ctx: PeriodContext, ranges: PlanRange[]): PlanConditionalFormat[] {
  const words = GRADE_LABELS[ctx.language];
  return (['red', 'yellow', 'green'] as Grade[]).map((grade) => ({
    ranges,
    when: { kind: 'textEquals', text: words[grade] },
    background: GRADE_COLORS[grade],
  }));
}

function statusFormats(ctx: PeriodContext, ranges: PlanRange[]): PlanConditionalFormat[] {
  const words = STATUS_LABELS[ctx.language];
  return (Object.keys(STATUS_COLORS) as (keyof typeof STATUS_COLORS)[]).map((status) => ({
    ranges,
    when: { kind: 'textEquals', text: words[status] },
    background: STATUS_COLORS[status],
  }));
}

/** Cell of a dashboard setting, as an absolute reference from another tab. */
export function settingRow(id: SettingId): number {
  return DASHBOARD.settingsRow + DASHBOARD_SETTINGS.findIndex((s) => s.id === id);
}

// ---------------------------------------------------------------------------------------------
// Key results

export const KR_HEADER_ROW = 1;

export function krColumn(id: KrColumnId): number {
  return KEY_RESULT_COLUMNS.findIndex((c) => c.id === id) + 1;
}

function kindLabel(ctx: PeriodContext, kind: KeyResult['kind'] | undefined): string {
  return kind ? KR_KIND_LABELS[ctx.language][kind] : '';
}

export function isFormulaText(text: unknown): text is string {
  return typeof text === 'string' && text.trim().startsWith('=');
}

function inputCell(ctx: PeriodContext, column: ColumnTemplate, kr: Partial<KeyResult>): PlanCell {
  if (column.id === 'kind') return kindLabel(ctx, kr.kind);
  if (column.id === 'unit') return unitLabel(ctx.language, kr.unit);
  if (column.id === 'current' && isFormulaText(kr.dataLink)) return { formula: kr.dataLink.trim() };
  const value = inputValue(column.id, kr);
  if (value instanceof Date) return toSerial(value);
  if (value === undefined || value === null) return null;
  return value as PlanCell;
}

export function keyResultsPlan(ctx: PeriodContext, krs: readonly Partial<KeyResult>[]): TabPlan {
  const plan = emptyPlan(ctx, 'keyResults', ctx.names.keyResults);
  const capacity = keyResultCapacity(krs.length);
  const firstRow = KR_HEADER_ROW + 1;
  const lastRow = KR_HEADER_ROW + capacity;
  const columns = KEY_RESULT_COLUMNS;
  const dataRange = (id: KrColumnId): PlanRange => ({
    row: firstRow,
    column: krColumn(id),
    rows: capacity,
    columns: 1,
  });
  const refs = {
    // Open-ended (L2:L): rows added below, or inserted later, are covered as in any Sheets formula.
    col: (id: KrColumnId) => `${columnLetter(krColumn(id))}${firstRow}:${columnLetter(krColumn(id))}`,
    setting: (id: SettingId) => `${quoteTab(ctx.names.dashboard)}!$B$${settingRow(id)}`,
    language: `"${ctx.language}"`,
    statusText: (status: Status) => `"${STATUS_LABELS[ctx.language][status].replace(/"/g, '""')}"`,
    log: (id: CheckInColumnId) => {
      const letter = columnLetter(checkInColumn(id));
      return `${quoteTab(ctx.names.checkIns)}!${letter}${CHECK_IN_HEADER_ROW + 1}:${letter}`;
    },
  };

  const cells: PlanCell[][] = [];
  for (let i = 0; i < capacity; i++) {
    const kr = krs[i];
    cells.push(
      columns.map((column) => {
        if (column.formula) return i === 0 ? { formula: column.formula(refs) } : null;
        return kr ? inputCell(ctx, column, kr) : null;
      }),
    );
  }
  // One format grid per formatted column: per row where the format follows the KR's unit.
  for (const column of columns) {
    const format = column.format;
    if (!format) continue;
    plan.formats.push({
      row: firstRow,
      column: krColumn(column.id),
      formats: Array.from({ length: capacity }, (_, i) => [
        format === 'byUnit' ? unitFormat(krs[i]?.unit ?? '') : format,
      ]),
    });
  }

  plan.minRows = lastRow;
  plan.meta.rows = capacity;
  plan.meta.columns = columns.length;
  plan.minColumns = columns.length;
  plan.frozenRows = KR_HEADER_ROW;
  plan.frozenColumns = 1;
  addHeader(plan, ctx, KR_HEADER_ROW, columns);
  // The readers find the columns by these headers: a warning before someone edits them.
  plan.protectedRows = KR_HEADER_ROW;
  plan.blocks.push({ row: firstRow, column: 1, cells });

  const kindValues = Object.values(KR_KIND_LABELS[ctx.language]);
  for (const column of columns) {
    const rule = validationFor(column, kindValues);
    if (rule) plan.validations.push({ range: dataRange(column.id), rule });
  }
  // Checkboxes only where the KR is a milestone: one call for the whole column.
  if (krs.some((kr) => kr.kind === 'milestone')) {
    plan.validationGrids.push({
      row: firstRow,
      column: krColumn('current'),
      rules: krs.map((kr) => [kr.kind === 'milestone' && !isFormulaText(kr.dataLink) ? { kind: 'checkbox' } : null]),
    });
  }
  const bands = columns.filter((c) => c.highlight === 'gradeBands').map((c) => dataRange(c.id));
  const statuses = columns.filter((c) => c.highlight === 'status').map((c) => dataRange(c.id));
  plan.conditionalFormats.push(...gradeBandFormats(bands, ctx.settings), ...statusFormats(ctx, statuses));
  return plan;
}

function validationFor(column: ColumnTemplate, kindValues: string[]): ValidationRule | null {
  switch (column.validation) {
    case 'kind':
      return { kind: 'list', values: kindValues };
    case 'confidence':
      return { kind: 'numberBetween', min: 0, max: 10 };
    case 'weight':
      return { kind: 'numberBetween', min: 0, max: 1000 };
    case 'date':
      return { kind: 'date' };
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Check-ins

export const CHECK_IN_HEADER_ROW = 1;

export function checkInColumn(id: (typeof CHECK_IN_COLUMNS)[number]['id']): number {
  return CHECK_IN_COLUMNS.findIndex((c) => c.id === id) + 1;
}

export function checkInsPlan(ctx: PeriodContext): TabPlan {
  const plan = emptyPlan(ctx, 'checkIns', ctx.names.checkIns);
  const columns = CHECK_IN_COLUMNS;
  plan.minColumns = columns.length;
  const capacity = checkInCapacity(ctx.period);
  plan.minRows = CHECK_IN_HEADER_ROW + capacity;
  plan.frozenRows = CHECK_IN_HEADER_ROW;
  // Formats for the rows the log will fill, set once now so that an append is one call.
  columns.forEach((column, c) => {
    const format = column.format;
    if (!format) return;
    plan.formats.push({
      row: CHECK_IN_HEADER_ROW + 1,
      column: c + 1,
      formats: Array.from({ length: capacity }, () => [format]),
    });
  });
  addHeader(plan, ctx, CHECK_IN_HEADER_ROW, columns);
  plan.conditionalFormats.push(
    ...gradeBandFormats(
      [{ row: CHECK_IN_HEADER_ROW + 1, column: checkInColumn('progress'), rows: capacity, columns: 1 }],
      ctx.settings,
    ),
  );
  return plan;
}

/** One check-in row in the log's column order. */
export function checkInRow(entry: {
  date: Date;
  krId: string;
  value: number | boolean;
  confidence: number | null;
  note: string;
  who: string;
  progress: number | null;
}): PlanCell[] {
  return CHECK_IN_COLUMNS.map((column) => {
    switch (column.id) {
      case 'date':
        return toSerial(entry.date);
      case 'krId':
        return entry.krId;
      case 'value':
        return entry.value;
      case 'confidence':
        return entry.confidence;
      case 'note':
        return entry.note;
      case 'who':
        return entry.who;
      default:
        return entry.progress;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Dashboard

export function dashboardPlan(ctx: PeriodContext, krCapacity: number): TabPlan {
  const plan = emptyPlan(ctx, 'dashboard', ctx.names.dashboard);
  const kr = quoteTab(ctx.names.keyResults);
  const ci = quoteTab(ctx.names.checkIns);
  // Open-ended ranges: every key result and check-in, also those added below the first ones.
  const krRange = (id: KrColumnId) => {
    const letter = columnLetter(krColumn(id));
    return `${kr}!${letter}${KR_HEADER_ROW + 1}:${letter}`;
  };
  const ciRange = (id: (typeof CHECK_IN_COLUMNS)[number]['id']) => {
    const letter = columnLetter(checkInColumn(id));
    return `${ci}!${letter}${CHECK_IN_HEADER_ROW + 1}:${letter}`;
  };
  const B = (id: SettingId) => `$B$${settingRow(id)}`;

  plan.blocks.push({
    row: DASHBOARD.titleRow,
    column: 1,
    cells: [[t(ctx, 'dashTitle', { period: ctx.period.label })]],
    bold: true,
  });

  // Settings: label, value, and the hint beside "As of".
  const { start, end } = ctx.period;
  const computed: Partial<Record<SettingId, PlanCell>> = {
    start: { formula: `=DATE(${start.getUTCFullYear()},${start.getUTCMonth() + 1},${start.getUTCDate()})` },
    end: { formula: `=DATE(${end.getUTCFullYear()},${end.getUTCMonth() + 1},${end.getUTCDate()})` },
    asOf: { formula: '=TODAY()' },
    // Native, like OKR_PACE: no custom function reads the TODAY() cell directly (Sheets refuses
    // custom functions that reference volatile cells).
    pace: {
      formula: `=IF(${B('asOf')}<${B('start')},0,IF(${B('asOf')}>=${B('end')}+1,1,DAYS(${B('asOf')},${B('start')})/(DAYS(${B('end')},${B('start')})+1)))`,
    },
  };
  plan.blocks.push({
    row: DASHBOARD.settingsRow,
    column: 1,
    cells: DASHBOARD_SETTINGS.map((s) => [
      t(ctx, s.label),
      computed[s.id] ?? settingValue(s, ctx.settings),
      s.id === 'asOf' ? t(ctx, 'asOfHint') : '',
    ]),
  });
  plan.formats.push({ row: DASHBOARD.settingsRow, column: 2, formats: DASHBOARD_SETTINGS.map((s) => [s.format]) });

  // Objective scores: one OKR_ROLLUP call spills each objective id and score, however many there
  // are; the title and the grade-band columns spill beside them, one native formula each. The
  // table is the last thing in columns A to F, so it may grow down to the end of the tab.
  const top = DASHBOARD.objectivesRow;
  const first = top + 1;
  // Formatted and charted rows (the table itself has no cap): they fit in a new tab, so the
  // dashboard never needs rows added, however many key results there are.
  const objectiveRows = Math.min(krCapacity, DASHBOARD.objectiveRowsFormatted);
  const grades = GRADE_LABELS[ctx.language];
  const ids = `A${first}:A`;
  const scores = `B${first}:B`;
  plan.blocks.push({
    row: DASHBOARD.overallRow,
    column: 1,
    cells: [[t(ctx, 'dashOverall'), { formula: `=OKR_SCORE(${scores})` }]],
    bold: true,
  });
  plan.formats.push({ row: DASHBOARD.overallRow, column: 2, formats: [['0.00']] });
  plan.blocks.push({
    row: top,
    column: 1,
    cells: [[t(ctx, 'hObjectiveId'), t(ctx, 'hScore'), t(ctx, 'hObjective'), grades.red, grades.yellow, grades.green]],
    bold: true,
    background: HEADER_BACKGROUND,
  });
  // The title from the key-results tab (objective id and title are neighbouring columns there).
  const titleOffset = krColumn('objectiveTitle') - krColumn('objectiveId') + 1;
  const idsAndTitles = `${kr}!${columnLetter(krColumn('objectiveId'))}${KR_HEADER_ROW + 1}:${columnLetter(krColumn('objectiveTitle'))}`;
  // The bands come from the settings cells, so saving new bands recolours the chart at once.
  const yellowFrom = B('yellowFrom');
  const greenFrom = B('greenFrom');
  const band = (from: string | null, below: string | null) => {
    const inBand = below ? `IF(${scores}<${below},${scores},"")` : scores;
    return {
      formula: `=ARRAYFORMULA(IF(ISNUMBER(${scores}),${from ? `IF(${scores}>=${from},${inBand},"")` : inBand},""))`,
    };
  };
  plan.blocks.push({
    row: first,
    column: 1,
    cells: [
      [
        // With the roll-up setting cell: 1 rolls child objectives up, 0 gives OKR_SCORE's own scores.
        {
          formula: `=OKR_ROLLUP(${krRange('progress')},${krRange('weight')},${krRange('objectiveId')},${krRange('parent')},${B('children')})`,
        },
        null,
        // Looked up for the listed ids only (FILTER): not once per row of the tab.
        {
          formula: `=ARRAYFORMULA(IFERROR(VLOOKUP(FILTER(${ids},${ids}<>""),${idsAndTitles},${titleOffset},0),""))`,
        },
        band(null, yellowFrom),
        band(yellowFrom, greenFrom),
        band(greenFrom, null),
      ],
    ],
  });
  plan.formats.push({ row: first, column: 2, formats: Array.from({ length: objectiveRows }, () => ['0.00']) });
  plan.formats.push({
    row: first,
    column: 4,
    formats: Array.from({ length: objectiveRows }, () => ['0.00', '0.00', '0.00']),
  });
  plan.conditionalFormats.push(
    ...gradeBandFormats(
      [
        { row: DASHBOARD.overallRow, column: 2, rows: 1, columns: 1 },
        { row: first, column: 2, rows: objectiveRows, columns: 1 },
      ],
      ctx.settings,
    ),
  );

  // Status counts, natively.
  const side = DASHBOARD.sideColumn;
  const sideLetter = columnLetter(side);
  const statuses = STATUS_LABELS[ctx.language];
  const statusOrder = ['done', 'onTrack', 'atRisk', 'offTrack'] as const;
  plan.blocks.push({
    row: DASHBOARD.statusRow,
    column: side,
    cells: [
      [t(ctx, 'dashStatusCounts'), t(ctx, 'hCount')],
      ...statusOrder.map((status, i) => [
        statuses[status],
        { formula: `=COUNTIF(${krRange('status')},${sideLetter}${DASHBOARD.statusRow + 1 + i})` },
      ]),
    ],
  });
  plan.conditionalFormats.push(
    ...statusFormats(ctx, [{ row: DASHBOARD.statusRow + 1, column: side, rows: statusOrder.length, columns: 1 }]),
  );

  // Progress over time: one row per week, expected pace and the average progress logged that week.
  const weeks = Math.ceil((toSerial(end) - toSerial(start) + 1) / 7);
  const overTop = DASHBOARD.overTimeRow;
  const weekCol = sideLetter;
  const overRows: PlanCell[][] = [[t(ctx, 'hWeek'), t(ctx, 'hExpected'), t(ctx, 'hAverageProgress')]];
  for (let i = 0; i < weeks; i++) {
    const row = overTop + 1 + i;
    const week = `${weekCol}${row}`;
    overRows.push([
      { formula: `=${B('start')}+${7 * i}` },
      { formula: `=MIN(1,MAX(0,(${week}+7-${B('start')})/(${B('end')}-${B('start')}+1)))` },
      {
        formula:
          `=IFERROR(SUMIFS(${ciRange('progress')},${ciRange('date')},">="&${week},${ciRange('date')},"<"&(${week}+7))` +
          `/COUNTIFS(${ciRange('progress')},"<>",${ciRange('date')},">="&${week},${ciRange('date')},"<"&(${week}+7)),"")`,
      },
    ]);
  }
  plan.blocks.push({ row: overTop, column: side, cells: overRows });
  plan.formats.push({
    row: overTop + 1,
    column: side,
    formats: overRows.slice(1).map(() => [DATE_FORMAT, SHARE_FORMAT, SHARE_FORMAT]),
  });
  plan.blocks.push({ row: DASHBOARD.statusRow, column: side, cells: [[t(ctx, 'dashStatusCounts')]], bold: true });
  plan.blocks.push({
    row: overTop - 1,
    column: side,
    cells: [[t(ctx, 'dashOverTime')]],
    bold: true,
  });

  // Charts.
  const chartsColumn = DASHBOARD.chartsColumn;
  const objectivesRange = (column: number): PlanRange => ({
    row: top,
    column,
    rows: objectiveRows + 1,
    columns: 1,
  });
  const krChartRange = (id: KrColumnId): PlanRange => ({
    sheet: ctx.names.keyResults,
    row: KR_HEADER_ROW,
    column: krColumn(id),
    rows: krCapacity + 1,
    columns: 1,
  });
  const charts: PlanChart[] = [
    {
      kind: 'bar',
      title: t(ctx, 'chartObjectives'),
      ranges: [objectivesRange(3), objectivesRange(4), objectivesRange(5), objectivesRange(6)],
      stacked: true,
      colors: [GRADE_CHART_COLORS.red, GRADE_CHART_COLORS.yellow, GRADE_CHART_COLORS.green],
      anchor: { row: 1, column: chartsColumn },
      options: { hAxis: { minValue: 0, maxValue: 1 } },
    },
    {
      kind: 'column',
      title: t(ctx, 'chartPace'),
      ranges: [krChartRange('title'), krChartRange('progress'), krChartRange('expected')],
      anchor: { row: 21, column: chartsColumn },
      options: { vAxis: { minValue: 0, maxValue: 1 } },
    },
    {
      kind: 'line',
      title: t(ctx, 'chartOverTime'),
      ranges: [0, 1, 2].map((offset) => ({ row: overTop, column: side + offset, rows: weeks + 1, columns: 1 })),
      anchor: { row: 41, column: chartsColumn },
      options: { vAxis: { minValue: 0, maxValue: 1 } },
    },
  ];
  plan.charts.push(...charts);

  plan.minRows = Math.max(first + objectiveRows, overTop + weeks) + 5;
  plan.minColumns = chartsColumn + 8;
  // Columns asking for 100 px or less keep a fresh tab's width (no call to set them).
  plan.columnWidths = { 1: 220, 2: 100, 3: 260, 4: 60, 5: 60, 6: 60, [side]: 140, [side + 1]: 110, [side + 2]: 140 };
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Review

/** The flags of a review, in the review's language. */
export function flagTexts(flags: readonly ReviewFlag[], language: Language): string[] {
  return flags.map((flag) => translate(TEMPLATE, language, flag.key, flag.params));
}

/** A score as the review's band texts write it: "0.4" (or "0,4" where the decimal is a comma). */
function scoreText(value: number, language: Language): string {
  const text = String(Number(value.toFixed(2)));
  return language === 'de' || language === 'fr' || language === 'cs' ? text.replace('.', ',') : text;
}

export function reviewColumn(id: ReviewColumnId): number {
  return REVIEW_COLUMNS.findIndex((c) => c.id === id) + 1;
}

function reviewCell(ctx: PeriodContext, id: ReviewColumnId, row: ReviewRow): PlanCell {
  const grades = GRADE_LABELS[ctx.language];
  switch (id) {
    case 'final':
      return frozenValue(row.kr, 'current');
    case 'baseline':
    case 'target':
    case 'weight':
      return frozenValue(row.kr, id);
    case 'progress':
      // A KR that could not be scored shows why, in its own row, as the key-results tab did.
      return (
        row.score.progress ??
        (row.score.problem ? PROBLEM_MARK + problemWords(row.score.problem, ctx.language).short : null)
      );
    case 'grade':
      return row.score.grade ? grades[row.score.grade] : '';
    case 'score':
      return row.objectiveScore;
    case 'objectiveGrade':
      return row.objectiveGrade ? grades[row.objectiveGrade] : '';
    case 'decision':
      return t(ctx, DECISION_KEYS[row.decision]);
    case 'kind':
      return row.kr.kind ? kindLabel(ctx, row.kr.kind) : (row.kr.unreadable?.kind?.text ?? '');
    case 'unit':
      return unitLabel(ctx.language, row.kr.unit);
    default: {
      // Everything else is the KR's own field, written as a value (data links as text).
      const value = inputValue(id, row.kr);
      if (value instanceof Date) return toSerial(value);
      return (value ?? null) as PlanCell;
    }
  }
}

export function reviewPlan(ctx: PeriodContext, content: ReviewContent): TabPlan {
  const plan = emptyPlan(ctx, 'review', ctx.names.review);
  // The review keeps its closing day and the settings it was graded with: later changes of the
  // settings never regrade it, and the sidebar shows it as it was graded.
  plan.meta.closed = { frozenOn: isoDay(content.frozenOn), settings: pickSettings(content.settings) };
  const columns = REVIEW_COLUMNS;
  const n = content.rows.length;
  const headerRow = REVIEW.headerRow;
  const firstRow = headerRow + 1;
  const dataRows = Math.max(n, 1);
  const grades = GRADE_LABELS[ctx.language];

  plan.blocks.push({
    row: 1,
    column: 1,
    cells: [
      [t(ctx, 'reviewTitle', { period: ctx.period.label })],
      [t(ctx, 'reviewFrozen', { date: isoDay(content.frozenOn) })],
    ],
  });
  plan.blocks.push(
    headerBlock(
      ctx,
      headerRow,
      columns.map((c) => c.header),
    ),
  );
  if (n > 0) {
    plan.blocks.push({
      row: firstRow,
      column: 1,
      cells: content.rows.map((row) => columns.map((c) => reviewCell(ctx, c.id, row))),
    });
    for (const column of columns) {
      const format = column.format;
      if (!format) continue;
      plan.formats.push({
        row: firstRow,
        column: reviewColumn(column.id),
        formats: content.rows.map((row) => [format === 'byUnit' ? unitFormat(row.kr.unit) : format]),
      });
    }
  }
  const dataRange = (id: ReviewColumnId): PlanRange => ({
    row: firstRow,
    column: reviewColumn(id),
    rows: dataRows,
    columns: 1,
  });
  plan.validations.push({
    range: dataRange('decision'),
    rule: { kind: 'list', values: (Object.keys(DECISION_KEYS) as Decision[]).map((d) => t(ctx, DECISION_KEYS[d])) },
  });
  plan.conditionalFormats.push(
    ...gradeBandFormats([dataRange('progress'), dataRange('score')], content.settings),
    ...gradeWordFormats(ctx, [dataRange('grade'), dataRange('objectiveGrade')]),
  );

  // Below the table: overall score, grade bands, distribution, retrospective, flags.
  const s = firstRow + dataRows + 2;
  const label = REVIEW.labelColumn;
  plan.blocks.push({
    row: s,
    column: label,
    cells: [[t(ctx, 'dashOverall'), content.overall, content.overallGrade ? grades[content.overallGrade] : '']],
    bold: true,
  });
  plan.formats.push({ row: s, column: label + 1, formats: [['0.00']] });
  plan.blocks.push({ row: s + 2, column: label, cells: [[t(ctx, 'reviewBands')]], bold: true });
  const bands = {
    yellow: scoreText(content.settings.yellowFrom, ctx.language),
    green: scoreText(content.settings.greenFrom, ctx.language),
  };
  (['bandRed', 'bandYellow', 'bandGreen'] as const).forEach((key, i) => {
    const grade = (['red', 'yellow', 'green'] as const)[i];
    plan.blocks.push({ row: s + 3 + i, column: label, cells: [[t(ctx, key, bands)]], background: GRADE_COLORS[grade] });
  });
  const distTop = s + 7;
  plan.blocks.push({
    row: distTop,
    column: label,
    cells: [
      [t(ctx, 'reviewDistribution'), t(ctx, 'hCount')],
      ...content.distribution.map((count, i) => [(i / 10).toFixed(1), count]),
    ],
  });
  plan.blocks.push({
    row: distTop,
    column: label,
    cells: [[t(ctx, 'reviewDistribution'), t(ctx, 'hCount')]],
    bold: true,
  });
  const retroTop = distTop + content.distribution.length + 2;
  plan.blocks.push({
    row: retroTop,
    column: label,
    cells: [[t(ctx, 'reviewRetro')], [t(ctx, 'retroWell')], [t(ctx, 'retroNotWell')], [t(ctx, 'retroLearned')]],
    bold: true,
  });
  plan.blocks.push({ row: retroTop + 1, column: label + 1, cells: [[''], [''], ['']], wrap: true });
  const flagsTop = retroTop + 5;
  plan.blocks.push({ row: flagsTop, column: label, cells: [[t(ctx, 'reviewFlags')]], bold: true });
  const flags = content.flags.length > 0 ? flagTexts(content.flags, ctx.language) : [t(ctx, 'noFlags')];
  plan.blocks.push({ row: flagsTop + 1, column: label, cells: flags.map((flag) => [flag]) });

  plan.charts.push(
    {
      kind: 'column',
      title: t(ctx, 'reviewDistribution'),
      ranges: [
        { row: distTop, column: label, rows: content.distribution.length + 1, columns: 1 },
        { row: distTop, column: label + 1, rows: content.distribution.length + 1, columns: 1 },
      ],
      anchor: { row: s, column: label + 3 },
    },
    {
      kind: 'bar',
      title: t(ctx, 'chartReview'),
      ranges: [
        { row: headerRow, column: reviewColumn('title'), rows: dataRows + 1, columns: 1 },
        { row: headerRow, column: reviewColumn('progress'), rows: dataRows + 1, columns: 1 },
      ],
      anchor: { row: s, column: label + 9 },
      options: { hAxis: { minValue: 0, maxValue: 1 } },
    },
  );

  plan.minRows = flagsTop + flags.length + 5;
  plan.minColumns = Math.max(columns.length, label + 16);
  plan.frozenRows = headerRow;
  plan.frozenColumns = 1;
  plan.protectedRows = headerRow;
  columns.forEach((column, c) => {
    plan.columnWidths[c + 1] = column.width;
  });
  return plan;
}
