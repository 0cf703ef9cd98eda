// Every catalog under src/i18n (found on disk, so a new file is checked without editing this
// test) and the example library must be complete in every language.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../src/core/evaluate';
import { type KrValueField, LANGUAGES } from '../../src/core/types';
import { EXAMPLE_OBJECTIVES, FAMILY_NAMES } from '../../src/examples/data';
import { SIDEBAR } from '../../src/i18n/sidebar';

const I18N_DIR = join(__dirname, '../../src/i18n');
/** index.ts holds the Catalog type and helpers, not texts. */
const catalogFiles = readdirSync(I18N_DIR)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .sort();

type CatalogLike = Record<string, Record<string, unknown>>;

/** True for a value shaped like Record<Language, Record<string, string>>. */
function looksLikeCatalog(value: unknown): value is CatalogLike {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return 'en' in record && typeof record.en === 'object' && record.en !== null;
}

function placeholders(text: string): string[] {
  return (text.match(/\{\w+\}/g) ?? []).sort();
}

/** What is wrong with a catalog, one line per problem; empty when it is complete. */
function catalogProblems(name: string, catalog: CatalogLike): string[] {
  const problems: string[] = [];
  const extraLanguages = Object.keys(catalog).filter((l) => !(LANGUAGES as readonly string[]).includes(l));
  if (extraLanguages.length > 0) problems.push(`${name}: unknown languages ${extraLanguages.join(', ')}`);
  const english = catalog.en ?? {};
  const englishKeys = Object.keys(english).sort();
  if (englishKeys.length === 0) problems.push(`${name}: no English texts`);
  for (const language of LANGUAGES) {
    const texts = catalog[language];
    if (typeof texts !== 'object' || texts === null) {
      problems.push(`${name}.${language}: missing`);
      continue;
    }
    const keys = Object.keys(texts);
    for (const key of englishKeys.filter((k) => !keys.includes(k))) {
      problems.push(`${name}.${language}.${key}: missing`);
    }
    for (const key of keys.filter((k) => !englishKeys.includes(k))) {
      problems.push(`${name}.${language}.${key}: not in English`);
    }
    for (const key of keys) {
      const text = texts[key];
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${name}.${language}.${key}: empty`);
        continue;
      }
      const english = catalog.en?.[key];
      if (typeof english !== 'string') continue;
      const expected = placeholders(english).join(' ');
      const actual = placeholders(text).join(' ');
      if (actual !== expected) {
        problems.push(`${name}.${language}.${key}: placeholders "${actual}", English has "${expected}"`);
      }
    }
  }
  return problems;
}

describe('catalogProblems', () => {
  const complete = Object.fromEntries(LANGUAGES.map((l) => [l, { hello: `Hi {name} (${l})` }]));

  it('accepts a complete catalog', () => {
    expect(catalogProblems('sample', complete)).toEqual([]);
  });

  it('reports a key added in English only', () => {
    const catalog = { ...complete, en: { hello: 'Hi {name}', bye: 'Bye' } };
    const problems = catalogProblems('sample', catalog);
    expect(problems).toHaveLength(LANGUAGES.length - 1);
    expect(problems).toContain('sample.de.bye: missing');
  });

  it('reports a missing language, a key unknown to English, empty text and a lost placeholder', () => {
    const { ar: _ar, ...withoutArabic } = complete;
    expect(catalogProblems('sample', withoutArabic)).toEqual(['sample.ar: missing']);
    expect(catalogProblems('sample', { ...complete, fr: { hello: 'Salut {name}', extra: 'x' } })).toEqual([
      'sample.fr.extra: not in English',
    ]);
    expect(catalogProblems('sample', { ...complete, cs: { hello: '  ' } })).toEqual(['sample.cs.hello: empty']);
    expect(catalogProblems('sample', { ...complete, zh: { hello: '你好 {nom}' } })).toEqual([
      'sample.zh.hello: placeholders "{nom}", English has "{name}"',
    ]);
  });
});

/** Every module under src/i18n, loaded once; a module that fails to load fails only its own test. */
const loaded = Promise.all(
  catalogFiles.map(async (file) => {
    try {
      return { file, module: (await import(join(I18N_DIR, file))) as Record<string, unknown> };
    } catch (error) {
      return { file, error };
    }
  }),
);

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).length > 0 &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

describe('catalogs under src/i18n', () => {
  it('finds catalog files', () => {
    expect(catalogFiles.length).toBeGreaterThan(0);
  });

  it.each(catalogFiles)('%s: every language has the same keys and placeholders as English', async (file) => {
    const modules = await loaded;
    const own = modules.find((m) => m.file === file)!;
    if (!('module' in own) || !own.module) throw own.error;
    const catalogs = Object.entries(own.module).filter(([, value]) => looksLikeCatalog(value));
    if (catalogs.length > 0) {
      const problems = catalogs.flatMap(([name, catalog]) =>
        catalogProblems(`${file}:${name}`, catalog as CatalogLike),
      );
      expect(problems).toEqual([]);
      return;
    }
    // A file without a catalog holds one language's texts for a catalog assembled elsewhere
    // (e.g. sidebar-de.ts for sidebar.ts): each of its text records must be used by a catalog,
    // which the check above then covers.
    const parts = Object.entries(own.module).filter(([, value]) => isStringRecord(value));
    expect(parts.length, `${file} exports neither a catalog nor a language's texts`).toBeGreaterThan(0);
    // Compared by content, not identity: a module imported twice concurrently may be two instances.
    const usedByCatalogs = new Set<string>();
    for (const other of modules) {
      if (!('module' in other) || !other.module) continue;
      for (const value of Object.values(other.module)) {
        if (looksLikeCatalog(value))
          for (const texts of Object.values(value)) usedByCatalogs.add(JSON.stringify(texts));
      }
    }
    for (const [name, texts] of parts) {
      const unloaded = modules.filter((m) => !('module' in m) || !m.module).map((m) => m.file);
      const hint = unloaded.length > 0 ? ` (files that failed to load: ${unloaded.join(', ')})` : '';
      expect(usedByCatalogs.has(JSON.stringify(texts)), `${file}:${name} is not used by any catalog${hint}`).toBe(true);
    }
  });
});

