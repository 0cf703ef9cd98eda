// The script every execution loads (each custom-function call included) stays small: it holds
// the custom functions and the menu; the sidebar's server functions and the data that only some
// actions need live in data files (dist/*.html) that those actions read, and no custom function
// reads or needs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { EXAMPLE_LIBRARY } from '../../src/examples/data';
import { ERRORS } from '../../src/i18n/errors';
import { TEMPLATE } from '../../src/i18n/template';
import { DATA_FILES, decodeDataFile } from '../../src/sheet/data';

const root = join(__dirname, '../..');
const dist = join(root, 'dist');
/** What dist/Code.js may weigh. */
const CODE_BUDGET_BYTES = 80 * 1024;

let code: string;
const readDist = (name: string) => readFileSync(join(dist, name), 'utf8');

beforeAll(() => {
  code = readDist('Code.js');
});

/** Runs dist/Code.js in a bare V8 context with only `globals`, as Apps Script runs a script. */
function loadScript(globals: Record<string, unknown>): Record<string, unknown> {
  const context = createContext({ ...globals });
  new Script(code, { filename: 'Code.js' }).runInContext(context);
  return context;
}

/** An HtmlService that records every file asked for and refuses to serve any. */
function refusingHtmlService(asked: string[]) {
  return {
    createHtmlOutputFromFile(name: string) {
      asked.push(name);
      throw new Error(`HtmlService is not available here (asked for ${name}).`);
    },
  };
}

/** Every text of a catalog of the form { language: { key: text } } or the example library. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

describe('dist/Code.js', () => {
  it(`weighs at most ${CODE_BUDGET_BYTES / 1024} KiB`, () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(CODE_BUDGET_BYTES);
  });

  it('holds none of the example library, tab texts or non-English error messages', () => {
    const { en: _english, ...otherErrors } = ERRORS;
    // Long texts only: a short word ("Status") may rightly appear in code for another reason.
    const texts = [...textsOf(EXAMPLE_LIBRARY.objectives), ...textsOf(TEMPLATE), ...textsOf(otherErrors)].filter(
      (text) => text.length >= 24,
    );
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => code.includes(text))).toEqual([]);
  });

  it('runs every custom function with no HtmlService at all, and reads no data file', () => {
    const asked: string[] = [];
    for (const globals of [{}, { HtmlService: refusingHtmlService(asked) }]) {
      const fns = loadScript(globals) as Record<string, (...args: unknown[]) => unknown>;
      expect(fns.KR_PROGRESS([[50], [''], [5]], [[100], [100], [5]], [[0], [0], [5]])).toEqual([
        [0.5],
        ['⚠ current is blank. Enter a value.'],
        ['⚠ target equals baseline. Change one of them.'],
      ]);
      expect(fns.OKR_SCORE([[0.5], [1]], [[1], [3]])).toBeCloseTo(0.875);
      expect(fns.OKR_STATUS([[0.35], [0.9]], [[0.5], [0.5]], 0.1, 0.2, 'de')).toEqual([['Gefährdet'], ['Im Plan']]);
      expect(fns.OKR_GRADE([[0.3], [0.8]], 0.4, 0.7, 'fr')).toEqual([['rouge'], ['vert']]);
      expect(fns.OKR_PACE('2027-01-01', '2027-01-31', '2027-01-16')).toBeCloseTo(15 / 31);
      expect(fns.KR_TARGET(100, 0.15)).toBeCloseTo(115);
      expect(() => fns.KR_PROGRESS('abc', 100)).toThrow();
      expect(typeof fns.KR_FORECAST).toBe('function');
    }
    expect(asked).toEqual([]);
  });

  it('builds the menu in onOpen without reading a data file', () => {
    const asked: string[] = [];
    const menu = { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined };
    const fns = loadScript({
      HtmlService: refusingHtmlService(asked),
      SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) },
      Session: { getActiveUserLocale: () => 'fr_FR' },
    }) as Record<string, (...args: unknown[]) => unknown>;
    fns.onOpen({ authMode: 'NONE' });
    expect(asked).toEqual([]);
  });

  it('is built so that the custom functions import no data and no service code', async () => {
    const result = await build({
      entryPoints: [join(root, 'src/functions/customFunctions.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      logLevel: 'silent',
    });
    // Modules that put bytes into the output (an import only for a type or an unused export puts none).
    const [output] = Object.values(result.metafile.outputs);
    const inputs = Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    expect(inputs).toContain('src/functions/customFunctions.ts');
    expect(
      inputs.filter((path) => /^src\/(sheet|server|examples|tabs)\/|^src\/i18n\/(template|errors)\.ts$/.test(path)),
    ).toEqual([]);
  });
});

describe('the data files', () => {
  it('hold the example library, the tab texts and the non-English error messages, as JSON with no markup characters', () => {
    const { en: _english, ...otherErrors } = ERRORS;
    const expected: Record<string, unknown> = {
      [DATA_FILES.examples]: EXAMPLE_LIBRARY,
      [DATA_FILES.tabTexts]: TEMPLATE,
      [DATA_FILES.errorTexts]: otherErrors,
    };
    for (const [name, data] of Object.entries(expected)) {
      const content = readDist(`${name}.html`);
      expect(content, name).not.toMatch(/[<>&\u2028\u2029]/);
      expect(decodeDataFile(content, name), name).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  it('are read by the actions that need them, once per execution, from the files clasp pushes', () => {
    const asked: string[] = [];
    const emu = createEmulator({
      userLocale: 'de',
      htmlFiles: (name) => {
        asked.push(name);
        return readDist(`${name}.html`);
      },
    });
    const fns = loadScript(emu.globals as unknown as Record<string, unknown>) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    const examples = fns.getExamples('de', 'acquisition') as { title: string; familyName: string }[];
    expect(examples[0]).toMatchObject({
      title: EXAMPLE_LIBRARY.objectives.find((o) => o.family === 'acquisition')?.title.de,
      familyName: 'Neukundengewinnung',
    });
    fns.getExamples('fr');
    expect(asked).toEqual([DATA_FILES.actions, DATA_FILES.examples]);
  });

  it('cost no round trip: reading a project file is not a spreadsheet call', () => {
    const emu = createEmulator({ userLocale: 'de' });
    const fns = loadScript(emu.globals as unknown as Record<string, unknown>) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    const { result, roundTrips, localByMethod } = emu.measure(() => fns.getExamples('de'));
    expect(result).toHaveLength(EXAMPLE_LIBRARY.objectives.length);
    expect(localByMethod['HtmlService.createHtmlOutputFromFile']).toBe(2);
    expect(roundTrips).toBe(0);
  });

  it("hold the sidebar's server functions as source text, compiled on their first call", () => {
    const source = decodeDataFile<string>(readDist(`${DATA_FILES.actions}.html`), DATA_FILES.actions);
    expect(source).toMatch(/^var SalesOkrActions=/);
    expect(readDist(`${DATA_FILES.actions}.html`)).not.toMatch(/[<>&/\u2028\u2029]/);
    // Each of those entry points is a stub in Code.js that compiles the actions first.
    for (const name of ['getSidebarState', 'createPeriod', 'recordCheckIn', 'getExamples']) {
      expect(code).toMatch(
        new RegExp(`^function ${name}\\(\\) \\{\\n  return SalesOkr\\.actionsModule\\(\\)\\.${name}\\.`, 'm'),
      );
    }
    expect(code).not.toContain('getSidebarState:');
  });
});
