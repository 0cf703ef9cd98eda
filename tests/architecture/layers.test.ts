// The codebase's arrows point one way: core ← tabs, functions ← sheet ← server ← sidebar, through
// the contract. These tests fail when an import goes the wrong way, when code outside src/sheet
// calls Apps Script services, when the sidebar reaches server code, or when the built script
// carries emulator or HyperFormula code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of a file, resolved to paths from the repository root. */
function importsOf(file: string): { path: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const found: { path: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
    found.push({ path: relative(root, resolve(dirname(file), m[2])), typeOnly: Boolean(m[1]) });
  }
  return found;
}

/** The layer of a path under src/: its first folder, or the file name for src/main.ts. */
function layerOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'src' ? parts[1].replace(/\.ts$/, '') : parts[0];
}

/** Which layers each layer may import. */
const ALLOWED: Record<string, string[]> = {
  i18n: ['i18n', 'core/types'],
  core: ['core', 'i18n', 'examples/types'],
  examples: ['examples', 'core', 'i18n'],
  tabs: ['tabs', 'core', 'i18n'],
  functions: ['functions', 'core', 'i18n'],
  sheet: ['sheet', 'tabs', 'core', 'i18n', 'examples'],
  contract: ['contract', 'core', 'i18n', 'examples/types'],
  server: ['server', 'sheet', 'tabs', 'core', 'i18n', 'examples', 'contract'],
  main: ['server', 'functions'],
};

function allowed(from: string, to: string): boolean {
  const target = to.replace(/^src\//, '');
  return ALLOWED[from].some((entry) => target === entry || target.startsWith(`${entry}/`) || target === `${entry}.ts`);
}

describe('layers', () => {
  const files = filesUnder(src);

  it('has a rule for every folder of src/', () => {
    const layers = new Set(files.map((f) => layerOf(relative(root, f))));
    expect([...layers].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('imports only downwards: the core imports nothing above it, and no layer imports one above it', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(relative(root, file));
      for (const { path } of importsOf(file)) {
        if (!path.startsWith('src/')) wrong.push(`${relative(root, file)} → ${path} (outside src)`);
        else if (!allowed(from, path)) wrong.push(`${relative(root, file)} → ${path}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the guard itself catches an upward import', () => {
    expect(allowed('core', 'src/sheet/read')).toBe(false);
    expect(allowed('tabs', 'src/server/endpoints')).toBe(false);
    expect(allowed('core', 'src/core/evaluate')).toBe(true);
  });

  it('calls Apps Script services only from src/sheet', () => {
    const services =
      /\b(SpreadsheetApp|PropertiesService|Session|LockService|HtmlService|Utilities|Charts|CacheService)\./;
    const callers = files
      .filter((file) => !relative(src, file).startsWith('sheet/'))
      .filter((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .some((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*') && services.test(line)),
      )
      .map((file) => relative(root, file));
    expect(callers).toEqual([]);
  });
});

describe('the sidebar reaches the server only through the contract', () => {
  it('imports from src/ only the contract, its shared pure modules and its texts', () => {
    const wrong: string[] = [];
    for (const file of filesUnder(join(root, 'sidebar/src'))) {
      for (const { path } of importsOf(file)) {
        if (!path.startsWith('src/')) continue;
        if (!/^src\/(contract\/(index|shared)|i18n\/sidebar)$/.test(path))
          wrong.push(`${relative(root, file)} → ${path}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('bundles no server code: no spreadsheet I/O, endpoints, custom functions, templates or example library', async () => {
    const result = await build({
      entryPoints: [join(root, 'sidebar/src/main.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.startsWith('src/contract/'))).toBe(true);
    expect(inputs.filter((path) => /^src\/(sheet|server|functions|tabs|examples)\//.test(path))).toEqual([]);
  });
});

describe('the Apps Script bundle', () => {
  it('holds only the add-on: no emulator, HyperFormula or other package code', async () => {
    const result = await build({
      entryPoints: [join(src, 'main.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      logLevel: 'silent',
    });
    const outside = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('src/'));
    expect(outside).toEqual([]);
  });

  it('dist/Code.js contains no emulator or HyperFormula code', () => {
    const code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
    for (const marker of [
      'HyperFormula',
      'hyperformula',
      'gpl-v3',
      'installGlobals',
      'createEmulator',
      'FunctionPlugin',
    ]) {
      expect(code.includes(marker), marker).toBe(false);
    }
  });
});
