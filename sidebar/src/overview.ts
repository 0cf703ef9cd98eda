// Overview: the period's overall score, each objective with its score bar, each KR with progress
// against expected pace, status, owner, sparkline and its explanation. Clicking a KR selects its
// row in the sheet.

import type { KrView, LeaderRow, ObjectiveSummary, ObjectiveView, OverviewView } from '../../src/contract/index';
import {
  explainKeyResult,
  explainObjective,
  explainOverall,
  leaderGap,
  problemMessage,
} from '../../src/contract/shared';
import { alignmentCard } from './alignment';
import type { App } from './app';
import { isolated, linkedDetails, snapshot } from './deals';
import { h } from './dom';
import { call, pageMe } from './server';
import { bar, explanation, field, gradeChip, sparkline, statusChip } from './widgets';

function matches(app: App, kr: KrView): boolean {
  const { ownerFilter, teamFilter } = app.ui;
  return (!ownerFilter || kr.owner === ownerFilter) && (!teamFilter || kr.team === teamFilter);
}

function filterSelect(
  app: App,
  id: string,
  label: string,
  values: string[],
  current: string,
  set: (v: string) => void,
) {
  const select = h(
    'select',
    {
      onchange: (event: Event) => {
        set((event.target as HTMLSelectElement).value);
        app.render();
        document.getElementById(id)?.focus();
      },
    },
    h('option', { value: '', selected: current === '' }, app.fmt.t('ov.all')),
    ...values.map((v) => h('option', { value: v, selected: v === current }, v)),
  );
  return field(id, label, select);
}

function keyResultItem(app: App, view: OverviewView, kr: KrView): HTMLElement {
  const { fmt } = app;
  const select = () => {
    app.run(call('selectKeyResult', view.period.label, kr.id));
  };
  const progressText =
    kr.progress === null
      ? fmt.sentence(problemMessage(kr))
      : fmt.t('ov.progress', { progress: fmt.percent(kr.progress), expected: fmt.percent(kr.expected) });
  return h(
    'li',
    { class: 'kr', 'data-kr': kr.id },
    h(
      'div',
      { class: 'kr-head' },
      h(
        'button',
        { type: 'button', class: 'link kr-title', onclick: select, title: fmt.t('ov.selectRow', { title: kr.title }) },
        kr.title,
      ),
      statusChip(app, kr.status),
    ),
    bar(kr.progress, { grade: kr.grade, expected: kr.expected }),
    h('p', { class: 'small' }, progressText),
    h(
      'p',
      { class: 'small muted' },
      fmt.t('ov.value', { current: fmt.quantity(kr.current, kr.unit), target: fmt.quantity(kr.target, kr.unit) }),
      ' · ',
      kr.owner ? fmt.t('ov.owner', { owner: kr.owner }) : fmt.t('ov.noOwner'),
      kr.projectedProgress !== null ? ` · ${forecastText(fmt, kr.projectedProgress, kr.projectedRange)}` : '',
    ),
    splitLine(app, kr),
    linkedDetails(app, view, kr),
    sparkline(app, kr.checkIns, kr.unit),
    explanation(app, () => explainKeyResult(kr, view)),
  );
}

/** A KR split across shares (e.g. one per rep): how much of its target the shares' targets cover. */
function splitLine(app: App, kr: KrView): HTMLElement | null {
  const split = kr.split;
  if (!split) return null;
  const { fmt } = app;
  const params = {
    count: fmt.number(split.count),
    sum: fmt.quantity(split.targets, kr.unit),
    target: fmt.quantity(kr.target, kr.unit),
    gap: fmt.quantity(Math.abs(split.gap ?? 0), kr.unit),
  };
  // Sums of decimal targets (0.1 + 0.2) are exact enough when they show the same.
  const gap = split.gap === null || params.gap === fmt.quantity(0, kr.unit) ? 0 : split.gap;
  const key = gap === 0 ? 'ov.splitExact' : gap > 0 ? 'ov.split' : 'ov.splitOver';
  return h(
    'p',
    { class: 'small muted split' },
    fmt.t(key, params),
    split.summed ? ` · ${fmt.t('ov.splitSummed')}` : '',
  );
}

