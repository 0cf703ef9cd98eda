// New period wizard (period → team and start → review) and closing a period. The tabs are built
// by the quarter endpoints; this view collects the choices and shows progress while they run.
import type { ExampleChoice, NewPeriodRequest, OverviewView, PeriodSpec } from '../../src/contract/index';
import { defaultDecision, periodLabel, teamPeriodLabel } from '../../src/contract/shared';
import type { App, Decision, PeriodDraft } from './app';
import { h } from './dom';
import { call, errorText, pageLocale } from './server';
import { field, setError } from './widgets';

const STEPS = 3;

/** A first draft: the quarter after the latest period, else the one containing today. */
export function initialDraft(app: App): PeriodDraft {
  const today = app.state.today;
  const latest = [...app.state.periods].sort((a, b) => b.end.localeCompare(a.end))[0];
  const from = latest && latest.end >= today ? nextDay(latest.end) : today;
  const [y, m] = from.split('-').map(Number);
  const fiscalStart = app.state.settings.fiscalYearStartMonth;
  return {
    kind: fiscalStart === 1 ? 'quarter' : 'fiscalQuarter',
    year: y,
    quarter: (Math.floor((m - 1) / 3) + 1) as 1 | 2 | 3 | 4,
    fiscalYearStartMonth: fiscalStart,
    startMonth: from.slice(0, 7),
    months: 1,
    team: latest?.team ?? '',
    startFrom: 'empty',
    exampleFamily: '',
    previousLabel: app.state.periods.find((p) => p.closed)?.label ?? '',
  };
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The period the draft describes, as the server will receive it. */
export function specOf(draft: PeriodDraft): PeriodSpec {
  return draft.kind === 'quarter'
    ? { kind: 'quarter', year: draft.year, quarter: draft.quarter }
    : draft.kind === 'fiscalQuarter'
      ? {
          kind: 'fiscalQuarter',
          fiscalYear: draft.year,
          quarter: draft.quarter,
          fiscalYearStartMonth: draft.fiscalYearStartMonth,
        }
      : { kind: 'months', start: `${draft.startMonth}-01`, months: draft.months };
}

/** The teams the team field names: several when separated by commas (each gets its own tabs). */
export function teamsOf(draft: PeriodDraft): string[] {
  return draft.team
    .split(/[,;，、]/)
    .map((team) => team.trim())
    .filter(Boolean);
}

export function requestOf(
  draft: PeriodDraft,
  language: NewPeriodRequest['language'],
): NewPeriodRequest & ExampleChoice {
  const period = specOf(draft);
  const teams = teamsOf(draft);
  return {
    period,
    team: teams[0] ?? '',
    ...(teams.length > 1 ? { teams } : {}),
    startFrom: draft.startFrom,
    ...(draft.startFrom === 'previous' ? { previousLabel: draft.previousLabel } : {}),
    ...(draft.startFrom === 'examples' && draft.exampleFamily ? { exampleFamily: draft.exampleFamily } : {}),
    language,
  };
}

function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2027, i, 1))));
}

/** The label the period will carry, named as the server names it (core/periods.ts). */
export function previewLabel(draft: PeriodDraft, language: NewPeriodRequest['language']): string {
  return periodLabel(specOf(draft), language);
}

function radios<T extends string>(
  app: App,
  name: string,
  legend: string,
  options: [T, string][],
  current: T,
  set: (v: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, legend),
    ...options.map(([value, label]) => {
      const id = `${name}-${value}`;
      return h(
        'div',
        { class: 'field check' },
        h('input', {
          type: 'radio',
          name,
          id,
          value,
          checked: value === current,
          onchange: () => {
            set(value);
            app.render();
            document.getElementById(id)?.focus();
          },
        }),
        h('label', { for: id }, label),
      );
    }),
  );
}

