// Builds what `clasp push` uploads, into dist/:
//   Code.js          the script every execution compiles: the custom functions and the menu,
//                    plus one top-level function per export of src/main.ts, because Apps Script
//                    only calls top-level function declarations;
//   Actions.html     the other exports of src/main.ts (the sidebar's server functions), as the
//                    source text an execution compiles when it first calls one of them
//                    (src/sheet/data.ts actionsModule), so custom-function calls never pay for it;
//   Sidebar.html     the sidebar with its script and styles inlined (HtmlService serves one file);
//   ExamplesData.html, TabTexts.html, ErrorTexts.html
//                    data that only some actions need, as JSON read by src/sheet/data.ts, so
//                    that the script every custom-function call loads stays small;
//   appsscript.json  the manifest.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build, type Metafile, type Plugin } from 'esbuild';
import { EXAMPLE_LIBRARY } from '../src/examples/data';
import { CUSTOM_FUNCTIONS, type CustomFunctionDoc } from '../src/functions/catalog';
import { ERRORS } from '../src/i18n/errors';
import { TEMPLATE } from '../src/i18n/template';
import { ACTIONS_GLOBAL, DATA_FILES, encodeDataFile } from '../src/sheet/data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
/** The global the bundle is assigned to; the generated stubs call into it. */
const BUNDLE_GLOBAL = 'SalesOkr';

export interface BuildSizes {
  serverBytes: number;
  sidebarBytes: number;
  /** Bytes of each data file, by file name ("ExamplesData.html"). */
  dataBytes: Record<string, number>;
}

export async function buildAll(): Promise<BuildSizes> {
  mkdirSync(dist, { recursive: true });
  const { code: server, actions } = await buildServer();
  writeFileSync(join(dist, 'Code.js'), server);
  const sidebar = await buildSidebar();
  writeFileSync(join(dist, 'Sidebar.html'), sidebar);
  const dataBytes: Record<string, number> = {};
  for (const [name, content] of Object.entries({ [DATA_FILES.actions]: encodeDataFile(actions), ...dataFiles() })) {
    writeFileSync(join(dist, `${name}.html`), content);
    dataBytes[`${name}.html`] = Buffer.byteLength(content);
  }
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return { serverBytes: Buffer.byteLength(server), sidebarBytes: Buffer.byteLength(sidebar), dataBytes };
}

/** The data files' contents, by name (see src/sheet/data.ts). English error texts stay in the script. */
export function dataFiles(): Record<string, string> {
  const { en: _inScript, ...otherErrorLanguages } = ERRORS;
  return {
    [DATA_FILES.examples]: encodeDataFile(EXAMPLE_LIBRARY),
    [DATA_FILES.tabTexts]: encodeDataFile(TEMPLATE),
    [DATA_FILES.errorTexts]: encodeDataFile(otherErrorLanguages),
  };
}

/**
 * In the script, the catalogs of tab texts and of error messages are read from their data files
 * when first used (src/sheet/data.ts lazyCatalog) instead of being compiled in; the English error
 * texts stay inline, as every UserError carries its English message for logs. The source modules
 * keep the texts where translators edit them and tests read them.
 */
const catalogsFromDataFiles: Plugin = {
  name: 'catalogs-from-data-files',
  setup(build) {
    const dataModule = (body: string) => ({
      contents: `import { LANGUAGES } from '../core/types';\nimport { lazyCatalog } from '../sheet/data';\n${body}\n`,
      resolveDir: join(root, 'src/i18n'),
      loader: 'ts' as const,
    });
    build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]template\.ts$/ }, () =>
      dataModule(`export const TEMPLATE = /* @__PURE__ */ lazyCatalog('${DATA_FILES.tabTexts}', LANGUAGES);`),
    );
    build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]errors\.ts$/ }, () =>
      dataModule(
        `export const ERRORS = /* @__PURE__ */ lazyCatalog('${DATA_FILES.errorTexts}', LANGUAGES, { en: ${JSON.stringify(ERRORS.en)} });`,
      ),
    );
  },
};

/**
 * The modules compiled with the script for every execution: the custom functions (what most
 * executions are) and the menu (onOpen runs on every open, maybe in AuthMode.NONE). The other
 * entry points go to the actions' bundle. The generated entry also exports actionsModule, which
 * the stubs of those entry points call.
 */
const SCRIPT_ENTRY = [
  "export * from './functions/customFunctions';",
  "export * from './server/menu';",
  "export { actionsModule } from './sheet/data';",
].join('\n');