describe('example library texts', () => {
  it('names every family in every language', () => {
    expect(catalogProblems('FAMILY_NAMES', FAMILY_NAMES)).toEqual([]);
  });

  it('has every objective and key result title in every language', () => {
    // Seen as one catalog per language: key = where the text is used.
    const asCatalog: CatalogLike = Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        Object.fromEntries(
          EXAMPLE_OBJECTIVES.flatMap((objective) => [
            [objective.id, objective.title[language]],
            ...objective.keyResults.map((kr, i) => [`${objective.id}.kr${i + 1}`, kr.title[language]]),
          ]),
        ),
      ]),
    );
    expect(catalogProblems('EXAMPLES', asCatalog)).toEqual([]);
  });
});

describe('texts for what the evaluation reports', () => {
  /** Every problem code and value field (a missing one fails to compile). */
  const PROBLEMS: Record<ProblemCode, true> = {
    noTarget: true,
    noCurrent: true,
    targetEqualsBaseline: true,
    targetWrongWay: true,
    negativeWeight: true,
    notANumber: true,
    tooLarge: true,
    ambiguousNumber: true,
    dateNotNumber: true,
    cellError: true,
    unknownKind: true,
    percentMismatch: true,
  };
  const FIELDS: Record<KrValueField, true> = { kind: true, baseline: true, target: true, current: true, weight: true };

  it('says every problem and names every field in every language', () => {
    for (const language of LANGUAGES) {
      const texts = SIDEBAR[language] as Record<string, string>;
      for (const code of Object.keys(PROBLEMS)) expect(texts[`problem.${code}`], `${language} ${code}`).toBeTruthy();
      for (const field of Object.keys(FIELDS)) expect(texts[`field.${field}`], `${language} ${field}`).toBeTruthy();
    }
  });

  it('quotes what a cell held where the problem is about its text', () => {
    for (const code of ['notANumber', 'ambiguousNumber', 'cellError', 'unknownKind', 'negativeWeight'] as const) {
      for (const language of LANGUAGES) {
        expect(SIDEBAR[language][`problem.${code}`], `${language} ${code}`).toContain('{text}');
      }
    }
  });
});
