// Sales data: read a pasted CRM export from the open tab, correct its columns and stages, connect
// it, and link a key result's current value to one of its metrics (a native formula the sheet
// recalculates). Every text from the sheet is shown as text.
import type {
  DealMetricRequest,
  DealsCorrections,
  DealsInspectionView,
  KrView,
  LinkExplanation,
  LinkKeyResultResult,
  OverviewView,
} from '../../src/contract/index';
import { DEAL_METRIC_KINDS } from '../../src/contract/shared';
import type { SidebarKey } from '../../src/i18n/sidebar';
import type { App } from './app';
import { allKeyResults, objectivePicker } from './checkin';
import { h } from './dom';
import { call } from './server';
import { field } from './widgets';

export interface DealsUi {
  inspection: DealsInspectionView | null;
  corrections: DealsCorrections;
  /** The reps table to connect with (a tab name; '' none); null until the user types one. */
  repsTab: string | null;
  link: {
    krId: string;
    metric: DealMetricRequest['kind'];
    byAmount: boolean;
    weighted: boolean;
    mean: boolean;
    quotaCell: string;
    owner: string;
    team: string;
    currency: string;
  };
  linked: (LinkKeyResultResult & { krId: string }) | null;
}

export function initialDealsUi(): DealsUi {
  return {
    inspection: null,
    corrections: {},
    repsTab: null,
    link: {
      krId: '',
      metric: 'wonRevenue',
      byAmount: false,
      weighted: false,
      mean: false,
      quotaCell: '',
      owner: '',
      team: '',
      currency: '',
    },
    linked: null,
  };
}

/** The fields whose column the user can choose. */
const FIELDS = ['amount', 'closeDate', 'created', 'stage', 'status', 'owner', 'account', 'currency'] as const;
const METRICS = DEAL_METRIC_KINDS;
const CRM_NAMES: Record<string, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  zoho: 'Zoho CRM',
  dynamics: 'Dynamics 365',
  close: 'Close',
  unknown: 'CRM',
};

/**
 * A value set into a right-to-left sentence on its own (FSI … PDI), so that a Latin tab name or a
 * number next to Arabic words keeps its place; left-to-right sentences need nothing.
 */
export function isolated(app: App, value: string | number): string {
  return app.state.language === 'ar' ? `\u2068${value}\u2069` : String(value);
}

async function inspect(app: App, fresh: boolean): Promise<void> {
  const ui = app.ui.deals;
  if (fresh) ui.corrections = {};
  const tab = fresh ? undefined : ui.inspection?.tab;
  const seen = await app.run(call('inspectDeals', tab, ui.corrections));
  if (seen) {
    ui.inspection = seen;
    app.render();
  }
}

async function connect(app: App): Promise<void> {
  const ui = app.ui.deals;
  if (!ui.inspection) return;
  // The reps table as typed, else the one connected before.
  const repsTab = (ui.repsTab ?? ui.inspection.repsTab ?? '').trim();
  const done = await app.run(call('connectDeals', { tab: ui.inspection.tab, corrections: ui.corrections, repsTab }));
  if (!done) return;
  ui.inspection = done;
  const notes = [app.fmt.t('dl.connected', { tab: isolated(app, done.tab) })];
  if (done.helperColumns > 0) notes.push(app.fmt.t('dl.helpers', { count: done.helperColumns }));
  app.notify(notes.join(' '));
  app.render();
}

