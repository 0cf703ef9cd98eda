// What the playground page receives from the server: the workbook as the user would see it in
// Sheets (display values, formulas, backgrounds, charts), the add-on menu and the sidebar.
// Plain JSON; shared by playground/server.ts and playground/page/page.ts.

export interface CellView {
  /** What Sheets shows in the cell (formatted for the spreadsheet locale). */
  display: string;
  /** What the formula bar shows: the formula, or the value as typed. */
  input: string;
  /** Numbers and dates are right-aligned like in Sheets. */
  kind: 'number' | 'text' | 'boolean' | 'date' | 'empty' | 'error';
  /** Fill colour from the cell or a matching conditional-format rule, e.g. '#b7e1cd'. */
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A checkbox cell (data validation), drawn as a box instead of TRUE/FALSE. */
  checkbox?: boolean;
  /** Why an error cell (#ERROR!, #VALUE!, …) failed, as Sheets shows it when the cell is hovered or selected. */
  errorMessage?: string;
}

export interface ChartSeriesView {
  name: string;
  values: (number | null)[];
}

export interface ChartView {
  id: string;
  type: 'bar' | 'column' | 'line';
  title: string;
  categories: string[];
  series: ChartSeriesView[];
  /** Series colours the add-on chose (else a default palette). */
  colors: string[];
  /** Bars of the series stacked on each other instead of side by side. */
  stacked: boolean;
  /** Value axis range the add-on fixed, when it did. */
  min: number | null;
  max: number | null;
  /** 1-based row and column of the cell the chart's top-left corner sits on. */
  anchorRow: number;
  anchorColumn: number;
}

export interface SheetView {
  name: string;
  /** Rows drawn: the data and some room to type, but only the first rows of a big tab. */
  rows: number;
  /** The tab's last row holding data (1-based); beyond `rows` when a big tab is not drawn whole. */
  lastRow: number;
  columns: number;
  frozenRows: number;
  rightToLeft: boolean;
  /** Pixel widths of the columns the add-on sized, by 0-based column. */
  columnWidths: Record<number, number>;
  /** cells[row][column], 0-based, rows × columns. */
  cells: CellView[][];
  charts: ChartView[];
}

export type MenuItemView = { caption: string; functionName: string } | { separator: true };

export interface MenuView {
  title: string;
  items: MenuItemView[];
}

export interface SidebarInfo {
  /** Changes each time the add-on shows a (new) sidebar, so the page reloads the panel. */
  version: number;
  title: string;
}

export interface WorkbookView {
  sheets: SheetView[];
  activeSheet: string;
  /** The A1 range the add-on last selected (e.g. a KR's row), when any. */
  activeRange: string | null;
  menus: MenuView[];
  sidebar: SidebarInfo | null;
  locale: string;
  /** What the workbook was loaded with, and what "Start over" loads again. */
  startsFrom: 'sample' | 'empty';
}

/** What one server call cost: spreadsheet service calls and custom-function invocations. */
export interface CallCost {
  functionName: string;
  /** Every call on a spreadsheet object, local or not. */
  serviceCalls: number;
  /** The calls that reach the server in Sheets (builders and getters of fetched objects are local). */
  roundTrips: number;
  customFunctionCalls: number;
  milliseconds: number;
}

/** The answer of POST /api/run: google.script.run's success or failure, and what it cost. */
export type RunResponse = ({ ok: true; result: unknown } | { ok: false; error: { name: string; message: string } }) & {
  cost: CallCost;
};
