// Health check: what makes the period's OKR set weak or broken, each finding with a button that
// selects its cell in the sheet.
import type { HealthFinding, Severity } from '../../src/contract/index';
import type { App } from './app';
import { h } from './dom';
import { call } from './server';

const SEVERITY_SYMBOL: Record<Severity, string> = { error: '✕', warning: '▲', info: 'ℹ' };

/** Loads the findings of the period on screen (once per period unless asked again). */
export async function loadHealth(app: App, force = false): Promise<void> {
  const label = app.overview?.period.label;
  if (!label || (!force && app.ui.health?.label === label)) return;
  const findings = await app.run(call('getHealthReport', label));
  if (findings) {
    app.ui.health = { label, findings };
    app.render();
  }
}

function findingItem(app: App, finding: HealthFinding): HTMLElement {
  const { fmt } = app;
  const cellName = finding.cell.replace(/^'((?:[^']|'')+)'!/, (_, tab: string) => `${tab.replace(/''/g, "'")} `);
  return h(
    'li',
    { class: `finding finding-${finding.severity}`, 'data-code': finding.code },
    h(
      'span',
      { class: `chip severity-${finding.severity}` },
      h('span', { 'aria-hidden': 'true', class: 'symbol' }, SEVERITY_SYMBOL[finding.severity]),
      ` ${fmt.t(`severity.${finding.severity}`)}`,
    ),
    h('p', {}, fmt.message({ key: `health.${finding.code}`, params: finding.params })),
    finding.cell
      ? h(
          'button',
          { type: 'button', class: 'link small', onclick: () => void app.run(call('selectCell', finding.cell)) },
          fmt.t('hc.goTo', { cell: cellName }),
        )
      : null,
  );
}

export function renderHealth(app: App): HTMLElement {
  const { fmt } = app;
  if (!app.overview) return h('p', {}, fmt.t('noPeriod'));
  const report = app.ui.health;
  const current = report && report.label === app.overview.period.label ? report.findings : null;
  if (!current) void loadHealth(app);
  const count = (s: Severity) => (current ?? []).filter((f) => f.severity === s).length;
  return h(
    'div',
    { class: 'stack' },
    h('h2', {}, fmt.t('hc.title')),
    h('button', { type: 'button', id: 'hc-run', onclick: () => void loadHealth(app, true) }, fmt.t('hc.run')),
    current === null
      ? h('p', { class: 'muted', role: 'status' }, fmt.t('loading'))
      : current.length === 0
        ? h('p', { class: 'ok' }, fmt.t('hc.allGood'))
        : h(
            'p',
            {},
            fmt.t('hc.summary', {
              errors: fmt.number(count('error')),
              warnings: fmt.number(count('warning')),
              infos: fmt.number(count('info')),
            }),
          ),
    current?.length ? h('ul', { class: 'findings' }, ...current.map((f) => findingItem(app, f))) : null,
  );
}