function periodStep(app: App, draft: PeriodDraft): HTMLElement[] {
  const { fmt } = app;
  const months = monthNames(fmt.locale);
  const year = h('input', {
    type: 'number',
    min: 2000,
    max: 2100,
    step: 1,
    value: draft.year,
    oninput: (e: Event) => {
      draft.year = Number((e.target as HTMLInputElement).value);
    },
  });
  const quarter = h(
    'select',
    {
      onchange: (e: Event) => {
        draft.quarter = Number((e.target as HTMLSelectElement).value) as 1 | 2 | 3 | 4;
      },
    },
    ...[1, 2, 3, 4].map((q) => h('option', { value: q, selected: q === draft.quarter }, `Q${q}`)),
  );
  const parts: HTMLElement[] = [
    radios(
      app,
      'period-kind',
      fmt.t('q.kind'),
      [
        ['quarter', fmt.t('q.kindQuarter')],
        ['fiscalQuarter', fmt.t('q.kindFiscal')],
        ['months', fmt.t('q.kindMonths')],
      ],
      draft.kind,
      (v) => {
        draft.kind = v;
      },
    ),
  ];
  if (draft.kind === 'months') {
    const start = h('input', {
      type: 'month',
      value: draft.startMonth,
      oninput: (e: Event) => {
        draft.startMonth = (e.target as HTMLInputElement).value;
      },
    });
    const length = h(
      'select',
      {
        onchange: (e: Event) => {
          draft.months = Number((e.target as HTMLSelectElement).value) as 1 | 2 | 6 | 12;
        },
      },
      ...([1, 2, 6, 12] as const).map((n) =>
        h('option', { value: n, selected: n === draft.months }, fmt.t('q.monthsValue', { count: fmt.number(n) })),
      ),
    );
    parts.push(field('q-start', fmt.t('q.startMonth'), start), field('q-months', fmt.t('q.months'), length));
  } else {
    parts.push(field('q-year', fmt.t(draft.kind === 'quarter' ? 'q.year' : 'q.fiscalYear'), year));
    parts.push(field('q-quarter', fmt.t('q.quarter'), quarter));
    if (draft.kind === 'fiscalQuarter') {
      const start = h(
        'select',
        {
          onchange: (e: Event) => {
            draft.fiscalYearStartMonth = Number((e.target as HTMLSelectElement).value);
          },
        },
        ...months.map((name, i) => h('option', { value: i + 1, selected: i + 1 === draft.fiscalYearStartMonth }, name)),
      );
      parts.push(field('q-fiscal-start', fmt.t('q.fiscalStart'), start));
    }
  }
  return parts;
}

function startStep(app: App, draft: PeriodDraft): HTMLElement[] {
  const { fmt } = app;
  const closed = app.state.periods.filter((p) => p.closed);
  const team = h('input', {
    type: 'text',
    value: draft.team,
    maxlength: 400,
    autocomplete: 'organization',
    oninput: (e: Event) => {
      draft.team = (e.target as HTMLInputElement).value;
    },
  });
  const parts: HTMLElement[] = [
    field('q-team', fmt.t('q.team'), team, fmt.t('q.teamHint')),
    radios(
      app,
      'start-from',
      fmt.t('q.startFrom'),
      [
        ['empty', fmt.t('q.fromEmpty')],
        ['examples', fmt.t('q.fromExamples')],
        ['previous', fmt.t('q.fromPrevious')],
      ],
      draft.startFrom,
      (v) => {
        draft.startFrom = v;
      },
    ),
  ];
  if (draft.startFrom === 'examples') {
    const family = h(
      'select',
      {
        onchange: (e: Event) => {
          draft.exampleFamily = (e.target as HTMLSelectElement).value as PeriodDraft['exampleFamily'];
        },
      },
      h('option', { value: '', selected: draft.exampleFamily === '' }, fmt.t('eg.allFamilies')),
      ...app.state.families.map((f) => h('option', { value: f.id, selected: f.id === draft.exampleFamily }, f.name)),
    );
    parts.push(field('q-family', fmt.t('eg.family'), family));
  }
  if (draft.startFrom === 'previous') {
    if (closed.length === 0) parts.push(h('p', { class: 'note' }, fmt.t('q.noClosed')));
    else {
      const previous = h(
        'select',
        {
          onchange: (e: Event) => {
            draft.previousLabel = (e.target as HTMLSelectElement).value;
          },
        },
        ...closed.map((p) => h('option', { value: p.label, selected: p.label === draft.previousLabel }, p.label)),
      );
      if (!draft.previousLabel) draft.previousLabel = closed[0].label;
      parts.push(field('q-previous', fmt.t('q.previous'), previous));
    }
  }
  return parts;
}

/** The first problem of a step, with the control to focus; null when the step is complete. */
function stepProblem(app: App, draft: PeriodDraft, step: number): { id: string; message: string } | null {
  const { fmt } = app;
  if (
    step === 1 &&
    draft.kind !== 'months' &&
    !(Number.isInteger(draft.year) && draft.year >= 2000 && draft.year <= 2100)
  )
    return { id: 'q-year', message: fmt.t('q.errYear') };
  if (step === 1 && draft.kind === 'months' && !/^\d{4}-\d{2}$/.test(draft.startMonth))
    return { id: 'q-start', message: fmt.t('q.errYear') };
  if (step === 2 && !draft.team.trim()) return { id: 'q-team', message: fmt.t('q.errTeam') };
  if (step === 2 && draft.startFrom === 'previous' && !draft.previousLabel)
    return { id: 'start-from-previous', message: fmt.t('q.errPrevious') };
  return null;
}

