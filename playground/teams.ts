// The playground's company sample (`npm start -- --teams 3`): a company and its teams working on
// the same quarter in one workbook, created together through the add-on's own createPeriod. Each
// team's objectives name a company objective as parent, and each team's revenue key result is
// split across its reps (their targets add up to the team's, one team's short of it).
import type { CreatePeriodResult, NewPeriodRequest } from '../src/core/actions';
import { periodOf, quarterContaining } from '../src/core/periods';
import type { KrKind, Language } from '../src/core/types';
import { languageFromLocale } from '../src/i18n/index';
import { KR_KIND_LABELS } from '../src/i18n/kinds';
import { TEMPLATE, type TemplateKey } from '../src/i18n/template';
import { unitLabel } from '../src/i18n/units';
import { currencyOfLocale } from '../src/server/endpoints';
import { unitFormat } from '../src/tabs/templates';
import type { Addon } from './runtime';

/** The teams the sample names first; more are numbered. */
const TEAM_NAMES = ['EMEA', 'Americas', 'APAC'];
const REPS = [
  ['Lena Vogel', 'Omar Haddad', 'Sofia Rossi'],
  ['Jake Miller', 'Camila Reyes', 'Noah Brown'],
  ['Yuki Tanaka', 'Arjun Mehta', 'Mei Chen'],
];

interface Row {
  id: string;
  objectiveId: string;
  objective: string;
  title: string;
  owner: string;
  team: string;
  parent: string;
  kind: KrKind;
  unit: string;
  baseline: number;
  target: number;
  /** Share of the period's pace reached so far (1 = on pace). */
  momentum: number;
  /** The team KR this one is a share of ('' for none). */
  shareOf: string;
}

export interface TeamsSummary {
  periodLabel: string;
  teams: string[];
  keyResults: number;
}

/** Names of `count` teams: EMEA, Americas, APAC, then "Team 4", "Team 5", … */
export function teamNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => TEAM_NAMES[i] ?? `Team ${i + 1}`);
}

/** The company's rows and each team's, ids unique across the company (parents name them). */
export function companyRows(count: number): { team: string; rows: Row[] }[] {
  const company = 'Company';
  const base = { team: company, parent: '', shareOf: '', baseline: 0 };
  const companyRowsList: Row[] = [
    {
      ...base,
      id: 'C1.1',
      objectiveId: 'C1',
      objective: 'Grow new-business revenue across every region',
      title: `Close ${count},000,000 in new-business revenue`,
      owner: 'Maria Lopez',
      kind: 'increase',
      unit: 'currency',
      target: count * 1_000_000,
      momentum: 0.95,
    },
    {
      ...base,
      id: 'C2.1',
      objectiveId: 'C2',
      objective: 'Build a pipeline we can forecast on',
      title: 'Raise pipeline coverage from 2× to 3× the remaining quota',
      owner: 'Maria Lopez',
      kind: 'increase',
      unit: 'ratio',
      baseline: 2,
      target: 3,
      momentum: 0.8,
    },
  ];
  const teams = teamNames(count).map((team, t) => {
    const code =
      team
        .replace(/[^A-Za-z]/g, '')
        .slice(0, 2)
        .toUpperCase() + (t >= TEAM_NAMES.length ? t + 1 : '');
    const reps = REPS[t] ?? REPS[t % REPS.length].map((name) => `${name} ${t + 1}`);
    const lead = `${reps[0]}`;
    const revenue = `${code}1.1`;
    // Reps' shares add up to the team's target, except the last team's, short by 150,000.
    const shares = t === count - 1 && count > 1 ? [350_000, 300_000, 200_000] : [400_000, 350_000, 250_000];
    const own = { team, shareOf: '', baseline: 0 };
    const rows: Row[] = [
      {
        ...own,
        id: revenue,
        objectiveId: `${code}1`,
        objective: `Hit ${team}'s new-business number`,
        title: `Close 1,000,000 in ${team}`,
        owner: lead,
        parent: 'C1',
        kind: 'increase',
        unit: 'currency',
        target: 1_000_000,
        momentum: 0,
      },
      ...reps.map(
        (rep, r): Row => ({
          ...own,
          id: `${code}1.${r + 2}`,
          objectiveId: `${code}1`,
          objective: `Hit ${team}'s new-business number`,
          title: `${rep}: close ${shares[r].toLocaleString('en-US')}`,
          owner: rep,
          parent: 'C1',
          kind: 'increase',
          unit: 'currency',
          target: shares[r],
          momentum: [1.1, 0.85, 0.6][r] * (1 - t * 0.1),
          shareOf: revenue,
        }),
      ),
      {
        ...own,
        id: `${code}2.1`,
        objectiveId: `${code}2`,
        objective: `Grow ${team}'s qualified pipeline`,
        title: 'Raise pipeline coverage from 2× to 3×',
        owner: lead,
        parent: 'C2',
        kind: 'increase',
        unit: 'ratio',
        baseline: 2,
        target: 3,
        momentum: 0.9 - t * 0.15,
      },
    ];
    return { team, rows };
  });
  return [{ team: company, rows: companyRowsList }, ...teams];
}

