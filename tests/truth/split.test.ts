// Quota split, hand-worked: a revenue KR shared out among reps. The emulated sheet (its native
// SUMIF and the add-on's custom functions on HyperFormula) and the core (the sidebar's overview,
// the health check, the review) give every key result the same current value, progress, split gap
// and objective score.
import { describe, expect, it } from 'vitest';
import { explainKeyResult } from '../../src/core/explain';
import type { KrView } from '../../src/core/overview';
import { DEFAULT_SETTINGS, type KeyResult } from '../../src/core/types';
import { closePeriod, getHealthReport, getOverview, getSidebarState, recordCheckIn } from '../../src/server/endpoints';
import { createPeriod } from '../../src/sheet/periods';
import { columnLetter, krColumn, reviewColumn } from '../../src/tabs/writer';
import { useQuarterWorkbook } from './support';

const KRS = 'Q1 2027 · Key results';
const REVIEW = 'Q1 2027 · Review';

function kr(id: string, fields: Partial<KeyResult>): Partial<KeyResult> {
  return {
    id,
    objectiveId: 'O1',
    objectiveTitle: 'Grow revenue',
    title: `Revenue ${id}`,
    owner: 'Ana',
    team: 'EMEA',
    parentObjectiveId: '',
    unit: 'EUR',
    kind: 'increase',
    baseline: 0,
    target: 100,
    current: null,
    weight: null,
    confidence: null,
    dueDate: null,
    notes: '',
    dataLink: '',
    ...fields,
  };
}

// R1: blank Current, split 400k + 300k + 200k of 1M: current 100k + 50k (+ blank) = 150k, 15%.
// R2: a linked Current (=200+100 → 300) stays what counts (60%), though its shares hold 350; its
//     shares' targets (300 + 300) exceed its 500: gap −100.
// R3: blank Current, its one share blank too: no current value (a problem), gap 50.
// R4: no shares: no gap. Weights 2 on R1.b and 3 on R4 weigh the objective's score.
const KEY_RESULTS = [
  kr('R1', { target: 1_000_000 }),
  kr('R1.a', { shareOf: 'R1', target: 400_000, current: 100_000 }),
  kr('R1.b', { shareOf: 'r1', target: 300_000, current: 50_000, weight: 2 }),
  kr('R1.c', { shareOf: 'R1', target: 200_000 }),
  kr('R2', { target: 500, dataLink: '=200+100' }),
  kr('R2.a', { shareOf: 'R2', target: 300, current: 250 }),
  kr('R2.b', { shareOf: 'R2', target: 300, current: 100 }),
  kr('R3', { target: 100 }),
  kr('R3.a', { shareOf: 'R3', target: 50 }),
  kr('R4', { objectiveId: 'O2', objectiveTitle: 'Win customers', target: 100, current: 40, weight: 3, unit: 'count' }),
];

const wb = useQuarterWorkbook(KEY_RESULTS);

const sheet = wb.sheet;
const rowOf = (id: string) => KEY_RESULTS.findIndex((k) => k.id === id) + 2;
const krCell = (id: string, column: Parameters<typeof krColumn>[0]) => sheet(KRS).getRange(rowOf(id), krColumn(column));
const views = (): KrView[] => getOverview('Q1 2027').objectives.flatMap((o) => o.keyResults);
const view = (id: string) => views().find((k) => k.id === id)!;

/** Every row's progress, split gap and objective score: the sheet's, then the core's. */
function bothSides() {
  const all = views();
  const objectives = getOverview('Q1 2027').objectives;
  const sheetSide = KEY_RESULTS.map((k) => {
    const progress = krCell(k.id as string, 'progress').getValue();
    return {
      id: k.id,
      progress: typeof progress === 'number' ? progress : null,
      gap: krCell(k.id as string, 'splitGap').getValue(),
      score: krCell(k.id as string, 'score').getValue(),
    };
  });
  const coreSide = KEY_RESULTS.map((k) => {
    const v = all.find((x) => x.id === k.id)!;
    return {
      id: k.id,
      progress: v.progress,
      gap: v.split ? v.split.gap : '',
      score: objectives.find((o) => o.id === v.objectiveId)!.score,
    };
  });
  return { sheetSide, coreSide };
}

