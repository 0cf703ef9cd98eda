// Large data that only some actions need (the example library, the tab texts in six languages,
// the action error messages) is not in the script: Apps Script loads every script file for every
// execution, each custom-function call included, but reads a project HTML file only when asked.
// The build writes each data set as JSON into an HTML file of the project (dist/<name>.html);
// this module reads it once per execution and hands it to pure code as plain data. Reading a
// project file is not a spreadsheet call (no round trip) and needs no OAuth scope.
import type { Language } from '../core/types';
import type { ExampleLibrary } from '../examples/types';
import type { Catalog } from '../i18n/index';

/** The data files of the project (names as HtmlService knows them, without ".html"). */
export const DATA_FILES = {
  /** The sidebar's server functions (code, see actionsModule). */
  actions: 'Actions',
  examples: 'ExamplesData',
  tabTexts: 'TabTexts',
  errorTexts: 'ErrorTexts',
} as const;

export type DataFile = (typeof DATA_FILES)[keyof typeof DATA_FILES];

/**
 * A data file's content: JSON in which "<", ">", "&", "/" and the line separators U+2028/U+2029
 * are written as \u escapes, so no HTML or script parser can read markup or a comment into it
 * and the file is the same text in any editor. JSON.parse reads it back unchanged.
 */
export function encodeDataFile(value: unknown): string {
  return `${JSON.stringify(value).replace(/[<>&/\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

export function decodeDataFile<T>(content: string, name: string): T {
  try {
    return JSON.parse(content) as T;
  } catch (error) {
    throw new Error(`The data file ${name}.html is damaged: ${(error as Error).message}`);
  }
}

// Per execution: globals live as long as one Apps Script execution.
const cache = new Map<DataFile, unknown>();

function readDataFile<T>(name: DataFile): T {
  if (!cache.has(name)) {
    cache.set(name, decodeDataFile<T>(HtmlService.createHtmlOutputFromFile(name).getContent(), name));
  }
  return cache.get(name) as T;
}

/** The example library (objectives with texts in every language, families' names). */
export function exampleLibrary(): ExampleLibrary {
  return readDataFile<ExampleLibrary>(DATA_FILES.examples);
}

/**
 * A catalog whose languages are read from a data file the first time one is used; `inline`
 * languages are in the script already and read nothing. The build puts such catalogs in place
 * of the i18n modules that hold the texts (see scripts/build.ts), so the code reading them is the
 * same in tests and in Apps Script, and nothing is read before an action needs a text.
 */
export function lazyCatalog<K extends string>(
  name: DataFile,
  languages: readonly Language[],
  inline: Partial<Catalog<K>> = {},
): Catalog<K> {
  const catalog = {} as Catalog<K>;
  for (const language of languages) {
    const texts = inline[language];
    Object.defineProperty(catalog, language, {
      enumerable: true,
      get: texts ? () => texts : () => readDataFile<Partial<Catalog<K>>>(name)[language],
    });
  }
  return catalog;
}

/** The global the actions' bundle assigns its exports to (scripts/build.ts). */
export const ACTIONS_GLOBAL = 'SalesOkrActions';

type Actions = Record<string, (...args: unknown[]) => unknown>;
let actions: Actions | undefined;

/**
 * The sidebar's server functions. Only custom functions and the menu are compiled with the script
 * for every execution; the build ships the rest as the source text of one more data file, which
 * an execution compiles when it first calls one of them (a custom-function call never does).
 * The text is the add-on's own bundled code, pushed with the script, never anything a user or a
 * sheet supplied.
 */
export function actionsModule(): Actions {
  if (!actions) {
    const source = readDataFile<string>(DATA_FILES.actions);
    actions = new Function(`${source}\nreturn ${ACTIONS_GLOBAL};`)() as Actions;
  }
  return actions;
}