async function link(app: App): Promise<void> {
  const { link: choice } = app.ui.deals;
  const label = app.overview?.period.label;
  const kr = keyResults(app).find((k) => k.id === choice.krId);
  if (!label || !kr) return;
  const metric: DealMetricRequest = { kind: choice.metric };
  if (choice.metric === 'winRate' && choice.byAmount) metric.by = 'amount';
  if (choice.metric === 'salesCycle' && choice.mean) metric.statistic = 'mean';
  if ((choice.metric === 'openPipeline' || choice.metric === 'pipelineCoverage') && choice.weighted)
    metric.weighted = true;
  if (choice.metric === 'pipelineCoverage' || choice.metric === 'quotaAttainment') metric.quotaCell = choice.quotaCell;
  const filters: { owner?: string; team?: string; currency?: string } = {};
  if (choice.owner.trim()) filters.owner = choice.owner.trim();
  if (choice.team) filters.team = choice.team;
  if (choice.currency) filters.currency = choice.currency;
  const result = await app.run(
    call('linkKeyResult', { periodLabel: label, krId: kr.id, row: kr.row || undefined, metric, filters }),
  );
  if (!result) return;
  app.ui.deals.linked = { ...result, krId: kr.id };
  app.notify(app.fmt.t('dl.linked', { kr: isolated(app, kr.id), tab: isolated(app, result.dealsTab) }));
  // The linked value shows at once: the overview reads the cell the formula fills.
  await showNewValues(app, label);
}

/** The key results to link: a small period's, or a large one's chosen objective's (as the check-in). */
function keyResults(app: App): { id: string; title: string; row: number }[] {
  return allKeyResults(app).map((k) => ({ id: k.id, title: k.title, row: k.row }));
}

function select(
  id: string,
  label: string,
  options: { value: string; text: string }[],
  value: string,
  onchange: (value: string) => void,
): HTMLElement {
  const control = h(
    'select',
    { onchange: (e: Event) => onchange((e.target as HTMLSelectElement).value) },
    ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.text)),
  );
  return field(id, label, control);
}

function inspectionView(app: App, seen: DealsInspectionView): HTMLElement[] {
  const { fmt } = app;
  const ui = app.ui.deals;
  const detected = new Map(seen.fields.map((f) => [f.field, f.column]));
  const columnOptions = [
    { value: '', text: fmt.t('dl.none') },
    ...seen.headers.map((c) => ({ value: c.column, text: `${c.column} · ${c.header}` })),
  ];
  const columns = FIELDS.map((f) =>
    select(`dl-col-${f}`, fmt.t(`dl.f.${f}` as SidebarKey), columnOptions, detected.get(f) ?? '', (value) => {
      ui.corrections = { ...ui.corrections, columns: { ...ui.corrections.columns, [f]: value } };
      void inspect(app, false);
    }),
  );
  const stageRows = seen.stages.slice(0, 30).map((s, i) =>
    select(
      `dl-stage-${i}`,
      `${s.stage} (${fmt.t('dl.stageDeals', { deals: fmt.number(s.deals) })})`,
      [
        ...(s.outcome === null ? [{ value: '', text: fmt.t('dl.outcome.unknown') }] : []),
        { value: 'open', text: fmt.t('dl.outcome.open') },
        { value: 'won', text: fmt.t('dl.outcome.won') },
        { value: 'lost', text: fmt.t('dl.outcome.lost') },
      ],
      s.outcome ?? '',
      (value) => {
        if (!value) return;
        ui.corrections = { ...ui.corrections, stages: { ...ui.corrections.stages, [s.stage]: value as 'open' } };
        void inspect(app, false);
      },
    ),
  );
  const stagesKnown = seen.stages.length > 0 && seen.fields.every((f) => f.field !== 'status');
  return [
    h(
      'p',
      {},
      fmt.t('dl.found', {
        crm: isolated(app, CRM_NAMES[seen.crm] ?? 'CRM'),
        tab: isolated(app, seen.tab),
        deals: isolated(app, fmt.number(seen.deals)),
        row: isolated(app, seen.headerRow),
      }),
    ),
    seen.problems.length > 0
      ? h(
          'section',
          { class: 'stack' },
          h('h3', {}, fmt.t('dl.problems')),
          h(
            'ul',
            { class: 'findings' },
            ...seen.problems
              .slice(0, 10)
              .map((p) =>
                h(
                  'li',
                  { class: 'finding finding-warning' },
                  h('p', {}, p.text),
                  h(
                    'button',
                    { type: 'button', class: 'link small', onclick: () => void app.run(call('selectCell', p.cell)) },
                    fmt.t('dl.show', { cell: p.cell.replace(/^'((?:[^']|'')+)'!/, '') }),
                  ),
                ),
              ),
          ),
        )
      : null,
    h('details', { open: !seen.complete }, h('summary', {}, fmt.t('dl.columns')), ...columns),
    stagesKnown ? h('details', {}, h('summary', {}, fmt.t('dl.stages')), ...stageRows) : null,
    field(
      'dl-reps',
      fmt.t('dl.repsTab'),
      h('input', {
        type: 'text',
        value: app.ui.deals.repsTab ?? seen.repsTab ?? '',
        placeholder: fmt.t('dl.repsHint'),
        oninput: (e: Event) => {
          app.ui.deals.repsTab = (e.target as HTMLInputElement).value;
        },
      }),
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', id: 'dl-check', class: 'secondary', onclick: () => void inspect(app, false) },
        fmt.t('dl.checkAgain'),
      ),
      h(
        'button',
        { type: 'button', id: 'dl-connect', disabled: !seen.complete, onclick: () => void connect(app) },
        fmt.t('dl.connect'),
      ),
    ),
  ].filter((e): e is HTMLElement => e !== null);
}