describe('the sheet and the core agree on a split', () => {
  it('sums a blank parent Current, keeps a linked one, and shows the gap where there are shares', () => {
    expect(sheet(KRS).getRange(1, krColumn('shareOf')).getValue()).toBe('Share of KR');
    expect(sheet(KRS).getRange(1, krColumn('splitGap')).getValue()).toBe('Split gap');
    const { sheetSide, coreSide } = bothSides();
    for (let i = 0; i < KEY_RESULTS.length; i++) {
      expect(sheetSide[i].progress, String(KEY_RESULTS[i].id)).toBeCloseTo(coreSide[i].progress as number, 9);
      expect(sheetSide[i].progress === null, String(KEY_RESULTS[i].id)).toBe(coreSide[i].progress === null);
      expect(sheetSide[i].gap, String(KEY_RESULTS[i].id)).toBe(coreSide[i].gap);
      expect(sheetSide[i].score as number, String(KEY_RESULTS[i].id)).toBeCloseTo(coreSide[i].score as number, 9);
    }
    // The hand-worked numbers.
    expect(view('R1')).toMatchObject({ current: 150_000, progress: 0.15 });
    expect(view('R1').split).toEqual({ count: 3, targets: 900_000, gap: 100_000, summed: true });
    expect(view('R2')).toMatchObject({ current: 300, progress: 0.6 });
    expect(view('R2').split).toEqual({ count: 2, targets: 600, gap: -100 });
    expect(view('R3')).toMatchObject({ current: null, progress: null, problem: 'noCurrent' });
    expect(String(krCell('R3', 'progress').getValue())).toMatch(/^⚠/);
    expect(view('R3').split).toEqual({ count: 1, targets: 50, gap: 50 });
    expect(view('R4').split).toBeUndefined();
    expect(view('R1.a').split).toBeUndefined();
    // O1 = (0.15 + 0.25 + 2 × 0.1667 + 0 + 0.6 + 0.8333 + 0.3333 + 0 + 0) / 10, blanks counting 0.
    const o1 = (0.15 + 0.25 + 2 * (50_000 / 300_000) + 0 + 0.6 + 250 / 300 + 100 / 300 + 0 + 0) / 10;
    expect(krCell('R1', 'score').getValue()).toBeCloseTo(o1, 9);
    expect(krCell('R4', 'score').getValue()).toBeCloseTo(0.4, 9);
  });

  it('keeps a linked parent Current that shows nothing, on the first look as in the full read', () => {
    krCell('R2', 'current').setFormula('=IF(1=1,"",1)');
    expect(String(krCell('R2', 'progress').getValue())).toMatch(/^⚠/);
    expect(view('R2')).toMatchObject({ current: null, progress: null, problem: 'noCurrent' });
    const first = getSidebarState('en').overview!.objectives.flatMap((o) => o.keyResults);
    expect(first.find((k) => k.id === 'R2')).toMatchObject({ current: null, progress: null });
    expect(first.find((k) => k.id === 'R1')).toMatchObject({ current: 150_000, progress: 0.15 });
  });

  it('follows a check-in on a share, and a value typed into the parent', () => {
    recordCheckIn({ periodLabel: 'Q1 2027', krId: 'R1.c', value: 200_000, confidence: null, note: '', who: 'Ana' });
    expect(krCell('R1', 'progress').getValue()).toBeCloseTo(0.35, 9);
    expect(view('R1')).toMatchObject({ current: 350_000, progress: 0.35 });

    krCell('R1', 'current').setValue(900_000);
    expect(krCell('R1', 'progress').getValue()).toBe(0.9);
    expect(view('R1')).toMatchObject({ current: 900_000, progress: 0.9 });
    expect(view('R1').split?.summed).toBeUndefined();

    // Cleared again: the shares count once more, in the sheet as in the sidebar.
    krCell('R1', 'current').clearContent();
    expect(krCell('R1', 'progress').getValue()).toBeCloseTo(0.35, 9);
    expect(view('R1').progress).toBeCloseTo(0.35, 9);
  });

  it('freezes the summed value in the review, which reads back the same', () => {
    closePeriod({ label: 'Q1 2027', date: '2027-03-31' });
    const review = sheet(REVIEW).getDataRange().getValues();
    const r1 = review.find((row) => row[0] === 'R1')!;
    expect(r1[reviewColumn('final') - 1]).toBe(150_000);
    expect(r1[reviewColumn('shareOf') - 1]).toBe('');
    const share = review.find((row) => row[0] === 'R1.b')!;
    expect(share[reviewColumn('shareOf') - 1]).toBe('r1');
    expect(view('R1')).toMatchObject({ current: 150_000, progress: 0.15 });
    expect(view('R1').split).toEqual({ count: 3, targets: 900_000, gap: 100_000 });
  });
});

