// The services around the spreadsheet: Ui (menus, sidebar, dialogs), HtmlService,
// PropertiesService, LockService, Session, Utilities and CacheService. Everything the add-on
// shows or stores is recorded so tests and the playground can read it back.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Wrap } from './builders';
import { untracked } from './calls';
import { isDate, zonedParts } from './dates';

// ---------------------------------------------------------------- Ui

export interface MenuItemRecord {
  kind: 'item' | 'separator' | 'submenu';
  caption?: string;
  functionName?: string;
  items?: MenuItemRecord[];
}
export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuItemRecord[];
}
export interface HtmlRecord {
  title: string;
  content: string;
  width?: number;
  height?: number;
}
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
}

export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});
export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });

export class Menu {
  readonly items: MenuItemRecord[] = [];
  constructor(
    readonly caption: string,
    readonly addon: boolean,
    private onAdd: (menu: Menu) => void,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: Menu): this {
    const inner = (menu as unknown as { items: MenuItemRecord[]; caption: string }) ?? { items: [], caption: '' };
    this.items.push({ kind: 'submenu', caption: inner.caption, items: inner.items.map((i) => ({ ...i })) });
    return this;
  }
  addToUi(): void {
    this.onAdd(this);
  }
}

export class UiRecorder {
  menus: MenuRecord[] = [];
  sidebar: HtmlRecord | undefined;
  dialogs: HtmlRecord[] = [];
  alerts: AlertRecord[] = [];
  /** Answers the next alerts/prompts give, in order; OK when none is queued. */
  responses: string[] = [];
  promptTexts: string[] = [];
}

