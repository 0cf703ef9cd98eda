// Loads the built server script the way Apps Script does: one plain script in a fresh V8
// context with no Node globals and no module system. A bundling mistake fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/catalog';

const dist = join(__dirname, '../../dist');
let code: string;

/** Just enough of the Apps Script services for onOpen: records the menu it builds. */
function fakeServices(locale: string) {
  const menus: { items: [string, string][] }[] = [];
  const menu = () => {
    const built = { items: [] as [string, string][] };
    const api = {
      addItem(caption: string, fn: string) {
        built.items.push([caption, fn]);
        return api;
      },
      addSeparator: () => api,
      addToUi() {
        menus.push(built);
      },
    };
    return api;
  };
  return {
    menus,
    globals: {
      SpreadsheetApp: { getUi: () => ({ createAddonMenu: menu, createMenu: menu }) },
      Session: { getActiveUserLocale: () => locale },
    },
  };
}

function loadBundle(globals: Record<string, unknown> = {}): Record<string, unknown> {
  const context: Record<string, unknown> = { ...globals };
  runInNewContext(code, context, { filename: 'Code.js' });
  return context;
}

beforeAll(() => {
  code = readFileSync(join(dist, 'Code.js'), 'utf8');
});

describe('dist/Code.js', () => {
  it('is a plain script: no module syntax, no require, no Node globals', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.env\b/);
    const context = loadBundle();
    expect(typeof context.KR_PROGRESS).toBe('function');
    expect(context.process).toBeUndefined();
  });

  it('declares every entry point as a top-level function', () => {
    const context = loadBundle();
    for (const name of ['onOpen', 'onInstall', 'showSidebar', ...CUSTOM_FUNCTIONS.map((f) => f.name)]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(typeof context[name], name).toBe('function');
    }
  });

  it('gives each custom function its JSDoc with @customfunction and real parameter names', () => {
    for (const doc of CUSTOM_FUNCTIONS) {
      const params = doc.params.map((p) => p.name);
      const match = code.match(new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${doc.name}\\(([^)]*)\\)`));
      expect(match, `${doc.name} has no JSDoc block`).not.toBeNull();
      const [, jsdoc, declared] = match!;
      expect(jsdoc).toContain('@customfunction');
      expect(jsdoc).toContain('@return');
      expect(declared.split(',').map((s) => s.trim())).toEqual(params);
      const documented = [...jsdoc.matchAll(/@param \{[^}]+\} \[?(\w+)\]?/g)].map((m) => m[1]);
      expect(documented).toEqual(params);
    }
  });

  it('computes custom functions in the Apps Script context, column in, column out', () => {
    const context = loadBundle();
    const KR_PROGRESS = context.KR_PROGRESS as (...args: unknown[]) => unknown;
    // "Raise lead conversion from 15% to 25%": at 19% the KR is 40% done.
    expect(KR_PROGRESS(0.19, 0.25, 0.15)).toBeCloseTo(0.4);
    // "Cut the sales cycle from 60 to 55 days": at 57 days, 60%.
    expect(KR_PROGRESS(57, 55, 60)).toBeCloseTo(0.6);
    const column = KR_PROGRESS([[250000], [''], [600000], ['']], [[500000], [500000], [500000], ['']]) as unknown[][];
    expect(column).toEqual([[0.5], ['⚠ current is blank. Enter a value.'], [1], ['']]);
    const OKR_SCORE = context.OKR_SCORE as (...args: unknown[]) => unknown;
    expect(OKR_SCORE([[0.5], [1]], [[1], [3]])).toBeCloseTo(0.875);
    // A row with a problem counts as 0; the empty row is left out.
    expect(OKR_SCORE(column)).toBeCloseTo(0.5);
  });

  it('builds the add-on menu in onOpen without document access (AuthMode.NONE)', () => {
    const { menus, globals } = fakeServices('de_DE');
    const context = loadBundle(globals);
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(menus).toHaveLength(1);
    const items = menus[0].items;
    expect(items.map(([, fn]) => fn)).toContain('showSidebar');
    for (const [caption, fn] of items) {
      expect(typeof context[fn], `menu item "${caption}" calls ${fn}`).toBe('function');
    }
    expect(items[0][0]).toBe('OKR-Seitenleiste öffnen');
  });
});

describe('dist/Sidebar.html', () => {
  it('is one self-contained file whose script has no template literals and loads nothing remote', () => {
    const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    // HtmlService mangles "//" and "/*" inside template literals; the build removes them all.
    for (const script of scripts) expect(script).not.toContain('`');
  });

  it('ships the manifest with least-privilege scopes', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});
