// The add-on's own tabs in a spreadsheet: finding them by their developer metadata, creating
// them so that a failure can be undone, reading their cells in one call, and the document lock.

import { cellDaysInTimeZone, dayInTimeZone, dayOf } from '../core/dates';
import { UserError } from '../core/errors';
import { decimalSeparatorOf } from '../core/numbers';
import type { TabMeta, TabPlan } from '../tabs/plan';
import { applyTabPlans, TAB_METADATA_KEY } from './apply';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OkrTab {
  sheet: Sheet;
  readonly name: string;
  meta: TabMeta;
}

/** A tab's metadata value as the add-on wrote it, or null when it is not (edited by hand, another key). */
export function parseTabMeta(value: string | null): TabMeta | null {
  try {
    const meta = JSON.parse(value ?? '') as TabMeta;
    if (meta && typeof meta.role === 'string' && typeof meta.period === 'string') return meta;
  } catch (_) {
    // Someone edited the metadata by hand: treat the tab as not ours.
  }
  return null;
}

/** A found tab; its name is read when first asked for (most actions need one or two names). */
function okrTab(sheet: Sheet, meta: TabMeta): OkrTab {
  let name: string | undefined;
  return {
    sheet,
    meta,
    get name() {
      name ??= sheet.getName();
      return name;
    },
  };
}

/**
 * What the add-on keeps in a spreadsheet, found with one metadata query: its tabs (on each tab, its
 * role and period) and the saved settings (on the spreadsheet). Both carry the same key, so that
 * one find returns them all. Find it once per action and pass it down.
 */
export interface WorkbookIndex {
  /** Every tab the add-on created, in the order they were created. */
  tabs: OkrTab[];
  /** The settings everyone shares, as saved (JSON), and their entry; null when never saved there. */
  settings: { json: string; entry: GoogleAppsScript.Spreadsheet.DeveloperMetadata } | null;
  /** The add-on's other entries on tabs (a connected deals tab's connection), as written. */
  otherTabEntries: { sheet: Sheet; value: string; entry: GoogleAppsScript.Spreadsheet.DeveloperMetadata }[];
}

/** The metadata value of the saved settings (on the spreadsheet, under the tabs' key). */
interface SettingsEntry {
  role: 'settings';
  settings: unknown;
}

export function readIndex(spreadsheet: Spreadsheet): WorkbookIndex {
  const tabs: OkrTab[] = [];
  const otherTabEntries: WorkbookIndex['otherTabEntries'] = [];
  let settings: WorkbookIndex['settings'] = null;
  const seen = new Set<Sheet>();
  const found = spreadsheet.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).find();
  for (const entry of found) {
    const value = entry.getValue();
    const location = entry.getLocation();
    if (location.getLocationType() === SpreadsheetApp.DeveloperMetadataLocationType.SPREADSHEET) {
      const saved = parseSettingsEntry(value);
      if (saved !== null) settings = { json: saved, entry };
      continue;
    }
    const meta = parseTabMeta(value);
    const sheet = location.getSheet();
    if (!meta && sheet && value) otherTabEntries.push({ sheet, value, entry });
    if (!meta || !sheet || seen.has(sheet)) continue;
    seen.add(sheet);
    tabs.push(okrTab(sheet, meta));
  }
  return { tabs, settings, otherTabEntries };
}

/** Every tab the add-on created, in the order they were created (one metadata query). */
export function listOkrTabs(spreadsheet: Spreadsheet): OkrTab[] {
  return readIndex(spreadsheet).tabs;
}

function parseSettingsEntry(value: string | null): string | null {
  try {
    const parsed = JSON.parse(value ?? '') as SettingsEntry;
    if (parsed && parsed.role === 'settings' && parsed.settings && typeof parsed.settings === 'object') {
      return JSON.stringify(parsed.settings);
    }
  } catch (_) {
    // Edited by hand: the settings fall back to the defaults.
  }
  return null;
}

/** Saves the shared settings on the spreadsheet: the entry found before, or a new one. */
export function saveSettingsEntry(spreadsheet: Spreadsheet, index: WorkbookIndex, settings: object): void {
  const value = JSON.stringify({ role: 'settings', settings } satisfies SettingsEntry);
  if (index.settings) index.settings.entry.setValue(value);
  else spreadsheet.addDeveloperMetadata(TAB_METADATA_KEY, value);
}

