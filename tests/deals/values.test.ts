// Reading the values of a deals export: amounts in every format exports write, dates with the
// day/month order decided per column, outcomes from a status or a stage, probabilities, and the
// rows that are no deals.
import { describe, expect, test } from 'vitest';
import {
  amountHintOf,
  currencyOfText,
  decimalOfColumn,
  defaultStageMap,
  inferDateOrder,
  isFooterRow,
  outcomeOfStage,
  outcomeOfStatus,
  parseAmount,
  parseDealDate,
  parseProbability,
  probabilityScaleOf,
  stagesWith,
} from '../../src/core/deals/values';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('amounts', () => {
  test.each([
    ['$1,234,567', {}, 1234567, 'USD'],
    ['$1,234.50', {}, 1234.5, 'USD'],
    ['1.234,50 €', {}, 1234.5, 'EUR'],
    ['(1,234)', { decimal: '.' as const }, -1234, undefined],
    ['($1,234.00)', {}, -1234, 'USD'],
    ['-1.234,50 €', { decimal: ',' as const }, -1234.5, 'EUR'],
    ['EUR 12.500', { decimal: ',' as const }, 12500, 'EUR'],
    ['12.500', { decimal: ',' as const }, 12500, undefined],
    ['12,500', { decimal: '.' as const }, 12500, undefined],
    ['CHF 1’250.00', {}, 1250, 'CHF'],
    [' 950 ', {}, 950, undefined],
  ])('%s %j → %d %s', (text, hint, value, currency) => {
    const parsed = parseAmount(text, hint);
    expect(parsed).toEqual(currency ? { ok: true, value, currency } : { ok: true, value });
  });

  test('numbers as the sheet holds them, and Close’s cents', () => {
    expect(parseAmount(1234.5)).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmount(123450, { cents: true })).toEqual({ ok: true, value: 1234.5 });
    expect(parseAmount('123450', { cents: true })).toEqual({ ok: true, value: 1234.5 });
  });

  test('blank, text, percents and ambiguous amounts are refused with a reason', () => {
    expect(parseAmount('')).toEqual({ ok: false, code: 'blank' });
    expect(parseAmount(null)).toEqual({ ok: false, code: 'blank' });
    expect(parseAmount('TBD')).toEqual({ ok: false, code: 'notAnAmount' });
    expect(parseAmount('20%')).toEqual({ ok: false, code: 'notAnAmount' });
    expect(parseAmount(true)).toEqual({ ok: false, code: 'notAnAmount' });
    expect(parseAmount('1,234')).toEqual({ ok: false, code: 'ambiguousAmount' });
  });

  test('the decimal separator of a column comes from its data', () => {
    expect(decimalOfColumn(['1.234,50', '12,5', '900'])).toBe(',');
    expect(decimalOfColumn(['$1,234.50', '$900'])).toBe('.');
    expect(decimalOfColumn(['1,234,567', '12'])).toBe('.');
    expect(decimalOfColumn(['1.234.567'])).toBe(',');
    expect(decimalOfColumn(['1,234', 7])).toBeUndefined();
    expect(decimalOfColumn(['$1,234', '$7'])).toBe('.');
    expect(parseAmount('(1,234)')).toEqual({ ok: false, code: 'ambiguousAmount' });
    expect(amountHintOf(['1,234'], 'salesforce', '.')).toEqual({ decimal: '.', cents: false });
    expect(amountHintOf([12], 'close')).toEqual({ decimal: undefined, cents: true });
  });

  test('currencies named by sign or code', () => {
    expect(currencyOfText('$5')).toBe('USD');
    expect(currencyOfText('C$5')).toBe('CAD');
    expect(currencyOfText('5 €')).toBe('EUR');
    expect(currencyOfText('GBP 5')).toBe('GBP');
    expect(currencyOfText('5 Kč')).toBe('CZK');
    expect(currencyOfText('5')).toBeUndefined();
    expect(currencyOfText('ABC 5')).toBeUndefined();
  });
});