async function bundle(entry: string, globalName: string): Promise<{ text: string; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: join(root, 'src'), sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'es2019',
    platform: 'neutral',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    plugins: [catalogsFromDataFiles],
  });
  return { text: result.outputFiles[0].text, metafile: result.metafile };
}

/**
 * The script (Code.js: its bundle and the top-level stubs) and the actions' bundle, with
 * esbuild's account of which module brought how many bytes into the script.
 */
export async function buildServer(): Promise<{ code: string; actions: string; metafile: Metafile }> {
  const entryPoints = listExports((await bundle("export * from './main';", BUNDLE_GLOBAL)).text, BUNDLE_GLOBAL);
  const script = await bundle(SCRIPT_ENTRY, BUNDLE_GLOBAL);
  const inScript = new Set(listExports(script.text, BUNDLE_GLOBAL));
  const actionNames = entryPoints.filter((name) => !inScript.has(name));
  const actions = await bundle(`export { ${actionNames.join(', ')} } from './main';`, ACTIONS_GLOBAL);
  const documented = new Map(CUSTOM_FUNCTIONS.map((doc) => [doc.name, doc]));
  for (const doc of CUSTOM_FUNCTIONS) {
    if (!inScript.has(doc.name)) throw new Error(`Custom function ${doc.name} is documented but not exported.`);
  }
  const stubs = entryPoints.map((name) => {
    const doc = documented.get(name);
    if (doc) return customFunctionStub(doc);
    return entryPointStub(name, inScript.has(name) ? BUNDLE_GLOBAL : `${BUNDLE_GLOBAL}.actionsModule()`);
  });
  return { code: `${script.text}\n${stubs.join('\n\n')}\n`, actions: actions.text, metafile: script.metafile };
}

/** Evaluates a bundle in an empty context to learn its exports. */
function listExports(bundle: string, globalName: string): string[] {
  const context: Record<string, unknown> = {};
  runInNewContext(`${bundle};this.__exports = Object.keys(${globalName});`, context);
  const names = context.__exports as string[];
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Export "${name}" is not a valid function name.`);
  }
  return names.sort();
}

/** Text placed inside a JSDoc block: one line, and no "*" + "/" that would end the comment. */
function jsdocText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/');
}

function customFunctionStub(doc: CustomFunctionDoc): string {
  const params = doc.params.map((p) => p.name);
  const jsdoc = [
    '/**',
    ` * ${jsdocText(doc.description)}`,
    ' *',
    ...doc.params.map((p) => ` * @param {any} ${p.optional ? `[${p.name}]` : p.name} ${jsdocText(p.description)}`),
    ` * @return ${jsdocText(doc.returns)}`,
    ' * @customfunction',
    ' */',
  ];
  return `${jsdoc.join('\n')}\nfunction ${doc.name}(${params.join(', ')}) {\n  return ${BUNDLE_GLOBAL}.${doc.name}.apply(null, arguments);\n}`;
}

function entryPointStub(name: string, module: string): string {
  return `function ${name}() {\n  return ${module}.${name}.apply(null, arguments);\n}`;
}

async function buildSidebar(): Promise<string> {
  const shell = readFileSync(join(root, 'sidebar/index.html'), 'utf8');
  const styles = readFileSync(join(root, 'sidebar/styles.css'), 'utf8');
  const result = await build({
    entryPoints: [join(root, 'sidebar/src/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    // HtmlService has been reported to mangle "//" and "/*" inside template literals of inlined
    // scripts; turning template literals into string concatenation avoids that class of bug.
    supported: { 'template-literal': false },
  });
  // A literal "</script" inside the code would end the inline script element early.
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  for (const marker of ['<!-- STYLE -->', '<!-- SCRIPT -->']) {
    if (!shell.includes(marker)) throw new Error(`sidebar/index.html lacks the ${marker} marker.`);
  }
  return shell
    .replace('<!-- STYLE -->', () => `<style>\n${styles}</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${script}</script>`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().then(
    ({ serverBytes, sidebarBytes, dataBytes }) => {
      console.log(`dist/Code.js            ${(serverBytes / 1024).toFixed(1)} KiB`);
      console.log(`dist/Sidebar.html       ${(sidebarBytes / 1024).toFixed(1)} KiB`);
      for (const [name, bytes] of Object.entries(dataBytes)) {
        console.log(`dist/${name.padEnd(19)}${(bytes / 1024).toFixed(1)} KiB`);
      }
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
