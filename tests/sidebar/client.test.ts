// The sidebar's pure parts (no DOM): input checks, the period request, formats per locale.
import { describe, expect, it } from 'vitest';
import type { PeriodDraft } from '../../sidebar/src/app';
import { createFormatter } from '../../sidebar/src/format';
import { defaultDecisions, previewLabel, requestOf } from '../../sidebar/src/quarter';
import { type CheckInForm, checkInRequest } from '../../sidebar/src/validate';
import { periodOf } from '../../src/core/periods';
import { SIDEBAR } from '../../src/i18n/sidebar';

const form = (fields: Partial<CheckInForm>): CheckInForm => ({
  periodLabel: 'Q1 2027',
  krId: 'O1.1',
  kind: 'increase',
  valueText: '350000',
  done: false,
  confidenceText: '',
  note: '',
  who: '',
  ...fields,
});

describe('checkInRequest', () => {
  it('sends the value as typed once it reads as a number', () => {
    expect(checkInRequest(form({ valueText: '19%', confidenceText: '7', note: '=cmd' }), 'en-US')).toEqual({
      request: { periodLabel: 'Q1 2027', krId: 'O1.1', value: '19%', confidence: 0.7, note: '=cmd', who: '' },
      errors: null,
    });
    expect(checkInRequest(form({ valueText: '350.000,5' }), 'de-DE').errors).toBeNull();
  });

  it('names every problem before anything is sent', () => {
    expect(checkInRequest(form({ krId: '', valueText: 'lots', confidenceText: '11' }), 'en-US').errors).toEqual({
      krId: 'ci.errPick',
      value: 'ci.errValue',
      confidence: 'ci.errConfidence',
    });
    expect(checkInRequest(form({ valueText: '' }), 'en-US').errors).toEqual({ value: 'ci.errValue' });
  });

  it('sends confidence as a fraction, so 1 out of 10 stays 10%', () => {
    expect(checkInRequest(form({ confidenceText: '1' }), 'en').request?.confidence).toBe(0.1);
    expect(checkInRequest(form({ confidenceText: '10' }), 'en').request?.confidence).toBe(1);
  });

  it('sends a checkbox for milestones', () => {
    expect(checkInRequest(form({ kind: 'milestone', valueText: '', done: true }), 'en').request?.value).toBe(true);
  });
});

describe('the new-period request', () => {
  const draft: PeriodDraft = {
    kind: 'quarter',
    year: 2027,
    quarter: 2,
    fiscalYearStartMonth: 4,
    startMonth: '2027-11',
    months: 2,
    team: ' EMEA ',
    startFrom: 'examples',
    exampleFamily: 'talent',
    previousLabel: 'Q4 2026',
  };

  it('describes each kind of period as the quarter endpoint expects it', () => {
    expect(requestOf(draft, 'de')).toEqual({
      period: { kind: 'quarter', year: 2027, quarter: 2 },
      team: 'EMEA',
      startFrom: 'examples',
      exampleFamily: 'talent',
      language: 'de',
    });
    expect(requestOf({ ...draft, kind: 'fiscalQuarter', startFrom: 'previous' }, 'en')).toEqual({
      period: { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 2, fiscalYearStartMonth: 4 },
      team: 'EMEA',
      startFrom: 'previous',
      previousLabel: 'Q4 2026',
      language: 'en',
    });
    expect(requestOf({ ...draft, kind: 'months', startFrom: 'empty' }, 'en').period).toEqual({
      kind: 'months',
      start: '2027-11-01',
      months: 2,
    });
  });

  it('previews the label exactly as the server will name the period', () => {
    expect(previewLabel(draft, 'en')).toBe('Q2 2027');
    expect(previewLabel({ ...draft, kind: 'fiscalQuarter' }, 'en')).toBe('FY2027 Q2');
    expect(previewLabel({ ...draft, kind: 'months' }, 'en')).toBe('Nov–Dec 2027');
    expect(previewLabel({ ...draft, kind: 'months', months: 1 }, 'en')).toBe('Nov 2027');
    expect(previewLabel({ ...draft, kind: 'months', months: 6 }, 'de')).toBe('Nov 2027–Apr 2028');
    for (const language of ['en', 'de', 'fr', 'cs', 'zh', 'ar'] as const) {
      for (const kind of ['quarter', 'fiscalQuarter', 'months'] as const) {
        const request = requestOf({ ...draft, kind }, language);
        expect(previewLabel({ ...draft, kind }, language), `${language} ${kind}`).toBe(
          periodOf(request.period, language).label,
        );
      }
    }
  });

  it('proposes done for KRs at their target and carry-over for the rest', () => {
    const view = {
      objectives: [
        {
          keyResults: [
            { id: 'a', progress: 1 },
            { id: 'b', progress: 0.4 },
            { id: 'c', progress: null },
          ],
        },
      ],
    } as unknown as Parameters<typeof defaultDecisions>[0];
    expect(defaultDecisions(view)).toEqual({ a: 'done', b: 'carryOver', c: 'carryOver' });
  });
});

describe('createFormatter', () => {
  it('formats units, currencies and dates for the locale', () => {
    const en = createFormatter(SIDEBAR.en, 'en-US', 'USD');
    expect(en.quantity(0.19, '%')).toBe('19%');
    expect(en.quantity(500000, 'currency')).toBe('$500,000');
    expect(en.quantity(57, 'days')).toBe('57 days');
    expect(en.quantity(4, 'ratio')).toBe('4×');
    expect(en.quantity(true, '')).toBe('Done');
    expect(en.quantity(12, 'calls')).toBe('12 calls');
    expect(en.date('2027-02-15')).toBe('Feb 15, 2027');
    const de = createFormatter(SIDEBAR.de, 'de-DE', 'EUR');
    expect(de.quantity(500000, 'currency')).toMatch(/^500\.000\s€$/u);
    expect(de.quantity(57, 'days')).toBe('57 Tage');
    expect(de.points(0.125)).toBe('12,5');
    const fr = createFormatter(SIDEBAR.fr, 'fr', '');
    expect(fr.quantity(1234.5, 'currency')).toMatch(/^1\s234,5$/u);
  });

  it('leaves placeholders it has no value for visible instead of inventing one', () => {
    const en = createFormatter(SIDEBAR.en, 'en', '');
    expect(en.t('ov.owner', {})).toBe('Owner: {owner}');
  });
});