/** A tab an action inserts: its name and place, and the tab once the host has returned it. */
interface NewTab {
  name: string;
  position: number;
  sheet: Sheet | null;
}

/**
 * Creates tabs from plans, after the last tab. All tabs are inserted first (so formulas between
 * them resolve), then written. The tab to show is inserted last, at its place, since Sheets makes a
 * tab it inserts the active one. If any call fails, every tab inserted so far is deleted, so the
 * spreadsheet is left as it was, and the original error is rethrown.
 * When a tab cannot be removed, the error says which ones the user has to delete (never a tab the
 * add-on did not make).
 */
export function createTabs(spreadsheet: Spreadsheet, plans: TabPlan[], activate: number): Sheet[] {
  const created: NewTab[] = [];
  try {
    const first = spreadsheet.getNumSheets();
    const order = plans.map((_, i) => i).filter((i) => i !== activate);
    if (plans[activate]) order.push(activate);
    const sheets: Sheet[] = [];
    order.forEach((i, step) => {
      // Where the tab goes now: tabs after it in the final order are not there yet.
      const position = first + order.slice(0, step).filter((j) => j < i).length;
      // Noted before the call: the host can insert the tab and still report a failure.
      const tab: NewTab = { name: plans[i].name, position, sheet: null };
      created.push(tab);
      tab.sheet = spreadsheet.insertSheet(plans[i].name, position);
      sheets[i] = tab.sheet;
    });
    applyTabPlans(plans.map((plan, i) => ({ sheet: sheets[i], plan })));
    return sheets;
  } catch (error) {
    const left = undoCreate(spreadsheet, created);
    if (left.length === 0) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError('errUndoIncomplete', { reason, tabs: left.map((name) => `“${name}”`).join(', ') });
  }
}

/** Removes the tabs an action inserted; returns the names of those that may still be there. */
function undoCreate(spreadsheet: Spreadsheet, created: NewTab[]): string[] {
  // Sheets shows a neighbouring tab once the new ones are gone (which one is not worth a round
  // trip on every successful run to remember).
  const left = [...created]
    .reverse()
    .filter((tab) => !removeNewTab(spreadsheet, tab))
    .map((tab) => tab.name);
  return left.reverse();
}

/**
 * Deletes a tab the action inserted; true once it is gone. Tried twice, and a failed delete is
 * checked: the host can fail once, or fail after deleting.
 */
function removeNewTab(spreadsheet: Spreadsheet, tab: NewTab): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const sheet = tab.sheet ?? insertedBeforeFailing(spreadsheet, tab);
      if (sheet) spreadsheet.deleteSheet(sheet);
      return true;
    } catch (_) {
      try {
        if (!spreadsheet.getSheetByName(tab.name)) return true;
      } catch (_) {
        // Unknown: try again, then report the tab.
      }
    }
  }
  return false;
}

/**
 * The tab insertSheet may have inserted before it failed: the name was free under the lock, so
 * a tab with it now, at the place asked for and still empty, is the one inserted. Anything else
 * is someone else's and is left alone.
 */
function insertedBeforeFailing(spreadsheet: Spreadsheet, tab: NewTab): Sheet | null {
  const sheet = spreadsheet.getSheetByName(tab.name);
  if (!sheet || sheet.getIndex() !== tab.position + 1) return null;
  return sheet.getLastRow() === 0 && sheet.getLastColumn() === 0 ? sheet : null;
}

/**
 * Values and formulas of a tab's used area, in two calls. Date cells come back as the days they
 * show in the spreadsheet's time zone (UTC midnights): pass the zone when the caller has it,
 * otherwise it is asked for only when the tab holds a date.
 */
export function readTab(sheet: Sheet, timeZone?: TimeZone): { values: unknown[][]; formulas: string[][] } {
  const range = sheet.getDataRange();
  return { values: daysShown(sheet, range.getValues(), timeZone), formulas: range.getFormulas() };
}

/** Values already read from a tab, with date cells as the days they show (see readTab). */
export function withDaysShown(sheet: Sheet, values: unknown[][], timeZone?: TimeZone): unknown[][] {
  return daysShown(sheet, values, timeZone);
}