function objectiveCard(app: App, view: OverviewView, objective: ObjectiveView, krs: KrView[]): HTMLElement {
  const { fmt } = app;
  const headingId = `objective-${objective.id.replace(/[^\w-]/g, '_')}`;
  return h(
    'section',
    { class: 'card objective', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, objective.title),
    h(
      'div',
      { class: 'score-line' },
      h('span', { class: 'score' }, objective.score === null ? fmt.t('ov.notScored') : fmt.percent(objective.score)),
      gradeChip(app, objective.grade),
    ),
    bar(objective.score, { grade: objective.grade }),
    explanation(app, () => explainObjective(objective, view)),
    h(
      'ul',
      { class: 'krs', 'aria-label': fmt.t('ov.objectiveKrs', { title: objective.title }) },
      ...krs.map((kr) => keyResultItem(app, view, kr)),
    ),
  );
}

/** Whether a large period's objective has key results that pass the filters (from its summary). */
function summaryMatches(app: App, view: OverviewView, summary: ObjectiveSummary): boolean {
  const { ownerFilter, teamFilter } = app.ui;
  if (!ownerFilter && !teamFilter) return true;
  return (
    (!ownerFilter || summary.owners.includes(view.owners.indexOf(ownerFilter))) &&
    (!teamFilter || summary.teams.includes(view.teams.indexOf(teamFilter)))
  );
}

/**
 * An objective of a large period: its score first; its key results (with their details and
 * check-ins) are fetched when the user opens it, and kept while the overview stays on screen.
 */
function summaryCard(app: App, view: OverviewView, summary: ObjectiveSummary): HTMLElement {
  const { fmt } = app;
  const loaded = app.ui.details[summary.id];
  const open = Boolean(app.ui.expanded[summary.id] && loaded);
  const toggleId = `krs-${summary.id.replace(/[^\w-]/g, '_')}`;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'link',
      id: toggleId,
      'aria-expanded': String(open),
      onclick: async () => {
        if (!app.ui.details[summary.id]) {
          const details = await app.run(call('getObjectiveDetails', view.period.label, summary.id));
          if (!details) return;
          app.ui.details[summary.id] = details;
        }
        app.ui.expanded[summary.id] = !open;
        app.render();
      },
    },
    open ? fmt.t('ov.hideKrs') : fmt.t('ov.showKrs', { count: fmt.number(summary.krCount) }),
  );
  if (open && loaded) {
    const card = objectiveCard(
      app,
      view,
      loaded,
      loaded.keyResults.filter((kr) => matches(app, kr)),
    );
    card.insertBefore(h('p', {}, toggle), card.querySelector('ul'));
    return card;
  }
  const headingId = `objective-${summary.id.replace(/[^\w-]/g, '_')}`;
  return h(
    'section',
    { class: 'card objective', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, summary.title),
    h(
      'div',
      { class: 'score-line' },
      h('span', { class: 'score' }, summary.score === null ? fmt.t('ov.notScored') : fmt.percent(summary.score)),
      gradeChip(app, summary.grade),
    ),
    bar(summary.score, { grade: summary.grade }),
    summary.krCount > 0 ? h('p', {}, toggle) : null,
  );
}

/** Offers to record the linked values when a week has passed since the last record. */
function snapshotReminder(app: App): HTMLElement | null {
  const due = app.state.dataSnapshot;
  if (!due?.due || !app.overview || app.overview.period.closed) return null;
  const { fmt } = app;
  const text = due.lastRecorded
    ? fmt.t('ov.snapshotDue', { tab: isolated(app, due.tab), date: isolated(app, fmt.date(due.lastRecorded)) })
    : fmt.t('ov.snapshotNever', { tab: isolated(app, due.tab) });
  return h(
    'div',
    { class: 'note', id: 'ov-snapshot' },
    h('p', {}, text),
    h('button', { type: 'button', onclick: () => void snapshot(app) }, fmt.t('dl.snapshot')),
  );
}

