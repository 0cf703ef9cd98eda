// Settings: grade bands, objective roll-ups, pace thresholds, over-achievement cap, fiscal year, currency and language. Shown
// in percent and points, stored as fractions; checked here and again on the server.

import type { Language, Settings } from '../../src/contract/index';
import { type SettingsField, settingsProblems } from '../../src/contract/shared';
import type { App } from './app';
import { h } from './dom';
import { call } from './server';
import { field, setError } from './widgets';

/** Each language's name in itself, for the language picker. */
const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  cs: 'Čeština',
  zh: '中文（简体）',
  ar: 'العربية',
};

type NumberField = Exclude<SettingsField, 'language' | 'fiscalYearStartMonth' | 'currency' | 'objectiveScores'>;

/** Currencies offered first; the one in force is added when it is not among them. */
const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'CZK',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'CAD',
  'AUD',
  'JPY',
  'CNY',
  'INR',
  'SGD',
  'AED',
  'SAR',
  'EGP',
  'BRL',
  'MXN',
];

const PERCENT_FIELDS: [NumberField, 'st.yellowFrom' | 'st.greenFrom' | 'st.atRiskGap' | 'st.offTrackGap' | 'st.cap'][] =
  [
    ['yellowFrom', 'st.yellowFrom'],
    ['greenFrom', 'st.greenFrom'],
    ['atRiskGap', 'st.atRiskGap'],
    ['offTrackGap', 'st.offTrackGap'],
    ['cap', 'st.cap'],
  ];

export function renderSettings(app: App): HTMLElement {
  const { fmt } = app;
  const current = app.state.settings;
  const inputs = new Map<NumberField, HTMLInputElement>();
  const numberInput = (name: NumberField) => {
    const input = h('input', {
      type: 'number',
      step: 1,
      value: Math.round(current[name] * 1000) / 10,
    });
    inputs.set(name, input);
    return input;
  };
  const months = new Intl.DateTimeFormat(fmt.locale, { month: 'long', timeZone: 'UTC' });
  const fiscal = h(
    'select',
    {},
    ...Array.from({ length: 12 }, (_, i) =>
      h(
        'option',
        { value: i + 1, selected: i + 1 === current.fiscalYearStartMonth },
        months.format(new Date(Date.UTC(2027, i, 1))),
      ),
    ),
  );
  const language = h(
    'select',
    {},
    h('option', { value: 'auto', selected: current.language === 'auto' }, fmt.t('st.languageAuto')),
    ...(Object.keys(LANGUAGE_NAMES) as Language[]).map((l) =>
      h('option', { value: l, selected: current.language === l, lang: l }, LANGUAGE_NAMES[l]),
    ),
  );
  // The currency in force: chosen in the settings, else the spreadsheet locale's ('' unknown).
  const currencyNow = current.currency ?? app.state.currency;
  const currencyName = (code: string) => {
    try {
      return `${code} · ${new Intl.DisplayNames(fmt.locale, { type: 'currency' }).of(code)}`;
    } catch (_) {
      return code;
    }
  };
  const codes = currencyNow && !CURRENCIES.includes(currencyNow) ? [currencyNow, ...CURRENCIES] : CURRENCIES;
  const currency = h(
    'select',
    {},
    ...(currencyNow ? [] : [h('option', { value: '', selected: true }, '—')]),
    ...codes.map((code) => h('option', { value: code, selected: code === currencyNow }, currencyName(code))),
  );
  // Own key results only (the default) or own key results and child objectives (roll-ups).
  const objectiveScores = h(
    'select',
    {},
    h('option', { value: 'own', selected: current.objectiveScores !== 'withChildren' }, fmt.t('st.scoresOwn')),
    h(
      'option',
      { value: 'withChildren', selected: current.objectiveScores === 'withChildren' },
      fmt.t('st.scoresWithChildren'),
    ),
  );
  const labelOf = new Map(PERCENT_FIELDS);

  const save = async (event: Event) => {
    event.preventDefault();
    const next: Settings = {
      ...current,
      fiscalYearStartMonth: Number(fiscal.value),
      language: language.value as Settings['language'],
    };
    if (currency.value) next.currency = currency.value;
    if (objectiveScores.value === 'withChildren') next.objectiveScores = 'withChildren';
    else delete next.objectiveScores;
    for (const [name] of PERCENT_FIELDS) next[name] = Number((inputs.get(name) as HTMLInputElement).value) / 100;
    for (const input of inputs.values()) setError(input, null);
    const problems = settingsProblems(next);
    for (const p of problems) {
      const input = inputs.get(p.field as NumberField);
      if (!input) continue;
      const label = labelOf.get(p.field as NumberField);
      setError(
        input,
        p.code === 'order'
          ? fmt.t('st.errOrder')
          : fmt.t('st.errRange', {
              field: label ? fmt.t(label) : p.field,
              min: fmt.number(Math.round(p.min * 100)),
              max: fmt.number(Math.round(p.max * 100)),
            }),
      );
    }
    if (problems.length) {
      (inputs.get(problems[0].field as NumberField) ?? fiscal).focus();
      return;
    }
    const result = await app.run(call('saveSettings', next));
    if (!result) return;
    if (result.state) {
      app.setState(result.state);
      app.show('settings');
    } else {
      app.state.settings = result.settings;
      const overview = app.overview ? await app.run(call('getOverview', app.overview.period.label, true)) : null;
      if (overview) app.setOverview(overview);
    }
    app.notify(app.fmt.t('saved'));
  };

  return h(
    'form',
    { class: 'stack', onsubmit: (e: Event) => void save(e) },
    h('h2', {}, fmt.t('st.title')),
    h(
      'fieldset',
      {},
      h('legend', {}, fmt.t('st.grades')),
      field('st-yellow', fmt.t('st.yellowFrom'), numberInput('yellowFrom')),
      field('st-green', fmt.t('st.greenFrom'), numberInput('greenFrom')),
      field('st-objective-scores', fmt.t('st.objectiveScores'), objectiveScores, fmt.t('st.objectiveScoresHint')),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, fmt.t('st.pace')),
      field('st-at-risk', fmt.t('st.atRiskGap'), numberInput('atRiskGap')),
      field('st-off-track', fmt.t('st.offTrackGap'), numberInput('offTrackGap')),
      field('st-cap', fmt.t('st.cap'), numberInput('cap'), fmt.t('st.capHint')),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, fmt.t('st.periodDefaults')),
      field('st-fiscal', fmt.t('st.fiscalStart'), fiscal),
      field('st-currency', fmt.t('st.currency'), currency),
    ),
    field('st-language', fmt.t('st.language'), language),
    h('button', { type: 'submit', class: 'primary', id: 'st-save' }, fmt.t('st.save')),
  );
}
