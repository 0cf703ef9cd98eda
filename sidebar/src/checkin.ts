// Check-in: find a KR by title or owner, enter the new value, confidence and a note, see the
// previous values. Validated here first; the server validates again and writes under a lock.
import type { CheckInRequest, CheckInResult, KrView, OverviewView } from '../../src/contract/index';
import { decimalSeparatorOf, unitMismatch } from '../../src/contract/shared';
import type { App } from './app';
import { h } from './dom';
import { call, errorText } from './server';
import { checkInRequest } from './validate';
import { field, setError } from './widgets';

/** The key results to choose from: all of a small period; a large one's chosen objective's. */
export function allKeyResults(app: App): KrView[] {
  if (!app.overview) return [];
  if (app.overview.summaries) return app.ui.details[app.ui.checkInObjective]?.keyResults ?? [];
  return app.overview.objectives.flatMap((o) => o.keyResults);
}

/**
 * A large period's objectives to pick from first; its key results are fetched when picked. The
 * check-in and the data view share the choice (`id` names the control).
 */
export function objectivePicker(app: App, view: OverviewView, id = 'ci-objective'): HTMLElement | null {
  if (!view.summaries) return null;
  const { fmt } = app;
  const select = h(
    'select',
    {
      onchange: async (event: Event) => {
        const id = (event.target as HTMLSelectElement).value;
        app.ui.checkInObjective = id;
        app.ui.checkInKrId = '';
        if (id && !app.ui.details[id]) {
          const details = await app.run(call('getObjectiveDetails', view.period.label, id));
          if (details) app.ui.details[id] = details;
        }
        app.render();
        document.getElementById(id)?.focus();
      },
    },
    h('option', { value: '', selected: app.ui.checkInObjective === '' }, '—'),
    ...view.summaries.map((o) => h('option', { value: o.id, selected: o.id === app.ui.checkInObjective }, o.title)),
  );
  return field(id, fmt.t('ci.objective'), select);
}

