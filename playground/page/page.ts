// The playground page: draws the emulated workbook like a spreadsheet (tabs, grid, formula bar,
// charts), offers the add-on menu, and hosts the real sidebar in a sandboxed iframe whose
// google.script.run calls arrive here by postMessage and go on to the server.
// Sheet text is only ever put into the page with textContent.

import { columnLetter } from '../../src/core/a1';
import type { CellView, ChartView, MenuView, RunResponse, SheetView, WorkbookView } from '../view';
import { renderChart } from './chart';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const grid = $<HTMLTableElement>('grid');
const gridLayer = $<HTMLDivElement>('grid-layer');
const gridScroll = $<HTMLDivElement>('grid-scroll');
const chartsLayer = $<HTMLDivElement>('charts');
const tabs = $<HTMLDivElement>('tabs');
const nameBox = $<HTMLLabelElement>('name-box');
const formulaInput = $<HTMLInputElement>('formula-input');
const statusLine = $<HTMLParagraphElement>('status');
const extensionsButton = $<HTMLButtonElement>('extensions-button');
const extensionsMenu = $<HTMLDivElement>('extensions-menu');
const sidebarPanel = $<HTMLElement>('sidebar-panel');
const sidebarTitle = $<HTMLHeadingElement>('sidebar-title');
const sidebarFrame = $<HTMLIFrameElement>('sidebar-frame');
const resetButton = $<HTMLButtonElement>('reset');
const importButton = $<HTMLButtonElement>('import-button');
const importFile = $<HTMLInputElement>('import-file');
const cellTip = $<HTMLDivElement>('cell-tip');
const cellAnnounce = $<HTMLParagraphElement>('cell-announce');
const chartNav = $<HTMLElement>('chart-nav');

let state: WorkbookView | null = null;
let currentSheet = '';
let selected = { row: 0, column: 0 };
/** The sidebar version on screen; a newer one from the server reloads the panel. */
let shownSidebarVersion = 0;
let editor: HTMLInputElement | null = null;
/** The range the add-on selected (e.g. a key result's row), highlighted until the user clicks. */
let highlighted: { sheet: string; top: number; left: number; bottom: number; right: number } | null = null;
const HEADER_HEIGHT = 22;
const ROW_HEIGHT = 21;

// ---------------------------------------------------------------- server calls

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const payload = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(payload.error?.message ?? `${path} failed with ${response.status}`);
  return payload;
}

async function refresh(): Promise<void> {
  const response = await fetch('/api/state');
  apply((await response.json()) as WorkbookView);
}

function setStatus(text: string, isError = false): void {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', isError);
}

// ---------------------------------------------------------------- rendering

function apply(next: WorkbookView): void {
  const sheetChanged = !state || state.activeSheet !== next.activeSheet || state.activeRange !== next.activeRange;
  state = next;
  if (!next.sheets.some((s) => s.name === currentSheet) || sheetChanged) currentSheet = next.activeSheet;
  const reveal = sheetChanged && next.activeRange !== null;
  if (reveal && next.activeRange) selectFromA1(next.activeRange);
  document.documentElement.lang = next.locale.split(/[_-]/)[0] || 'en';
  resetButton.title =
    next.startsFrom === 'empty'
      ? 'Throw the workbook away and start again from an empty one'
      : 'Throw the workbook away and load the sample again';
  renderTabs();
  renderSheet();
  if (reveal) revealSelection();
  renderMenu(next.menus);
  renderSidebar();
  document.body.dataset.ready = 'true';
}

function sheet(): SheetView | undefined {
  return state?.sheets.find((s) => s.name === currentSheet);
}

function renderTabs(): void {
  tabs.replaceChildren(
    ...(state?.sheets ?? []).map((s) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(s.name === currentSheet));
      tab.textContent = s.name;
      tab.addEventListener('click', () => {
        currentSheet = s.name;
        selected = { row: 0, column: 0 };
        renderTabs();
        renderSheet();
        if (state && state.activeSheet !== s.name) {
          // What the server will say from now on: this tab is active, nothing selected by the add-on.
          state.activeSheet = s.name;
          state.activeRange = null;
          void postJson('/api/select', { sheet: s.name }).catch((error: Error) => setStatus(error.message, true));
        }
      });
      return tab;
    }),
  );
}

