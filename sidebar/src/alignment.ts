// The alignment across teams, in the overview: every team's objectives of the period as one tree
// (company → team → rep) with own and rolled-up scores, the teams against pace, and the parent
// links to fix. Loaded when opened: it reads every team (getAlignment), the overview only one.
import type { AlignmentNode, AlignmentProblem, AlignmentView, OverviewView, TeamFile } from '../../src/contract/index';
import type { App } from './app';
import { h } from './dom';
import { leaderItem } from './overview';
import { call } from './server';
import { bar, field, gradeChip, setError, statusChip } from './widgets';

/** The alignment fetched for a period, kept while the sidebar is open on it. */
let loaded: { label: string; view: AlignmentView } | null = null;
let open = false;

/**
 * Shown folded on every period: with other teams, or to add teams of other files to a company's
 * workbook. Opening it reads (and, the first time, writes) the period's alignment tab.
 */
export function alignmentCard(app: App, view: OverviewView): HTMLElement | null {
  const { fmt } = app;
  const label = view.period.label;
  const current = loaded?.label === label ? loaded.view : null;
  const load = async () => {
    const fetched = await app.run(call('getAlignment', label));
    if (fetched) loaded = { label, view: fetched };
    app.render();
  };
  return h(
    'details',
    {
      class: 'card alignment',
      id: 'alignment',
      open,
      ontoggle: (e: Event) => {
        open = (e.target as HTMLDetailsElement).open;
        if (open && !current) void load();
      },
    },
    h('summary', {}, fmt.t('al.title')),
    ...(current ? alignmentBody(app, current) : [h('p', { class: 'small muted' }, fmt.t('loading'))]),
  );
}

function alignmentBody(app: App, view: AlignmentView): HTMLElement[] {
  const { fmt } = app;
  const settings = app.overview?.settings ?? app.state.settings;
  const parts: HTMLElement[] = [h('p', { class: 'small muted' }, fmt.t('al.hint', { period: view.period.label }))];
  if (view.problems.length > 0)
    parts.push(
      h('h3', {}, fmt.t('al.problems')),
      h('ul', { class: 'findings' }, ...view.problems.map((p) => problemItem(app, p))),
    );
  parts.push(h('h3', {}, fmt.t('al.teams')));
  parts.push(
    h(
      'ol',
      { class: 'leaders-list' },
      ...view.teams.map((row) => {
        const item = leaderItem(app, { settings }, row, false);
        if (row.periodLabel && row.periodLabel !== app.overview?.period.label)
          item.append(
            h(
              'button',
              { type: 'button', class: 'link small', onclick: () => void openTeam(app, row.periodLabel) },
              fmt.t('al.open', { team: row.name }),
            ),
          );
        return item;
      }),
    ),
  );
  parts.push(filesSection(app, view));
  parts.push(h('h3', {}, fmt.t('al.tree')));
  parts.push(
    view.roots.length === 0
      ? h('p', {}, fmt.t('al.none'))
      : h(
          'ul',
          { class: 'tree', role: 'tree', 'aria-label': fmt.t('al.tree') },
          ...view.roots.map((n) => nodeItem(app, n, 1)),
        ),
  );
  return parts;
}

function nodeItem(app: App, node: AlignmentNode, level: number): HTMLElement {
  const { fmt } = app;
  const score = node.score === null ? fmt.t('ov.notScored') : fmt.percent(node.score);
  const own = node.ownScore === null ? fmt.t('ov.notScored') : fmt.percent(node.ownScore);
  const below = node.children.length;
  return h(
    'li',
    { role: 'treeitem', 'aria-level': String(level), 'aria-expanded': below > 0 ? 'true' : undefined },
    h(
      'div',
      { class: 'node' },
      h('p', { class: 'node-title' }, h('span', { class: 'node-team' }, node.team), ' ', `${node.id} · ${node.title}`),
      h(
        'div',
        { class: 'score-line' },
        h('span', { class: 'score' }, score),
        gradeChip(app, node.grade),
        statusChip(app, node.status),
      ),
      bar(node.score, { grade: node.grade }),
      h(
        'p',
        { class: 'small muted' },
        [fmt.t('al.own', { score: own }), below > 0 ? fmt.t('al.children', { count: fmt.number(below) }) : '']
          .filter(Boolean)
          .join(' · '),
      ),
      node.reps.length > 0
        ? h(
            'ul',
            { class: 'reps small' },
            ...node.reps.map((rep) =>
              h(
                'li',
                {},
                `${rep.name || fmt.t('lb.unnamed')}: `,
                rep.progress === null || rep.expected === null
                  ? fmt.t('ov.notScored')
                  : fmt.t('lb.line', { progress: fmt.percent(rep.progress), expected: fmt.percent(rep.expected) }),
              ),
            ),
          )
        : null,
    ),
    below > 0 ? h('ul', { role: 'group' }, ...node.children.map((child) => nodeItem(app, child, level + 1))) : null,
  );
}