export class HtmlOutput {
  private content: string;
  private title = '';
  private width = 300;
  private height = 500;
  constructor(content = '') {
    this.content = content;
  }
  append(html: string): this {
    this.content += String(html);
    return this;
  }
  appendUntrusted(text: string): this {
    this.content += String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getContent(): string {
    return this.content;
  }
  setContent(html: string): this {
    this.content = String(html);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setSandboxMode(): this {
    return this;
  }
  setXFrameOptionsMode(): this {
    return this;
  }
  addMetaTag(): this {
    return this;
  }
  setFaviconUrl(): this {
    return this;
  }
  record(): HtmlRecord {
    return { title: this.title, content: this.content, width: this.width, height: this.height };
  }
}

export function createUi(recorder: UiRecorder, wrap: Wrap) {
  const nextResponse = () => recorder.responses.shift() ?? 'OK';
  const ui = {
    ButtonSet,
    Button,
    createAddonMenu: () => wrap(new Menu('Add-on', true, (m) => recorder.menus.push(menuRecord(m))), 'Menu'),
    createMenu: (caption: string) =>
      wrap(new Menu(String(caption), false, (m) => recorder.menus.push(menuRecord(m))), 'Menu'),
    showSidebar: (output: HtmlOutput) => {
      recorder.sidebar = htmlRecord(output);
    },
    showModalDialog: (output: HtmlOutput, title: string) => {
      recorder.dialogs.push({ ...htmlRecord(output), title: String(title) });
    },
    showModelessDialog: (output: HtmlOutput, title: string) => {
      recorder.dialogs.push({ ...htmlRecord(output), title: String(title) });
    },
    alert: (...args: unknown[]) => {
      // alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons)
      const [title, prompt, buttons] =
        args.length >= 3
          ? args
          : args.length === 2 && String(args[1]) in ButtonSet
            ? ['', args[0], args[1]]
            : ['', args[0], 'OK'];
      recorder.alerts.push({ title: String(title), prompt: String(prompt), buttons: String(buttons) });
      return nextResponse();
    },
    prompt: (...args: unknown[]) => {
      recorder.alerts.push({ title: '', prompt: String(args[args.length > 1 ? 1 : 0]), buttons: 'OK_CANCEL' });
      const button = nextResponse();
      const text = recorder.promptTexts.shift() ?? '';
      return wrap({ getSelectedButton: () => button, getResponseText: () => text }, 'PromptResponse');
    },
  };
  return ui;
}

function menuRecord(menu: Menu): MenuRecord {
  return { caption: menu.caption, addon: menu.addon, items: menu.items.map((i) => ({ ...i })) };
}

function htmlRecord(output: HtmlOutput): HtmlRecord {
  const raw = untracked(output as object) as { record?: () => HtmlRecord; getContent(): string; getTitle(): string };
  return raw instanceof HtmlOutput && raw.record ? raw.record() : { title: raw.getTitle(), content: raw.getContent() };
}

// ---------------------------------------------------------------- HtmlService

/** The built project (dist/): the HTML files HtmlService serves when none of that name was given. */
const BUILT_FILES = join(dirname(fileURLToPath(import.meta.url)), '../dist');

/**
 * HtmlService. Files come from `files`, else from the built project's dist/<name>.html, as Apps
 * Script serves the files `clasp push` uploaded (the sidebar and the data files of
 * src/sheet/data.ts).
 */
export function createHtmlService(files: Record<string, string> | ((name: string) => string) | undefined, wrap: Wrap) {
  const read = (name: string): string => {
    const key = String(name);
    if (typeof files === 'function') return files(key);
    const content = files?.[key] ?? files?.[`${key}.html`];
    if (content !== undefined) return content;
    const built = join(BUILT_FILES, `${key}.html`);
    if (/^\w+$/.test(key) && existsSync(built)) return readFileSync(built, 'utf8');
    throw new Error(`No HTML file named ${key} was found.`);
  };
  return {
    SandboxMode: Object.freeze({ IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' }),
    XFrameOptionsMode: Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' }),
    createHtmlOutput: (html?: string) => wrap(new HtmlOutput(html === undefined ? '' : String(html)), 'HtmlOutput'),
    createHtmlOutputFromFile: (name: string) => wrap(new HtmlOutput(read(name)), 'HtmlOutput'),
  };
}

// ---------------------------------------------------------------- PropertiesService

export class PropertyStore {
  readonly data = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.data.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.data.set(String(key), String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.data.clear();
    for (const [k, v] of Object.entries(properties)) this.data.set(k, String(v));
    return this;
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
  deleteProperty(key: string): this {
    this.data.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.data.clear();
    return this;
  }
}

export function createPropertiesService(
  stores: { document: PropertyStore; user: PropertyStore; script: PropertyStore },
  wrap: Wrap,
) {
  return {
    getDocumentProperties: () => wrap(stores.document, 'Properties'),
    getUserProperties: () => wrap(stores.user, 'Properties'),
    getScriptProperties: () => wrap(stores.script, 'Properties'),
  };
}

// ---------------------------------------------------------------- LockService

/**
 * One lock shared by everyone (document, script or user). The running execution holds it once any
 * of its Lock handles took it (a second handle in the same execution gets it too); another
 * execution can be made to hold it (`holdLock`), for a while or until released.
 */
export class SharedLock {
  holder: 'execution' | 'elsewhere' | undefined;
  /** Simulated ms until the other execution releases it (undefined: it keeps it). */
  releasedAfterMs: number | undefined;
}

// Apps Script's message when waitLock runs out of time.
const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class Lock {
  constructor(
    private shared: SharedLock,
    private wait: (ms: number) => void,
  ) {}
  /** Waits (simulated) up to `timeoutMs` for the lock, as Apps Script does; false if it stayed taken. */
  tryLock(timeoutMs: number): boolean {
    const shared = this.shared;
    if (shared.holder === 'elsewhere') {
      const timeout = Math.max(0, Number(timeoutMs) || 0);
      const release = shared.releasedAfterMs;
      if (release === undefined || release > timeout) {
        this.wait(timeout);
        if (release !== undefined) shared.releasedAfterMs = release - timeout;
        return false;
      }
      this.wait(release);
      shared.releasedAfterMs = undefined;
    }
    shared.holder = 'execution';
    return true;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new Error(LOCK_TIMEOUT);
  }
  /** Gives the lock back; Apps Script also releases it when the script ends (endExecution). */
  releaseLock(): void {
    if (this.shared.holder === 'execution') this.shared.holder = undefined;
  }
  hasLock(): boolean {
    return this.shared.holder === 'execution';
  }
}

export function createLockService(
  locks: { document: SharedLock; script: SharedLock; user: SharedLock },
  wrap: Wrap,
  wait: (ms: number) => void,
) {
  return {
    getDocumentLock: () => wrap(new Lock(locks.document, wait), 'Lock'),
    getScriptLock: () => wrap(new Lock(locks.script, wait), 'Lock'),
    getUserLock: () => wrap(new Lock(locks.user, wait), 'Lock'),
  };
}

// ---------------------------------------------------------------- Session & Utilities

export function createSession(opts: { userLocale: string; timeZone: string }, wrap: Wrap) {
  const user = () => wrap({ getEmail: () => '' }, 'User');
  return {
    getActiveUserLocale: () => opts.userLocale,
    getScriptTimeZone: () => opts.timeZone,
    getTemporaryActiveUserKey: () => 'local-user-key',
    getActiveUser: user,
    getEffectiveUser: user,
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Utilities.formatDate: Java SimpleDateFormat patterns (yyyy-MM-dd, HH:mm:ss, EEE, MMM, 'text'). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!isDate(date) || Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
  const p = zonedParts(date, timeZone || 'UTC');
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      out += stop === i + 1 ? "'" : pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    let j = i;
    while (j < pattern.length && pattern[j] === ch) j++;
    const n = j - i;
    const pad = (v: number, w = n) => String(v).padStart(w, '0');
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : String(p.year).padStart(n, '0');
        break;
      case 'M':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month);
        break;
      case 'd':
        out += pad(p.day);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        break;
      case 'H':
        out += pad(p.hour);
        break;
      case 'h':
        out += pad(p.hour % 12 || 12);
        break;
      case 'm':
        out += pad(p.minute);
        break;
      case 's':
        out += pad(p.second);
        break;
      case 'S':
        out += pad(p.ms, 3).slice(0, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'u':
        out += String(p.weekday === 0 ? 7 : p.weekday);
        break;
      case 'Z':
      case 'X': {
        const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
        const offset = Math.round((asUtc - (date.getTime() - p.ms)) / 60000);
        const sign = offset < 0 ? '-' : '+';
        const hh = pad(Math.floor(Math.abs(offset) / 60), 2);
        const mm = pad(Math.abs(offset) % 60, 2);
        out += ch === 'X' && offset === 0 ? 'Z' : n >= 3 || ch === 'X' ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
        break;
      }
      default:
        out += pattern.slice(i, j);
    }
    i = j;
  }
  return out;
}

export function createUtilities(onSleep: (ms: number) => void) {
  let uuid = 0;
  return {
    formatDate: (date: Date, timeZone: string, pattern: string) => formatDate(date, timeZone, pattern),
    sleep: (ms: number) => onSleep(ms),
    getUuid: () => {
      uuid++;
      return `00000000-0000-4000-8000-${String(uuid).padStart(12, '0')}`;
    },
    formatString: (template: string, ...args: unknown[]) => {
      let k = 0;
      return String(template).replace(/%[sdif]/g, () => String(args[k++]));
    },
    base64Encode: (data: string) => Buffer.from(String(data), 'utf8').toString('base64'),
    base64Decode: (data: string) => [...Buffer.from(String(data), 'base64')],
    newBlob: () => {
      throw new Error('Not emulated: Utilities.newBlob');
    },
  };
}

// ---------------------------------------------------------------- CacheService

export class Cache {
  readonly data = new Map<string, string>();
  get(key: string): string | null {
    return this.data.get(String(key)) ?? null;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, _expirationSeconds?: number): void {
    this.data.set(String(key), String(value));
  }
  putAll(values: Record<string, unknown>, _expirationSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.data.set(k, String(v));
  }
  remove(key: string): void {
    this.data.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
}

export function createCacheService(caches: { document: Cache; script: Cache; user: Cache }, wrap: Wrap) {
  return {
    getDocumentCache: () => wrap(caches.document, 'Cache'),
    getScriptCache: () => wrap(caches.script, 'Cache'),
    getUserCache: () => wrap(caches.user, 'Cache'),
  };
}
