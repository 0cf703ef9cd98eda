// Examples: the library of sales OKRs by family, in the sidebar's language; chosen objectives are
// inserted into the period on screen.
import type { ExampleFamily } from '../../src/contract/index';
import type { App } from './app';
import { h } from './dom';
import { call } from './server';
import { field, setError } from './widgets';

async function loadExamples(app: App, family: string): Promise<void> {
  const list = await app.run(call('getExamples', app.state.language, family ? (family as ExampleFamily) : undefined));
  if (list) {
    app.ui.examples = { family, list };
    app.render();
  }
}

/** Why nothing can be inserted, and the way out: switch to an open period, or create one. */
function noOpenPeriod(app: App): HTMLElement {
  const { fmt } = app;
  const closed = app.overview?.period.closed ? app.overview.period.label : '';
  const open = [...app.state.periods].filter((p) => !p.closed).sort((a, b) => b.start.localeCompare(a.start))[0];
  const switchTo = async (label: string) => {
    const view = await app.run(call('getOverview', label, true));
    if (view) {
      app.setOverview(view);
      document.getElementById('eg-insert')?.focus();
    }
  };
  return h(
    'div',
    { class: 'note', id: 'eg-no-period' },
    h('p', {}, closed ? fmt.t('eg.errClosedPeriod', { label: closed }) : fmt.t('eg.errPeriod')),
    h(
      'div',
      { class: 'actions' },
      open && closed
        ? h(
            'button',
            { type: 'button', onclick: () => void switchTo(open.label) },
            fmt.t('eg.switchTo', { label: open.label }),
          )
        : null,
      h('button', { type: 'button', onclick: () => app.show('quarter') }, fmt.t('createFirst')),
    ),
  );
}

export function renderExamples(app: App): HTMLElement {
  const { fmt } = app;
  const loaded = app.ui.examples;
  if (!loaded) void loadExamples(app, '');
  const family = loaded?.family ?? '';
  const picker = h(
    'select',
    {
      onchange: (e: Event) => {
        void loadExamples(app, (e.target as HTMLSelectElement).value).then(() =>
          document.getElementById('eg-family')?.focus(),
        );
      },
    },
    h('option', { value: '', selected: family === '' }, fmt.t('eg.allFamilies')),
    ...app.state.families.map((f) => h('option', { value: f.id, selected: f.id === family }, f.name)),
  );
  const period = app.overview && !app.overview.period.closed ? app.overview.period.label : '';
  const boxes: HTMLInputElement[] = [];
  const items = (loaded?.list ?? []).map((example) => {
    const id = `eg-${example.id}`;
    const box = h('input', { type: 'checkbox', id, value: example.id, disabled: !period });
    boxes.push(box);
    return h(
      'li',
      { class: 'card example' },
      h('div', { class: 'field check' }, box, h('label', { for: id }, example.title)),
      h(
        'p',
        { class: 'small muted' },
        `${example.familyName} · ${fmt.t(example.committed ? 'eg.committed' : 'eg.aspirational')}`,
      ),
      h(
        'ul',
        { class: 'small' },
        ...example.keyResults.map((kr) =>
          h(
            'li',
            {},
            fmt.t('eg.krLine', {
              title: kr.title,
              kind: fmt.t(`kind.${kr.kind}`),
              baseline: fmt.quantity(kr.baseline, kr.unit),
              target: fmt.quantity(kr.target, kr.unit),
            }),
          ),
        ),
      ),
    );
  });
  const insert = async () => {
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    if (ids.length === 0) {
      if (boxes[0]) {
        setError(boxes[0], fmt.t('eg.errPick'));
        boxes[0].focus();
      }
      return;
    }
    const result = await app.run(call('insertExamples', period, ids));
    if (!result) return;
    app.setOverview(result.overview);
    for (const b of boxes) b.checked = false;
    app.notify(fmt.t('eg.inserted', { count: fmt.number(result.inserted) }));
  };
  return h(
    'div',
    { class: 'stack' },
    h('h2', {}, fmt.t('eg.title')),
    field('eg-family', fmt.t('eg.family'), picker),
    !period ? noOpenPeriod(app) : null,
    loaded === null
      ? h('p', { class: 'muted', role: 'status' }, fmt.t('loading'))
      : items.length === 0
        ? h('p', {}, fmt.t('eg.none'))
        : h('ul', { class: 'examples' }, ...items),
    period && items.length
      ? h(
          'div',
          { class: 'actions sticky' },
          h(
            'button',
            { type: 'button', class: 'primary', id: 'eg-insert', onclick: () => void insert() },
            fmt.t('eg.insert', { label: period }),
          ),
        )
      : null,
  );
}