function linkView(app: App, seen: DealsInspectionView): HTMLElement {
  const { fmt } = app;
  const choice = app.ui.deals.link;
  const krs = keyResults(app);
  if (!krs.some((k) => k.id === choice.krId)) choice.krId = krs[0]?.id ?? '';
  const set = (changes: Partial<DealsUi['link']>) => {
    Object.assign(choice, changes);
    app.render();
  };
  const checkbox = (id: string, label: string, checked: boolean, onchange: (value: boolean) => void) =>
    h(
      'label',
      { class: 'check', for: id },
      h('input', {
        type: 'checkbox',
        id,
        checked,
        onchange: (e: Event) => onchange((e.target as HTMLInputElement).checked),
      }),
      ` ${label}`,
    );
  const metric = choice.metric;
  const needsQuota = metric === 'pipelineCoverage' || metric === 'quotaAttainment';
  const quota = h('input', {
    type: 'text',
    value: choice.quotaCell,
    placeholder: fmt.t('dl.quotaHint'),
    oninput: (e: Event) => {
      choice.quotaCell = (e.target as HTMLInputElement).value;
    },
  });
  const owner = h('input', {
    type: 'text',
    value: choice.owner,
    oninput: (e: Event) => {
      choice.owner = (e.target as HTMLInputElement).value;
    },
  });
  return h(
    'section',
    { class: 'stack' },
    h('h3', {}, fmt.t('dl.linkTitle')),
    app.overview ? objectivePicker(app, app.overview, 'dl-objective') : null,
    select(
      'dl-kr',
      fmt.t('dl.kr'),
      krs.map((k) => ({ value: k.id, text: `${k.id} · ${k.title}` })),
      choice.krId,
      (krId) => set({ krId }),
    ),
    select(
      'dl-metric',
      fmt.t('dl.metric'),
      METRICS.map((m) => ({ value: m, text: fmt.t(`dl.m.${m}` as SidebarKey) })),
      metric,
      (value) => set({ metric: value as DealMetricRequest['kind'] }),
    ),
    metric === 'winRate'
      ? checkbox('dl-by-amount', fmt.t('dl.byAmount'), choice.byAmount, (v) => set({ byAmount: v }))
      : null,
    metric === 'salesCycle' ? checkbox('dl-mean', fmt.t('dl.mean'), choice.mean, (v) => set({ mean: v })) : null,
    metric === 'openPipeline' || metric === 'pipelineCoverage'
      ? checkbox('dl-weighted', fmt.t('dl.weighted'), choice.weighted, (v) => set({ weighted: v }))
      : null,
    needsQuota ? field('dl-quota', fmt.t('dl.quota'), quota) : null,
    field('dl-owner', fmt.t('dl.owner'), owner),
    seen.teams && seen.teams.length > 0
      ? select(
          'dl-team',
          fmt.t('dl.team'),
          [{ value: '', text: fmt.t('dl.any') }, ...seen.teams.map((t) => ({ value: t, text: t }))],
          choice.team,
          (team) => set({ team }),
        )
      : null,
    seen.currencies.length > 1
      ? select(
          'dl-currency',
          fmt.t('dl.currency'),
          [{ value: '', text: fmt.t('dl.any') }, ...seen.currencies.map((c) => ({ value: c, text: c }))],
          choice.currency,
          (currency) => set({ currency }),
        )
      : null,
    h(
      'button',
      { type: 'button', id: 'dl-link', disabled: krs.length === 0, onclick: () => void link(app) },
      fmt.t('dl.link'),
    ),
    app.ui.deals.linked
      ? h('p', { class: 'small muted formula', dir: 'ltr' }, h('code', {}, app.ui.deals.linked.formula))
      : null,
  );
}