/**
 * Creates the company's and `count` teams' tabs for the quarter of `now` in one createPeriod, and
 * fills in their key results as each team would paste them; current values are where each key
 * result's momentum has brought it by now (a team's revenue stays blank: its reps' shares add up).
 */
export function loadTeams(addon: Addon, count: number, now: Date = addon.now()): TeamsSummary {
  const spec = quarterContaining(now);
  const language = languageFromLocale(addon.emulator.globals.Session.getActiveUserLocale());
  const { start, end } = periodOf(spec, language);
  const share = Math.min(1, Math.max(0, (now.getTime() - start.getTime()) / (end.getTime() - start.getTime())));
  const plan = companyRows(count);
  // As the sidebar's wizard sends it: the currency money is shown in, which the periods then keep.
  const currency = currencyOfLocale(addon.emulator.spreadsheet.getSpreadsheetLocale());
  const request: NewPeriodRequest = {
    period: spec,
    team: plan[0].team,
    teams: plan.map((p) => p.team),
    startFrom: 'empty',
    language,
    ...(currency ? { currency } : {}),
  };
  const created = addon.call('createPeriod', [request]) as CreatePeriodResult;
  const periods = created.periods ?? [created];
  periods.forEach((period, i) => {
    const sheet = addon.emulator.spreadsheet.getSheetByName(period.tabs.keyResults);
    if (!sheet) throw new Error(`createPeriod did not create the tab "${period.tabs.keyResults}".`);
    paste(sheet, plan[i].rows, language, share);
  });
  return {
    periodLabel: periods[0].label,
    teams: plan.map((p) => p.team),
    keyResults: plan.reduce((sum, p) => sum + p.rows.length, 0),
  };
}

function paste(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: Row[], language: Language, share: number): void {
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map((h) => String(h));
  const texts = TEMPLATE[language] as Record<TemplateKey, string>;
  const current = (row: Row) => {
    if (row.momentum === 0) return '';
    const value = row.baseline + (row.target - row.baseline) * Math.min(1, share * row.momentum);
    return Math.round(value * 100) / 100;
  };
  const byKey: Partial<Record<TemplateKey, (row: Row) => unknown>> = {
    hKrId: (r) => r.id,
    hObjectiveId: (r) => r.objectiveId,
    hObjective: (r) => r.objective,
    hKeyResult: (r) => r.title,
    hOwner: (r) => r.owner,
    hTeam: (r) => r.team,
    hParent: (r) => r.parent,
    hKind: (r) => KR_KIND_LABELS[language][r.kind],
    hUnit: (r) => unitLabel(language, r.unit),
    hBaseline: (r) => r.baseline,
    hTarget: (r) => r.target,
    hCurrent: current,
    ...({ hShareOf: (r: Row) => r.shareOf } as Partial<Record<TemplateKey, (row: Row) => unknown>>),
  };
  headers.forEach((header, c) => {
    const key = (Object.keys(byKey) as TemplateKey[]).find((k) => texts[k] === header);
    const value = key ? byKey[key] : undefined;
    if (!value) return;
    const column = sheet.getRange(2, c + 1, rows.length, 1);
    column.setValues(rows.map((row) => [value(row)]));
    if (key === 'hBaseline' || key === 'hTarget' || key === 'hCurrent')
      column.setNumberFormats(rows.map((row) => [unitFormat(row.unit)]));
  });
}