function newPeriodSection(app: App): HTMLElement {
  const { fmt } = app;
  if (!app.ui.draft) app.ui.draft = initialDraft(app);
  const draft = app.ui.draft;
  const step = app.ui.quarterStep;
  const go = (to: number) => {
    if (to > step) {
      const problem = stepProblem(app, draft, step);
      const control = problem ? document.getElementById(problem.id) : null;
      if (problem && control) {
        setError(control, problem.message);
        control.focus();
        return;
      }
    }
    app.ui.quarterStep = to;
    app.ui.existingPeriod = null;
    app.render();
    document.getElementById('q-step')?.focus();
  };
  const create = async () => {
    app.ui.quarterBusy = 'building';
    app.render();
    app.ui.existingPeriod = null;
    let label = previewLabel(draft, app.state.language);
    const done = await app.run(
      // The currency money is shown in: kept with the period's settings when none was chosen yet.
      call('createPeriod', {
        ...requestOf(draft, app.state.language),
        ...(app.state.currency ? { currency: app.state.currency } : {}),
      }).catch(async (error: unknown) => {
        // The period is there already (errPeriodExists): say so and offer to open it.
        const periods = await call('listPeriods').catch(() => []);
        const taken = periods.find(
          (p) => p.period.label === label || p.period.label === teamPeriodLabel(label, teamsOf(draft)[0] ?? ''),
        );
        if (!taken) throw error;
        label = taken.period.label;
        app.ui.existingPeriod = { label, message: errorText(error) };
        app.notify('');
        return undefined;
      }),
    );
    app.ui.quarterBusy = null;
    if (done === undefined) {
      app.render();
      return;
    }
    const state = await app.run(call('getSidebarState', pageLocale()));
    app.ui.draft = null;
    app.ui.quarterStep = 1;
    if (state) app.setState(state);
    // Show the new period: that is where the team works next.
    const view = await app.run(call('getOverview', done.label, true));
    if (view) app.setOverview(view);
    // Several teams at once: every team's period is named.
    app.notify(fmt.t('q.created', { label: (done.periods ?? [done]).map((p) => p.label).join(', ') }));
  };
  const startWord = {
    empty: fmt.t('q.fromEmpty'),
    examples: fmt.t('q.fromExamples'),
    previous: `${fmt.t('q.fromPrevious')} (${draft.previousLabel})`,
  }[draft.startFrom];
  const body =
    step === 1
      ? periodStep(app, draft)
      : step === 2
        ? startStep(app, draft)
        : [
            h(
              'p',
              {},
              teamsOf(draft).length > 1
                ? fmt.t('q.reviewTeams', {
                    label: previewLabel(draft, app.state.language),
                    teams: teamsOf(draft).join(', '),
                    start: startWord,
                  })
                : fmt.t('q.review', {
                    label: previewLabel(draft, app.state.language),
                    team: draft.team.trim(),
                    start: startWord,
                  }),
            ),
          ];
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'q-new-heading' },
    h('h2', { id: 'q-new-heading' }, fmt.t('q.newTitle')),
    h('p', { id: 'q-step', class: 'small muted', tabindex: -1 }, fmt.t('q.step', { step, steps: STEPS })),
    ...body,
    app.ui.existingPeriod ? existingPeriodNote(app, app.ui.existingPeriod) : null,
    h(
      'div',
      { class: 'actions' },
      step > 1 ? h('button', { type: 'button', onclick: () => go(step - 1) }, fmt.t('q.back')) : null,
      step < STEPS
        ? h('button', { type: 'button', class: 'primary', onclick: () => go(step + 1) }, fmt.t('q.next'))
        : h('button', { type: 'button', class: 'primary', onclick: () => void create() }, fmt.t('q.create')),
    ),
  );
}

/** The period the wizard would create exists already: the server's message and a way to open it. */
function existingPeriodNote(app: App, existing: { label: string; message: string }): HTMLElement {
  const open = async () => {
    app.ui.existingPeriod = null;
    if (!app.state.periods.some((p) => p.label === existing.label)) {
      const state = await app.run(call('getSidebarState', pageLocale()));
      if (state) app.setState(state);
    }
    const view = await app.run(call('getOverview', existing.label, true));
    if (!view) return;
    void app.run(call('openPeriodTab', existing.label));
    app.setOverview(view);
    app.show('overview');
    document.getElementById('tab-overview')?.focus();
  };
  return h(
    'div',
    { class: 'note', id: 'q-exists', role: 'alert' },
    h('p', {}, existing.message),
    h(
      'button',
      { type: 'button', class: 'primary', id: 'q-open-existing', onclick: () => void open() },
      app.fmt.t('q.openExisting'),
    ),
  );
}

/** Each KR's decision as the review would make it (core/review.ts): done at its target, else carry over. */
export function defaultDecisions(view: OverviewView): Record<string, Decision> {
  const decisions: Record<string, Decision> = {};
  for (const o of view.objectives) for (const kr of o.keyResults) decisions[kr.id] = defaultDecision(kr.progress);
  return decisions;
}