function previousTable(app: App, kr: KrView): HTMLElement {
  const { fmt } = app;
  if (kr.checkIns.length === 0) return h('p', { class: 'muted' }, fmt.t('ci.noPrevious'));
  const rows = kr.checkIns
    .slice()
    .reverse()
    .map((c) =>
      h(
        'tr',
        {},
        h('td', {}, fmt.date(c.date)),
        h('td', {}, fmt.quantity(c.value, kr.unit)),
        h('td', {}, c.confidence === null ? '–' : fmt.percent(c.confidence)),
        h('td', {}, c.note),
        h('td', {}, c.who),
      ),
    );
  return h(
    'table',
    { class: 'history' },
    h('caption', {}, fmt.t('ci.previous')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(['ci.colDate', 'ci.colValue', 'ci.colConfidence', 'ci.colNote', 'ci.colWho'] as const).map((k) =>
          h('th', { scope: 'col' }, fmt.t(k)),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

export function renderCheckIn(app: App): HTMLElement {
  const { fmt } = app;
  const view = app.overview;
  if (!view) return h('p', {}, fmt.t('noPeriod'));
  if (view.period.closed) return h('p', { class: 'note' }, fmt.t('ci.errClosed'));
  const krs = allKeyResults(app);
  const query = app.ui.checkInSearch.trim().toLowerCase();
  const found = krs.filter(
    (kr) => !query || kr.title.toLowerCase().includes(query) || kr.owner.toLowerCase().includes(query),
  );
  const chosen = krs.find((kr) => kr.id === app.ui.checkInKrId) ?? null;

  const search = h('input', {
    type: 'search',
    value: app.ui.checkInSearch,
    autocomplete: 'off',
    oninput: (event: Event) => {
      app.ui.checkInSearch = (event.target as HTMLInputElement).value;
      app.render();
      const again = document.getElementById('ci-search') as HTMLInputElement | null;
      again?.focus();
      again?.setSelectionRange(again.value.length, again.value.length);
    },
  });
  const picker = h(
    'select',
    {
      size: Math.min(6, Math.max(2, found.length)),
      onchange: (event: Event) => {
        app.ui.checkInKrId = (event.target as HTMLSelectElement).value;
        app.render();
        document.getElementById('ci-kr')?.focus();
      },
    },
    ...found.map((kr) =>
      h(
        'option',
        { value: kr.id, selected: kr.id === app.ui.checkInKrId },
        kr.owner ? `${kr.title} — ${kr.owner}` : kr.title,
      ),
    ),
  );
  const milestone = chosen?.kind === 'milestone';
  const value = milestone
    ? h('input', { type: 'checkbox', checked: chosen?.current === true || chosen?.current === 1 })
    : h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  value.id = 'ci-value';
  const confidence = h('input', { type: 'number', min: 0, max: 10, step: 1, inputmode: 'numeric' });
  const note = h('textarea', { rows: 3, maxlength: 2000 });
  const who = h('input', { type: 'text', autocomplete: 'name', maxlength: 200 });

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = checkInRequest(
      {
        periodLabel: view.period.label,
        krId: chosen?.id ?? '',
        kind: chosen?.kind ?? null,
        valueText: milestone ? '' : (value as HTMLInputElement).value,
        done: milestone ? (value as HTMLInputElement).checked : false,
        confidenceText: confidence.value,
        note: note.value,
        who: who.value,
      },
      fmt.locale,
    );
    setError(picker, result.errors?.krId ? fmt.t(result.errors.krId) : null);
    setError(value, result.errors?.value ? fmt.t(result.errors.value) : null);
    setError(confidence, result.errors?.confidence ? fmt.t(result.errors.confidence) : null);
    if (!result.request) {
      const first = [picker, value, confidence].find((c) => c.getAttribute('aria-invalid') === 'true');
      first?.focus();
      return;
    }
    // Where the KR was seen and the spreadsheet's time zone save the server finding them again;
    // the log row is not needed here.
    const request: CheckInRequest = {
      ...result.request,
      row: chosen?.row || undefined,
      timeZone: app.state.timeZone || undefined,
      reportRow: false,
    };
    // A value typed in the other unit ("50%" on a money KR) is refused with a "did you mean …?"
    // question from the server; ask it here and send again only once the user confirms.
    const asked = await app.run(
      call('recordCheckIn', request).catch((error: unknown): { question: string } => {
        const decimal = decimalSeparatorOf(fmt.locale.replace('-', '_'));
        if (chosen && unitMismatch(chosen.unit, request.value, decimal)) return { question: errorText(error) };
        throw error;
      }),
    );
    if (asked === undefined) return;
    if ('question' in asked) {
      askUnit(asked.question, request);
      return;
    }
    await afterSave(asked, request);
  };

  const afterSave = async (saved: CheckInResult, request: CheckInRequest) => {
    const light = Boolean(view.summaries);
    const kept = app.ui.details;
    const overview = await app.run(call('getOverview', view.period.label, light));
    if (!overview) return;
    let updated = overview.objectives.flatMap((o) => o.keyResults).find((kr) => kr.id === request.krId);
    if (overview.summaries) {
      // A large period: only the key result checked in is fetched again, with its new history.
      updated = await app.run(call('getKeyResultDetails', view.period.label, request.krId));
      const objective = kept[app.ui.checkInObjective];
      if (updated && objective) {
        const fresh = updated;
        kept[objective.id] = {
          ...objective,
          keyResults: objective.keyResults.map((kr) => (kr.id === fresh.id ? fresh : kr)),
        };
      }
    }
    app.setOverview(overview);
    if (overview.summaries) {
      app.ui.details = kept;
      app.render();
    }
    const progress = updated?.progress ?? saved.progress;
    const said = progress !== null ? fmt.t('ci.savedAs', { progress: fmt.percent(progress) }) : fmt.t('saved');
    app.notify(saved.message ? `${said} ${saved.message}` : said);
  };

  const question = h('div', { id: 'ci-unit-question', class: 'note', role: 'alert', hidden: true });
  const askUnit = (text: string, request: CheckInRequest) => {
    const close = () => {
      question.hidden = true;
      question.replaceChildren();
    };
    const confirm = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        id: 'ci-unit-confirm',
        onclick: async () => {
          close();
          const saved = await app.run(call('recordCheckIn', { ...request, confirmUnit: true }));
          if (saved) await afterSave(saved, request);
        },
      },
      fmt.t('ci.unitConfirm'),
    );
    const cancel = h(
      'button',
      {
        type: 'button',
        id: 'ci-unit-cancel',
        onclick: () => {
          close();
          value.focus();
        },
      },
      fmt.t('ci.unitCancel'),
    );
    question.replaceChildren(h('p', {}, text), h('div', { class: 'row' }, confirm, cancel));
    question.hidden = false;
    confirm.focus();
  };

  return h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void submit(e).catch((err) => app.notify(errorText(err), 'error')) },
    h('h2', {}, fmt.t('ci.title')),
    objectivePicker(app, view),
    field('ci-search', fmt.t('ci.search'), search),
    found.length ? field('ci-kr', fmt.t('ci.pick'), picker) : h('p', { class: 'muted' }, fmt.t('ci.none')),
    chosen
      ? h(
          'p',
          { class: 'small' },
          fmt.t('ci.current', {
            current: fmt.quantity(chosen.current, chosen.unit),
            target: fmt.quantity(chosen.target, chosen.unit),
          }),
        )
      : null,
    // A quota split's parent counts its shares while its Current is blank: a value saved replaces that.
    chosen?.split?.summed
      ? h(
          'p',
          { class: 'small note', id: 'ci-split' },
          fmt.t('ci.splitSummed', { count: fmt.number(chosen.split.count) }),
        )
      : null,
    milestone
      ? h('div', { class: 'field check' }, value, h('label', { for: 'ci-value' }, fmt.t('ci.done')))
      : field('ci-value', fmt.t('ci.value'), value, fmt.t('ci.valueHint')),
    field('ci-confidence', fmt.t('ci.confidence'), confidence),
    field('ci-note', fmt.t('ci.note'), note),
    field('ci-who', fmt.t('ci.who'), who),
    question,
    h('button', { type: 'submit', class: 'primary', id: 'ci-save' }, fmt.t('ci.save')),
    chosen ? previousTable(app, chosen) : null,
  );
}
