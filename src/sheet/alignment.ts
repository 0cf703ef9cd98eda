// The alignment of a period across teams, read from its alignment tab: one formula per team there
// brings that team's key results (from a tab of this workbook, or from another file through
// IMPORTRANGE), so one read sees every team. The tab is written (again) when the teams working on
// the period in this workbook are not those it stacks, or when the team files change.
import { cellAddress } from '../core/a1';
import {
  type AlignmentProblem,
  type AlignmentView,
  buildAlignment,
  type TeamFile,
  type TeamKeyResults,
} from '../core/alignment';

export type { TeamFile };

import { UserError } from '../core/errors';
import { sheetsFileId } from '../core/files';
import { type PeriodSpec, periodOf, sameTeam, teamNameProblem } from '../core/periods';
import type { ReadIssue, Settings } from '../core/types';
import { TEMPLATE } from '../i18n/template';
import { ALIGNMENT, type AlignmentSource, alignmentPlan, blockStarts, rangeOfFormula } from '../tabs/alignment';
import { languageOfMeta, periodOfMeta, type TabMeta } from '../tabs/plan';
import { keyResultsFromGrid } from '../tabs/read';
import { KEY_RESULT_COLUMNS, keyResultCapacity } from '../tabs/templates';
import { KR_HEADER_ROW, type PeriodContext, periodTabNames, tabName } from '../tabs/writer';
import { createNewTabs } from './periods';
import { loadDocumentSettings } from './settings';
import { type OkrTab, readIndex, type TimeZone, todayIn, withDaysShown, withDocumentLock, zoneOnce } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The period's label without its team: "Q1 2027" for "Q1 2027 · EMEA". */
export function basePeriodLabel(meta: TabMeta): string {
  try {
    return periodOf(meta.spec as PeriodSpec, languageOfMeta(meta)).label;
  } catch (_) {
    const suffix = ` · ${meta.team}`;
    return meta.team && meta.period.endsWith(suffix) ? meta.period.slice(0, -suffix.length) : meta.period;
  }
}

const samePeriod = (a: TabMeta, b: TabMeta) => a.start === b.start && a.end === b.end;

/** The key results tabs of every team working on the period of `label`, in the workbook's order. */
export function teamTabsOf(tabs: readonly OkrTab[], label: string): OkrTab[] {
  const own = tabs.find((tab) => tab.meta.role === 'keyResults' && tab.meta.period === label);
  if (!own) throw new UserError('errPeriodNotFound', { label });
  return tabs.filter((tab) => tab.meta.role === 'keyResults' && samePeriod(tab.meta, own.meta));
}

/** The teams an alignment tab stacks, as its metadata records them. */
function sourcesOf(tab: OkrTab | undefined): AlignmentSource[] {
  return (tab?.meta.sources ?? []).map((s) => ({
    label: s.label,
    team: s.team,
    file: s.file,
    tab: s.tab ?? '',
    rows: s.rows ?? 0,
    columns: s.columns ?? ALIGNMENT.legacyColumns,
  }));
}

/**
 * Every team's objectives of the period of `periodLabel` as one tree, read from the alignment tab
 * (written first when missing or when the teams changed). `now`: the day the pace is taken on.
 */
