// Spreadsheet (the active document) and the SpreadsheetApp service.
import { parseA1, splitSheetName } from './a1';
import {
  BooleanCriteria,
  BorderStyle,
  ConditionalFormatRuleBuilder,
  CopyPasteType,
  DataValidationBuilder,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  InterpolationType,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from './builders';
import { untracked } from './calls';
import { DeveloperMetadata, DeveloperMetadataFinder, NamedRange, Protection, rawRange } from './objects';
import type { Range } from './range';
import { createUi } from './services';
import type { Sheet } from './sheet';
import type { Workbook } from './workbook';

export class Spreadsheet {
  constructor(readonly wb: Workbook) {}

  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  rename(name: string): void {
    this.wb.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.wb.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.wb.timeZone = String(timeZone);
  }
  getOwner(): null {
    return null;
  }
  toast(message: string, title = '', timeoutSeconds = 5): void {
    this.wb.toasts.push({ message: String(message), title: String(title), timeoutSeconds });
  }

  // ---------------------------------------------------------------- sheets

  getSheets(): Sheet[] {
    return this.wb.sheets.map((s) => this.wb.sheetApi(s));
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const sheet = this.wb.sheetByName(String(name));
    return sheet ? this.wb.sheetApi(sheet) : null;
  }
  getSheetById(id: number): Sheet | null {
    const sheet = this.wb.sheets.find((s) => s.sheetId === id);
    return sheet ? this.wb.sheetApi(sheet) : null;
  }
  insertSheet(...args: unknown[]): Sheet {
    // insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index[, options])
    let name: string | undefined;
    let index = this.wb.sheets.indexOf(this.wb.activeSheet) + 1;
    if (typeof args[0] === 'number') index = args[0];
    else if (typeof args[0] === 'string') {
      name = args[0];
      if (typeof args[1] === 'number') index = args[1];
    } else if (args[0] !== undefined && typeof args[0] === 'object') {
      throw new Error('Not emulated: Spreadsheet.insertSheet(options)');
    }
    if (name === undefined) {
      const base = this.wb.locale.startsWith('de') ? 'Tabellenblatt' : 'Sheet';
      let n = this.wb.sheets.length + 1;
      while (this.wb.sheetByName(`${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    const sheet = this.wb.addSheet(name, index);
    this.wb.activeSheet = sheet;
    this.wb.activeRange = undefined;
    return this.wb.sheetApi(sheet);
  }
  deleteSheet(sheet: Sheet): void {
    this.wb.removeSheet(sheetData(sheet));
  }
  getActiveSheet(): Sheet {
    return this.wb.sheetApi(this.wb.activeSheet);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.wb.activeSheet = sheetData(sheet);
    this.wb.activeRange = undefined;
    return this.wb.sheetApi(this.wb.activeSheet);
  }
  moveActiveSheet(position: number): void {
    const sheet = this.wb.activeSheet;
    this.wb.sheets = this.wb.sheets.filter((s) => s !== sheet);
    this.wb.sheets.splice(Math.max(0, position - 1), 0, sheet);
  }
  getActiveRange(): Range | null {
    return untracked(this.wb.sheetApi(this.wb.activeSheet)).getActiveRange();
  }
  setActiveRange(range: Range): Range {
    untracked(rawRange(range)).activate();
    return range;
  }
  setActiveSelection(a1OrRange: string | Range): Range {
    const range = typeof a1OrRange === 'string' ? this.getRange(a1OrRange) : a1OrRange;
    untracked(rawRange(range)).activate();
    return range;
  }

  // ---------------------------------------------------------------- ranges

  getRange(a1: string): Range {
    const { sheetName } = splitSheetName(String(a1));
    parseA1(String(a1));
    const data = sheetName === undefined ? this.wb.activeSheet : this.wb.sheetByName(sheetName);
    if (!data) throw new Error(`Range not found: ${a1}`);
    return untracked(this.wb.sheetApi(data)).getRange(splitSheetName(String(a1)).range);
  }
  getRangeByName(name: string): Range | null {
    const data = this.wb.namedRanges.get(String(name));
    return data ? new NamedRange(this.wb, data).getRange() : null;
  }
  setNamedRange(name: string, range: Range): void {
    const r = rawRange(range);
    this.wb.setNamedRange(String(name), {
      name: String(name),
      sheet: r.sheet,
      row0: r.row0,
      col0: r.col0,
      rows: r.rows,
      cols: r.cols,
    });
  }
  getNamedRanges(): NamedRange[] {
    return [...this.wb.namedRanges.values()].map((d) => this.wb.wrap(new NamedRange(this.wb, d), 'NamedRange'));
  }
  removeNamedRange(name: string): void {
    if (!this.wb.dropNamedRange(String(name))) throw new Error(`Named range ${name} not found.`);
  }

  // ---------------------------------------------------------------- metadata and protections

  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    const isVisibility = valueOrVisibility === 'DOCUMENT' || valueOrVisibility === 'PROJECT';
    this.wb.metadata.push({
      id: this.wb.nextMetadataId++,
      key: String(key),
      value: isVisibility || valueOrVisibility === undefined ? null : String(valueOrVisibility),
      visibility: String((isVisibility ? valueOrVisibility : visibility) ?? 'DOCUMENT'),
      locationType: 'SPREADSHEET',
    });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.wb.metadata
      .filter((m) => m.locationType === 'SPREADSHEET')
      .map((m) => this.wb.wrap(new DeveloperMetadata(this.wb, m), 'DeveloperMetadata'));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this.wb.wrap(new DeveloperMetadataFinder(this.wb, () => true), 'DeveloperMetadataFinder');
  }
  getProtections(type: string): Protection[] {
    return this.wb.protections
      .filter((p) => p.type === String(type))
      .map((p) => this.wb.wrap(new Protection(this.wb, p), 'Protection'));
  }
}

function sheetData(sheet: Sheet) {
  const data = (sheet as unknown as { data?: unknown }).data;
  if (!data || typeof data !== 'object' || !('hfId' in data)) throw new Error('Expected a Sheet.');
  return sheet.data;
}

// With the scope spreadsheets.currentonly, Apps Script refuses to open any other spreadsheet.
const noPermission = (method: string) =>
  new Error(
    `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
  );

/** The service for the active spreadsheet, which the emulator can switch (`current`). */
export function createSpreadsheetApp(current: () => { wb: Workbook; spreadsheet: Spreadsheet }) {
  const ui = () => current().wb.wrap(createUi(current().wb.ui, current().wb.wrap), 'Ui');
  const wrap: Workbook['wrap'] = (target, className) => current().wb.wrap(target, className);
  return {
    ProtectionType,
    DataValidationCriteria,
    BooleanCriteria,
    DeveloperMetadataVisibility,
    DeveloperMetadataLocationType,
    WrapStrategy,
    Dimension,
    BorderStyle,
    CopyPasteType,
    SheetType,
    InterpolationType,
    TextDirection: Object.freeze({ LEFT_TO_RIGHT: 'LEFT_TO_RIGHT', RIGHT_TO_LEFT: 'RIGHT_TO_LEFT' }),
    AutoFillSeries: Object.freeze({ DEFAULT_SERIES: 'DEFAULT_SERIES', ALTERNATE_SERIES: 'ALTERNATE_SERIES' }),
    getActive: () => current().wb.spreadsheetApi(),
    getActiveSpreadsheet: () => current().wb.spreadsheetApi(),
    getActiveSheet: () => current().wb.sheetApi(current().wb.activeSheet),
    getActiveRange: () => current().spreadsheet.getActiveRange(),
    setActiveSheet: (sheet: Sheet) => current().spreadsheet.setActiveSheet(sheet),
    setActiveRange: (range: Range) => current().spreadsheet.setActiveRange(range),
    getUi: ui,
    flush: () => undefined,
    newDataValidation: () => wrap(new DataValidationBuilder(wrap), 'DataValidationBuilder'),
    newConditionalFormatRule: () => wrap(new ConditionalFormatRuleBuilder(wrap), 'ConditionalFormatRuleBuilder'),
    openById: () => {
      throw noPermission('openById');
    },
    openByUrl: () => {
      throw noPermission('openByUrl');
    },
  };
}
