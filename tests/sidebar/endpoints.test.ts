import { describe, expect, it } from 'vitest';
import { settingsFromStored, settingsProblems } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { EXAMPLE_LIBRARY } from '../../src/examples/data';
import { exampleKeyResults, examplesIn } from '../../src/examples/library';
import {
  currencyOfLocale,
  currentPeriod,
  fieldCell,
  intlLocale,
  isCellAddress,
  sidebarLanguage,
} from '../../src/server/endpoints';

describe('settings validation', () => {
  it('accepts the defaults and rejects out-of-range or mis-ordered values', () => {
    expect(settingsProblems(DEFAULT_SETTINGS)).toEqual([]);
    expect(settingsProblems({ ...DEFAULT_SETTINGS, cap: 0.5 })).toEqual([
      { code: 'range', field: 'cap', min: 1, max: 3 },
    ]);
    expect(settingsProblems({ ...DEFAULT_SETTINGS, greenFrom: 0.3 })).toEqual([{ code: 'order', field: 'greenFrom' }]);
    expect(settingsProblems({ ...DEFAULT_SETTINGS, atRiskGap: 0.3, offTrackGap: 0.2 })).toEqual([
      { code: 'order', field: 'offTrackGap' },
    ]);
    expect(settingsProblems({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 4.5 })[0].field).toBe('fiscalYearStartMonth');
    expect(settingsProblems({ ...DEFAULT_SETTINGS, yellowFrom: '0.4' })[0].field).toBe('yellowFrom');
    expect(settingsProblems({ ...DEFAULT_SETTINGS, language: 'xx' })[0].field).toBe('language');
    expect(settingsProblems(null).length).toBeGreaterThan(3);
  });

  it('reads stored settings over the defaults and survives damaged properties', () => {
    expect(settingsFromStored('{"cap":1.2,"evil":"x"}', 'de')).toEqual({
      ...DEFAULT_SETTINGS,
      cap: 1.2,
      language: 'de',
    });
    expect(settingsFromStored('not json', null)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStored('{"cap":-4}', 'xx')).toEqual(DEFAULT_SETTINGS);
  });
});

describe('language and locale', () => {
  it('follows the user locale unless overridden', () => {
    expect(sidebarLanguage({ language: 'auto' }, 'de_DE')).toBe('de');
    expect(sidebarLanguage({ language: 'auto' }, 'pt_BR')).toBe('en');
    expect(sidebarLanguage({ language: 'ar' }, 'de_DE')).toBe('ar');
  });

  it('keeps the user’s region for Intl when it matches the language', () => {
    expect(intlLocale('de', 'de_AT')).toBe('de-AT');
    expect(intlLocale('ar', 'de_AT')).toBe('ar');
    expect(intlLocale('en', 'en')).toBe('en');
  });

  it('takes the currency from the spreadsheet’s country', () => {
    expect(currencyOfLocale('de_DE')).toBe('EUR');
    expect(currencyOfLocale('en_US')).toBe('USD');
    expect(currencyOfLocale('cs_CZ')).toBe('CZK');
    expect(currencyOfLocale('fr')).toBe('');
  });
});

describe('currentPeriod', () => {
  const p = (label: string, start: string, end: string, closed = false) => ({
    label,
    kind: 'quarter' as const,
    start,
    end,
    team: '',
    closed,
  });
  it('prefers the open period running today, then the latest open one, then the latest', () => {
    const q4 = p('Q4 2026', '2026-10-01', '2026-12-31', true);
    const q1 = p('Q1 2027', '2027-01-01', '2027-03-31');
    const q2 = p('Q2 2027', '2027-04-01', '2027-06-30');
    expect(currentPeriod([q4, q1, q2], '2027-02-01')?.label).toBe('Q1 2027');
    expect(currentPeriod([q4, q1, q2], '2026-11-01')?.label).toBe('Q2 2027');
    expect(currentPeriod([q4], '2027-02-01')?.label).toBe('Q4 2026');
    expect(currentPeriod([], '2027-02-01')).toBeNull();
  });

  it('opens on the running period of the team the user looks at, whatever the case of its name', () => {
    const team = (label: string, name: string) => ({ ...p(label, '2027-01-01', '2027-03-31'), team: name });
    const company = team('Q1 2027 · Company', 'Company');
    const emea = team('Q1 2027 · EMEA', 'EMEA');
    const emeaLast = { ...team('Q4 2026 · EMEA', 'EMEA'), start: '2026-10-01', end: '2026-12-31', closed: true };
    expect(currentPeriod([company, emea, emeaLast], '2027-02-01')?.label).toBe('Q1 2027 · Company');
    expect(currentPeriod([company, emea, emeaLast], '2027-02-01', 'emea')?.label).toBe('Q1 2027 · EMEA');
    // A team with no period (renamed, or another workbook's): every period, as before.
    expect(currentPeriod([company, emea], '2027-02-01', 'Nordics')?.label).toBe('Q1 2027 · Company');
  });
});

describe('cell addresses', () => {
  it('accepts only a quoted tab with a cell or range', () => {
    expect(isCellAddress("'Q1 2027 · Key results'!H5")).toBe(true);
    expect(isCellAddress("'It''s'!A1:C1")).toBe(true);
    expect(isCellAddress('A1')).toBe(false);
    expect(isCellAddress("'Tab'!A0")).toBe(false);
    expect(isCellAddress("'Tab'!A1; DROP")).toBe(false);
    expect(isCellAddress(42)).toBe(false);
  });

  it('points a finding at the template’s column for the field', () => {
    expect(fieldCell('Q1 2027 · Key results', { row: 7 }, 'id')).toBe("'Q1 2027 · Key results'!A7");
    expect(fieldCell('Q1 2027 · Key results', { row: 7 }, 'target')).toBe("'Q1 2027 · Key results'!K7");
    expect(fieldCell('T', { row: 0 }, 'owner')).toBe('');
  });
});

describe('exampleKeyResults', () => {
  it('numbers inserted objectives after the existing ones and keeps every figure', () => {
    const [example] = examplesIn(EXAMPLE_LIBRARY, 'de');
    const rows = exampleKeyResults([example], ['O1', 'O2', 'X9'], 'EMEA');
    expect(rows).toHaveLength(example.keyResults.length);
    expect(rows[0]).toMatchObject({
      id: 'O3.1',
      objectiveId: 'O3',
      objectiveTitle: example.title,
      title: example.keyResults[0].title,
      baseline: example.keyResults[0].baseline,
      target: example.keyResults[0].target,
      team: 'EMEA',
    });
  });
});
