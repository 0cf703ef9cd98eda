// The alignment of a period across the teams of this workbook, read from its alignment tab: one
// formula there stacks every team's key results, so one read sees them all. The tab is written
// (again) when the teams working on the period are not those it stacks.
import { type AlignmentView, buildAlignment, type TeamKeyResults } from '../core/alignment';
import { cellAddress } from '../core/a1';
import { UserError } from '../core/errors';
import { type PeriodSpec, periodOf } from '../core/periods';
import type { ReadIssue, Settings } from '../core/types';
import { TEMPLATE } from '../i18n/template';
import { ALIGNMENT, type AlignmentSource, alignmentPlan, stackedBlocks } from '../tabs/alignment';
import { languageOfMeta, periodOfMeta, type TabMeta } from '../tabs/plan';
import { keyResultsFromGrid } from '../tabs/read';
import { KEY_RESULT_COLUMNS } from '../tabs/templates';
import { KR_HEADER_ROW, type PeriodContext, periodTabNames, tabName } from '../tabs/writer';
import { loadDocumentSettings } from './settings';
import { createTabs, type OkrTab, readIndex, todayIn, withDocumentLock } from './workbook';

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

/**
 * Every team's objectives of the period of `periodLabel` as one tree, read from the alignment tab
 * (written first when missing or when the teams changed). `now`: the day the pace is taken on.
 */
export function readAlignment(
  spreadsheet: Spreadsheet,
  periodLabel: string,
  given: Settings | null,
  now: Date = new Date(),
): AlignmentView {
  const index = readIndex(spreadsheet);
  const settings = given ?? loadDocumentSettings(index);
  const teams = teamTabsOf(index.tabs, periodLabel);
  const first = teams[0].meta;
  let tab = index.tabs.find((t) => t.meta.role === 'alignment' && samePeriod(t.meta, first));
  const labels = teams.map((t) => t.meta.period);
  const stale = !tab || JSON.stringify((tab.meta.sources ?? []).map((s) => s.label)) !== JSON.stringify(labels);
  if (stale) tab = writeAlignmentTab(spreadsheet, teams, tab, settings, false);
  let read = readStack(tab as OkrTab);
  // A team's tab was renamed since the tab names were last written: write them as they are now.
  if (read.broken) {
    tab = writeAlignmentTab(spreadsheet, teams, tab, settings, true);
    read = readStack(tab);
    if (read.broken) throw new UserError('errAlignmentBroken', { cell: read.cell, value: read.broken });
  }
  const sources = (tab as OkrTab).meta.sources ?? [];
  const teamRows: TeamKeyResults[] = read.blocks.map((block, i) => ({
    label: sources[i]?.label ?? '',
    team: sources[i]?.team ?? '',
    tab: block.tab,
    keyResults: block.keyResults,
  }));
  const period = periodOfMeta(first);
  return buildAlignment(teamRows, { ...period, label: basePeriodLabel(first) }, settings, todayIn(spreadsheet, now));
}

/** Writes the alignment tab for `teams` (replacing `old`): all or nothing, the old tab kept on failure. */
function writeAlignmentTab(
  spreadsheet: Spreadsheet,
  teams: readonly OkrTab[],
  old: OkrTab | undefined,
  settings: Settings,
  realNames: boolean,
): OkrTab {
  return withDocumentLock(() => {
    const meta = teams[0].meta;
    const language = languageOfMeta(meta);
    const period = { ...periodOfMeta(meta), label: basePeriodLabel(meta) };
    const name = tabName(period.label, 'alignment', language);
    const sources: AlignmentSource[] = teams.map((team) => ({
      label: team.meta.period,
      team: team.meta.team,
      // The name the add-on gave the tab (no call); its real name when that one was not found.
      tab: realNames ? team.name : tabName(team.meta.period, 'keyResults', languageOfMeta(team.meta)),
      rows: team.meta.rows ?? Math.max(team.sheet.getMaxRows() - KR_HEADER_ROW, 1),
    }));
    const ctx: PeriodContext = {
      language,
      period,
      spec: meta.spec as PeriodSpec,
      team: '',
      names: periodTabNames(period.label, language),
      settings,
    };
    // A new tab beside the old one, then the old one goes and the new one takes its name.
    const plan = alignmentPlan(ctx, old ? `${name} (…)` : name, sources);
    // Inserting a tab shows it: the user stays on the tab they were on.
    const shown = spreadsheet.getActiveSheet();
    const [sheet] = createTabs(spreadsheet, [plan], -1);
    shown?.activate();
    if (old) {
      try {
        spreadsheet.deleteSheet(old.sheet);
      } catch (error) {
        spreadsheet.deleteSheet(sheet);
        throw error;
      }
      sheet.setName(name);
    }
    return { sheet, name, meta: plan.meta };
  });
}

interface StackRead {
  blocks: { tab: string; keyResults: TeamKeyResults['keyResults'] }[];
  /** The stack's error value when it shows one ('' when it reads). */
  broken: string;
  cell: string;
}

/** The stacked columns' headers, for the reader (the tab texts load on first use, not with the script). */
const headers = () => [KEY_RESULT_COLUMNS.slice(0, ALIGNMENT.columns).map((c) => TEMPLATE.en[c.header])];

/** The stacked rows, cut into each team's block by the formula's references as they are now. */
function readStack(tab: OkrTab): StackRead {
  const cell = tab.sheet.getRange(ALIGNMENT.firstRow, ALIGNMENT.stackColumn);
  const blocks = stackedBlocks(String(cell.getFormula() ?? ''));
  const total = blocks.reduce((sum, b) => sum + b.rows, 0);
  const where = cellAddress(tab.name, ALIGNMENT.stackColumn, ALIGNMENT.firstRow);
  if (total === 0) return { blocks: [], broken: '', cell: where };
  const values = tab.sheet.getRange(ALIGNMENT.firstRow, ALIGNMENT.stackColumn, total, ALIGNMENT.columns).getValues();
  const top = values[0]?.[0];
  if (typeof top === 'string' && /^#[A-Z/0!?]+[!?]?$/.test(top)) return { blocks: [], broken: top, cell: where };
  let offset = 0;
  const read = blocks.map((block) => {
    const rows = values.slice(offset, offset + block.rows);
    offset += block.rows;
    const issues: ReadIssue[] = [];
    // Header first, so that each row keeps its number on the team's tab.
    const keyResults = keyResultsFromGrid(block.tab, [...headers(), ...rows], [], issues).map((row) => row.kr);
    return { tab: block.tab, keyResults };
  });
  return { blocks: read, broken: '', cell: where };
}
