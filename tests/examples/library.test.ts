import { describe, expect, it } from 'vitest';
import { KR_KINDS, LANGUAGES, type Language } from '../../src/core/types';
import { EXAMPLE_LIBRARY, EXAMPLE_OBJECTIVES, FAMILY_NAMES } from '../../src/examples/data';
import {
  EXAMPLE_FAMILIES,
  type ExampleKeyResult,
  type ExampleObjective,
  examplesIn,
  type Texts,
} from '../../src/examples/library';

/** Thousands and decimal separators as each language writes numbers in running text. */
const SEPARATORS: Record<Language, { thousands: string; decimal: string }> = {
  en: { thousands: ',', decimal: '.' },
  zh: { thousands: ',', decimal: '.' },
  ar: { thousands: ',', decimal: '.' },
  de: { thousands: '.', decimal: ',' },
  fr: { thousands: '\u00a0', decimal: ',' },
  cs: { thousands: '\u00a0', decimal: ',' },
};

/** The figures a title mentions, as numbers: "2,4\u00a0Mio." → 2400000, "50 万" → 500000. */
function figures(text: string, language: Language): number[] {
  const { thousands, decimal } = SEPARATORS[language];
  const t = `\\${thousands}`;
  const d = `\\${decimal}`;
  const number = new RegExp(`\\d{1,3}(?:${t}\\d{3})+(?:${d}\\d+)?|\\d+(?:${d}\\d+)?`, 'g');
  const found: number[] = [];
  for (const match of text.matchAll(number)) {
    let value = Number(match[0].split(thousands).join('').replace(decimal, '.'));
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (/^\s?(?:M(?![a-z])|Mio\.|mil\.|مليون)/.test(after)) value *= 1e6;
    if (/^\s?万/.test(after)) value *= 1e4;
    found.push(Math.round(value * 1000) / 1000);
  }
  return [...new Set(found)].sort((a, b) => a - b);
}

const UNITS = ['currency', '%', 'count', 'days', 'ratio', ''];
const allKeyResults: ExampleKeyResult[] = EXAMPLE_OBJECTIVES.flatMap((objective) => objective.keyResults);

/** Every text of the library with a label that says where it is, for readable failures. */
function allTexts(): { where: string; texts: Texts }[] {
  const out: { where: string; texts: Texts }[] = [];
  for (const objective of EXAMPLE_OBJECTIVES) {
    out.push({ where: objective.id, texts: objective.title });
    objective.keyResults.forEach((kr, i) => {
      out.push({ where: `${objective.id} KR ${i + 1}`, texts: kr.title });
    });
  }
  return out;
}

function describeKr(objective: ExampleObjective, index: number): string {
  return `${objective.id} KR ${index + 1} (${objective.keyResults[index].title.en})`;
}