export async function snapshot(app: App): Promise<void> {
  const label = app.overview?.period.label;
  if (!label) return;
  const done = await app.run(call('recordSnapshot', label));
  if (!done) return;
  if (done.krIds.length === 0) {
    app.notify(app.fmt.t('dl.snapshotNone'));
    return;
  }
  const recorded = app.state.dataSnapshot;
  if (recorded) app.state.dataSnapshot = { ...recorded, lastRecorded: done.date, due: false };
  app.notify(app.fmt.t('dl.snapshotDone', { count: app.fmt.number(done.krIds.length), date: app.fmt.date(done.date) }));
  await showNewValues(app, label);
}

/**
 * Shows the period with its new values; in a large period the objective picked for linking is
 * fetched again, so that its key results stay listed.
 */
async function showNewValues(app: App, label: string): Promise<void> {
  const overview = await app.run(call('getOverview', label, true));
  if (!overview) {
    app.render();
    return;
  }
  const picked = app.ui.checkInObjective;
  app.setOverview(overview);
  if (!overview.summaries || !picked) return;
  const details = await app.run(call('getObjectiveDetails', label, picked));
  if (details) app.ui.details[picked] = details;
  app.render();
}

function snapshotView(app: App): HTMLElement {
  const { fmt } = app;
  return h(
    'section',
    { class: 'stack' },
    h('h3', {}, fmt.t('dl.snapshotTitle')),
    h('p', { class: 'small muted' }, fmt.t('dl.snapshotIntro')),
    h('button', { type: 'button', id: 'dl-snapshot', onclick: () => void snapshot(app) }, fmt.t('dl.snapshot')),
  );
}

