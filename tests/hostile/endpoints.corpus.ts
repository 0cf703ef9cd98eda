// Hostile payloads for the sidebar endpoints, each with the answer it must get: a message key (the
// message must also name `names`, the field or value at fault) or 'ok'. Payloads come as a browser,
// a script or the playground's /api/run could send them: wrong types, missing fields, prototype
// keys ("__proto__" as an own key, as JSON.parse makes it), unknown ids and enum values, huge or
// non-finite numbers. Run by endpoints.test.ts against an emulated workbook with an open period
// "Q1 2027" (KRs O1.1 … O3.2 of tests/quarter/helpers.ts) and a closed one, "Q4 2026".
import type { EndpointName } from '../../src/contract/index';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type { ErrorKey } from '../../src/i18n/errors';

export interface HostileCase {
  endpoint: EndpointName;
  args: unknown[];
  expect: ErrorKey | 'ok';
  /** What the message must name: the field at fault, or the unknown id/value. */
  names?: string;
  /** Runs on a workbook of its own (a success that changes what later cases see). */
  fresh?: boolean;
}

const CHECK_IN = { periodLabel: 'Q1 2027', krId: 'O1.1', value: 420000, confidence: null, note: '', who: 'Ana' };
const withCheckIn = (changes: Record<string, unknown>) => [{ ...CHECK_IN, ...changes }];
const withoutCheckIn = (field: string) => {
  const copy: Record<string, unknown> = { ...CHECK_IN };
  delete copy[field];
  return [copy];
};
const Q3 = { kind: 'quarter', year: 2027, quarter: 3 };
const CREATE = { period: Q3, team: 'EMEA', startFrom: 'empty', language: 'en' };
const withCreate = (changes: Record<string, unknown>) => [{ ...CREATE, ...changes }];
const withPeriod = (period: unknown) => withCreate({ period });
const CLOSE = { label: 'Q1 2027' };
const withClose = (changes: Record<string, unknown>) => [{ ...CLOSE, ...changes }];
const withSettings = (changes: Record<string, unknown>) => [{ ...DEFAULT_SETTINGS, ...changes }];
/** An object with an own "__proto__" key, as JSON.parse makes it from a request body. */
const json = (text: string): unknown => JSON.parse(text);

const LINK = { periodLabel: 'Q1 2027', krId: 'O1.1', metric: { kind: 'wonRevenue' } };

const LONG = (n: number) => 'x'.repeat(n);
const EXAMPLE = 'revenue-1';

function c(
  endpoint: EndpointName,
  args: unknown[],
  expected: ErrorKey | 'ok',
  names?: string,
  fresh?: boolean,
): HostileCase {
  return { endpoint, args, expect: expected, names, fresh };
}

