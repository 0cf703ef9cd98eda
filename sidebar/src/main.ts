// The sidebar app: loads the state in one call, then shows six views behind a keyboard-friendly
// tab list. Everything on screen is built with dom.ts (text nodes only, never innerHTML).

import type { OverviewView, SidebarState } from '../../src/contract/index';
import { periodWithTeam } from '../../src/contract/shared';
import { SIDEBAR } from '../../src/i18n/sidebar';
import { type App, initialUi, type ViewId } from './app';
import { renderCheckIn } from './checkin';
import { renderDeals } from './deals';
import { fill, h } from './dom';
import { renderExamples } from './examples';
import { createFormatter } from './format';
import { renderHealth } from './health';
import { renderOverview } from './overview';
import { renderQuarter } from './quarter';
import { keepFresh } from './refresh';
import { call, errorText, pageLanguageChoice, pageLocale, pageTeam } from './server';
import { renderSettings } from './settings';

const VIEWS: {
  id: ViewId;
  label: 'tab.overview' | 'tab.checkIn' | 'tab.health' | 'tab.quarter' | 'tab.examples' | 'tab.data' | 'tab.settings';
  render: (app: App) => HTMLElement;
}[] = [
  { id: 'overview', label: 'tab.overview', render: renderOverview },
  { id: 'checkIn', label: 'tab.checkIn', render: renderCheckIn },
  { id: 'health', label: 'tab.health', render: renderHealth },
  { id: 'quarter', label: 'tab.quarter', render: renderQuarter },
  { id: 'examples', label: 'tab.examples', render: renderExamples },
  { id: 'data', label: 'tab.data', render: renderDeals },
  { id: 'settings', label: 'tab.settings', render: renderSettings },
];

/** The view a menu item asked for (showSidebar appends it to the page). */
function initialView(): ViewId {
  const asked = document.getElementById('okr-initial-view')?.getAttribute('data-view') ?? '';
  const map: Record<string, ViewId> = {
    overview: 'overview',
    checkIn: 'checkIn',
    health: 'health',
    newPeriod: 'quarter',
    closePeriod: 'quarter',
  };
  return map[asked] ?? 'overview';
}