export function readAlignment(
  spreadsheet: Spreadsheet,
  periodLabel: string,
  given: Settings | null,
  now: Date = new Date(),
  files?: readonly TeamFile[],
): AlignmentView {
  const index = readIndex(spreadsheet);
  const settings = given ?? loadDocumentSettings(index);
  const teams = teamTabsOf(index.tabs, periodLabel);
  const first = teams[0].meta;
  let tab = index.tabs.find((t) => t.meta.role === 'alignment' && samePeriod(t.meta, first));
  const fileSources = files ? teamFileSources(files, teams) : sourcesOf(tab).filter((s) => s.file);
  const labels = [...teams.map((t) => t.meta.period), ...fileSources.map((f) => `${f.label}|${f.tab}|${f.rows}`)];
  const written = (tab?.meta.sources ?? []).map((s) => (s.file ? `${s.label}|${s.tab}|${s.rows}` : s.label));
  if (!tab || files || JSON.stringify(written) !== JSON.stringify(labels))
    tab = writeAlignmentTab(spreadsheet, teams, fileSources, tab, settings, false);
  // The time zone, read once if needed: for today, and for the due dates the teams' rows hold.
  const zone = zoneOnce(spreadsheet);
  let read = readBlocks(tab as OkrTab, zone);
  // A team's tab of this workbook was renamed since the names were written: write them as they are now.
  if (read.blocks.some((block) => block.broken && !block.source.file)) {
    tab = writeAlignmentTab(spreadsheet, teams, fileSources, tab, settings, true);
    read = readBlocks(tab, zone);
  }
  const period = periodOfMeta(first);
  // The team periods closed so far, with their closing day (their reviews hold their grades).
  const closedOn = new Map(
    index.tabs
      .filter((t) => t.meta.role === 'review' && samePeriod(t.meta, first))
      .map((t) => [t.meta.period, t.meta.closed?.frozenOn ?? t.meta.end]),
  );
  const view = buildAlignment(
    read.blocks
      .filter((b) => !b.broken)
      .map((b) => (closedOn.has(b.label) ? { ...b, closedOn: closedOn.get(b.label) } : b)),
    { ...period, label: basePeriodLabel(first) },
    settings,
    todayIn(zone(), now),
  );
  const unread: AlignmentProblem[] = read.blocks
    .filter((b) => b.broken)
    .map((b) => ({
      code: 'teamNotRead',
      cell: b.cell,
      objectiveId: '',
      title: '',
      team: b.team,
      detail: b.source.file ?? b.source.tab,
    }));
  const teamFiles = read.blocks
    .filter((b) => b.source.file)
    .map((b) => ({ team: b.team, url: b.source.file as string, tab: b.source.tab, rows: b.source.rows }));
  return { ...view, problems: [...unread, ...view.problems], ...(teamFiles.length > 0 ? { files: teamFiles } : {}) };
}

/** The team files as sources, each address checked; refused with the entry and why. */
function teamFileSources(files: readonly TeamFile[], teams: readonly OkrTab[]): AlignmentSource[] {
  const meta = teams[0].meta;
  const defaultTab = tabName(basePeriodLabel(meta), 'keyResults', languageOfMeta(meta));
  return files.map((file, i) => {
    const team = String(file.team ?? '').trim();
    const field = `files.${i + 1}`;
    if (!team) throw new UserError('errFieldMissing', { field: `${field}.team` });
    const problem = teamNameProblem(team);
    if (problem) throw new UserError(problem, { value: team.slice(0, 60) });
    if (teams.some((t) => sameTeam(t.meta.team, team)) || files.slice(0, i).some((f) => sameTeam(f.team, team)))
      throw new UserError('errTeamsRepeated', { team });
    const id = sheetsFileId(file.url);
    if (!id.ok) throw new UserError('errTeamFileUrl', { team, value: id.text, reason: id.problem });
    return {
      label: id.url,
      team,
      file: id.url,
      tab: String(file.tab ?? '').trim() || defaultTab,
      rows: file.rows ?? keyResultCapacity(0),
      // The other file's tab as this version of the add-on makes it.
      columns: ALIGNMENT.columns,
    };
  });
}