export function renderOverview(app: App): HTMLElement {
  const { fmt } = app;
  const view = app.overview;
  if (!view) {
    return h(
      'div',
      {},
      h('p', {}, fmt.t('noPeriod')),
      h('button', { type: 'button', class: 'primary', onclick: () => app.show('quarter') }, fmt.t('createFirst')),
    );
  }
  // The sidebar opens on the key results of the owner the user said is them.
  if (!app.ui.meApplied) {
    app.ui.meApplied = true;
    const me = rememberedOwner();
    if (me && view.owners.includes(me)) app.ui.ownerFilter = me;
  }
  const objectives = view.objectives
    .map((o) => ({ o, krs: o.keyResults.filter((kr) => matches(app, kr)) }))
    .filter(({ o, krs }) => krs.length > 0 || (!app.ui.ownerFilter && !app.ui.teamFilter && o.keyResults.length === 0));
  const summaries = (view.summaries ?? []).filter((summary) => summaryMatches(app, view, summary));
  const counts = (['done', 'onTrack', 'atRisk', 'offTrack'] as const).map((s) =>
    h('li', {}, statusChip(app, s), ` ${fmt.number(view.statusCounts[s])}`),
  );
  return h(
    'div',
    {},
    snapshotReminder(app),
    view.period.closed
      ? h(
          'div',
          { class: 'note' },
          h('p', {}, fmt.t('closedPeriod')),
          view.frozenOn
            ? h(
                'p',
                { class: 'small' },
                fmt.t('closedGraded', {
                  date: fmt.date(view.frozenOn),
                  yellow: fmt.percent(view.settings.yellowFrom),
                  green: fmt.percent(view.settings.greenFrom),
                }),
              )
            : null,
        )
      : null,
    h(
      'section',
      { class: 'card overall', 'aria-labelledby': 'overall-heading' },
      h('h2', { id: 'overall-heading' }, fmt.t('ov.overall')),
      h(
        'div',
        { class: 'score-line' },
        h('span', { class: 'score big' }, view.score === null ? fmt.t('ov.notScored') : fmt.percent(view.score)),
        gradeChip(app, view.grade),
      ),
      bar(view.score, { grade: view.grade, expected: view.expected }),
      h(
        'p',
        { class: 'small' },
        fmt.t('ov.expected', { date: fmt.date(view.asOf), expected: fmt.percent(view.expected) }),
      ),
      explanation(app, () => explainOverall(view)),
      h('ul', { class: 'counts', 'aria-label': fmt.t('ov.counts') }, ...counts),
    ),
    h(
      'div',
      { class: 'filters' },
      filterSelect(app, 'filter-owner', fmt.t('ov.filterOwner'), view.owners, app.ui.ownerFilter, (v) => {
        app.ui.ownerFilter = v;
      }),
      filterSelect(app, 'filter-team', fmt.t('ov.filterTeam'), view.teams, app.ui.teamFilter, (v) => {
        app.ui.teamFilter = v;
      }),
      app.ui.ownerFilter ? meCheckbox(app, app.ui.ownerFilter) : null,
    ),
    alignmentCard(app, view),
    leadersCard(app, view),
    objectives.length === 0 && summaries.length === 0 ? h('p', {}, fmt.t('ov.noMatch')) : null,
    ...objectives.map(({ o, krs }) => objectiveCard(app, view, o, krs)),
    ...summaries.map((summary) => summaryCard(app, view, summary)),
  );
}

/** The trend's progress by the due date, with its range when the check-ins leave one. */
function forecastText(fmt: App['fmt'], progress: number, range: [number, number] | null): string {
  const [low, high] = range ?? [progress, progress];
  const percent = fmt.percent(progress);
  if (fmt.percent(low) === percent && fmt.percent(high) === percent) return fmt.t('ov.forecast', { progress: percent });
  return fmt.t('ov.forecastRange', { progress: percent, low: fmt.percent(low), high: fmt.percent(high) });
}

