// Runs the built add-on (dist/Code.js) the way Apps Script does: one plain script in a fresh V8
// context whose only globals are the emulated services. Its custom functions are registered in
// the emulator's formula engine, onOpen builds the menu, and `call` behaves like
// google.script.run, including its rules on what may be passed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext, Script } from 'node:vm';
import { createEmulator, type Emulator } from '../emulator/index';
import { CUSTOM_FUNCTIONS } from '../src/functions/catalog';
import { createMembrane } from './realm';
import { findIllegalValue, IllegalValueError } from './serialisation';
import type { MenuView } from './view';
import { menusOf } from './workbook-view';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export type { Emulator } from '../emulator/index';

export interface AddonOptions {
  /** The spreadsheet's locale, e.g. 'en_US' or 'de_DE' (default en_US). */
  locale?: string;
  /** The user's locale as Session reports it (default: the spreadsheet's). */
  userLocale?: string;
  /** The moment the add-on sees as now (default: the real clock). */
  now?: Date;
  /** The spreadsheet's time zone, e.g. 'Pacific/Auckland' (default: this machine's). */
  timeZone?: string;
  /** Where the built files are (default: dist/ of this repository). */
  distDir?: string;
}

export interface SidebarShown {
  html: string;
  title: string;
  /** Counts up each time the add-on shows a sidebar. */
  version: number;
}

export interface Addon {
  emulator: Emulator;
  /** The script's global scope (for tests that look at what the bundle defines). */
  context: Record<string, unknown>;
  /** The moment the add-on sees as now. */
  now(): Date;
  /** The top-level functions dist/Code.js declares (what menus and google.script.run can call). */
  functions: string[];
  /** google.script.run: plain values in, plain values out; a violation throws IllegalValueError. */
  call(functionName: string, args?: unknown[]): unknown;
  /** What a menu click does: runs the top-level function with no arguments. */
  runMenuItem(functionName: string): void;
  /** Types into a cell as a user would (a formula, a number, text), then recomputes. */
  setCellInput(sheet: string, a1: string, input: string): void;
  /** The sidebar the add-on showed last, or null. */
  sidebar(): SidebarShown | null;
  /** The menus onOpen added. */
  menus(): MenuView[];
}

function readDist(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  return readFileSync(path, 'utf8');
}

/**
 * Date for the add-on's context: the host's own Date (so dates cross between the add-on and the
 * emulator as real Dates and `instanceof Date` holds both ways), but with "now" fixed when asked.
 */
function clockDate(now: Date | undefined): DateConstructor {
  if (!now) return Date;
  const fixed = now.getTime();
  return new Proxy(Date, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [fixed] : args, newTarget),
    apply: () => new Date(fixed).toString(),
    get: (target, key) => (key === 'now' ? () => fixed : Reflect.get(target, key)),
  });
}

export function startAddon(options: AddonOptions = {}): Addon {
  const dist = options.distDir ?? join(root, 'dist');
  const code = readDist(dist, 'Code.js');
  const sidebarHtml = readDist(dist, 'Sidebar.html');
  const locale = options.locale ?? 'en_US';

  // The engine needs the custom functions before the bundle is loaded: register forwarders that
  // call whatever the bundle declares under that name.
  let context: Record<string, unknown> = {};
  const customFunctions: Record<string, (...args: unknown[]) => unknown> = {};
  for (const { name } of CUSTOM_FUNCTIONS) {
    customFunctions[name] = (...args: unknown[]) => {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Unknown function: ${name}`);
      return membrane.toHost(fn(...args));
    };
  }

  const emulator = createEmulator({
    locale,
    userLocale: options.userLocale ?? locale,
    now: options.now,
    timeZone: options.timeZone,
    customFunctions,
    htmlFiles: { Sidebar: sidebarHtml },
  });

  // Each showSidebar call counts, even with the same HTML, so the page opens the panel again.
  let sidebarShows = 0;
  const membrane = createMembrane((method) => {
    if (method === 'showSidebar') sidebarShows++;
  });
  const services: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(emulator.globals)) services[name] = membrane.wrap(service);
  context = createContext({ ...services, Date: clockDate(options.now) });
  new Script(code, { filename: 'Code.js' }).runInContext(context);
  const declared = runInContext(
    'Object.keys(this).filter(function (k) { return typeof this[k] === "function"; }, this)',
    context,
  ) as string[];
  const functions = declared.filter((name) => !(name in emulator.globals) && name !== 'Date').sort();
  for (const { name } of CUSTOM_FUNCTIONS) {
    if (!functions.includes(name)) throw new Error(`dist/Code.js does not declare the custom function ${name}.`);
  }

  const topLevel = (name: string): ((...args: unknown[]) => unknown) => {
    if (!functions.includes(name)) {
      throw new Error(`Script function not found: ${name}. dist/Code.js declares: ${functions.join(', ')}.`);
    }
    return context[name] as (...args: unknown[]) => unknown;
  };

  const sidebar = (): SidebarShown | null => {
    const shown = emulator.sidebar();
    return shown ? { html: shown.content, title: shown.title, version: sidebarShows } : null;
  };

  topLevel('onOpen')({ authMode: 'FULL', source: membrane.wrap(emulator.spreadsheet) });

  return {
    emulator,
    context,
    now: () => (options.now ? new Date(options.now.getTime()) : new Date()),
    functions,
    call(functionName, args = []) {
      if (functionName.endsWith('_')) {
        throw new Error(`${functionName} is private (its name ends with "_"): google.script.run cannot call it.`);
      }
      const fn = topLevel(functionName);
      args.forEach((arg, i) => {
        const problem = findIllegalValue(arg, `argument ${i + 1} of ${functionName}`);
        if (problem) throw new IllegalValueError(problem);
      });
      // The server gets its own copy, as over the wire; undefined in arrays becomes null.
      const copied = JSON.parse(JSON.stringify(args)) as unknown[];
      const result = fn(...copied);
      const problem = findIllegalValue(result, `the result of ${functionName}`);
      if (problem) throw new IllegalValueError(problem);
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    },
    runMenuItem(functionName) {
      topLevel(functionName)();
    },
    setCellInput(sheet, a1, input) {
      emulator.setCellInput(sheet, a1, input);
    },
    sidebar,
    menus: () => menusOf(emulator),
  };
}