describe('example texts', () => {
  it('has every language, non-empty and trimmed, for every objective and key result', () => {
    for (const { where, texts } of allTexts()) {
      expect(Object.keys(texts).sort(), where).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) {
        const text = texts[language];
        expect(typeof text, `${where} ${language}`).toBe('string');
        expect(text.trim(), `${where} ${language}`).not.toBe('');
        expect(text, `${where} ${language}`).toBe(text.trim());
      }
    }
  });

  it('is translated, not copied from English, in the expected script', () => {
    for (const { where, texts } of allTexts()) {
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        expect(texts[language], `${where} ${language} equals English`).not.toBe(texts.en);
      }
      expect(texts.zh, `${where} zh`).toMatch(/[\u4e00-\u9fff]/);
      expect(texts.ar, `${where} ar`).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('states the same figures in every language as in English', () => {
    expect(figures('Grow ARR by 20% (2.4M → 2.88M) from 1,400', 'en')).toEqual([20, 1400, 2400000, 2880000]);
    expect(figures('um 20\u00a0% (2,4\u00a0Mio. → 1.400)', 'de')).toEqual([20, 1400, 2400000]);
    expect(figures('de 5\u00a0200 à 3,8\u00a0%', 'fr')).toEqual([3.8, 5200]);
    expect(figures('（4 万 → 4.6 万）', 'zh')).toEqual([40000, 46000]);
    for (const { where, texts } of allTexts()) {
      const english = figures(texts.en, 'en');
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        const translated = figures(texts[language], language);
        // Arabic writes one and two as words in the singular and dual ("يوم واحد", "منتجين").
        const expected = language === 'ar' ? english.filter((n) => n > 2 || translated.includes(n)) : english;
        expect(translated, `${where} ${language}: ${texts[language]}`).toEqual(expected);
      }
    }
  });

  it('keeps a number and its % or unit together with a no-break space in German, French and Czech', () => {
    for (const { where, texts } of allTexts()) {
      for (const language of ['de', 'fr', 'cs'] as const) {
        expect(texts[language], `${where} ${language}`).not.toMatch(/\d (?:%|\d{3}\b|Mio\.|M\b|mil\.)/);
      }
    }
  });

  it('never starts with a character a sheet would read as a formula', () => {
    const names = LANGUAGES.flatMap((language) => Object.values(FAMILY_NAMES[language]));
    const texts = [...names, ...allTexts().flatMap(({ texts }) => Object.values(texts))];
    for (const text of texts) expect(text, text).not.toMatch(/^[=+\-@]/);
  });

  it('keeps titles short enough for a sheet cell (at most 90 characters)', () => {
    for (const { where, texts } of allTexts()) {
      for (const language of LANGUAGES) {
        expect(texts[language].length, `${where} ${language}: ${texts[language]}`).toBeLessThanOrEqual(90);
      }
    }
  });

  it('names every family in every language', () => {
    expect(Object.keys(FAMILY_NAMES).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      expect(Object.keys(FAMILY_NAMES[language]).sort(), language).toEqual([...EXAMPLE_FAMILIES].sort());
      for (const name of Object.values(FAMILY_NAMES[language])) expect(name.trim(), language).not.toBe('');
    }
  });
});

describe('example figures', () => {
  it('moves baseline and target in the direction of the kind', () => {
    for (const objective of EXAMPLE_OBJECTIVES) {
      objective.keyResults.forEach((kr, i) => {
        const where = describeKr(objective, i);
        expect(KR_KINDS, where).toContain(kr.kind);
        expect(Number.isFinite(kr.baseline) && Number.isFinite(kr.target), where).toBe(true);
        if (kr.kind === 'increase') expect(kr.target, where).toBeGreaterThan(kr.baseline);
        if (kr.kind === 'decrease') expect(kr.target, where).toBeLessThan(kr.baseline);
        if (kr.kind === 'milestone') {
          expect([kr.baseline, kr.target, kr.unit], where).toEqual([0, 1, '']);
        }
        // A threshold KR that is already met on day one teaches nothing as an example.
        if (kr.kind === 'atLeast') expect(kr.baseline, where).toBeLessThan(kr.target);
        if (kr.kind === 'atMost') expect(kr.baseline, where).toBeGreaterThan(kr.target);
      });
    }
  });

  it('uses known units and stores percentages as fractions', () => {
    for (const objective of EXAMPLE_OBJECTIVES) {
      objective.keyResults.forEach((kr, i) => {
        const where = describeKr(objective, i);
        expect(UNITS, where).toContain(kr.unit);
        if (kr.unit === '%') {
          for (const value of [kr.baseline, kr.target]) {
            expect(value, where).toBeGreaterThanOrEqual(0);
            expect(value, where).toBeLessThanOrEqual(1.5);
          }
          // The English title states the target as a percentage, e.g. "… to 28%" for 0.28.
          expect(kr.title.en, where).toContain(`${Math.round(kr.target * 1000) / 10}%`);
        }
        if (kr.weight !== undefined) expect(kr.weight, where).toBeGreaterThan(0);
      });
    }
  });

  it('states the target in the title, and the baseline too when a number moves from it', () => {
    for (const objective of EXAMPLE_OBJECTIVES) {
      objective.keyResults.forEach((kr, i) => {
        if (kr.kind === 'milestone') return;
        const where = describeKr(objective, i);
        const scale = kr.unit === '%' ? 100 : 1;
        const stated = figures(kr.title.en, 'en');
        expect(stated, where).toContain(Math.round(kr.target * scale * 1000) / 1000);
        const movesFromBaseline = (kr.kind === 'increase' || kr.kind === 'decrease') && kr.baseline !== 0;
        if (movesFromBaseline) expect(stated, where).toContain(Math.round(kr.baseline * scale * 1000) / 1000);
      });
    }
  });

  it('has at least two objectives per family with 2 to 5 key results each', () => {
    for (const family of EXAMPLE_FAMILIES) {
      const objectives = EXAMPLE_OBJECTIVES.filter((objective) => objective.family === family);
      expect(objectives.length, family).toBeGreaterThanOrEqual(2);
      for (const objective of objectives) {
        expect(objective.keyResults.length, objective.id).toBeGreaterThanOrEqual(2);
        expect(objective.keyResults.length, objective.id).toBeLessThanOrEqual(5);
      }
    }
    for (const objective of EXAMPLE_OBJECTIVES) expect(EXAMPLE_FAMILIES).toContain(objective.family);
  });

  it('shows every kind of key result, including increases to a target and from a baseline', () => {
    const kinds = new Set(allKeyResults.map((kr) => kr.kind));
    expect([...kinds].sort()).toEqual([...KR_KINDS].sort());
    const increases = allKeyResults.filter((kr) => kr.kind === 'increase');
    expect(increases.some((kr) => kr.baseline === 0)).toBe(true);
    expect(increases.some((kr) => kr.baseline > 0)).toBe(true);
  });

  it('mixes committed and aspirational objectives', () => {
    const committed = EXAMPLE_OBJECTIVES.filter((objective) => objective.committed).length;
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(EXAMPLE_OBJECTIVES.length);
  });

  it('gives every objective a unique, stable-looking id', () => {
    const ids = EXAMPLE_OBJECTIVES.map((objective) => objective.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+-\d+$/);
  });
});

