// The playground's runtime: dist/Code.js in a bare V8 context on the emulated workbook, with
// google.script.run's rules on what may cross between sidebar and server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAddon } from '../../playground/runtime';
import { findIllegalValue, IllegalValueError } from '../../playground/serialisation';
import { CUSTOM_FUNCTIONS } from '../../src/functions/catalog';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('startAddon with the built bundle', () => {
  it('runs dist/Code.js with only the emulated services as globals', () => {
    const addon = startAddon({ now: NOW });
    for (const name of ['onOpen', 'showSidebar', ...CUSTOM_FUNCTIONS.map((f) => f.name)]) {
      expect(addon.functions).toContain(name);
    }
    const globals = addon.context;
    expect(globals.SpreadsheetApp).toBeDefined();
    expect(globals.HtmlService).toBeDefined();
    for (const nodeGlobal of ['process', 'require', 'Buffer', 'module', 'setImmediate']) {
      expect(globals[nodeGlobal], nodeGlobal).toBeUndefined();
    }
  });

  it('runs onOpen, so the add-on menu is there with items that call declared functions', () => {
    const addon = startAddon({ now: NOW });
    const menus = addon.menus();
    expect(menus.length).toBeGreaterThan(0);
    const items = menus.flatMap((m) => m.items).filter((i) => 'functionName' in i);
    expect(items.map((i) => ('functionName' in i ? i.functionName : ''))).toContain('showSidebar');
    for (const item of items) if ('functionName' in item) expect(addon.functions).toContain(item.functionName);
  });

  it('builds the menu in the user language', () => {
    const addon = startAddon({ now: NOW, locale: 'de_DE', userLocale: 'de_DE' });
    const captions = addon.menus().flatMap((m) => m.items.map((i) => ('caption' in i ? i.caption : '')));
    expect(captions).toContain('OKR-Seitenleiste öffnen');
  });

  it('evaluates the bundle’s custom functions in the formula engine', () => {
    const addon = startAddon({ now: NOW });
    const sheet = addon.emulator.spreadsheet.getSheets()[0].getName();
    addon.setCellInput(sheet, 'A1', '57');
    addon.setCellInput(sheet, 'B1', '=KR_PROGRESS(A1,55,60)');
    expect(Number(addon.emulator.spreadsheet.getSheetByName(sheet)!.getRange('B1').getValue())).toBeCloseTo(0.6);
    addon.setCellInput(sheet, 'A1', '55');
    expect(Number(addon.emulator.spreadsheet.getSheetByName(sheet)!.getRange('B1').getValue())).toBe(1);
  });

  it('shows the sidebar the add-on opened, from dist/Sidebar.html', () => {
    const addon = startAddon({ now: NOW });
    expect(addon.sidebar()).toBeNull();
    addon.runMenuItem('showSidebar');
    const first = addon.sidebar();
    expect(first?.html).toContain('<script>');
    expect(first?.html).toContain('okr-initial-view');
    addon.runMenuItem('showCheckIn');
    const second = addon.sidebar();
    expect(second!.version).toBeGreaterThan(first!.version);
    expect(second!.html).toContain('data-view="checkIn"');
  });

  it('refuses to call functions that do not exist or are private', () => {
    const addon = startAddon({ now: NOW });
    expect(() => addon.call('noSuchFunction', [])).toThrow(/Script function not found: noSuchFunction/);
    expect(() => addon.call('helper_', [])).toThrow(/private/);
    expect(() => addon.call('SpreadsheetApp', [])).toThrow(/not found/);
  });
});

describe('google.script.run rules in call()', () => {
  let dir: string;
  beforeAll(() => {
    // A tiny stand-in bundle with functions that return what Apps Script cannot send back.
    dir = mkdtempSync(join(tmpdir(), 'okr-runtime-'));
    const stubs = CUSTOM_FUNCTIONS.map((f) => `function ${f.name}() { return 0; }`).join('\n');
    writeFileSync(
      join(dir, 'Code.js'),
      `${stubs}
function onOpen() {}
function echo(value) { return value; }
function today() { return new Date(); }
function nested() { return { period: { start: new Date(0) } }; }
function callback() { return function () {}; }
function argumentIsDate(value) { return Object.prototype.toString.call(value) === '[object Date]'; }
function mutate(list) { list.push(4); return list.length; }
function nothing() {}
`,
    );
    writeFileSync(join(dir, 'Sidebar.html'), '<!doctype html><html><head></head><body></body></html>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes primitives, plain objects and arrays both ways', () => {
    const addon = startAddon({ now: NOW, distDir: dir });
    const value = { label: 'Q4 2026', krs: [1, 'two', true, null], nested: { a: [{ b: 1.5 }] } };
    expect(addon.call('echo', [value])).toEqual(value);
    expect(addon.call('nothing', [])).toBeNull();
  });

  it('rejects a Date argument with a message naming it, instead of converting it', () => {
    const addon = startAddon({ now: NOW, distDir: dir });
    expect(() => addon.call('argumentIsDate', [new Date()])).toThrow(IllegalValueError);
    expect(() => addon.call('echo', [{ due: new Date() }])).toThrow(/argument 1 of echo\.due is a Date/);
  });

  it('rejects functions, class instances and circular values as arguments', () => {
    const addon = startAddon({ now: NOW, distDir: dir });
    expect(() => addon.call('echo', [() => 1])).toThrow(/function/);
    expect(() => addon.call('echo', [new Map()])).toThrow(/Map instance/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => addon.call('echo', [loop])).toThrow(/circular/);
  });

  it('rejects Dates and functions in results, at any depth', () => {
    const addon = startAddon({ now: NOW, distDir: dir });
    expect(() => addon.call('today', [])).toThrow(/the result of today is a Date/);
    expect(() => addon.call('nested', [])).toThrow(/the result of nested\.period\.start is a Date/);
    expect(() => addon.call('callback', [])).toThrow(/function/);
  });

  it('gives the server a copy of the arguments, as over the wire', () => {
    const addon = startAddon({ now: NOW, distDir: dir });
    const list = [1, 2, 3];
    expect(addon.call('mutate', [list])).toBe(4);
    expect(list).toEqual([1, 2, 3]);
    expect(addon.call('echo', [[1, undefined, 3]])).toEqual([1, null, 3]);
  });

  it('lets the add-on see the emulated now through new Date()', () => {
    const addon = startAddon({ now: NOW, distDir: dir });
    const seen = (addon.context.today as () => Date)();
    expect(seen.toISOString()).toBe(NOW.toISOString());
  });
});

describe('findIllegalValue', () => {
  it('accepts JSON-like values and names the first illegal one by path', () => {
    expect(findIllegalValue({ a: [1, 'x', false, null, { b: undefined }] })).toBeNull();
    expect(findIllegalValue([1, [2, { when: new Date() }]])).toBe(
      "value[1][1].when is a Date; google.script.run cannot pass Dates. Send an ISO string such as 'yyyy-mm-dd'.",
    );
    expect(findIllegalValue(Object.create(null))).toBeNull();
    expect(findIllegalValue(BigInt(10))).toMatch(/bigint/);
  });
});
