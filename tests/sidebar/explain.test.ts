import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../sidebar/src/format';
import { explainKeyResult, explainObjective, explainOverall, problemMessage } from '../../src/core/explain';
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

const COUNTS_AS_ZERO = 'Until this is fixed, the key result counts as 0 in its objective’s score.';

describe('explainKeyResult', () => {
  it('spells out an increase with its numbers, pace, status and grade', () => {
    const { view, first } = viewOf([kr({ id: 'a', unit: 'currency', baseline: 0, target: 500_000, current: 200_000 })]);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text[0]).toContain('Kind: increase');
    expect(text).toContain('Baseline $0, target $500,000, current $200,000.');
    expect(text).toContain('($200,000 − $0) ÷ ($500,000 − $0) = $200,000 ÷ $500,000 = 40%');
    expect(text).toContain('Progress: 40%.');
    expect(text.join(' ')).toContain('45 of the 90 days');
    expect(text.join(' ')).toContain('10 points behind the expected 50%');
    expect(text.join(' ')).toContain('off track: On track.');
    expect(text[text.length - 1]).toBe('Score 40% is yellow (red below 40%, yellow from 40%, green from 70%).');
    expect(text).not.toContain(COUNTS_AS_ZERO);
  });

  it('makes a decrease that went the wrong way obvious', () => {
    const { view, first } = viewOf([
      kr({ id: 'a', kind: 'decrease', unit: 'days', baseline: 60, target: 55, current: 62 }),
    ]);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text[0]).toContain('lower is better');
    expect(text).toContain('(60 days − 62 days) ÷ (60 days − 55 days) = -2 days ÷ 5 days = -40%');
    expect(text).toContain(
      'Lower is better here, and the current value 62 days is above the baseline 60 days: it moved the wrong way by 2 days. Progress below 0% counts as 0%.',
    );
    expect(text).toContain('Progress: 0%.');
  });

  it('says when the baseline is blank and counts as 0', () => {
    const { view, first } = viewOf([kr({ id: 'a', baseline: null, target: 10, current: 4 })]);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text).toContain('Baseline 0, target 10, current 4.');
    expect(text).toContain('The baseline is blank and counts as 0.');
    expect(text).toContain('Progress: 40%.');
  });

  it('says when the cap clips over-achievement and when the kind was inferred, with the view’s settings', () => {
    const settings = { ...DEFAULT_SETTINGS, cap: 1.2 };
    const { view, first } = viewOf([kr({ id: 'a', kind: null, baseline: 0, target: 100, current: 150 })], settings);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text).toContain('The kind is blank, so it is read from the direction of the target: Increase.');
    expect(text).toContain('150% is above the cap of 120%, so it counts as 120%.');
    expect(text).toContain('Progress: 120%.');
    // Over-achievement within the cap counts in full.
    const within = viewOf([kr({ id: 'b', current: 110 })], settings);
    expect(explainKeyResult(within.first, within.view).map(en.message)).toContain(
      '110% counts in full: the cap of 120% allows over-achievement.',
    );
  });

  it('grades with the bands of the settings the overview was built with', () => {
    const settings = { ...DEFAULT_SETTINGS, yellowFrom: 0.3, greenFrom: 0.5 };
    const { view, first } = viewOf([kr({ id: 'a', current: 40 })], settings);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text[text.length - 1]).toBe('Score 40% is yellow (red below 30%, yellow from 30%, green from 50%).');
  });

  it('runs the pace of a KR with a due date to that date', () => {
    const { view, first } = viewOf([kr({ id: 'a', current: 50, dueDate: utc('2027-01-30') })]);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text).toContain(
      'Expected by Feb 15, 2027: 100%, because 30 of the 30 days from Jan 1, 2027 to Jan 30, 2027 have passed.',
    );
    expect(first.status).toBe('offTrack');
  });

  it('explains why a KR cannot be scored, and that it counts as 0 until fixed', () => {
    const { view, first } = viewOf([kr({ id: 'a', baseline: 10, target: 10 })]);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text.slice(-2)).toEqual(['the target equals the baseline, so there is nothing to measure', COUNTS_AS_ZERO]);
    expect(text.join(' ')).not.toContain('Score');
  });

  it('names the cell and what it held when a value could not be read', () => {
    const { view, first } = viewOf([
      kr({ id: 'a', current: null, unreadable: { current: { code: 'notANumber', text: 'abc' } } }),
    ]);
    expect(first).toMatchObject({ problem: 'notANumber', problemField: 'current', problemText: 'abc' });
    const text = explainKeyResult(first, view).map(en.message);
    expect(text.slice(-2)).toEqual(['the current value “abc” is not a number', COUNTS_AS_ZERO]);
    expect(de.message(problemMessage(first))).toContain('„abc“');
  });

  it('keeps the progress of a KR with a negative weight, but says it counts as 0', () => {
    const { view, first } = viewOf([kr({ id: 'a', current: 40, weight: -1 })]);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text).toContain('Progress: 40%.');
    const problem = text.indexOf('the weight -1 is negative');
    expect(problem).toBeGreaterThan(text.indexOf('Progress: 40%.'));
    expect(text[problem + 1]).toBe(COUNTS_AS_ZERO);
  });

  it('says a draft row is not scored at all', () => {
    const { view, first } = viewOf([kr({ id: 'a', kind: null, baseline: null, target: null, current: null })]);
    expect(first.scored).toBe(false);
    const text = explainKeyResult(first, view).map(en.message);
    expect(text[text.length - 1]).toBe(
      'Nothing to measure is entered yet, so the key result is not part of its objective’s score.',
    );
    expect(text).not.toContain(COUNTS_AS_ZERO);
  });

  it('renders in German with German number formats', () => {
    const { view, first } = viewOf([kr({ id: 'a', unit: 'currency', baseline: 0, target: 500_000, current: 200_000 })]);
    const text = explainKeyResult(first, view).map(de.message);
    expect(text.join('\n')).toContain('200.000');
    expect(text.join('\n')).toMatch(/40\s%/u);
    expect(text.join('\n')).toContain('Im Plan');
  });

  it('renders every line in every language without leftover placeholders', () => {
    const { view } = viewOf([
      kr({ id: 'a', unit: 'currency', current: 40 }),
      kr({ id: 'b', kind: 'decrease', baseline: 60, target: 55, current: 62, dueDate: utc('2027-01-30') }),
      kr({ id: 'c', kind: 'atLeast', target: 4, current: 3 }),
      kr({ id: 'd', kind: 'milestone', target: null, current: true }),
      kr({ id: 'e', current: null, unreadable: { current: { code: 'ambiguousNumber', text: '1,500' } } }),
      kr({ id: 'f', current: 30, weight: -2 }),
      kr({ id: 'g', kind: null, baseline: null, target: null, current: null }),
    ]);
    for (const language of ['en', 'de', 'fr', 'cs', 'zh', 'ar'] as const) {
      const format = createFormatter(SIDEBAR[language], language, 'EUR');
      const lines = [
        ...view.objectives[0].keyResults.flatMap((k) => explainKeyResult(k, view)),
        ...explainObjective(view.objectives[0], view),
        ...explainOverall(view),
      ].map(format.message);
      for (const line of lines) expect(line, `${language}: ${line}`).not.toMatch(/\{\w+\}|^(ex|problem|field)\./);
    }
  });
});