export const CORPUS: HostileCase[] = [
  // ---- recordCheckIn: the request itself
  c('recordCheckIn', [undefined], 'errFieldMissing', 'request'),
  c('recordCheckIn', [null], 'errFieldMissing', 'request'),
  c('recordCheckIn', ['O1.1=5'], 'errFieldNotObject', 'request'),
  c('recordCheckIn', [42], 'errFieldNotObject', 'request'),
  c('recordCheckIn', [[CHECK_IN]], 'errFieldNotObject', 'request'),
  c('recordCheckIn', [new Date()], 'errFieldNotObject', 'request'),
  c('recordCheckIn', [{}], 'errFieldMissing', 'periodLabel'),
  c(
    'recordCheckIn',
    [json('{"__proto__":{"admin":true},"periodLabel":"Q1 2027","krId":"O1.1","value":1}')],
    'errFieldUnknown',
    '__proto__',
  ),
  c('recordCheckIn', withCheckIn({ constructor: 'x' }), 'errFieldUnknown', 'constructor'),
  c('recordCheckIn', withCheckIn({ prototype: {} }), 'errFieldUnknown', 'prototype'),
  c('recordCheckIn', withCheckIn({ krid: 'O1.1' }), 'errFieldUnknown', 'krid'),
  // periodLabel
  c('recordCheckIn', withCheckIn({ periodLabel: '__proto__' }), 'errPeriodNotFound', '__proto__'),
  c('recordCheckIn', withCheckIn({ periodLabel: 'constructor' }), 'errPeriodNotFound', 'constructor'),
  c('recordCheckIn', withCheckIn({ periodLabel: 'toString' }), 'errPeriodNotFound', 'toString'),
  c('recordCheckIn', withCheckIn({ periodLabel: 'hasOwnProperty' }), 'errPeriodNotFound', 'hasOwnProperty'),
  c('recordCheckIn', withCheckIn({ periodLabel: 'Q9 2099' }), 'errPeriodNotFound', 'Q9 2099'),
  c('recordCheckIn', withCheckIn({ periodLabel: 'Q4 2026' }), 'errPeriodClosed', 'Q4 2026'),
  c('recordCheckIn', withCheckIn({ periodLabel: 5 }), 'errFieldNotText', 'periodLabel'),
  c('recordCheckIn', withCheckIn({ periodLabel: null }), 'errFieldMissing', 'periodLabel'),
  c('recordCheckIn', withCheckIn({ periodLabel: '' }), 'errFieldMissing', 'periodLabel'),
  c('recordCheckIn', withCheckIn({ periodLabel: '   ' }), 'errFieldMissing', 'periodLabel'),
  c('recordCheckIn', withCheckIn({ periodLabel: LONG(201) }), 'errFieldTooLong', 'periodLabel'),
  c('recordCheckIn', withCheckIn({ periodLabel: ['Q1 2027'] }), 'errFieldNotText', 'periodLabel'),
  c('recordCheckIn', withCheckIn({ periodLabel: {} }), 'errFieldNotText', 'periodLabel'),
  c('recordCheckIn', withoutCheckIn('periodLabel'), 'errFieldMissing', 'periodLabel'),
  // krId
  c('recordCheckIn', withCheckIn({ krId: '__proto__' }), 'errKrNotFound', '__proto__'),
  c('recordCheckIn', withCheckIn({ krId: 'constructor' }), 'errKrNotFound', 'constructor'),
  c('recordCheckIn', withCheckIn({ krId: 'toString' }), 'errKrNotFound', 'toString'),
  c('recordCheckIn', withCheckIn({ krId: 'valueOf' }), 'errKrNotFound', 'valueOf'),
  c('recordCheckIn', withCheckIn({ krId: 'O9.9' }), 'errKrNotFound', 'O9.9'),
  c('recordCheckIn', withoutCheckIn('krId'), 'errFieldMissing', 'krId'),
  c('recordCheckIn', withCheckIn({ krId: 7 }), 'errFieldNotText', 'krId'),
  c('recordCheckIn', withCheckIn({ krId: true }), 'errFieldNotText', 'krId'),
  c('recordCheckIn', withCheckIn({ krId: LONG(500) }), 'errFieldTooLong', 'krId'),
  c('recordCheckIn', withCheckIn({ krId: { id: 'O1.1' } }), 'errFieldNotText', 'krId'),
  // value
  c('recordCheckIn', withoutCheckIn('value'), 'errFieldMissing', 'value'),
  c('recordCheckIn', withCheckIn({ value: null }), 'errFieldMissing', 'value'),
  c('recordCheckIn', withCheckIn({ value: '' }), 'errFieldMissing', 'value'),
  c('recordCheckIn', withCheckIn({ value: {} }), 'errFieldNotCheckInValue', 'value'),
  c('recordCheckIn', withCheckIn({ value: [5] }), 'errFieldNotCheckInValue', 'value'),
  c('recordCheckIn', withCheckIn({ value: Number.NaN }), 'errFieldNotCheckInValue', 'value'),
  c('recordCheckIn', withCheckIn({ value: Number.POSITIVE_INFINITY }), 'errFieldNotCheckInValue', 'value'),
  c('recordCheckIn', withCheckIn({ value: Number.NEGATIVE_INFINITY }), 'errFieldNotCheckInValue', 'value'),
  c('recordCheckIn', withCheckIn({ value: LONG(101) }), 'errFieldTooLong', 'value'),
  c('recordCheckIn', withCheckIn({ value: 'abc' }), 'errBadValue', 'abc'),
  c('recordCheckIn', withCheckIn({ value: '1e400' }), 'errValueTooLarge', '1e400'),
  c('recordCheckIn', withCheckIn({ value: true }), 'errBadValue', 'O1.1'),
  c('recordCheckIn', withCheckIn({ value: '=1+1' }), 'errBadValue', '=1+1'),
  // confidence, note, who, date, confirmUnit
  c('recordCheckIn', withCheckIn({ confidence: 'high' }), 'errFieldNotNumber', 'confidence'),
  c('recordCheckIn', withCheckIn({ confidence: -1 }), 'errFieldRange', 'confidence'),
  c('recordCheckIn', withCheckIn({ confidence: 101 }), 'errFieldRange', 'confidence'),
  c('recordCheckIn', withCheckIn({ confidence: Number.NaN }), 'errFieldNotNumber', 'confidence'),
  c('recordCheckIn', withCheckIn({ confidence: Number.POSITIVE_INFINITY }), 'errFieldNotNumber', 'confidence'),
  c('recordCheckIn', withCheckIn({ confidence: {} }), 'errFieldNotNumber', 'confidence'),
  c('recordCheckIn', withCheckIn({ note: 5 }), 'errFieldNotText', 'note'),
  c('recordCheckIn', withCheckIn({ note: LONG(2001) }), 'errFieldTooLong', 'note'),
  c('recordCheckIn', withCheckIn({ note: { text: 'x' } }), 'errFieldNotText', 'note'),
  c('recordCheckIn', withCheckIn({ who: [] }), 'errFieldNotText', 'who'),
  c('recordCheckIn', withCheckIn({ who: LONG(201) }), 'errFieldTooLong', 'who'),
  c('recordCheckIn', withCheckIn({ date: '2027-13-01' }), 'errFieldDate', 'date'),
  c('recordCheckIn', withCheckIn({ date: '2027-02-30' }), 'errFieldDate', 'date'),
  c('recordCheckIn', withCheckIn({ date: 20270210 }), 'errFieldDate', 'date'),
  c('recordCheckIn', withCheckIn({ date: 'yesterday' }), 'errFieldDate', 'date'),
  c('recordCheckIn', withCheckIn({ date: {} }), 'errFieldDate', 'date'),
  c('recordCheckIn', withCheckIn({ date: '10/02/2027' }), 'errFieldDate', 'date'),
  c('recordCheckIn', withCheckIn({ confirmUnit: 'yes' }), 'errFieldNotYesNo', 'confirmUnit'),
  c('recordCheckIn', withCheckIn({ confirmUnit: 1 }), 'errFieldNotYesNo', 'confirmUnit'),
  // successes
  c('recordCheckIn', withCheckIn({}), 'ok'),
  c('recordCheckIn', withCheckIn({ value: '430,000' }), 'ok'),
  c('recordCheckIn', withCheckIn({ krId: 'o1.2', value: 54 }), 'ok'),
  c('recordCheckIn', withCheckIn({ krId: 'O1.3', value: true }), 'ok'),
  c('recordCheckIn', withCheckIn({ date: '2027-02-10', confidence: 7 }), 'ok'),
  c('recordCheckIn', withCheckIn({ note: '=HYPERLINK("http://x")', who: '@admin' }), 'ok'),
  c('recordCheckIn', withCheckIn({ confidence: 0.8, date: '' }), 'ok'),
  c('recordCheckIn', withCheckIn({ krId: 'O3.2', value: '12', confirmUnit: false }), 'ok'),
  c('recordCheckIn', [{ periodLabel: 'Q1 2027', krId: 'O3.2', value: 13 }], 'ok'),

  // ---- closePeriod
  c('closePeriod', [undefined], 'errFieldMissing', 'request'),
  c('closePeriod', ['Q1 2027'], 'errFieldNotObject', 'request'),
  c('closePeriod', [[]], 'errFieldNotObject', 'request'),
  c('closePeriod', [{}], 'errFieldMissing', 'label'),
  c('closePeriod', [{ label: 5 }], 'errFieldNotText', 'label'),
  c('closePeriod', [{ label: '__proto__' }], 'errPeriodNotFound', '__proto__'),
  c('closePeriod', [{ label: 'constructor' }], 'errPeriodNotFound', 'constructor'),
  c('closePeriod', [{ label: 'Q4 2026' }], 'errAlreadyClosed', 'Q4 2026'),
  c('closePeriod', withClose({ decisions: 'done' }), 'errFieldNotObject', 'decisions'),
  c('closePeriod', withClose({ decisions: ['done'] }), 'errFieldNotObject', 'decisions'),
  c('closePeriod', withClose({ decisions: 5 }), 'errFieldNotObject', 'decisions'),
  c('closePeriod', withClose({ decisions: { 'O1.1': 'maybe' } }), 'errFieldChoice', 'decisions.O1.1'),
  c('closePeriod', withClose({ decisions: { 'O1.1': 'Done' } }), 'errFieldChoice', 'decisions.O1.1'),
  c('closePeriod', withClose({ decisions: { 'O1.1': 5 } }), 'errFieldChoice', 'decisions.O1.1'),
  c('closePeriod', withClose({ decisions: { 'O1.1': null } }), 'errFieldMissing', 'decisions.O1.1'),
  c('closePeriod', withClose({ decisions: { 'O1.1': {} } }), 'errFieldChoiceType', 'decisions.O1.1'),
  c('closePeriod', withClose({ decisions: { 'O1.1': 'constructor' } }), 'errFieldChoice', 'decisions.O1.1'),
  c('closePeriod', withClose({ decisions: json('{"__proto__":"done"}') }), 'errUnknownId', 'decisions.__proto__'),
  c('closePeriod', withClose({ decisions: { constructor: 'done' } }), 'errUnknownId', 'decisions.constructor'),
  c('closePeriod', withClose({ decisions: { toString: 'drop' } }), 'errUnknownId', 'decisions.toString'),
  c('closePeriod', withClose({ decisions: { 'O9.9': 'drop' } }), 'errUnknownId', 'decisions.O9.9'),
  c('closePeriod', withClose({ decisions: { '': 'done' } }), 'errFieldBadKey', 'decisions'),
  c('closePeriod', withClose({ decisions: new Map([['O1.1', 'done']]) }), 'errFieldNotObject', 'decisions'),
  c('closePeriod', withClose({ date: 'tomorrow' }), 'errFieldDate', 'date'),
  c('closePeriod', withClose({ date: 5 }), 'errFieldDate', 'date'),
  c('closePeriod', withClose({ extra: 1 }), 'errFieldUnknown', 'extra'),
  c('closePeriod', [json('{"label":"Q1 2027","__proto__":{"decisions":{}}}')], 'errFieldUnknown', '__proto__'),
  c(
    'closePeriod',
    withClose({ decisions: { 'O1.1': 'drop', 'O3.2': 'carryOver' }, date: '2027-03-31' }),
    'ok',
    undefined,
    true,
  ),
  c('closePeriod', withClose({ decisions: {} }), 'ok', undefined, true),

  // ---- createPeriod
  c('createPeriod', [undefined], 'errFieldMissing', 'request'),
  c('createPeriod', [null], 'errFieldMissing', 'request'),
  c('createPeriod', ['Q3 2027'], 'errFieldNotObject', 'request'),
  c('createPeriod', [{}], 'errFieldMissing', 'period'),
  c('createPeriod', withPeriod('Q3'), 'errFieldNotObject', 'period'),
  c('createPeriod', withPeriod([2027, 3]), 'errFieldNotObject', 'period'),
  c('createPeriod', withPeriod({}), 'errFieldMissing', 'period.kind'),
  c('createPeriod', withPeriod({ kind: 'year', year: 2027 }), 'errFieldChoice', 'period.kind'),
  c('createPeriod', withPeriod({ kind: 5 }), 'errFieldChoice', 'period.kind'),
  c('createPeriod', withPeriod({ kind: '__proto__' }), 'errFieldChoice', 'period.kind'),
  c('createPeriod', withPeriod({ kind: 'constructor' }), 'errFieldChoice', 'period.kind'),
  c('createPeriod', withPeriod({ kind: 'toString' }), 'errFieldChoice', 'period.kind'),
  c('createPeriod', withPeriod({ kind: {} }), 'errFieldChoiceType', 'period.kind'),
  c('createPeriod', withPeriod({ kind: 'quarter', year: 2027 }), 'errFieldMissing', 'period.quarter'),
  c('createPeriod', withPeriod({ ...Q3, quarter: 5 }), 'errFieldWholeRange', 'period.quarter'),
  c('createPeriod', withPeriod({ ...Q3, quarter: 1.5 }), 'errFieldWholeRange', 'period.quarter'),
  c('createPeriod', withPeriod({ ...Q3, quarter: '3' }), 'errFieldNotNumber', 'period.quarter'),
  c('createPeriod', withPeriod({ ...Q3, year: 10000 }), 'errFieldWholeRange', 'period.year'),
  c('createPeriod', withPeriod({ ...Q3, year: Number.NaN }), 'errFieldNotNumber', 'period.year'),
  c('createPeriod', withPeriod({ ...Q3, year: Number.POSITIVE_INFINITY }), 'errFieldNotNumber', 'period.year'),
  c('createPeriod', withPeriod({ ...Q3, year: 1e308 * 10 }), 'errFieldNotNumber', 'period.year'),
  c('createPeriod', withPeriod({ ...Q3, year: -2027 }), 'errFieldWholeRange', 'period.year'),
  c('createPeriod', withPeriod({ ...Q3, extra: 1 }), 'errFieldUnknown', 'period.extra'),
  c(
    'createPeriod',
    withPeriod(json('{"kind":"quarter","year":2027,"quarter":3,"__proto__":{}}')),
    'errFieldUnknown',
    'period.__proto__',
  ),
  c(
    'createPeriod',
    withPeriod({ kind: 'fiscalQuarter', fiscalYear: 2028, quarter: 1 }),
    'errFieldMissing',
    'period.fiscalYearStartMonth',
  ),
  c(
    'createPeriod',
    withPeriod({ kind: 'fiscalQuarter', fiscalYear: 2028, quarter: 1, fiscalYearStartMonth: 13 }),
    'errFieldWholeRange',
    'period.fiscalYearStartMonth',
  ),
  c('createPeriod', withPeriod({ kind: 'months', start: '2027-02-31', months: 2 }), 'errFieldDate', 'period.start'),
  c('createPeriod', withPeriod({ kind: 'months', start: '2027-04-01', months: 3 }), 'errFieldChoice', 'period.months'),
  c(
    'createPeriod',
    withPeriod({ kind: 'months', start: '2027-04-01', months: '6' }),
    'errFieldChoice',
    'period.months',
  ),
  c(
    'createPeriod',
    withPeriod({ kind: 'months', start: '2027-04-01', months: 2, year: 2027 }),
    'errFieldUnknown',
    'period.year',
  ),
  c('createPeriod', withCreate({ startFrom: 'nope' }), 'errFieldChoice', 'startFrom'),
  c('createPeriod', withCreate({ startFrom: undefined }), 'errFieldMissing', 'startFrom'),
  c('createPeriod', withCreate({ startFrom: 'Previous' }), 'errFieldChoice', 'startFrom'),
  c('createPeriod', withCreate({ startFrom: '__proto__' }), 'errFieldChoice', 'startFrom'),
  c('createPeriod', withCreate({ startFrom: ['empty'] }), 'errFieldChoiceType', 'startFrom'),
  c('createPeriod', withCreate({ language: 'xx' }), 'errFieldChoice', 'language'),
  c('createPeriod', withCreate({ language: undefined }), 'errFieldMissing', 'language'),
  c('createPeriod', withCreate({ language: 'EN' }), 'errFieldChoice', 'language'),
  c('createPeriod', withCreate({ language: 'constructor' }), 'errFieldChoice', 'language'),
  c('createPeriod', withCreate({ team: 5 }), 'errFieldNotText', 'team'),
  c('createPeriod', withCreate({ team: LONG(101) }), 'errFieldTooLong', 'team'),
  c('createPeriod', withCreate({ exampleFamily: 'nope' }), 'errFieldChoice', 'exampleFamily'),
  c('createPeriod', withCreate({ exampleFamily: 'hasOwnProperty' }), 'errFieldChoice', 'exampleFamily'),
  c('createPeriod', withCreate({ exampleIds: 'rg-1' }), 'errFieldNotList', 'exampleIds'),
  c('createPeriod', withCreate({ exampleIds: [] }), 'errFieldCount', 'exampleIds'),
  c('createPeriod', withCreate({ exampleIds: [1] }), 'errFieldNotText', 'exampleIds[1]'),
  c('createPeriod', withCreate({ previousLabel: 7 }), 'errFieldNotText', 'previousLabel'),
  c(
    'createPeriod',
    [
      json(
        '{"__proto__":{"startFrom":"previous"},"period":{"kind":"quarter","year":2027,"quarter":3},"startFrom":"empty","language":"en"}',
      ),
    ],
    'errFieldUnknown',
    '__proto__',
  ),
  c(
    'createPeriod',
    withCreate({ startFrom: 'previous', previousLabel: '__proto__' }),
    'errPeriodNotFound',
    '__proto__',
  ),
  c(
    'createPeriod',
    withCreate({ startFrom: 'previous', previousLabel: 'constructor' }),
    'errPeriodNotFound',
    'constructor',
  ),
  c('createPeriod', withCreate({ startFrom: 'previous', previousLabel: 'Q1 2027' }), 'errNotClosed', 'Q1 2027'),
  c('createPeriod', withCreate({ period: { kind: 'quarter', year: 2027, quarter: 1 } }), 'errPeriodExists', 'Q1 2027'),
  c('createPeriod', withCreate({}), 'ok', undefined, true),
  c('createPeriod', withCreate({ startFrom: 'previous', previousLabel: 'Q4 2026', team: '' }), 'ok', undefined, true),
  c(
    'createPeriod',
    withCreate({ startFrom: 'examples', exampleFamily: 'revenueGrowth', language: 'de' }),
    'ok',
    undefined,
    true,
  ),
  c('createPeriod', withPeriod({ kind: 'months', start: '2027-04-01', months: 2 }), 'ok', undefined, true),

  // ---- getObjectiveDetails / getKeyResultDetails
  c('getObjectiveDetails', ['__proto__', 'O1'], 'errPeriodNotFound', '__proto__'),
  c('getObjectiveDetails', ['Q1 2027', 'constructor'], 'errKrNotFound', 'constructor'),
  c('getObjectiveDetails', ['Q1 2027', undefined], 'errFieldMissing', 'objectiveId'),
  c('getObjectiveDetails', ['Q1 2027', 5], 'errFieldNotText', 'objectiveId'),
  c('getObjectiveDetails', ['Q1 2027', 'O1'], 'ok'),
  c('getKeyResultDetails', ['Q1 2027', '__proto__'], 'errKrNotFound', '__proto__'),
  c('getKeyResultDetails', [undefined, 'O1.1'], 'errFieldMissing', 'periodLabel'),
  c('getKeyResultDetails', ['Q1 2027', ['O1.1']], 'errFieldNotText', 'krId'),
  c('getKeyResultDetails', ['Q1 2027', 'O1.2'], 'ok'),
  // ---- selectKeyResult
  c('selectKeyResult', ['__proto__', 'O1.1'], 'errPeriodNotFound', '__proto__'),
  c('selectKeyResult', ['Q1 2027', '__proto__'], 'errKrNotFound', '__proto__'),
  c('selectKeyResult', ['Q1 2027', 'constructor'], 'errKrNotFound', 'constructor'),
  c('selectKeyResult', [undefined, 'O1.1'], 'errFieldMissing', 'periodLabel'),
  c('selectKeyResult', ['Q1 2027', undefined], 'errFieldMissing', 'krId'),
  c('selectKeyResult', ['Q1 2027', 5], 'errFieldNotText', 'krId'),
  c('selectKeyResult', [{}, 'O1.1'], 'errFieldNotText', 'periodLabel'),
  c('selectKeyResult', ['Q1 2027', 'O1.2'], 'ok'),
  // ---- getOverview, getHealthReport
  c('getOverview', ['__proto__'], 'errPeriodNotFound', '__proto__'),
  c('getOverview', ['constructor'], 'errPeriodNotFound', 'constructor'),
  c('getOverview', [5], 'errFieldNotText', 'periodLabel'),
  c('getOverview', [{}], 'errFieldNotText', 'periodLabel'),
  c('getOverview', [LONG(1000)], 'errFieldTooLong', 'periodLabel'),
  c('getOverview', [undefined], 'ok'),
  c('getOverview', ['Q4 2026'], 'ok'),
  c('getHealthReport', ['__proto__'], 'errPeriodNotFound', '__proto__'),
  c('getHealthReport', [[]], 'errFieldNotText', 'periodLabel'),
  c('getHealthReport', ['Q1 2027'], 'ok'),
  c('getHealthReport', ['Q4 2026'], 'ok'),
  // ---- selectCell
  c('selectCell', ['=HYPERLINK("x")'], 'errNotACell', '=HYPERLINK("x")'),
  c('selectCell', [5], 'errFieldNotText', 'a1'),
  c('selectCell', [null], 'errFieldMissing', 'a1'),
  c('selectCell', [LONG(301)], 'errFieldTooLong', 'a1'),
  c('selectCell', ["'Q1 2027 · Key results'!B3"], 'ok'),

  // ---- rememberOwner
  c('rememberOwner', [5], 'errFieldNotText', 'owner'),
  c('rememberOwner', [], 'ok'),
  c('rememberOwner', [LONG(201)], 'errFieldTooLong', 'owner'),
  c('rememberOwner', ['<img src=x onerror=alert(1)>'], 'ok'),
  c('rememberOwner', [''], 'ok'),
  // ---- saveSettings
  c('saveSettings', [undefined], 'errFieldMissing', 'settings'),
  c('saveSettings', ['green'], 'errFieldNotObject', 'settings'),
  c('saveSettings', [{}], 'errFieldMissing', 'yellowFrom'),
  c('saveSettings', withSettings({ cap: 'high' }), 'errFieldNotNumber', 'cap'),
  c('saveSettings', withSettings({ cap: Number.NaN }), 'errFieldNotNumber', 'cap'),
  c('saveSettings', withSettings({ cap: Number.POSITIVE_INFINITY }), 'errFieldNotNumber', 'cap'),
  c('saveSettings', withSettings({ language: 'xx' }), 'errFieldChoice', 'language'),
  c('saveSettings', withSettings({ language: '__proto__' }), 'errFieldChoice', 'language'),
  c('saveSettings', withSettings({ fiscalYearStartMonth: 0 }), 'errFieldWholeRange', 'fiscalYearStartMonth'),
  c('saveSettings', withSettings({ extra: 1 }), 'errFieldUnknown', 'extra'),
  c('saveSettings', withSettings({ greenFrom: 0.2 }), 'errBadSettings', 'greenFrom'),
  c('saveSettings', withSettings({ cap: 50 }), 'errBadSettings', 'cap'),
  c('saveSettings', [json('{"__proto__":{"cap":3},"yellowFrom":0.4}')], 'errFieldUnknown', '__proto__'),
  c('saveSettings', withSettings({ cap: 1.2 }), 'ok', undefined, true),
  // ---- getExamples, insertExamples
  c('getExamples', ['xx'], 'errFieldChoice', 'language'),
  c('getExamples', ['en', 'nope'], 'errFieldChoice', 'family'),
  c('getExamples', ['__proto__'], 'errFieldChoice', 'language'),
  c('getExamples', ['en', 'constructor'], 'errFieldChoice', 'family'),
  c('getExamples', [undefined], 'errFieldMissing', 'language'),
  c('getExamples', ['de'], 'ok'),
  c('getExamples', ['en', 'talent'], 'ok'),
  c('insertExamples', ['Q1 2027', EXAMPLE], 'errFieldNotList', 'exampleIds'),
  c('insertExamples', ['Q1 2027', []], 'errFieldCount', 'exampleIds'),
  c('insertExamples', ['Q1 2027', new Array(21).fill(EXAMPLE)], 'errFieldCount', 'exampleIds'),
  c('insertExamples', ['Q1 2027', ['nope']], 'errUnknownExample', 'exampleIds[1]'),
  c('insertExamples', ['Q1 2027', ['__proto__']], 'errUnknownExample', '__proto__'),
  c('insertExamples', ['Q1 2027', ['constructor']], 'errUnknownExample', 'constructor'),
  c('insertExamples', ['Q1 2027', [{}]], 'errFieldNotText', 'exampleIds[1]'),
  c('insertExamples', ['Q1 2027', undefined], 'errFieldMissing', 'exampleIds'),
  c('insertExamples', ['__proto__', ['x']], 'errPeriodNotFound', '__proto__'),
  c('insertExamples', ['Q4 2026', [EXAMPLE]], 'errPeriodClosed', 'Q4 2026'),
  c('insertExamples', ['Q1 2027', [EXAMPLE]], 'ok', undefined, true),
  // ---- openPeriodTab, the read-only ones
  c('openPeriodTab', ['Q1 2027', '__proto__'], 'errFieldChoice', 'role'),
  c('openPeriodTab', ['Q1 2027', 'constructor'], 'errFieldChoice', 'role'),
  c('openPeriodTab', ['Q1 2027', 'sheet1'], 'errFieldChoice', 'role'),
  c('openPeriodTab', [5], 'errFieldNotText', 'label'),
  c('openPeriodTab', ['__proto__'], 'ok'),
  c('openPeriodTab', ['Q1 2027', 'dashboard'], 'ok'),
  c('openPeriodTab', ['Q4 2026', 'review'], 'ok'),
  c('listPeriods', [], 'ok'),
  c('getSidebarState', [], 'ok'),
  c('getSidebarState', [5], 'errFieldNotText', 'userLocale'),
  c('getSidebarState', ['<script>'], 'ok'),
  c('getSettings', [], 'ok'),
  // ---- sales data
  c('inspectDeals', [5], 'errFieldNotText', 'tab'),
  c('inspectDeals', ['No such tab'], 'errTabMissing', 'No such tab'),
  c('inspectDeals', ['__proto__'], 'errTabMissing', '__proto__'),
  c('inspectDeals', [undefined, []], 'errFieldNotObject', 'corrections'),
  c('inspectDeals', [undefined, { columns: { amount: 'ABCD' } }], 'errFieldTooLong', 'columns.amount'),
  c('inspectDeals', [undefined, { columns: { revenue: 'C' } }], 'errFieldUnknown', 'revenue'),
  c('inspectDeals', [undefined, { stages: { 'Closed Won': 'maybe' } }], 'errFieldChoice', 'stages.Closed Won'),
  c('inspectDeals', [undefined, { dateOrder: 'ymd' }], 'errFieldChoice', 'dateOrder'),
  c('inspectDeals', [undefined, json('{"__proto__":{"x":1}}')], 'errFieldUnknown', '__proto__'),
  c('inspectDeals', [], 'ok'),
  c('connectDeals', [undefined], 'errFieldMissing', 'request'),
  c('connectDeals', ['Deals'], 'errFieldNotObject', 'request'),
  c('connectDeals', [{ tab: 5 }], 'errFieldNotText', 'tab'),
  c('connectDeals', [{ tab: 'Deals', sheet: 'x' }], 'errFieldUnknown', 'sheet'),
  c('connectDeals', [{}], 'errDealsIncomplete'),
  c('linkKeyResult', [undefined], 'errFieldMissing', 'request'),
  c('linkKeyResult', [{ periodLabel: 'Q1 2027', krId: 'O1.1' }], 'errFieldMissing', 'metric'),
  c('linkKeyResult', [{ ...LINK, metric: { kind: 'revenue' } }], 'errFieldChoice', 'metric.kind'),
  c('linkKeyResult', [{ ...LINK, metric: { kind: '__proto__' } }], 'errFieldChoice', 'metric.kind'),
  c('linkKeyResult', [{ ...LINK, row: 1.5 }], 'errFieldWholeRange', 'row'),
  c('linkKeyResult', [{ ...LINK, row: Number.POSITIVE_INFINITY }], 'errFieldNotNumber', 'row'),
  c('linkKeyResult', [{ ...LINK, filters: { owner: 5 } }], 'errFieldNotText', 'filters.owner'),
  c('linkKeyResult', [{ ...LINK, filters: { on: 'won' } }], 'errFieldChoice', 'filters.on'),
  c('linkKeyResult', [LINK], 'errDealsNotConnected'),
  c('recordSnapshot', [5], 'errFieldNotText', 'periodLabel'),
  c('recordSnapshot', [], 'errFieldMissing', 'periodLabel'),
  c('recordSnapshot', ['Q4 2026'], 'errPeriodClosed', 'Q4 2026'),
  c('recordSnapshot', ['Q1 2027'], 'ok'),
  c('explainLinks', [5], 'errFieldNotText', 'periodLabel'),
  c('explainLinks', [], 'errFieldMissing', 'periodLabel'),
  c('explainLinks', ['__proto__'], 'errPeriodNotFound', '__proto__'),
  c('explainLinks', ['Q1 2027'], 'ok'),
];