export function renderDeals(app: App): HTMLElement {
  const { fmt } = app;
  const seen = app.ui.deals.inspection;
  return h(
    'div',
    { class: 'stack' },
    h('h2', {}, fmt.t('dl.title')),
    h('p', { class: 'muted' }, fmt.t('dl.intro')),
    h('button', { type: 'button', id: 'dl-read', onclick: () => void inspect(app, true) }, fmt.t('dl.read')),
    ...(seen ? inspectionView(app, seen) : []),
    seen?.connected && app.overview ? linkView(app, seen) : null,
    app.overview && !app.overview.period.closed ? snapshotView(app) : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Linked key results in the overview: the pipeline forecast beside the trend, and how the value is
// computed from the deals data. Asked once per overview drawn (one call for the whole period),
// and only when a deals tab is connected.

const explained = new WeakMap<OverviewView, LinkExplanation[] | 'asked'>();

function explanationsOf(app: App, view: OverviewView): LinkExplanation[] | null {
  const known = explained.get(view);
  if (Array.isArray(known)) return known;
  const connected = Boolean(app.state.dataSnapshot) || Boolean(app.ui.deals.inspection?.connected);
  if (known === undefined && connected && !view.period.closed && !view.summaries) {
    explained.set(view, 'asked');
    call('explainLinks', view.period.label).then(
      (list) => {
        explained.set(view, list);
        if (list.length > 0) app.render();
      },
      // Without the explanation the overview still shows everything else.
      () => explained.set(view, []),
    );
  }
  return null;
}

/** The explanation's lines, every value from the sheet set in as text. */
function linkLines(app: App, kr: KrView, link: LinkExplanation): string[] {
  const { fmt } = app;
  const money = (value: number) => isolated(app, fmt.quantity(value, kr.unit));
  const metric = link.metric;
  const lines = [fmt.t(`dl.ex.m.${metric.kind}` as SidebarKey, { quota: isolated(app, metric.quotaCell ?? '') })];
  if (metric.by === 'amount') lines.push(fmt.t('dl.ex.byAmount'));
  if (metric.statistic === 'mean') lines.push(fmt.t('dl.ex.mean'));
  if (metric.weighted) lines.push(fmt.t('dl.ex.weighted'));
  const filters = (Object.entries(link.filters) as [string, string][]).filter(([, value]) => value);
  lines.push(
    filters.length > 0
      ? fmt.t('dl.ex.filters', {
          filters: filters
            .map(([f, value]) => `${fmt.t(`dl.f.${f}` as SidebarKey)} = ${isolated(app, value)}`)
            .join(', '),
        })
      : fmt.t('dl.ex.noFilters', { tab: isolated(app, link.dealsTab) }),
  );
  const days = { start: isolated(app, fmt.date(link.period.start)), end: isolated(app, fmt.date(link.period.end)) };
  lines.push(fmt.t(link.period.on === 'created' ? 'dl.ex.periodCreated' : 'dl.ex.period', days));
  lines.push(
    fmt.t('dl.ex.count', { count: isolated(app, fmt.number(link.matchingDeals)), tab: isolated(app, link.dealsTab) }),
  );
  const p = link.pipeline;
  if (p) {
    lines.push(
      fmt.t('dl.ex.pipeline', {
        value: money(p.value),
        won: money(p.won),
        wonDeals: isolated(app, fmt.number(p.wonDeals)),
        weighted: money(p.weighted),
        openDeals: isolated(app, fmt.number(p.openDeals)),
        open: money(p.openAmount),
      }),
    );
    lines.push(fmt.t(p.probabilities === 'column' ? 'dl.ex.probColumn' : 'dl.ex.probStages'));
    if (p.withoutProbability > 0)
      lines.push(fmt.t('dl.ex.noProbability', { count: isolated(app, fmt.number(p.withoutProbability)) }));
  }
  return lines;
}

/**
 * A linked key result's pipeline forecast and "How is this value computed from the deals data?";
 * null for a key result that is not linked (or before the explanation has come).
 */
export function linkedDetails(app: App, view: OverviewView, kr: KrView): HTMLElement | null {
  const link = explanationsOf(app, view)?.find((l) => l.krId === kr.id);
  if (!link) return null;
  const { fmt } = app;
  const p = link.pipeline;
  const list = h('ul', { class: 'explain' }, ...linkLines(app, kr, link).map((line) => h('li', {}, line)));
  return h(
    'div',
    { class: 'linked', 'data-linked': kr.id },
    p
      ? h(
          'p',
          { class: 'small muted pipeline' },
          fmt.t('dl.pipeline', {
            progress: p.progress === null ? '–' : fmt.percent(p.progress),
            value: isolated(app, fmt.quantity(p.value, kr.unit)),
          }),
        )
      : null,
    h('details', { class: 'explain-box' }, h('summary', {}, fmt.t('dl.howLinked')), list),
  );
}