/** A1 address of a 0-based grid cell, named as the add-on names cells (src/core/a1.ts). */
function a1(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

function renderSheet(): void {
  closeEditor();
  const current = sheet();
  grid.replaceChildren();
  chartsLayer.replaceChildren();
  hideTip();
  if (!current) return;
  const opened = grid.dataset.sheet !== current.name;
  grid.dataset.sheet = current.name;
  // The scroller takes the sheet's direction too, so that its start (column A) is where it opens.
  gridLayer.dir = current.rightToLeft ? 'rtl' : 'ltr';
  gridScroll.dir = gridLayer.dir;
  // Sticky column letters, frozen rows and row numbers never hide the cell being scrolled to.
  gridScroll.style.setProperty('--sticky-top', `${HEADER_HEIGHT + current.frozenRows * ROW_HEIGHT}px`);
  // Column widths as the add-on set them (Sheets' default is 100 px); the table is fixed-layout.
  const columns = document.createElement('colgroup');
  const rowHeadColumn = document.createElement('col');
  rowHeadColumn.style.width = '46px';
  columns.append(rowHeadColumn);
  let width = 46;
  const widths: number[] = [];
  for (let c = 0; c < current.columns; c++) {
    const col = document.createElement('col');
    const px = current.columnWidths[c] ?? 100;
    widths.push(px);
    col.style.width = `${px}px`;
    width += px;
    columns.append(col);
  }
  grid.style.width = `${width}px`;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = document.createElement('th');
  corner.className = 'row-head corner';
  headRow.append(corner);
  for (let c = 0; c < current.columns; c++) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = columnLetter(c + 1);
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement('tbody');
  for (let r = 0; r < current.rows; r++) {
    const tr = document.createElement('tr');
    if (r < current.frozenRows) {
      // Frozen rows stay under the column letters while the sheet scrolls, as in Sheets.
      tr.classList.add('frozen');
      tr.style.setProperty('--frozen-top', `${HEADER_HEIGHT + r * ROW_HEIGHT}px`);
      if (r === current.frozenRows - 1) tr.classList.add('frozen-last');
    }
    const rowHead = document.createElement('th');
    rowHead.className = 'row-head';
    rowHead.scope = 'row';
    rowHead.textContent = String(r + 1);
    tr.append(rowHead);
    const cells = current.cells[r] ?? [];
    for (let c = 0; c < current.columns; c++) tr.append(renderCell(cells[c], r, c, spillWidth(cells, c, widths)));
    body.append(tr);
  }
  grid.append(columns, head, body);
  if (current.lastRow > current.rows) {
    // A big tab (an imported export) is drawn from its top only; say so where the rows end.
    const caption = document.createElement('caption');
    caption.className = 'rows-not-drawn';
    caption.textContent = `Rows ${(current.rows + 1).toLocaleString('en')}–${current.lastRow.toLocaleString('en')} are not drawn: the playground draws the first ${current.rows.toLocaleString('en')} rows of a big tab.`;
    grid.append(caption);
  }
  for (const chart of current.charts) placeChart(chart);
  renderChartNav(current);
  if (opened) {
    // A tab opens at its start, as in Sheets, whatever the previous tab was scrolled to.
    gridScroll.scrollTop = 0;
    gridScroll.scrollLeft = 0;
  }
  showSelection(false);
}

/** Text that is not right-aligned or centred. */
function flowsToEnd(cell: CellView | undefined): boolean {
  return !!cell && cell.kind === 'text' && !cell.checkbox && (cell.align === undefined || cell.align === 'left');
}

/**
 * Like Sheets, text runs on over the empty cells after it (to the right, or to the left in a
 * right-to-left sheet) and is cut at the first cell that holds something; numbers never do.
 * Returns the width the text may use, or 0 when it stays in its own cell.
 */
function spillWidth(cells: CellView[], column: number, widths: number[]): number {
  if (!flowsToEnd(cells[column])) return 0;
  let width = widths[column];
  let next = column + 1;
  while (next < widths.length && (cells[next] ?? { kind: 'empty' }).kind === 'empty' && !cells[next]?.checkbox) {
    width += widths[next];
    next += 1;
  }
  return next === column + 1 ? 0 : width;
}

function renderCell(cell: CellView | undefined, row: number, column: number, spill = 0): HTMLTableCellElement {
  const td = document.createElement('td');
  td.dataset.a1 = a1(row, column);
  td.dataset.row = String(row);
  td.dataset.column = String(column);
  if (!cell) return td;
  if (cell.checkbox && cell.kind === 'boolean') {
    const checked = cell.input.toUpperCase() === 'TRUE' || cell.display === '1';
    td.textContent = checked ? '☑' : '☐';
    td.setAttribute('aria-label', cell.display);
    td.classList.add('checkbox');
  } else if (spill > 0) {
    // The text sits in a layer above the empty neighbours it runs over; clicks go through to them.
    const text = document.createElement('span');
    text.className = 'spill-text';
    text.style.width = `${spill - 8}px`;
    text.textContent = cell.display;
    td.classList.add('spill');
    td.append(text);
  } else {
    td.textContent = cell.display;
  }
  td.classList.add(cell.kind);
  if (cell.bold) td.classList.add('bold');
  if (cell.italic) td.classList.add('italic');
  if (cell.align) td.style.textAlign = cell.align;
  if (cell.fontColor) td.style.color = cell.fontColor;
  if (cell.input.startsWith('=')) td.classList.add('has-formula');
  if (cell.background) td.style.backgroundColor = cell.background;
  if (cell.display.length > 24 && !spill) td.title = cell.display;
  if (cell.errorMessage) td.classList.add('has-message');
  return td;
}

function placeChart(chart: ChartView): void {
  const anchor = grid.querySelector<HTMLTableCellElement>(
    `td[data-row="${chart.anchorRow - 1}"][data-column="${chart.anchorColumn - 1}"]`,
  );
  const box = renderChart(chart);
  box.tabIndex = -1;
  box.style.left = `${anchor ? anchor.offsetLeft : 60}px`;
  box.style.top = `${anchor ? anchor.offsetTop : 30}px`;
  chartsLayer.append(box);
}

function cellAt(row: number, column: number): HTMLTableCellElement | null {
  return grid.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-column="${column}"]`);
}

function showSelection(scroll = true): void {
  for (const old of grid.querySelectorAll('td.selected')) old.classList.remove('selected');
  for (const old of grid.querySelectorAll('td.in-range')) old.classList.remove('in-range');
  if (highlighted && highlighted.sheet === currentSheet) {
    for (let r = highlighted.top; r <= highlighted.bottom; r++) {
      for (let c = highlighted.left; c <= highlighted.right; c++) cellAt(r, c)?.classList.add('in-range');
    }
  }
  const td = cellAt(selected.row, selected.column);
  td?.classList.add('selected');
  const cell = sheet()?.cells[selected.row]?.[selected.column];
  nameBox.textContent = a1(selected.row, selected.column);
  if (document.activeElement !== formulaInput) formulaInput.value = cell?.input ?? '';
  if (scroll) td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  explainSelectedError(scroll);
}

/**
 * Brings what the add-on selected into view: the start of the range, then as much of its end as
 * fits, so a key result's row shows its progress, status and score, its last columns, even when
 * the sidebar leaves room for only a few columns.
 */
function revealSelection(): void {
  const start = cellAt(selected.row, selected.column);
  start?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (highlighted && highlighted.sheet === currentSheet && highlighted.right > highlighted.left) {
    cellAt(highlighted.top, highlighted.right)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

// ---------------------------------------------------------------- error messages

/** The cell the message box belongs to, and whether it opened on hover (else on selection). */
let tipFor: { td: HTMLTableCellElement; hover: boolean } | null = null;

function showTip(td: HTMLTableCellElement, hover: boolean): void {
  const cell = sheet()?.cells[Number(td.dataset.row)]?.[Number(td.dataset.column)];
  if (!cell?.errorMessage) return;
  cellTip.replaceChildren();
  const heading = document.createElement('strong');
  heading.textContent = `${cell.display} `;
  cellTip.append(heading, cell.errorMessage);
  cellTip.dir = 'auto';
  cellTip.hidden = false;
  cellTip.style.left = `${td.offsetLeft}px`;
  cellTip.style.top = `${td.offsetTop + td.offsetHeight + 2}px`;
  tipFor = { td, hover };
}

function hideTip(): void {
  cellTip.hidden = true;
  tipFor = null;
  gridScroll.removeAttribute('aria-describedby');
}

/** Sheets shows why a cell failed when it is selected: so does the page, and says it to screen readers. */
function explainSelectedError(announce: boolean): void {
  const td = cellAt(selected.row, selected.column);
  const cell = sheet()?.cells[selected.row]?.[selected.column];
  if (td && cell?.errorMessage) {
    showTip(td, false);
    gridScroll.setAttribute('aria-describedby', 'cell-tip');
    if (announce)
      cellAnnounce.textContent = `${a1(selected.row, selected.column)}: ${cell.display} ${cell.errorMessage}`;
  } else if (tipFor && !tipFor.hover) {
    hideTip();
  }
}

grid.addEventListener('mouseover', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (td?.classList.contains('has-message') && tipFor?.td !== td) showTip(td, true);
});
grid.addEventListener('mouseout', (event) => {
  const to = event.relatedTarget as Node | null;
  if (!tipFor?.hover || (to && (tipFor.td.contains(to) || cellTip.contains(to)))) return;
  hideTip();
  explainSelectedError(false);
});
cellTip.addEventListener('mouseleave', (event) => {
  if (tipFor?.hover && !tipFor.td.contains(event.relatedTarget as Node | null)) {
    hideTip();
    explainSelectedError(false);
  }
});

// ---------------------------------------------------------------- charts

/** The tab's charts by title: a click brings one into view (the dashboard's sit right of its tables). */
function renderChartNav(current: SheetView): void {
  chartNav.hidden = current.charts.length === 0;
  const buttons = current.charts.map((chart, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-link';
    button.textContent = chart.title || `Chart ${i + 1}`;
    button.addEventListener('click', () => {
      const box = chartsLayer.children[i] as HTMLElement | undefined;
      box?.scrollIntoView({ block: 'start', inline: 'start', behavior: 'instant' });
      box?.focus({ preventScroll: true });
    });
    return button;
  });
  const label = document.createElement('span');
  label.className = 'chart-nav-label';
  label.textContent =
    current.charts.length === 1 ? 'This tab has a chart:' : `This tab has ${current.charts.length} charts:`;
  chartNav.replaceChildren(label, ...buttons);
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Selects what the add-on selected: "Tab!B5" or "Tab!A5:U5" (the range stays highlighted). */
function selectFromA1(range: string): void {
  const cut = range.lastIndexOf('!');
  const sheetName = range.slice(0, cut);
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range.slice(cut + 1));
  if (!match) return;
  const top = Number(match[2]) - 1;
  const left = columnIndex(match[1]);
  selected = { row: top, column: left };
  highlighted = {
    sheet: sheetName,
    top,
    left,
    bottom: match[4] ? Number(match[4]) - 1 : top,
    right: match[3] ? columnIndex(match[3]) : left,
  };
}

function select(row: number, column: number): void {
  const current = sheet();
  if (!current) return;
  highlighted = null;
  selected = {
    row: Math.max(0, Math.min(current.rows - 1, row)),
    column: Math.max(0, Math.min(current.columns - 1, column)),
  };
  showSelection();
}

// ---------------------------------------------------------------- editing

async function commit(row: number, column: number, input: string): Promise<void> {
  const address = a1(row, column);
  try {
    apply(await postJson<WorkbookView>('/api/cell', { sheet: currentSheet, a1: address, input }));
    setStatus(`${currentSheet}!${address} updated`);
    // Sheets tells a sidebar nothing; the playground does, so the sidebar's overview follows the grid.
    sidebarFrame.contentWindow?.postMessage({ channel: 'okr-playground', type: 'sheet-edited' }, '*');
  } catch (error) {
    setStatus((error as Error).message, true);
  }
}

function openEditor(initial?: string): void {
  const td = cellAt(selected.row, selected.column);
  if (!td) return;
  closeEditor();
  const input = document.createElement('input');
  input.className = 'cell-editor';
  input.setAttribute('aria-label', `Edit ${a1(selected.row, selected.column)}`);
  input.value = initial ?? sheet()?.cells[selected.row]?.[selected.column]?.input ?? '';
  input.style.left = `${td.offsetLeft}px`;
  input.style.top = `${td.offsetTop}px`;
  input.style.minWidth = `${Math.max(td.offsetWidth, 120)}px`;
  input.style.height = `${td.offsetHeight}px`;
  const { row, column } = selected;
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const value = input.value;
      closeEditor();
      if (event.key === 'Enter') select(row + 1, column);
      else select(row, column + 1);
      void commit(row, column, value);
    } else if (event.key === 'Escape') {
      closeEditor();
    }
    event.stopPropagation();
  });
  input.addEventListener('input', () => {
    formulaInput.value = input.value;
  });
  gridLayer.append(input);
  editor = input;
  input.focus();
}

function closeEditor(): void {
  if (!editor) return;
  const old = editor;
  editor = null;
  old.remove();
  gridScroll.focus({ preventScroll: true });
}

grid.addEventListener('click', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (!td) return;
  select(Number(td.dataset.row), Number(td.dataset.column));
  gridScroll.focus({ preventScroll: true });
});
grid.addEventListener('dblclick', (event) => {
  if ((event.target as HTMLElement).closest('td')) openEditor();
});

gridScroll.tabIndex = 0;
gridScroll.setAttribute('aria-label', 'Cells: arrows move, Enter edits, Delete clears, Ctrl+V pastes a block');
gridScroll.addEventListener('keydown', (event) => {
  if (editor) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, 1],
  };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    select(selected.row + move[0], selected.column + move[1]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    openEditor();
  } else if (event.key === 'Escape' && !cellTip.hidden) {
    event.preventDefault();
    hideTip();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    void commit(selected.row, selected.column, '');
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    openEditor(event.key);
  }
});

// Ctrl+V on the grid: a block copied from a spreadsheet arrives as tab-separated text and is
// pasted from the selected cell, each cell read as typed input (POST /api/paste).
gridScroll.addEventListener('paste', (event) => {
  if (editor) return;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text === '') return;
  event.preventDefault();
  void pasteAt(selected.row, selected.column, text);
});

async function pasteAt(row: number, column: number, text: string): Promise<void> {
  const address = a1(row, column);
  const sheetName = currentSheet;
  setStatus(`Pasting at ${sheetName}!${address}…`);
  try {
    apply(await postJson<WorkbookView>('/api/paste', { sheet: sheetName, a1: address, text }));
    const rows = text.replace(/\r?\n$/, '').split(/\r?\n/).length;
    setStatus(`Pasted ${rows === 1 ? 'one row' : `${rows} rows`} at ${sheetName}!${address}`);
    sidebarFrame.contentWindow?.postMessage({ channel: 'okr-playground', type: 'sheet-edited' }, '*');
  } catch (error) {
    setStatus((error as Error).message, true);
  }
}

// ---------------------------------------------------------------- import

/** The file's name without its extension, made unique among the tabs as Sheets' import does. */
function tabNameFor(fileName: string): string {
  const base =
    fileName
      .replace(/\.[^.]*$/, '')
      .trim()
      .slice(0, 90) || 'Imported';
  const taken = new Set((state?.sheets ?? []).map((s) => s.name.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  return name;
}

importButton.addEventListener('click', () => importFile.click());
importFile.addEventListener('change', async () => {
  const file = importFile.files?.[0];
  importFile.value = '';
  if (!file) return;
  const name = tabNameFor(file.name);
  setStatus(`Importing ${file.name}…`);
  try {
    const csv = await file.text();
    apply(await postJson<WorkbookView>('/api/import', { name, csv }));
    setStatus(`Imported ${file.name} as the tab ${name}`);
  } catch (error) {
    setStatus((error as Error).message, true);
  }
});

formulaInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    const { row, column } = selected;
    formulaInput.blur();
    void commit(row, column, formulaInput.value);
  } else if (event.key === 'Escape') {
    formulaInput.value = sheet()?.cells[selected.row]?.[selected.column]?.input ?? '';
    formulaInput.blur();
  }
});

// ---------------------------------------------------------------- add-on menu

function renderMenu(menus: MenuView[]): void {
  const children: HTMLElement[] = [];
  if (menus.length === 0) {
    const empty = document.createElement('div');
    empty.className = 'menu-heading';
    empty.textContent = 'No add-on menu (onOpen did not add one)';
    children.push(empty);
  }
  for (const menu of menus) {
    const heading = document.createElement('div');
    heading.className = 'menu-heading';
    heading.textContent = menu.title;
    children.push(heading);
    for (const item of menu.items) {
      if ('separator' in item) {
        const hr = document.createElement('hr');
        hr.className = 'menu-separator';
        children.push(hr);
        continue;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'menu-item';
      button.setAttribute('role', 'menuitem');
      button.dataset.function = item.functionName;
      button.textContent = item.caption;
      button.addEventListener('click', () => {
        toggleMenu(false);
        void runMenuItem(item.functionName, item.caption);
      });
      children.push(button);
    }
  }
  extensionsMenu.replaceChildren(...children);
}

function toggleMenu(open = extensionsMenu.hidden): void {
  extensionsMenu.hidden = !open;
  extensionsButton.setAttribute('aria-expanded', String(open));
  if (open) extensionsMenu.querySelector<HTMLButtonElement>('.menu-item')?.focus();
}

extensionsButton.addEventListener('click', () => toggleMenu());
document.addEventListener('click', (event) => {
  if (!extensionsMenu.hidden && !(event.target as HTMLElement).closest('.menu-anchor')) toggleMenu(false);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !extensionsMenu.hidden) {
    toggleMenu(false);
    extensionsButton.focus();
  }
});

async function runMenuItem(functionName: string, caption: string): Promise<void> {
  setStatus(`Running ${caption}…`);
  try {
    const { state: next, error } = await postJson<{ state: WorkbookView; error?: { message: string } }>('/api/menu', {
      functionName,
    });
    apply(next);
    if (error) setStatus(`${caption}: ${error.message}`, true);
    else setStatus(`${caption} done`);
  } catch (error) {
    setStatus((error as Error).message, true);
  }
}

// ---------------------------------------------------------------- sidebar

function renderSidebar(): void {
  const info = state?.sidebar;
  if (!info || info.version === shownSidebarVersion) return;
  shownSidebarVersion = info.version;
  sidebarTitle.textContent = info.title;
  sidebarFrame.src = `/sidebar?v=${info.version}`;
  sidebarPanel.hidden = false;
  // The grid just got narrower: keep what the add-on selected in view.
  if (highlighted) revealSelection();
}

function closeSidebar(): void {
  sidebarPanel.hidden = true;
  sidebarFrame.src = 'about:blank';
}

$<HTMLButtonElement>('sidebar-close').addEventListener('click', closeSidebar);

resetButton.addEventListener('click', async () => {
  const empty = state?.startsFrom === 'empty';
  setStatus(empty ? 'Emptying the workbook…' : 'Loading the sample again…');
  try {
    const fresh = await postJson<WorkbookView>('/api/reset', {});
    closeSidebar();
    shownSidebarVersion = 0;
    state = null;
    highlighted = null;
    selected = { row: 0, column: 0 };
    apply(fresh);
    setStatus(empty ? 'Started over with an empty workbook' : 'Started over with the sample');
  } catch (error) {
    setStatus((error as Error).message, true);
  }
});

interface ShimMessage {
  channel: 'okr-playground';
  type: 'run' | 'close';
  id?: number;
  functionName?: string;
  args?: unknown[];
}

// google.script.run from the sandboxed sidebar: run the call, answer, then redraw the workbook
// because the server code may have written to it.
window.addEventListener('message', async (event: MessageEvent<ShimMessage>) => {
  if (event.source !== sidebarFrame.contentWindow || event.data?.channel !== 'okr-playground') return;
  const message = event.data;
  if (message.type === 'close') {
    closeSidebar();
    return;
  }
  let answer: RunResponse;
  try {
    answer = await postJson<RunResponse>('/api/run', { functionName: message.functionName, args: message.args });
    const { functionName, roundTrips, serviceCalls, customFunctionCalls, milliseconds } = answer.cost;
    // What the call would cost in Sheets: its round trips (local builder and getter calls are free).
    const summary = `${functionName}: ${roundTrips} round trips (${serviceCalls} spreadsheet calls), ${customFunctionCalls} custom-function runs, ${milliseconds} ms`;
    setStatus(answer.ok ? summary : `${summary} · failed: ${answer.error.message}`, !answer.ok);
  } catch (error) {
    const cost = {
      functionName: String(message.functionName),
      serviceCalls: 0,
      roundTrips: 0,
      customFunctionCalls: 0,
      milliseconds: 0,
    };
    answer = { ok: false, error: { name: 'NetworkError', message: (error as Error).message }, cost };
    setStatus(answer.error.message, true);
  }
  const { cost: _cost, ...reply } = answer;
  sidebarFrame.contentWindow?.postMessage({ channel: 'okr-playground', type: 'result', id: message.id, ...reply }, '*');
  await refresh();
});

void refresh().catch((error: Error) => setStatus(`Could not load the workbook: ${error.message}`, true));