function problemItem(app: App, p: AlignmentProblem): HTMLElement {
  const { fmt } = app;
  const text =
    p.code === 'teamNotRead'
      ? fmt.t('al.teamNotRead', { team: p.team, cell: p.cell.replace(/^.*!/, '') })
      : p.code === 'childClosed'
        ? fmt.t('al.childClosed', { title: p.title, team: p.team, date: fmt.date(p.detail) })
        : p.code === 'parentMissing'
          ? fmt.t('al.parentMissing', { title: p.title, team: p.team, parent: p.detail })
          : p.code === 'parentLoop'
            ? fmt.t('al.parentLoop', { title: p.title, team: p.team, path: p.detail })
            : fmt.t('al.duplicate', { title: p.title, team: p.team, id: p.objectiveId, other: p.detail });
  return h(
    'li',
    { class: p.code === 'parentLoop' || p.code === 'teamNotRead' ? 'error' : 'warning' },
    h('p', {}, text),
    p.cell
      ? h(
          'button',
          { type: 'button', class: 'link small', onclick: () => void app.run(call('selectCell', p.cell)) },
          fmt.t('al.showCell'),
        )
      : null,
  );
}

async function openTeam(app: App, label: string): Promise<void> {
  const view = await app.run(call('getOverview', label, true));
  if (view) app.setOverview(view);
}

/** Teams of other files: listed with a way to remove each, and a form to add one. */
function filesSection(app: App, view: AlignmentView): HTMLElement {
  const { fmt } = app;
  const label = app.overview?.period.label ?? '';
  const files = view.files ?? [];
  const save = async (next: TeamFile[]) => {
    const fetched = await app.run(call('setTeamFiles', label, next));
    if (fetched) loaded = { label, view: fetched };
    app.render();
  };
  const team = h('input', { type: 'text', maxlength: 40, autocomplete: 'off' });
  const url = h('input', {
    type: 'url',
    maxlength: 500,
    autocomplete: 'off',
    placeholder: 'docs.google.com/spreadsheets/d/…',
  });
  return h(
    'details',
    { class: 'files', open: files.length > 0 },
    h('summary', {}, fmt.t('al.files')),
    h('p', { class: 'small muted' }, fmt.t('al.filesHint')),
    files.length > 0
      ? h(
          'ul',
          { class: 'small' },
          ...files.map((file) =>
            h(
              'li',
              {},
              `${file.team}: `,
              h('span', { class: 'muted' }, file.url),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  class: 'link small',
                  onclick: () => void save(files.filter((f) => f !== file)),
                },
                fmt.t('al.fileRemove', { team: file.team }),
              ),
            ),
          ),
        )
      : null,
    field('al-file-team', fmt.t('al.fileTeam'), team),
    field('al-file-url', fmt.t('al.fileUrl'), url),
    h(
      'button',
      {
        type: 'button',
        id: 'al-file-add',
        onclick: () => {
          if (!team.value.trim()) {
            setError(team, fmt.t('q.errTeam'));
            team.focus();
            return;
          }
          void save([...files, { team: team.value.trim(), url: url.value.trim() }]);
        },
      },
      fmt.t('al.fileAdd'),
    ),
  );
}