describe('dates', () => {
  test.each([
    ['2027-01-15', day(2027, 1, 15)],
    ['2027-01-15 10:23:45', day(2027, 1, 15)],
    ['2027-01-15T23:30:00.120000+05:00', day(2027, 1, 15)],
    ['2027-01-15T10:00:00Z', day(2027, 1, 15)],
    ['15.01.2027', day(2027, 1, 15)],
    ['5.1.2027', day(2027, 1, 5)],
    ['46402', day(2027, 1, 15)],
    ['15/01/2027', day(2027, 1, 15)],
    ['01/15/2027', day(2027, 1, 15)],
    ['1/15/2027 10:00 AM', day(2027, 1, 15)],
    ['03/03/2027', day(2027, 3, 3)],
  ])('%s', (text, expected) => {
    expect(parseDealDate(text)).toEqual({ ok: true, value: expected });
  });

  test('Excel serials, Date objects, and the order asked for', () => {
    expect(parseDealDate(46402)).toEqual({ ok: true, value: day(2027, 1, 15) });
    expect(parseDealDate(new Date(Date.UTC(2027, 0, 15)))).toEqual({ ok: true, value: day(2027, 1, 15) });
    expect(parseDealDate('02/03/2027', 'dmy')).toEqual({ ok: true, value: day(2027, 3, 2) });
    expect(parseDealDate('02/03/2027', 'mdy')).toEqual({ ok: true, value: day(2027, 2, 3) });
  });

  test('an undecided order, text and impossible days are refused', () => {
    expect(parseDealDate('02/03/2027')).toEqual({ ok: false, code: 'ambiguousDate' });
    expect(parseDealDate('next week')).toEqual({ ok: false, code: 'notADate' });
    expect(parseDealDate('31.02.2027')).toEqual({ ok: false, code: 'notADate' });
    expect(parseDealDate('13/13/2027')).toEqual({ ok: false, code: 'notADate' });
    expect(parseDealDate(-5)).toEqual({ ok: false, code: 'notADate' });
    expect(parseDealDate('')).toEqual({ ok: false, code: 'blank' });
  });

  test('the order of a column: a first part above 12 means day first, a second part above 12 month first', () => {
    expect(inferDateOrder(['02/03/2027', '25/03/2027'])).toEqual({ order: 'dmy', ambiguous: false });
    expect(inferDateOrder(['02/03/2027', '03/25/2027'])).toEqual({ order: 'mdy', ambiguous: false });
    expect(inferDateOrder(['2027-01-01', 46402])).toEqual({ ambiguous: false });
    expect(inferDateOrder(['03/03/2027'])).toEqual({ ambiguous: false });
    expect(inferDateOrder(['', '02/03/2027', '04/05/2027'])).toEqual({
      ambiguous: true,
      example: '02/03/2027',
      exampleIndex: 1,
    });
    // Both orders in one column: no choice reads it right.
    expect(inferDateOrder(['25/03/2027', '03/25/2027']).ambiguous).toBe(true);
  });
});

describe('outcomes and probabilities', () => {
  test('status words of every CRM', () => {
    expect(['Won', 'won', 'Gewonnen', 'gagné'].map(outcomeOfStatus)).toEqual(['won', 'won', 'won', 'won']);
    expect(['Lost', 'lost', 'Verloren', 'Perdu'].map(outcomeOfStatus)).toEqual(['lost', 'lost', 'lost', 'lost']);
    expect(['Open', 'active', 'Offen', 'Ouvert'].map(outcomeOfStatus)).toEqual(['open', 'open', 'open', 'open']);
    expect(outcomeOfStatus('Maybe')).toBeUndefined();
  });

  test('stages by the default map: labels, HubSpot ids, German labels, Zoho’s two lost stages', () => {
    const map = defaultStageMap('zoho');
    expect(outcomeOfStage('Closed Won', map)).toBe('won');
    expect(outcomeOfStage('closedwon', map)).toBe('won');
    expect(outcomeOfStage('CLOSED-WON', map)).toBe('won');
    expect(outcomeOfStage('Closed Lost', map)).toBe('lost');
    expect(outcomeOfStage('Closed-Lost to Competition', map)).toBe('lost');
    expect(outcomeOfStage('Abgeschlossen und gewonnen', map)).toBe('won');
    expect(outcomeOfStage('qualifiedtobuy', map)).toBe('open');
    expect(outcomeOfStage('Negotiation/Review', map)).toBe('open');
    expect(outcomeOfStage('Waiting for budget', map)).toBeUndefined();
    expect(stagesWith(map, 'lost')).toContain('Closed-Lost to Competition');
  });

  test('each CRM’s own default probabilities win', () => {
    expect(defaultStageMap('salesforce').valueproposition.probability).toBe(50);
    expect(defaultStageMap('zoho').valueproposition.probability).toBe(40);
    expect(defaultStageMap('hubspot').qualifiedtobuy.probability).toBe(40);
    expect(defaultStageMap().closedwon.outcome).toBe('won');
  });

  test('an edited map moves a stage', () => {
    const map = { ...defaultStageMap('salesforce'), onhold: { stage: 'On hold', outcome: 'lost' as const } };
    expect(outcomeOfStage('On Hold', map)).toBe('lost');
  });

  test('probabilities as percents or fractions', () => {
    expect(probabilityScaleOf([0, 10, 90, 100])).toBe(100);
    expect(probabilityScaleOf([0, 0.1, 0.9, '20%'])).toBe(1);
    expect(parseProbability(20, 100)).toBe(0.2);
    expect(parseProbability(0.2, 1)).toBe(0.2);
    expect(parseProbability('20%', 100)).toBe(0.2);
    expect(parseProbability('high', 100)).toBeUndefined();
    expect(parseProbability(150, 100)).toBeUndefined();
    expect(parseProbability('', 100)).toBeUndefined();
  });
});

describe('rows that are no deals', () => {
  const columns = { owner: 0, name: 1, stage: 2, amount: 3, closeDate: 4 };
  test.each([
    [['', '', '', '', '']],
    [['Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.', '', '', '', '']],
    [['Generated By:  Anna Schmidt  7/15/2027 9:14 AM']],
    [['Grand Totals (5,000 records)', '', '', '$12,345,678', '']],
    [['Total', '', '', 1234, '']],
    [['Summe', '', '', 1234, '']],
  ])('%j', (row) => {
    expect(isFooterRow(row, columns)).toBe(true);
  });

  test('a deal, also a sparse one, is kept', () => {
    expect(isFooterRow(['Anna', 'Big deal', 'Closed Won', 1000, '1/15/2027'], columns)).toBe(false);
    expect(isFooterRow(['', 'Big deal', 'Prospecting', 1000, ''], columns)).toBe(false);
    expect(isFooterRow(['Total Solutions GmbH', 'Renewal', 'Closed Won', 1000, ''], columns)).toBe(false);
  });
});