/** Writes the alignment tab for `teams` and `files` (replacing `old`): all or nothing, the old tab kept on failure. */
function writeAlignmentTab(
  spreadsheet: Spreadsheet,
  teams: readonly OkrTab[],
  files: readonly AlignmentSource[],
  old: OkrTab | undefined,
  settings: Settings,
  realNames: boolean,
): OkrTab {
  return withDocumentLock(() => {
    const meta = teams[0].meta;
    const language = languageOfMeta(meta);
    const period = { ...periodOfMeta(meta), label: basePeriodLabel(meta) };
    const name = tabName(period.label, 'alignment', language);
    const sources: AlignmentSource[] = [
      ...teams.map((team) => ({
        label: team.meta.period,
        team: team.meta.team,
        // The name the add-on gave the tab (no call); its real name when that one was not found.
        tab: realNames ? team.name : tabName(team.meta.period, 'keyResults', languageOfMeta(team.meta)),
        rows: team.meta.rows ?? Math.max(team.sheet.getMaxRows() - KR_HEADER_ROW, 1),
        columns: team.meta.columns ?? ALIGNMENT.legacyColumns,
      })),
      ...files,
    ];
    const ctx: PeriodContext = {
      language,
      period,
      spec: meta.spec as PeriodSpec,
      team: '',
      names: periodTabNames(period.label, language),
      settings,
    };
    // A new tab beside the old one, then the old one goes and the new one takes its name. The new
    // tab takes the plain name at once when the old one has a temporary name left from a failed
    // rename (so the two never collide).
    const temporary = `${name} (…)`;
    const written = old && old.name === name ? temporary : name;
    const plan = alignmentPlan(ctx, written, sources);
    // Inserting a tab shows it: the user stays on the tab they were on.
    const shown = spreadsheet.getActiveSheet();
    const [sheet] = createNewTabs(spreadsheet, [plan], undefined, false, -1);
    try {
      try {
        shown?.activate();
      } catch (_) {
        // Which tab shows is no reason to undo the action.
      }
      if (old) spreadsheet.deleteSheet(old.sheet);
    } catch (error) {
      spreadsheet.deleteSheet(sheet);
      throw error;
    }
    if (written === name) return { sheet, name, meta: plan.meta };
    try {
      sheet.setName(name);
      return { sheet, name, meta: plan.meta };
    } catch (_) {
      // The tab is whole and found by its metadata; its name is set right when it is next written.
      return { sheet, name: written, meta: plan.meta };
    }
  });
}

interface Block extends TeamKeyResults {
  source: AlignmentSource;
  /** The block's error value when its formula shows one ('' when it reads). */
  broken: string;
  /** Its formula's cell. */
  cell: string;
}

/** The stacked columns' headers, for the reader (the tab texts load on first use, not with the script). */
const headers = (columns: number) => [KEY_RESULT_COLUMNS.slice(0, columns).map((c) => TEMPLATE.en[c.header])];

/** Each team's block: where the tab's metadata says it starts, as long as its formula now says. */
function readBlocks(tab: OkrTab, zone: TimeZone): { blocks: Block[] } {
  const sources = sourcesOf(tab);
  if (sources.length === 0) return { blocks: [] };
  const starts = blockStarts(sources);
  const height = tab.sheet.getMaxRows() - ALIGNMENT.firstRow + 1;
  const width = Math.max(...sources.map((s) => s.columns));
  const area = tab.sheet.getRange(ALIGNMENT.firstRow, ALIGNMENT.stackColumn, height, width);
  const formulas = area.getFormulas();
  // Due dates as the days the sheet shows, as every reader of a key results tab takes them.
  const values = withDaysShown(tab.sheet, area.getValues(), zone);
  // The blocks' formulas, top to bottom: one per source, in the order of the metadata.
  const tops: number[] = [];
  formulas.forEach((row, r) => {
    if (String(row[0] ?? '').startsWith('=')) tops.push(r);
  });
  const blocks = sources.map((source, i): Block => {
    const top = tops[i] ?? starts[i] - ALIGNMENT.firstRow;
    const range = rangeOfFormula(String(formulas[top]?.[0] ?? ''));
    const cell = cellAddress(tab.name, ALIGNMENT.stackColumn, ALIGNMENT.firstRow + top);
    const first = values[top]?.[0];
    const broken =
      typeof first === 'string' && /^#[A-Z/0!?]+[!?]?$/.test(first) ? first : range.rows === 0 ? '#REF!' : '';
    // Header first, so that each row keeps its number on the team's tab. Another file's rows are
    // named by their row here (this workbook cannot show the other file's cells).
    const offset = source.file ? ALIGNMENT.firstRow + top - (KR_HEADER_ROW + 1) : 0;
    const issues: ReadIssue[] = [];
    const keyResults = broken
      ? []
      : keyResultsFromGrid(
          range.tab,
          [...headers(source.columns), ...values.slice(top, top + range.rows)],
          [],
          issues,
        ).map((row) => ({ ...row.kr, row: row.kr.row + offset }));
    const where = source.file ? tab.name : range.tab || source.tab;
    return { source, label: source.label, team: source.team, tab: where, keyResults, broken, cell };
  });
  return { blocks };
}