function createApp(root: HTMLElement, state: SidebarState): App {
  const status = h('div', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const alert = h('div', { class: 'alert-line', role: 'alert' });
  const tabList = h('div', { role: 'tablist', class: 'tabs' });
  const panels = new Map<ViewId, HTMLElement>();
  const tabs = new Map<ViewId, HTMLButtonElement>();
  const header = h('header', { class: 'top' });
  let pending = 0;

  const app: App = {
    state,
    fmt: createFormatter(SIDEBAR[state.language], state.locale, state.currency),
    overview: state.overview,
    ui: initialUi(),
    active: initialView(),
    notify(text, kind = 'ok') {
      fill(kind === 'error' ? alert : status, text);
      fill(kind === 'error' ? status : alert);
    },
    render() {
      const panel = panels.get(app.active);
      const view = VIEWS.find((v) => v.id === app.active);
      if (!panel || !view) return;
      // Redrawing replaces the controls: keep keyboard focus on the control with the same id.
      const focused = document.activeElement;
      const focusedId = focused && panel.contains(focused) ? focused.id : '';
      fill(panel, view.render(app));
      const again = focusedId ? document.getElementById(focusedId) : null;
      if (again && again !== document.activeElement) again.focus();
    },
    show(view) {
      app.active = view;
      for (const [id, tab] of tabs) {
        const selected = id === view;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        (panels.get(id) as HTMLElement).hidden = !selected;
      }
      app.render();
    },
    setOverview(view) {
      rememberTeamOf(app, view);
      app.overview = view;
      // Details fetched for the overview on screen are stale with a new one.
      app.ui.details = {};
      app.ui.expanded = {};
      app.render();
      renderHeader();
    },
    setState(next) {
      const keepView = app.active;
      app.state = next;
      app.fmt = createFormatter(SIDEBAR[next.language], next.locale, next.currency);
      app.overview = next.overview;
      app.ui = initialUi();
      build();
      app.show(keepView);
    },
    async run(work) {
      pending += 1;
      root.setAttribute('aria-busy', 'true');
      try {
        return await work;
      } catch (error) {
        app.notify(app.fmt.t('error', { message: errorText(error) }), 'error');
        return undefined;
      } finally {
        pending -= 1;
        if (pending === 0) root.removeAttribute('aria-busy');
      }
    },
  };

  function renderHeader(): void {
    const { fmt } = app;
    const periods = [...app.state.periods].sort((a, b) => b.start.localeCompare(a.start));
    const current = app.overview?.period.label ?? '';
    const select = h(
      'select',
      {
        id: 'period-select',
        onchange: async (e: Event) => {
          const label = (e.target as HTMLSelectElement).value;
          const view = await app.run(call('getOverview', label, true));
          if (view) {
            app.ui.health = null;
            app.ui.checkInKrId = '';
            app.setOverview(view);
            document.getElementById('period-select')?.focus();
          }
        },
      },
      ...periods.map((p) =>
        h('option', { value: p.label, selected: p.label === current }, periodWithTeam(p.label, p.team)),
      ),
    );
    fill(
      header,
      h('h1', { class: 'visually-hidden' }, fmt.t('appTitle')),
      periods.length
        ? h('div', { class: 'field inline' }, h('label', { for: 'period-select' }, fmt.t('period')), select)
        : null,
    );
  }

  /** Tabs follow the WAI-ARIA pattern: arrows move (mirrored right to left), Home/End jump. */
  function onTabKey(event: KeyboardEvent): void {
    const order = VIEWS.map((v) => v.id);
    const index = order.indexOf(app.active);
    const rtl = document.documentElement.dir === 'rtl';
    const step: Record<string, number> = {
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
      ArrowDown: 1,
      ArrowUp: -1,
    };
    let next = -1;
    if (event.key in step) next = (index + step[event.key] + order.length) % order.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = order.length - 1;
    if (next < 0) return;
    event.preventDefault();
    app.show(order[next]);
    tabs.get(order[next])?.focus();
  }

  function build(): void {
    const { fmt } = app;
    document.documentElement.lang = app.state.language;
    document.documentElement.dir = app.state.language === 'ar' ? 'rtl' : 'ltr';
    document.title = fmt.t('appTitle');
    tabs.clear();
    panels.clear();
    fill(tabList);
    tabList.setAttribute('aria-label', fmt.t('tabsLabel'));
    const panelNodes: HTMLElement[] = [];
    for (const view of VIEWS) {
      const tab = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${view.id}`,
          'aria-controls': `panel-${view.id}`,
          'aria-selected': 'false',
          tabindex: -1,
          onclick: () => app.show(view.id),
          onkeydown: (e: Event) => onTabKey(e as KeyboardEvent),
        },
        fmt.t(view.label),
      );
      const panel = h('section', {
        role: 'tabpanel',
        id: `panel-${view.id}`,
        'aria-labelledby': `tab-${view.id}`,
        tabindex: 0,
        hidden: true,
      });
      tabs.set(view.id, tab);
      panels.set(view.id, panel);
      tabList.appendChild(tab);
      panelNodes.push(panel);
    }
    renderHeader();
    fill(root, header, tabList, status, alert, h('main', { class: 'panels' }, ...panelNodes));
  }

  build();
  app.show(app.active);
  keepFresh(app, root);
  // "Close quarter…" in the menu lands on the close form rather than the new-period wizard.
  if (document.getElementById('okr-initial-view')?.getAttribute('data-view') === 'closePeriod') {
    document.getElementById('q-close')?.focus();
  }
  return app;
}

async function boot(): Promise<void> {
  const root = document.getElementById('app') as HTMLElement;
  try {
    const state = await call('getSidebarState', pageLocale(), pageLanguageChoice(), pageTeam());
    createApp(root, state);
    root.removeAttribute('aria-busy');
    document.body.setAttribute('data-ready', 'true');
  } catch (error) {
    const retry = h('button', { type: 'button', onclick: () => void boot() }, '↻');
    retry.setAttribute('aria-label', 'Retry');
    fill(root, h('p', { role: 'alert' }, errorText(error)), retry);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void boot());
else void boot();

/**
 * In a workbook of several teams, the team the user turns to is remembered (a user property), so
 * that the sidebar opens on that team's running period next time. Quietly: nothing waits for it.
 */
function rememberTeamOf(app: App, view: OverviewView | null): void {
  const team = view?.period.team ?? '';
  if (!team || team === (app.overview?.period.team ?? '')) return;
  if (new Set(app.state.periods.map((p) => p.team)).size < 2) return;
  call('rememberTeam', team).catch(() => undefined);
}
