import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/catalog';
import * as functions from '../../src/functions/customFunctions';

const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;

describe('the custom function catalog', () => {
  it('documents exactly the exported functions, with their parameters in order', () => {
    expect(CUSTOM_FUNCTIONS.map((f) => f.name).sort()).toEqual(Object.keys(functions).sort());
    for (const doc of CUSTOM_FUNCTIONS) {
      const fn = exported[doc.name];
      expect(fn.length, doc.name).toBe(doc.params.length);
      const source = fn.toString();
      const declared = source.slice(source.indexOf('(') + 1, source.indexOf(')')).split(',');
      expect(
        declared.map((p) => p.replace(/[?:].*$/s, '').trim()),
        doc.name,
      ).toEqual(doc.params.map((p) => p.name));
    }
  });

  it('keeps the public parameter names stable', () => {
    const signature = (name: string) =>
      CUSTOM_FUNCTIONS.find((f) => f.name === name)
        ?.params.map((p) => (p.optional ? `[${p.name}]` : p.name))
        .join(', ');
    expect(signature('KR_PROGRESS')).toBe('current, target, [baseline], [kind], [cap], [language]');
    expect(signature('OKR_SCORE')).toBe('progress, [weights], [group_ids], [group], [language]');
    expect(signature('OKR_ROLLUP')).toBe(
      'progress, weights, objective_ids, parent_ids, [children], [objective], [language]',
    );
    expect(signature('OKR_STATUS')).toBe('progress, expected, [at_risk], [off_track], [language]');
    expect(signature('OKR_GRADE')).toBe('score, [yellow_from], [green_from], [language]');
    expect(signature('OKR_PACE')).toBe('start, end, as_of, [language], [phasing]');
    expect(signature('KR_TARGET')).toBe('baseline, change, [language]');
  });

  it('states the default of every optional parameter, and puts optional parameters last', () => {
    for (const doc of CUSTOM_FUNCTIONS) {
      const firstOptional = doc.params.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(
          doc.params.slice(firstOptional).every((p) => p.optional),
          doc.name,
        ).toBe(true);
      for (const p of doc.params.filter((q) => q.optional)) {
        expect(p.description, `${doc.name} ${p.name}`).toMatch(/default|Omit/);
      }
      expect(doc.description.length, doc.name).toBeGreaterThan(20);
      expect(doc.returns.length, doc.name).toBeGreaterThan(5);
    }
  });
});