/** Values of a tab's used area in one call (for tabs whose formulas are not needed), date cells as
 * the days they show (see readTab). */
export function readValues(sheet: Sheet, timeZone?: TimeZone): unknown[][] {
  return daysShown(sheet, sheet.getDataRange().getValues(), timeZone);
}

/** A spreadsheet's time zone, or a function that reads it once when first needed (see zoneOnce). */
export type TimeZone = string | (() => string);

/** Reads the spreadsheet's time zone the first time a reader needs it, for several reads. */
export function zoneOnce(spreadsheet: Spreadsheet): () => string {
  let zone: string | undefined;
  return () => {
    if (zone === undefined) zone = timeZoneOf(spreadsheet);
    return zone;
  };
}

/** Date cells as the days the spreadsheet shows (its time zone is read only when there are any). */
function daysShown(sheet: Sheet, values: unknown[][], timeZone?: TimeZone): unknown[][] {
  if (!values.some((row) => row.some((v) => v instanceof Date))) return values;
  const zone = typeof timeZone === 'function' ? timeZone() : (timeZone ?? timeZoneOf(sheet.getParent()));
  return zone ? cellDaysInTimeZone(values, zone) : values;
}

/** The spreadsheet's time zone ('Europe/Berlin'), '' when it cannot be read. */
export function timeZoneOf(spreadsheet: Spreadsheet): string {
  try {
    return spreadsheet.getSpreadsheetTimeZone() || '';
  } catch (_) {
    return '';
  }
}

/**
 * Runs `work` under the document lock; says so when someone else holds it for too long. The lock
 * is kept until the script ends, when Apps Script releases it (Lock.releaseLock: "locks are
 * released automatically when the script terminates"): every action ends right after its work,
 * its pending writes are committed first, and it saves a round trip. A failure gives it back.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  let locked = false;
  try {
    locked = Boolean(lock?.tryLock(20_000));
  } catch (error) {
    // The host may have taken the lock and then failed: give it back before reporting.
    releaseQuietly(lock);
    throw error;
  }
  if (!locked) throw new UserError('errBusy');
  try {
    return work();
  } catch (error) {
    releaseQuietly(lock);
    throw error;
  }
}

function releaseQuietly(lock: GoogleAppsScript.Lock.Lock | null): void {
  try {
    lock?.releaseLock();
  } catch (_) {
    // It expires when the script ends.
  }
}

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The decimal separator of the spreadsheet's locale, for text typed in the sidebar. */
export function decimalOf(spreadsheet: Spreadsheet): '.' | ',' {
  return decimalSeparatorOf(spreadsheetLocale(spreadsheet));
}

/** The spreadsheet's locale ("de_DE"); '' when it cannot be read. */
export function spreadsheetLocale(spreadsheet: Spreadsheet): string {
  try {
    return spreadsheet.getSpreadsheetLocale() || '';
  } catch (_) {
    return '';
  }
}

/**
 * Today's date in the spreadsheet's time zone (the spreadsheet, or its zone when the caller has
 * it), as the UTC midnight the core works with.
 */
export function todayIn(spreadsheet: Spreadsheet | string, now: Date = new Date()): Date {
  const timeZone = typeof spreadsheet === 'string' ? spreadsheet : timeZoneOf(spreadsheet);
  // Without a known zone UTC is close enough for a pace in days.
  return (timeZone ? dayInTimeZone(now, timeZone) : null) ?? dayOf(now);
}

/** Shows a tab. */
export function showTab(tab: OkrTab): boolean {
  tab.sheet.activate();
  return true;
}

/** Shows a tab and selects one of its rows, across `columns` (the used ones when omitted); false when the tab is gone. */
export function selectRow(spreadsheet: Spreadsheet, tabName: string, row: number, columns?: number): boolean {
  const sheet = spreadsheet.getSheetByName(tabName);
  if (!sheet) return false;
  sheet.activate();
  sheet.getRange(row, 1, 1, Math.max(1, columns ?? sheet.getLastColumn())).activate();
  return true;
}

/** Shows the tab of an A1 address ("'Tab'!H5") and selects the range. */
export function selectRange(spreadsheet: Spreadsheet, a1: string): void {
  const range = spreadsheet.getRange(a1);
  range.getSheet().activate();
  range.activate();
}