async function loadClosing(app: App, label: string): Promise<void> {
  // Closing needs every key result: a large period's summaries on screen are not enough.
  const onScreen = app.overview?.period.label === label && !app.overview.summaries ? app.overview : null;
  const view = onScreen ?? (await app.run(call('getOverview', label)));
  if (view) {
    app.ui.closing = { view, decisions: defaultDecisions(view) };
    app.render();
  }
}

function decisionList(app: App): HTMLElement | null {
  const { fmt } = app;
  const closing = app.ui.closing;
  if (!closing || closing.view.period.label !== app.ui.closeLabel) return null;
  const words: [Decision, 'q.decisionDone' | 'q.decisionDrop' | 'q.decisionCarry'][] = [
    ['done', 'q.decisionDone'],
    ['drop', 'q.decisionDrop'],
    ['carryOver', 'q.decisionCarry'],
  ];
  const rows = closing.view.objectives
    .flatMap((o) => o.keyResults)
    .map((kr, i) => {
      const select = h(
        'select',
        {
          'aria-label': fmt.t('q.decisionFor', { title: kr.title }),
          onchange: (e: Event) => {
            closing.decisions[kr.id] = (e.target as HTMLSelectElement).value as Decision;
          },
        },
        ...words.map(([value, key]) =>
          h('option', { value, selected: closing.decisions[kr.id] === value }, fmt.t(key)),
        ),
      );
      select.id = `q-decision-${i}`;
      return h(
        'li',
        { class: 'decision' },
        h('span', {}, kr.title),
        ' ',
        h('span', { class: 'small muted' }, kr.progress === null ? '' : fmt.percent(kr.progress)),
        select,
      );
    });
  return h('fieldset', {}, h('legend', {}, fmt.t('q.decisions')), h('ul', { class: 'decisions' }, ...rows));
}

function closeSection(app: App): HTMLElement {
  const { fmt } = app;
  const open = app.state.periods.filter((p) => !p.closed);
  if (open.length === 0) {
    return h('section', { class: 'card' }, h('h2', {}, fmt.t('q.closeTitle')), h('p', {}, fmt.t('q.noOpen')));
  }
  if (!open.some((p) => p.label === app.ui.closeLabel)) {
    const onScreen = app.overview?.period.label;
    app.ui.closeLabel = open.some((p) => p.label === onScreen) ? (onScreen as string) : open[0].label;
  }
  if (app.ui.closing?.view.period.label !== app.ui.closeLabel) void loadClosing(app, app.ui.closeLabel);
  const which = h(
    'select',
    {
      onchange: (e: Event) => {
        app.ui.closeLabel = (e.target as HTMLSelectElement).value;
        void loadClosing(app, app.ui.closeLabel).then(() => document.getElementById('q-close')?.focus());
      },
    },
    ...open.map((p) => h('option', { value: p.label, selected: p.label === app.ui.closeLabel }, p.label)),
  );
  const confirm = h('input', { type: 'checkbox', id: 'q-confirm' });
  const close = async () => {
    if (!confirm.checked) {
      setError(confirm, fmt.t('q.errConfirm'));
      confirm.focus();
      return;
    }
    const label = app.ui.closeLabel;
    app.ui.quarterBusy = 'closing';
    app.render();
    const decisions = app.ui.closing?.view.period.label === label ? app.ui.closing.decisions : undefined;
    const done = await app.run(call('closePeriod', { label, decisions, language: app.state.language }));
    app.ui.quarterBusy = null;
    if (done === undefined) {
      app.render();
      return;
    }
    const state = await app.run(call('getSidebarState', pageLocale()));
    if (state) app.setState(state);
    app.notify([fmt.t('q.closed', { label }), ...done.flags].join(' '));
  };
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'q-close-heading' },
    h('h2', { id: 'q-close-heading' }, fmt.t('q.closeTitle')),
    h('p', { class: 'small' }, fmt.t('q.closeInfo')),
    field('q-close', fmt.t('q.closeWhich'), which),
    decisionList(app),
    h('div', { class: 'field check' }, confirm, h('label', { for: 'q-confirm' }, fmt.t('q.closeConfirm'))),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'danger', onclick: () => void close() }, fmt.t('q.close')),
    ),
  );
}

export function renderQuarter(app: App): HTMLElement {
  const { fmt } = app;
  if (app.ui.quarterBusy) {
    const text = fmt.t(app.ui.quarterBusy === 'building' ? 'q.building' : 'q.closing');
    return h(
      'div',
      { class: 'stack', 'aria-busy': 'true' },
      h('p', { role: 'status' }, text),
      h('progress', { 'aria-label': text }),
    );
  }
  return h('div', { class: 'stack' }, newPeriodSection(app), closeSection(app));
}
