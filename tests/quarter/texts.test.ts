// The period tabs' texts: complete in every language, same placeholders, and headers that read
// back to exactly one column whatever the language.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/types';
import { ERRORS, type ErrorKey } from '../../src/i18n/errors';
import { MONTH_NAMES } from '../../src/i18n/months';
import { TEMPLATE, type TemplateKey } from '../../src/i18n/template';
import { parseDecision } from '../../src/tabs/read';
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, REVIEW_COLUMNS } from '../../src/tabs/templates';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('template texts', () => {
  it('are complete in every language with the same placeholders as English', () => {
    const keys = Object.keys(TEMPLATE.en) as TemplateKey[];
    for (const language of LANGUAGES) {
      expect(Object.keys(TEMPLATE[language]).sort(), language).toEqual([...keys].sort());
      for (const key of keys) {
        const text = TEMPLATE[language][key];
        expect(text.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(TEMPLATE.en[key]));
      }
      expect(MONTH_NAMES[language]).toHaveLength(12);
    }
  });

  it('leave the messages of failed actions to the error catalog, complete in every language', () => {
    const errorKeys = Object.keys(ERRORS.en) as ErrorKey[];
    expect(Object.keys(TEMPLATE.en).filter((key) => key.startsWith('err') || key.startsWith('msg'))).toEqual([]);
    for (const language of LANGUAGES) {
      for (const key of errorKeys) {
        expect(ERRORS[language][key]?.trim(), `${language}.${key}`).toBeTruthy();
        expect(placeholders(ERRORS[language][key]), `${language}.${key}`).toEqual(placeholders(ERRORS.en[key]));
      }
    }
  });

  it('give every column of a tab a header that means that column in all languages', () => {
    for (const columns of [KEY_RESULT_COLUMNS, CHECK_IN_COLUMNS, REVIEW_COLUMNS]) {
      const owner = new Map<string, string>();
      for (const column of columns) {
        for (const language of LANGUAGES) {
          const text = TEMPLATE[language][column.header].trim().toLowerCase();
          const previous = owner.get(text);
          expect(previous === undefined || previous === column.id, `"${text}" names ${previous} and ${column.id}`).toBe(
            true,
          );
          owner.set(text, column.id);
        }
      }
    }
  });

  it('name the tab roles differently within each language', () => {
    for (const language of LANGUAGES) {
      const t = TEMPLATE[language];
      const roles = [t.tabKeyResults, t.tabCheckIns, t.tabDashboard, t.tabReview];
      expect(new Set(roles).size, language).toBe(4);
      const decisions = [t.decisionDone, t.decisionDrop, t.decisionCarryOver];
      expect(new Set(decisions).size, language).toBe(3);
    }
  });

  it('read decision words of any language back to the same decision', () => {
    for (const language of LANGUAGES) {
      const t = TEMPLATE[language];
      expect([t.decisionDone, t.decisionDrop, t.decisionCarryOver].map(parseDecision), language).toEqual([
        'done',
        'drop',
        'carryOver',
      ]);
    }
    expect(parseDecision('  carry OVER ')).toBe('carryOver');
    expect(parseDecision('maybe')).toBeNull();
  });
});