describe('explainObjective and explainOverall', () => {
  it('shows each weighted term, a KR with a problem as 0, and the division', () => {
    const { view } = viewOf([
      kr({ id: 'a', current: 80, weight: 3, title: 'Deals' }),
      kr({ id: 'b', current: 20, weight: 1, title: 'Calls' }),
      kr({ id: 'c', target: null, title: 'Broken' }),
      kr({ id: 'd', kind: null, baseline: null, target: null, current: null, title: 'Draft' }),
    ]);
    const o1 = view.objectives[0];
    const text = explainObjective(o1, view).map(en.message);
    expect(text).toContain('Deals: 80% × weight 3 = 240%');
    expect(text).toContain('Calls: 20% × weight 1 = 20%');
    expect(text).toContain('Broken: 0 × weight 1 = 0, because there is no target.');
    expect(text).toContain('Draft: left out, because there is no target.');
    expect(text).toContain('Sum 260% ÷ total weight 5 = 52%');
    // The explanation shows the numbers the evaluation computed.
    expect(o1).toMatchObject({ weights: 5, grade: 'yellow' });
    expect(o1.sum).toBeCloseTo(2.6);
    expect(o1.score).toBeCloseTo(0.52);
    expect(text[text.length - 1]).toBe('Score 52% is yellow (red below 40%, yellow from 40%, green from 70%).');
    const overall = explainOverall(view).map(en.message);
    expect(overall[0]).toBe('The overall score is the mean of the 1 objective scores: 52% ÷ 1 = 52%.');
    expect(overall[1]).toContain('45 of the 90 days');
  });

  it('leaves out a KR of weight 0 and says when nothing can be scored', () => {
    const { view } = viewOf([kr({ id: 'a', current: 80, weight: 0, title: 'Weightless' })]);
    const text = explainObjective(view.objectives[0], view).map(en.message);
    expect(text).toContain('Weightless: weight 0, left out.');
    expect(text[text.length - 1]).toBe('Nothing can be scored yet.');
    expect(explainOverall(view).map(en.message)).toEqual(['Nothing can be scored yet.']);
  });
});
