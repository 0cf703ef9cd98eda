// Turns the emulated workbook into what the playground page draws: per tab the display values,
// what the formula bar shows, fills (own and conditional), fonts, frozen rows and charts with
// their data resolved; plus the add-on's menus and the sidebar it showed.
import type { Emulator, ResolvedChart } from '../emulator/index';
import type { Addon } from './runtime';
import type { CellView, ChartView, MenuItemView, MenuView, SheetView, WorkbookView } from './view';

/** Empty rows and columns drawn beyond the data, so there is room to type. */
const MARGIN_ROWS = 20;
const MARGIN_COLUMNS = 4;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
/**
 * The most cells drawn per tab: the page builds a table cell for each (25,000 is the sample's key results tab), and the state is sent
 * whole after every edit, so a 5,000-row deals export drawn whole took seconds to open. A big
 * tab is drawn from its top, as many rows as fit (at least 1,000), and down to what the add-on
 * selected in it; `lastRow` says how far its data goes.
 */
const DRAWN_CELLS = 25_000;
const MIN_DRAWN_ROWS = 1_000;

type Style = Record<string, unknown>;

function a1(row: number, column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

function kindOf(value: unknown, display: string): CellView['kind'] {
  if (value === '' || value === null || value === undefined) return 'empty';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'date';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string' && /^#(ERROR!|N\/A|REF!|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!)$/.test(display))
    return 'error';
  return 'text';
}

function alignOf(style: Style | undefined): CellView['align'] {
  const h = String(style?.horizontalAlignment ?? 'general').toLowerCase();
  if (h === 'left' || h === 'center' || h === 'right') return h;
  if (h === 'normal') return 'left';
  return undefined;
}

function isWhite(colour: unknown): boolean {
  return typeof colour !== 'string' || colour === '' || /^#fff(fff)?$/i.test(colour) || colour === 'white';
}

function describeSheet(addon: Addon, sheet: GoogleAppsScript.Spreadsheet.Sheet, chartsOfSheet: ChartView[]): SheetView {
  const emulator = addon.emulator;
  const name = sheet.getName();
  const layout = emulator.sheetLayout(name);
  const chartRows = Math.max(0, ...chartsOfSheet.map((c) => c.anchorRow + 14));
  const chartColumns = Math.max(0, ...chartsOfSheet.map((c) => c.anchorColumn + 6));
  const columns = Math.min(layout.maxColumns, Math.max(MIN_COLUMNS, layout.lastColumn + MARGIN_COLUMNS, chartColumns));
  const drawable = Math.max(
    MIN_DRAWN_ROWS,
    Math.floor(DRAWN_CELLS / columns),
    selectedRow(emulator, name) + MARGIN_ROWS,
  );
  const rows = Math.min(layout.maxRows, drawable, Math.max(MIN_ROWS, layout.lastRow + MARGIN_ROWS, chartRows));
  const dataRows = Math.min(layout.lastRow, rows);
  const dataColumns = layout.lastColumn;
  let values: unknown[][] = [];
  let displays: string[][] = [];
  let formulas: string[][] = [];
  if (dataRows > 0 && dataColumns > 0) {
    const range = sheet.getRange(1, 1, dataRows, dataColumns);
    values = range.getValues();
    displays = range.getDisplayValues();
    formulas = range.getFormulas();
  }
  const styles = layout.styles as Record<string, Style>;
  const validations = layout.validations as Record<string, { criteria?: string }>;
  const hasRules = sheet.getConditionalFormatRules().length > 0;
  const cells: CellView[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellView[] = [];
    for (let c = 0; c < columns; c++) {
      const address = a1(r, c);
      const value = values[r]?.[c] ?? '';
      const display = displays[r]?.[c] ?? '';
      const formula = formulas[r]?.[c] ?? '';
      const style = styles[address];
      const cell: CellView = { display, input: formula || inputOf(value, display), kind: kindOf(value, display) };
      const conditional =
        hasRules && r < dataRows && c < dataColumns ? emulator.conditionalFormat(name, r + 1, c + 1) : null;
      const background = conditional?.background ?? style?.background;
      if (!isWhite(background)) cell.background = String(background);
      const fontColor = conditional?.fontColor ?? style?.fontColor;
      if (typeof fontColor === 'string' && !/^#0{3}(0{3})?$/.test(fontColor)) cell.fontColor = fontColor;
      if (conditional?.bold || style?.fontWeight === 'bold') cell.bold = true;
      if (conditional?.italic || style?.fontStyle === 'italic') cell.italic = true;
      const align = alignOf(style);
      if (align) cell.align = align;
      if (validations[address]?.criteria === 'CHECKBOX') cell.checkbox = true;
      if (cell.kind === 'error') {
        const message = emulator.errorMessage(`'${name.replace(/'/g, "''")}'!${address}`);
        if (message) cell.errorMessage = message;
      }
      row.push(cell);
    }
    cells.push(row);
  }
  const columnWidths: Record<number, number> = {};
  for (const [column, width] of Object.entries(layout.columnWidths)) columnWidths[Number(column) - 1] = width;
  return {
    name,
    rows,
    lastRow: layout.lastRow,
    columns,
    frozenRows: layout.frozenRows,
    rightToLeft: layout.rightToLeft,
    columnWidths,
    cells,
    charts: chartsOfSheet,
  };
}

/** The last row (1-based) of what the add-on selected in this tab, or 0. */
function selectedRow(emulator: Emulator, sheetName: string): number {
  const selection = emulator.selection();
  if (!selection || selection.sheet !== sheetName) return 0;
  const rows = [...selection.a1.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return rows.length > 0 ? Math.max(...rows) : 0;
}

/** What the formula bar shows for a value cell: the value as typed (no thousands separators). */
function inputOf(value: unknown, display: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return display;
  if (Object.prototype.toString.call(value) === '[object Date]') return display;
  return String(value);
}

const CHART_TYPES: Record<string, ChartView['type']> = {
  BAR: 'bar',
  COLUMN: 'column',
  LINE: 'line',
  AREA: 'line',
  SCATTER: 'line',
  COMBO: 'column',
  STEPPED_AREA: 'column',
};

/** Sheets' reading of chart ranges: columns side by side, first column the categories. */
export function chartView(chart: ResolvedChart): ChartView {
  const columns: { values: unknown[]; displays: string[] }[] = [];
  for (const range of chart.ranges) {
    const width = Math.max(0, ...range.values.map((row) => row.length));
    for (let c = 0; c < width; c++) {
      columns.push({
        values: range.values.map((row) => row[c]),
        displays: range.displayValues.map((row) => row[c] ?? ''),
      });
    }
  }
  let series = columns;
  if (chart.transpose && columns.length > 0) {
    const height = Math.max(...columns.map((c) => c.values.length));
    series = Array.from({ length: height }, (_, r) => ({
      values: columns.map((c) => c.values[r]),
      displays: columns.map((c) => c.displays[r] ?? ''),
    }));
  }
  const [domain, ...data] = series;
  const firstRowIsHeader =
    chart.numHeaders > 0 ||
    (chart.numHeaders === -1 &&
      data.length > 0 &&
      data.every((s) => typeof s.values[0] === 'string' && s.values[0] !== ''));
  const start = firstRowIsHeader ? 1 : 0;
  const length = domain ? domain.values.length : 0;
  const keep: number[] = [];
  for (let i = start; i < length; i++) {
    const hasCategory = domain.displays[i] !== '';
    const hasValue = data.some((s) => typeof s.values[i] === 'number');
    if (hasCategory || hasValue) keep.push(i);
  }
  const position = chart.position;
  const options = chart.options as {
    colors?: unknown;
    isStacked?: unknown;
    hAxis?: { minValue?: unknown; maxValue?: unknown };
    vAxis?: { minValue?: unknown; maxValue?: unknown };
  };
  const axis = (chart.chartType === 'BAR' ? options.hAxis : options.vAxis) ?? {};
  const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    id: `${chart.sheet}:${chart.chartId}`,
    type: CHART_TYPES[chart.chartType] ?? 'column',
    title: String(chart.options.title ?? ''),
    categories: keep.map((i) => domain.displays[i]),
    series: data.map((s, n) => ({
      name: firstRowIsHeader ? String(s.displays[0]) : `Series ${n + 1}`,
      values: keep.map((i) => (typeof s.values[i] === 'number' ? (s.values[i] as number) : null)),
    })),
    colors: Array.isArray(options.colors) ? options.colors.map(String) : [],
    stacked: options.isStacked === true || options.isStacked === 'true',
    min: numberOrNull(axis.minValue),
    max: numberOrNull(axis.maxValue),
    anchorRow: position.anchorRow,
    anchorColumn: position.anchorColumn,
  };
}

function menuItems(
  items: { kind: string; caption?: string; functionName?: string; items?: unknown[] }[],
): MenuItemView[] {
  const out: MenuItemView[] = [];
  for (const item of items) {
    if (item.kind === 'separator') out.push({ separator: true });
    else if (item.kind === 'item' && item.functionName) {
      out.push({ caption: item.caption ?? item.functionName, functionName: item.functionName });
    } else if (item.kind === 'submenu' && item.items) {
      out.push(...menuItems(item.items as typeof items));
    }
  }
  return out;
}

export function menusOf(emulator: Emulator): MenuView[] {
  return emulator.menus().map((menu) => ({
    // Sheets shows an add-on menu under Extensions with the add-on's name.
    title: menu.addon ? 'Sales OKRs' : menu.caption,
    items: menuItems(menu.items),
  }));
}

export function describeWorkbook(addon: Addon, startsFrom: WorkbookView['startsFrom'] = 'sample'): WorkbookView {
  const emulator = addon.emulator;
  const spreadsheet = emulator.spreadsheet;
  const charts = emulator.charts().map((chart) => ({ sheet: chart.sheet, view: chartView(chart) }));
  const sheets = spreadsheet
    .getSheets()
    .filter((sheet) => !sheet.isSheetHidden())
    .map((sheet) =>
      describeSheet(
        addon,
        sheet,
        charts.filter((c) => c.sheet === sheet.getName()).map((c) => c.view),
      ),
    );
  const selection = emulator.selection();
  const sidebar = addon.sidebar();
  return {
    sheets,
    activeSheet: spreadsheet.getActiveSheet().getName(),
    activeRange: selection ? `${selection.sheet}!${selection.a1}` : null,
    menus: menusOf(emulator),
    sidebar: sidebar ? { version: sidebar.version, title: sidebar.title } : null,
    locale: spreadsheet.getSpreadsheetLocale(),
    startsFrom,
  };
}