describe('examplesIn', () => {
  it('returns plain records in the chosen language', () => {
    const all = examplesIn(EXAMPLE_LIBRARY, 'de');
    expect(all).toHaveLength(EXAMPLE_OBJECTIVES.length);
    const first = all[0];
    const source = EXAMPLE_OBJECTIVES[0];
    expect(first.id).toBe(source.id);
    expect(first.title).toBe(source.title.de);
    expect(first.familyName).toBe(FAMILY_NAMES.de[source.family]);
    expect(first.committed).toBe(source.committed);
    expect(first.keyResults.map((kr) => kr.title)).toEqual(source.keyResults.map((kr) => kr.title.de));
    for (const example of all) {
      expect(typeof example.title).toBe('string');
      for (const kr of example.keyResults) expect(typeof kr.title).toBe('string');
    }
  });

  it('filters by family and keeps the library order', () => {
    for (const family of EXAMPLE_FAMILIES) {
      const ids = examplesIn(EXAMPLE_LIBRARY, 'ar', family).map((example) => example.id);
      const expected = EXAMPLE_OBJECTIVES.filter((objective) => objective.family === family).map((o) => o.id);
      expect(ids, family).toEqual(expected);
    }
  });

  it('fills a missing weight with 1 and keeps given weights and figures', () => {
    const pairs = EXAMPLE_OBJECTIVES.flatMap((objective, i) =>
      objective.keyResults.map((kr, k) => ({ kr, localized: examplesIn(EXAMPLE_LIBRARY, 'fr')[i].keyResults[k] })),
    );
    for (const { kr, localized } of pairs) {
      expect(localized).toEqual({
        title: kr.title.fr,
        kind: kr.kind,
        unit: kr.unit,
        baseline: kr.baseline,
        target: kr.target,
        weight: kr.weight ?? 1,
      });
    }
    expect(pairs.some(({ kr }) => kr.weight === undefined)).toBe(true);
    expect(pairs.some(({ kr }) => kr.weight !== undefined && kr.weight !== 1)).toBe(true);
  });

  it('returns fresh copies, so editing an inserted example cannot change the library', () => {
    const copy = examplesIn(EXAMPLE_LIBRARY, 'en');
    copy[0].keyResults[0].target = -1;
    copy[0].keyResults.pop();
    expect(examplesIn(EXAMPLE_LIBRARY, 'en')[0].keyResults[0].target).toBe(EXAMPLE_OBJECTIVES[0].keyResults[0].target);
    expect(examplesIn(EXAMPLE_LIBRARY, 'en')[0].keyResults).toHaveLength(EXAMPLE_OBJECTIVES[0].keyResults.length);
  });
});
