// The alignment tab of a period: every team's key results stacked by one native formula (rows of
// each team's key results tab, in the order of its sources), and each objective's score rolled up
// with its children's by one OKR_ROLLUP call. Reading this one tab is how the sidebar sees every
// team at once: one read, however many teams (each tab read apart would cost a call per team).
import { quoteTab } from '../core/a1';
import { translate } from '../i18n/index';
import { TEMPLATE, type TemplateKey } from '../i18n/template';
import type { TabPlan } from './plan';
import { HEADER_BACKGROUND, KEY_RESULT_COLUMNS, SHARE_FORMAT } from './templates';
import { columnLetter, emptyPlan, gradeBandFormats, KR_HEADER_ROW, krColumn, type PeriodContext } from './writer';

/** One team's key results as the alignment tab stacks them. */
export interface AlignmentSource {
  /** The team's period label (the key actions name it by). */
  label: string;
  team: string;
  /** Its key results tab. */
  tab: string;
  /** Data rows stacked from it (the tab's rows below its header when it was made). */
  rows: number;
}

export const ALIGNMENT = {
  titleRow: 1,
  noteRow: 2,
  headerRow: 3,
  firstRow: 4,
  /** Stacked: the key results tab's columns from the KR id to the phasing (all a KR's inputs). */
  columns: krColumn('phasing'),
  /** Where the stack starts: right of what people read first (the roll-up and the teams). */
  stackColumn: 8,
} as const;

/** Where OKR_ROLLUP spills each objective id and rolled-up score: first, as people read. */
const ROLLUP_COLUMN = 1;
/** The teams, as stacked: team, period, rows. */
const SOURCES_COLUMN = 4;

/** Rows of spare room below the stack: rows inserted into a team's tab grow its block. */
export function spareRows(stacked: number): number {
  return 100 + Math.ceil(stacked / 10);
}

/** ={'T1'!A2:U201;'T2'!A2:U201}: each team's rows below its header, one block after another. */
export function stackFormula(sources: readonly Pick<AlignmentSource, 'tab' | 'rows'>[]): string {
  const first = KR_HEADER_ROW + 1;
  const last = columnLetter(ALIGNMENT.columns);
  return `={${sources.map((s) => `${quoteTab(s.tab)}!A${first}:${last}${first + s.rows - 1}`).join(';')}}`;
}

/**
 * Each block of a stack formula as the sheet holds it now: Sheets adjusts the references when
 * rows are inserted into a team's tab or the tab is renamed, so the blocks' sizes are read back.
 */
export function stackedBlocks(formula: string): { tab: string; rows: number }[] {
  const blocks: { tab: string; rows: number }[] = [];
  const pattern = /('(?:[^']|'')+'|[^'{};!]+)!\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)/g;
  for (const match of formula.matchAll(pattern)) {
    const raw = match[1];
    const tab = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    blocks.push({ tab, rows: Number(match[3]) - Number(match[2]) + 1 });
  }
  return blocks;
}

/** The alignment tab of a period: `ctx` names the period without a team. */
export function alignmentPlan(ctx: PeriodContext, name: string, sources: readonly AlignmentSource[]): TabPlan {
  const plan = emptyPlan(ctx, 'alignment', name);
  plan.meta.team = '';
  plan.meta.sources = sources.map(({ label, team }) => ({ label, team }));
  const t = (key: TemplateKey, params?: Record<string, string>) => translate(TEMPLATE, ctx.language, key, params);
  const stacked = sources.reduce((sum, s) => sum + s.rows, 0);
  const first = ALIGNMENT.firstRow;
  const letter = (id: Parameters<typeof krColumn>[0]) => columnLetter(ALIGNMENT.stackColumn - 1 + krColumn(id));
  const col = (id: Parameters<typeof krColumn>[0]) => `${letter(id)}${first}:${letter(id)}`;

  plan.blocks.push({
    row: ALIGNMENT.titleRow,
    column: 1,
    cells: [[t('alignTitle', { period: ctx.period.label })]],
    bold: true,
  });
  plan.blocks.push({ row: ALIGNMENT.noteRow, column: 1, cells: [[t('alignNote')]] });
  const headers = KEY_RESULT_COLUMNS.slice(0, ALIGNMENT.columns).map((c) => t(c.header));
  plan.blocks.push({
    row: ALIGNMENT.headerRow,
    column: ALIGNMENT.stackColumn,
    cells: [headers],
    bold: true,
    background: HEADER_BACKGROUND,
  });
  plan.blocks.push({
    row: ALIGNMENT.headerRow,
    column: ROLLUP_COLUMN,
    cells: [[t('hObjectiveId'), t('hRolledUp')]],
    bold: true,
    background: HEADER_BACKGROUND,
  });
  plan.blocks.push({
    row: ALIGNMENT.headerRow,
    column: SOURCES_COLUMN,
    cells: [[t('hTeam'), t('hPeriod'), t('hRows')]],
    bold: true,
    background: HEADER_BACKGROUND,
  });
  if (sources.length > 0) {
    plan.blocks.push({ row: first, column: ALIGNMENT.stackColumn, cells: [[{ formula: stackFormula(sources) }]] });
    // Every objective of every team, its children counted (1): the company's roll-up.
    plan.blocks.push({
      row: first,
      column: ROLLUP_COLUMN,
      cells: [
        [{ formula: `=OKR_ROLLUP(${col('progress')},${col('weight')},${col('objectiveId')},${col('parent')},1)` }],
      ],
    });
    // Team names are the user's text: written as plain text, never inside a formula.
    plan.blocks.push({ row: first, column: SOURCES_COLUMN, cells: sources.map((s) => [s.team, s.label, s.rows]) });
  }
  const rows = Math.max(first + stacked + spareRows(stacked), first + sources.length + 5);
  plan.minRows = rows;
  plan.minColumns = ALIGNMENT.stackColumn + ALIGNMENT.columns - 1;
  plan.frozenRows = ALIGNMENT.headerRow;
  plan.columnWidths = {
    [ROLLUP_COLUMN]: 100,
    [ROLLUP_COLUMN + 1]: 120,
    [SOURCES_COLUMN]: 120,
    [SOURCES_COLUMN + 1]: 180,
    [SOURCES_COLUMN + 2]: 80,
    ...Object.fromEntries(
      KEY_RESULT_COLUMNS.slice(0, ALIGNMENT.columns).map((c, i) => [ALIGNMENT.stackColumn + i, c.width]),
    ),
  };
  plan.formats.push(shareColumn(ALIGNMENT.stackColumn - 1 + krColumn('progress'), first, stacked));
  plan.formats.push(shareColumn(ROLLUP_COLUMN + 1, first, stacked));
  plan.conditionalFormats.push(
    ...gradeBandFormats(
      [{ row: first, column: ROLLUP_COLUMN + 1, rows: Math.max(stacked, 1), columns: 1 }],
      ctx.settings,
    ),
  );
  return plan;
}

function shareColumn(column: number, row: number, rows: number) {
  return { row, column, formats: Array.from({ length: Math.max(rows, 1) }, () => [SHARE_FORMAT]) };
}
