import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../sidebar/src/format';
import { explainKeyResult, explainObjective, explainOverall } from '../../src/core/explain';
import { buildOverview } from '../../src/core/overview';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/types';
import { SIDEBAR } from '../../src/i18n/sidebar';
import { kr, objective, period, utc } from './fixtures';

const en = createFormatter(SIDEBAR.en, 'en-US', 'USD');
const de = createFormatter(SIDEBAR.de, 'de-DE', 'EUR');
const asOf = utc('2027-02-15');

function viewOf(krs: ReturnType<typeof kr>[], settings: Settings = DEFAULT_SETTINGS) {
  const view = buildOverview(period({ objectives: [objective({ id: 'O1' })], keyResults: krs }), settings, asOf);
  return { view, first: view.objectives[0].keyResults[0] };
}

describe('explainKeyResult', () => {
  it('spells out an increase with its numbers, pace, status and grade', () => {
    const { view, first } = viewOf([kr({ id: 'a', unit: 'currency', baseline: 0, target: 500_000, current: 200_000 })]);
    const text = explainKeyResult(first, view, DEFAULT_SETTINGS).map(en.message);
    expect(text[0]).toContain('Kind: increase');
    expect(text).toContain('Baseline $0, target $500,000, current $200,000.');
    expect(text).toContain('($200,000 − $0) ÷ ($500,000 − $0) = $200,000 ÷ $500,000 = 40%');
    expect(text).toContain('Progress: 40%.');
    expect(text.join(' ')).toContain('45 of the 90 days');
    expect(text.join(' ')).toContain('10 points behind the expected 50%');
    expect(text.join(' ')).toContain('off track: On track.');
    expect(text[text.length - 1]).toBe('Score 40% is yellow (red below 40%, yellow from 40%, green from 70%).');
  });

  it('makes a decrease that went the wrong way obvious', () => {
    const { view, first } = viewOf([
      kr({ id: 'a', kind: 'decrease', unit: 'days', baseline: 60, target: 55, current: 62 }),
    ]);
    const text = explainKeyResult(first, view, DEFAULT_SETTINGS).map(en.message);
    expect(text[0]).toContain('lower is better');
    expect(text).toContain('(60 days − 62 days) ÷ (60 days − 55 days) = -2 days ÷ 5 days = -40%');
    expect(text).toContain(
      'Lower is better here, and the current value 62 days is above the baseline 60 days: it moved the wrong way by 2 days. Progress below 0% counts as 0%.',
    );
    expect(text).toContain('Progress: 0%.');
  });

  it('says when the cap clips over-achievement and when the kind was inferred', () => {
    const settings = { ...DEFAULT_SETTINGS, cap: 1.2 };
    const { view, first } = viewOf([kr({ id: 'a', kind: null, baseline: 0, target: 100, current: 150 })], settings);
    const text = explainKeyResult(first, view, settings).map(en.message);
    expect(text).toContain('The kind is blank, so it is read from the direction of the target: Increase.');
    expect(text).toContain('150% is above the cap of 120%, so it counts as 120%.');
  });

  it('runs the pace of a KR with a due date to that date', () => {
    const { view, first } = viewOf([kr({ id: 'a', current: 50, dueDate: utc('2027-01-30') })]);
    const text = explainKeyResult(first, view, DEFAULT_SETTINGS).map(en.message);
    expect(text).toContain(
      'Expected by Feb 15, 2027: 100%, because 30 of the 30 days from Jan 1, 2027 to Jan 30, 2027 have passed.',
    );
    expect(first.status).toBe('offTrack');
  });

  it('explains why a KR cannot be scored', () => {
    const { view, first } = viewOf([kr({ id: 'a', baseline: 10, target: 10 })]);
    const text = explainKeyResult(first, view, DEFAULT_SETTINGS).map(en.message);
    expect(text[text.length - 1]).toBe('the target equals the baseline, so there is nothing to measure');
  });

  it('renders in German with German number formats', () => {
    const { view, first } = viewOf([kr({ id: 'a', unit: 'currency', baseline: 0, target: 500_000, current: 200_000 })]);
    const text = explainKeyResult(first, view, DEFAULT_SETTINGS).map(de.message);
    expect(text.join('\n')).toContain('200.000');
    expect(text.join('\n')).toMatch(/40\s%/u);
    expect(text.join('\n')).toContain('Im Plan');
  });
});

describe('explainObjective and explainOverall', () => {
  it('shows each weighted term and the division', () => {
    const { view } = viewOf([
      kr({ id: 'a', current: 80, weight: 3, title: 'Deals' }),
      kr({ id: 'b', current: 20, weight: 1, title: 'Calls' }),
      kr({ id: 'c', target: null, title: 'Broken' }),
    ]);
    const text = explainObjective(view.objectives[0], DEFAULT_SETTINGS).map(en.message);
    expect(text).toContain('Deals: 80% × weight 3 = 240%');
    expect(text).toContain('Calls: 20% × weight 1 = 20%');
    expect(text).toContain('Broken: left out, because there is no target.');
    expect(text).toContain('Sum 260% ÷ total weight 4 = 65%');
    const overall = explainOverall(view, DEFAULT_SETTINGS).map(en.message);
    expect(overall[0]).toBe('The overall score is the mean of the 1 objective scores: 65% ÷ 1 = 65%.');
  });
});