// ---------------------------------------------------------------------------------------------
// "My key results" and the leaderboard

/** The owner name the user said is them: as the page was opened with it, then as they change it. */
let me: string | null = null;

function rememberedOwner(): string {
  me ??= pageMe();
  return me;
}

async function remember(app: App, owner: string): Promise<void> {
  const saved = await app.run(call('rememberOwner', owner));
  if (saved) me = owner;
  app.render();
}

function meCheckbox(app: App, owner: string): HTMLElement {
  return h(
    'label',
    { class: 'check small', for: 'filter-me' },
    h('input', {
      type: 'checkbox',
      id: 'filter-me',
      checked: rememberedOwner() === owner,
      onchange: (e: Event) => void remember(app, (e.target as HTMLInputElement).checked ? owner : ''),
    }),
    ` ${app.fmt.t('ov.me')}`,
  );
}

/** Each person's (or team's) key results against pace, the furthest ahead first. */
function leadersCard(app: App, view: OverviewView): HTMLElement | null {
  const { fmt } = app;
  const by = app.ui.leadersBy;
  const leaders = view.leaders;
  // Nothing to compare with one person and one team.
  if (!leaders || (leaders.owners.length < 2 && leaders.teams.length < 2)) return null;
  const rows = by === 'owner' ? leaders.owners : leaders.teams;
  const me = rememberedOwner();
  const toggle = (value: 'owner' | 'team', label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'link small',
        'aria-pressed': String(by === value),
        onclick: () => {
          app.ui.leadersBy = value;
          app.render();
          document.getElementById(`leaders-${value}`)?.focus();
        },
        id: `leaders-${value}`,
      },
      label,
    );
  return h(
    'details',
    {
      class: 'card leaders',
      id: 'leaders',
      open: app.ui.leadersOpen,
      ontoggle: (e: Event) => {
        app.ui.leadersOpen = (e.target as HTMLDetailsElement).open;
      },
    },
    h('summary', {}, fmt.t('lb.title')),
    h('div', { class: 'leaders-by' }, toggle('owner', fmt.t('lb.people')), toggle('team', fmt.t('lb.teams'))),
    h(
      'ol',
      { class: 'leaders-list' },
      ...rows.map((row) => leaderItem(app, view, row, by === 'owner' && me !== '' && row.name === me)),
    ),
  );
}

export function leaderItem(app: App, view: Pick<OverviewView, 'settings'>, row: LeaderRow, isMe: boolean): HTMLElement {
  const { fmt } = app;
  const gap = leaderGap(row);
  const points = (value: number) => fmt.number(Math.round(Math.abs(value) * 100));
  // Coloured as a key result's status would be: ahead or a little behind, then at risk, then off track.
  const grade =
    gap === null
      ? null
      : gap >= -view.settings.atRiskGap
        ? 'green'
        : gap >= -view.settings.offTrackGap
          ? 'yellow'
          : 'red';
  return h(
    'li',
    { class: isMe ? 'me' : '' },
    h('p', { class: 'leader-name' }, row.name || fmt.t('lb.unnamed'), isMe ? ` (${fmt.t('lb.you')})` : ''),
    bar(row.progress, { expected: row.expected ?? undefined, grade }),
    h(
      'p',
      { class: 'small muted' },
      row.progress === null || row.expected === null || gap === null
        ? fmt.t('ov.notScored')
        : [
            fmt.t('lb.line', { progress: fmt.percent(row.progress), expected: fmt.percent(row.expected) }),
            fmt.t(gap >= 0 ? 'lb.ahead' : 'lb.behindPace', { points: points(gap) }),
            row.behind > 0 ? fmt.t('lb.behind', { count: fmt.number(row.behind) }) : '',
          ]
            .filter(Boolean)
            .join(' · '),
    ),
  );
}
