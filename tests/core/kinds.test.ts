import { describe, expect, it } from 'vitest';
import { isDoneValue, kindSpellings, parseKind } from '../../src/core/kinds';
import { parseLanguage } from '../../src/core/language';
import { KR_KINDS, LANGUAGES } from '../../src/core/types';
import { DONE_WORDS, KR_KIND_ALIASES, KR_KIND_LABELS } from '../../src/i18n/kinds';
import { GRADE_LABELS, STATUS_LABELS } from '../../src/i18n/status';

describe('parseKind', () => {
  it('reads every label of every language, in any case', () => {
    for (const language of LANGUAGES) {
      for (const kind of KR_KINDS) {
        const label = KR_KIND_LABELS[language][kind];
        expect(parseKind(label), `${language} ${label}`).toBe(kind);
        expect(parseKind(label.toUpperCase()), `${language} ${label}`).toBe(kind);
        expect(parseKind(`  ${label.toLowerCase()} `), `${language} ${label}`).toBe(kind);
      }
    }
  });

  it('reads canonical names and common aliases', () => {
    expect(parseKind('increase')).toBe('increase');
    expect(parseKind('atLeast')).toBe('atLeast');
    expect(parseKind('at_most')).toBe('atMost');
    expect(parseKind('AT-LEAST')).toBe('atLeast');
    expect(parseKind('>=')).toBe('atLeast');
    expect(parseKind('≤')).toBe('atMost');
    expect(parseKind('decrease')).toBe('decrease');
    expect(parseKind('reduce')).toBe('decrease');
    expect(parseKind('binary')).toBe('milestone');
    expect(parseKind('hochstens')).toBe('atMost'); // without the umlaut
    expect(parseKind('Reduire')).toBe('decrease');
  });

  it('maps every alias to its own kind (no alias is claimed by two kinds)', () => {
    for (const kind of KR_KINDS) {
      for (const alias of KR_KIND_ALIASES[kind]) expect(parseKind(alias), alias).toBe(kind);
    }
  });

  it('gives undefined for unknown or non-text values', () => {
    expect(parseKind('sideways')).toBeUndefined();
    expect(parseKind('')).toBeUndefined();
    expect(parseKind(3)).toBeUndefined();
    expect(kindSpellings()).toContain('atleast');
  });

  it('uses unique labels within each language', () => {
    for (const language of LANGUAGES) {
      const labels = Object.values(KR_KIND_LABELS[language]).map((l) => l.toLowerCase());
      expect(new Set(labels).size, language).toBe(KR_KINDS.length);
    }
  });
});

describe('isDoneValue', () => {
  it('accepts done words of all six languages, ignoring case and punctuation', () => {
    for (const word of [
      'TRUE',
      'Done',
      'done.',
      'YES',
      'x',
      'X',
      '✓',
      '✔',
      'erledigt',
      'Ja',
      'fait',
      'Oui',
      'hotovo',
      'ano',
      '完成',
      '是',
      'تم',
      'نعم',
      '"done"',
    ]) {
      expect(isDoneValue(word), word).toBe(true);
    }
    for (const word of DONE_WORDS) expect(isDoneValue(word), word).toBe(true);
    expect(isDoneValue('100%')).toBe(true);
    expect(isDoneValue('1.0')).toBe(true);
    expect(isDoneValue('90%')).toBe(false);
  });

  it('refuses everything else', () => {
    for (const value of [false, 0, 2, 0.99, '', 'no', 'nein', 'open', 'in progress', null, undefined, new Date()]) {
      expect(isDoneValue(value), String(value)).toBe(false);
    }
  });
});

describe('status and grade words', () => {
  it('are distinct within each language', () => {
    for (const language of LANGUAGES) {
      expect(new Set(Object.values(STATUS_LABELS[language])).size, language).toBe(4);
      expect(new Set(Object.values(GRADE_LABELS[language])).size, language).toBe(3);
    }
    expect(STATUS_LABELS.en).toEqual({ done: 'Done', onTrack: 'On track', atRisk: 'At risk', offTrack: 'Off track' });
  });
});

describe('parseLanguage', () => {
  it('reads codes, locales and language names', () => {
    expect(parseLanguage('de')).toBe('de');
    expect(parseLanguage('de_DE')).toBe('de');
    expect(parseLanguage('zh-CN')).toBe('zh');
    expect(parseLanguage('Deutsch')).toBe('de');
    expect(parseLanguage('français')).toBe('fr');
    expect(parseLanguage('中文')).toBe('zh');
    expect(parseLanguage('العربية')).toBe('ar');
    expect(parseLanguage('klingon')).toBeUndefined();
    expect(parseLanguage(7)).toBeUndefined();
  });
});
