// Reading a period from the spreadsheet: its tabs are found by the metadata the add-on stored on
// them, and each tab is read in one call; tabs/read.ts turns the grids into the OKR model. A
// closed period is read from its review: the values frozen on its closing day, with the settings
// it was graded with.
import { objectivesOf } from '../core/overview';
import type { CheckIn, PeriodData, PeriodSummary, PeriodTabs, ReadIssue } from '../core/types';
import { closedWithOf, languageOfMeta, periodOfMeta, type TabMeta, type TabRole } from '../tabs/plan';
import { checkInsFromGrid, type KeyResultRow, keyResultsFromGrid } from '../tabs/read';
import { listOkrTabs, type OkrTab, readTab } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every period with tabs in the spreadsheet, in tab order of their key results tabs. */
export function listPeriods(spreadsheet: Spreadsheet): PeriodSummary[] {
  return summarize(listOkrTabs(spreadsheet));
}

function summarize(tabs: OkrTab[]): PeriodSummary[] {
  const byPeriod = new Map<string, { meta: TabMeta; tabs: Partial<PeriodTabs> }>();
  for (const tab of tabs) {
    const entry = byPeriod.get(tab.meta.period) ?? { meta: tab.meta, tabs: {} };
    entry.tabs[tab.meta.role] = tab.name;
    if (tab.meta.role === 'keyResults') entry.meta = tab.meta;
    byPeriod.set(tab.meta.period, entry);
  }
  const summaries: PeriodSummary[] = [];
  for (const { meta, tabs: found } of byPeriod.values()) {
    if (!found.keyResults) continue;
    summaries.push({
      period: periodOfMeta(meta),
      team: meta.team,
      tabs: {
        keyResults: found.keyResults,
        checkIns: found.checkIns ?? '',
        dashboard: found.dashboard ?? '',
        ...(found.review ? { review: found.review } : {}),
      },
      closed: Boolean(found.review),
    });
  }
  return summaries;
}

/** The add-on's tabs of one period, by role. */
export function periodTabs(spreadsheet: Spreadsheet, label: string): Partial<Record<TabRole, OkrTab>> {
  const found: Partial<Record<TabRole, OkrTab>> = {};
  for (const tab of listOkrTabs(spreadsheet)) {
    if (tab.meta.period === label && !found[tab.meta.role]) found[tab.meta.role] = tab;
  }
  return found;
}

/** Reads one period; null when the spreadsheet has no key results tab for `label`. */
export function readPeriod(spreadsheet: Spreadsheet, label: string, decimal?: '.' | ','): PeriodData | null {
  const tabs = periodTabs(spreadsheet, label);
  const krTab = tabs.keyResults;
  if (!krTab) return null;
  const summary = summarize(Object.values(tabs) as OkrTab[])[0];
  const readIssues: ReadIssue[] = [];
  const source = tabs.review ?? krTab;
  const keyResults = keyResultRows(source, readIssues, decimal).map((row) => row.kr);
  const checkIns = tabs.checkIns ? readCheckIns(tabs.checkIns, readIssues, decimal) : [];
  return {
    ...summary,
    language: languageOfMeta(krTab.meta),
    objectives: objectivesOf([], keyResults),
    keyResults,
    keyResultsTab: source.name,
    checkIns,
    readIssues,
    closedWith: tabs.review ? closedWithOf(tabs.review.meta) : null,
  };
}

/** The key results of a tab (the key results tab, or a review's frozen copy) with their other cells. */
export function keyResultRows(tab: OkrTab, issues: ReadIssue[] = [], decimal?: '.' | ','): KeyResultRow[] {
  const { values, formulas } = readTab(tab.sheet);
  return keyResultsFromGrid(tab.name, values, formulas, issues, decimal, tab.meta.role === 'review');
}

export function readCheckIns(tab: OkrTab, issues: ReadIssue[] = [], decimal?: '.' | ','): CheckIn[] {
  return checkInsFromGrid(tab.name, readTab(tab.sheet).values, issues, decimal);
}