describe('a split explained and carried over', () => {
  it('explains where a summed current value comes from', () => {
    const overview = getOverview('Q1 2027');
    const lines = explainKeyResult(view('R1'), overview);
    expect(lines).toContainEqual({
      key: 'ex.splitSum',
      params: { current: { quantity: 150_000, unit: 'EUR' }, count: 3 },
    });
    expect(explainKeyResult(view('R2'), overview).map((m) => m.key)).not.toContain('ex.splitSum');
  });

  it('keeps the split when the key results are carried over to the next quarter', () => {
    const carry = Object.fromEntries(['R1', 'R1.a', 'R1.b', 'R1.c'].map((id) => [id, 'carryOver' as const]));
    closePeriod({ label: 'Q1 2027', date: '2027-03-31', decisions: carry });
    const next = { kind: 'quarter', year: 2027, quarter: 2 } as const;
    createPeriod(
      wb.emu.spreadsheet,
      { period: next, team: 'EMEA', startFrom: 'previous', previousLabel: 'Q1 2027', language: 'en' },
      DEFAULT_SETTINGS,
    );
    const q2 = getOverview('Q2 2027')
      .objectives.flatMap((o) => o.keyResults)
      .filter((k) => k.id.startsWith('R1'))
      .map((k) => [k.id, k.current, k.split?.count ?? 0, k.split?.targets ?? 0]);
    // The final values are the new baselines; the reps' values start afresh, and so does the sum.
    expect(q2).toEqual([
      ['R1', null, 3, 900_000],
      ['R1.a', null, 0, 0],
      ['R1.b', null, 0, 0],
      ['R1.c', null, 0, 0],
    ]);
    const tab = sheet('Q2 2027 · Key results');
    expect(tab.getRange(5, krColumn('shareOf')).getValue()).toBe('R1');
  });
});

describe('bad “Share of KR” cells are health findings with their cell', () => {
  const shareCell = (id: string) => `'${KRS}'!${columnLetter(krColumn('shareOf'))}${rowOf(id)}`;
  const findings = () => getHealthReport('Q1 2027').filter((f) => f.code.startsWith('share') || f.code === 'splitOver');

  it('names the parent’s Target cell and the sum when the shares ask for more than it', () => {
    expect(findings()).toEqual([
      expect.objectContaining({
        code: 'splitOver',
        cell: `'${KRS}'!${columnLetter(krColumn('target'))}${rowOf('R2')}`,
        krId: 'R2',
        params: expect.objectContaining({ count: 2, sum: { quantity: 600, unit: 'EUR' } }),
      }),
    ]);
  });

  it('flags a missing parent, a KR naming itself, a loop, a nested share and another unit', () => {
    const set = (id: string, value: string) => krCell(id, 'shareOf').setValue(value);
    set('R1.a', 'R9');
    set('R3.a', 'R3.a');
    set('R2.a', 'R3');
    set('R3', 'R2.a');
    set('R2.b', 'R4');
    const found = findings().map((f) => `${f.code} ${f.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([
        `shareOfMissing ${shareCell('R1.a')}`,
        `shareOfSelf ${shareCell('R3.a')}`,
        `shareLoop ${shareCell('R2.a')}`,
        `shareUnitDiffers ${shareCell('R2.b')}`,
      ]),
    );
    expect(findings().find((f) => f.code === 'shareLoop')?.params.path).toBe('R2.a → R3 → R2.a');
    // The sheet computes through the loop without a circular reference.
    expect(typeof krCell('R3', 'progress').getValue()).toBe('number');
  });

  it('flags a share of a share and a share of another kind', () => {
    krCell('R3', 'shareOf').setValue('R1');
    krCell('R1.c', 'kind').setValue('At least');
    const found = findings().map((f) => `${f.code} ${f.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([`shareNested ${shareCell('R3.a')}`, `shareKindDiffers ${shareCell('R1.c')}`]),
    );
  });
});
