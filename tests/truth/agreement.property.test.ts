// For generated key results and settings, every place that shows a key result shows the same:
// the custom functions' results in the key-results tab and on the dashboard, the sidebar's
// overview, the check-in log and the review. Each run builds a real period on the emulated
// workbook and reads what the formulas computed.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmulator } from '../../emulator/index';
import type { KrView, OverviewView } from '../../src/core/overview';
import { DEFAULT_SETTINGS, type KeyResult, type KrKind, type Settings } from '../../src/core/types';
import * as customFunctions from '../../src/functions/customFunctions';
import { GRADE_LABELS, STATUS_LABELS } from '../../src/i18n/status';
import { closePeriod, getOverview, recordCheckIn, saveSettings } from '../../src/server/endpoints';
import { createPeriodWith } from '../../src/sheet/periods';
import { DASHBOARD, REVIEW } from '../../src/tabs/templates';
import { krColumn, reviewColumn } from '../../src/tabs/writer';

const TODAY = new Date('2027-02-15T12:00:00Z');
const KRS = 'Q1 2027 · Key results';
const DASH = 'Q1 2027 · Dashboard';
const REVIEW_TAB = 'Q1 2027 · Review';
const LOG = 'Q1 2027 · Check-ins';
/** What the sheet displays (0% or 0.00) leaves far more room than this. */
const CLOSE = 1e-9;

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    yellowFrom: fc.integer({ min: 1, max: 8 }).map((n) => n / 10),
    greenGap: fc.integer({ min: 1, max: 2 }).map((n) => n / 10),
    cap: fc.constantFrom(1, 1.2, 1.5),
    atRiskGap: fc.constantFrom(0.05, 0.1, 0.2),
    offTrackExtra: fc.constantFrom(0.05, 0.15),
  })
  .map(({ yellowFrom, greenGap, cap, atRiskGap, offTrackExtra }) => ({
    ...DEFAULT_SETTINGS,
    yellowFrom,
    greenFrom: Math.round((yellowFrom + greenGap) * 10) / 10,
    cap,
    atRiskGap,
    offTrackGap: Math.round((atRiskGap + offTrackExtra) * 100) / 100,
  }));

const value = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 200 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

const krArb = fc.record({
  objective: fc.constantFrom('O1', 'O2', 'O3'),
  kind: fc.constantFrom<KrKind | null>('increase', 'decrease', 'atLeast', 'atMost', 'milestone', null),
  baseline: value,
  target: value,
  current: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 250 }) as fc.Arbitrary<number | string | null> },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant('abc') },
  ),
  done: fc.boolean(),
  weight: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) as fc.Arbitrary<number | null> },
    { weight: 1, arbitrary: fc.constant(-1) },
  ),
  due: fc.option(fc.integer({ min: 0, max: 89 }), { nil: null }),
});

type Generated = typeof krArb extends fc.Arbitrary<infer T> ? T : never;

function keyResults(generated: Generated[]): Partial<KeyResult>[] {
  return generated.map((g, i) => ({
    id: `K${i + 1}`,
    objectiveId: g.objective,
    objectiveTitle: `Objective ${g.objective}`,
    title: `Key result ${i + 1}`,
    owner: 'Ana',
    team: 'EMEA',
    parentObjectiveId: '',
    kind: g.kind,
    unit: 'count',
    baseline: g.kind === 'milestone' ? null : g.baseline,
    target: g.kind === 'milestone' ? null : g.target,
    // A text current is what a user typed; the writer keeps it as text.
    current: g.kind === 'milestone' ? g.done : (g.current as number | null),
    weight: g.weight,
    confidence: null,
    dueDate: g.due === null ? null : new Date(Date.UTC(2027, 0, 1 + g.due)),
    notes: '',
    dataLink: '',
  }));
}

afterEach(() => {
  vi.useRealTimers();
});

function allKrs(view: OverviewView): KrView[] {
  return view.objectives.flatMap((o) => o.keyResults).sort((a, b) => a.row - b.row);
}

/** A progress or score cell agrees with the sidebar: the same number, or a flagged / blank cell. */
function expectSameScore(cell: unknown, expected: number | null, where: string): void {
  if (expected === null) {
    expect(typeof cell === 'number', `${where}: ${String(cell)} should not be a score`).toBe(false);
  } else {
    expect(typeof cell, `${where}: ${String(cell)}`).toBe('number');
    expect(Math.abs((cell as number) - expected), where).toBeLessThan(CLOSE);
  }
}

describe('one truth per key result (property)', () => {
  it('the sheet, the dashboard, the sidebar, the check-in log and the review agree', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(krArb, { minLength: 1, maxLength: 7 }),
        fc.nat(),
        (settings, generated, pick) => {
          vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
          const emu = createEmulator({ customFunctions, now: TODAY, timeZone: 'Etc/UTC' });
          const restore = emu.installGlobals();
          try {
            saveSettings(settings);
            const request = {
              period: { kind: 'quarter', year: 2027, quarter: 1 },
              team: 'EMEA',
              startFrom: 'empty',
              language: 'en',
            } as const;
            createPeriodWith(emu.spreadsheet, request, keyResults(generated), settings);
            const sheet = (name: string) => emu.spreadsheet.getSheetByName(name)!;

            // The key-results tab against the sidebar, row by row.
            const view = getOverview('Q1 2027');
            const krs = allKrs(view);
            expect(krs.length).toBe(generated.length);
            const rows = sheet(KRS).getRange(2, 1, generated.length, krColumn('score')).getValues();
            const byObjective = new Map(view.objectives.map((o) => [o.id, o]));
            krs.forEach((kr, i) => {
              const row = rows[i];
              const at = (id: Parameters<typeof krColumn>[0]) => row[krColumn(id) - 1];
              expectSameScore(at('progress'), kr.progress, `progress of ${kr.id}`);
              if (kr.progress === null && kr.scored) expect(String(at('progress'))).toMatch(/^⚠ /);
              expect(at('status'), `status of ${kr.id}`).toBe(kr.status ? STATUS_LABELS.en[kr.status] : '');
              const objective = byObjective.get(kr.objectiveId)!;
              // A bad weight is flagged in its row's score cell; its progress may show another problem.
              if ((generated[i].weight ?? 0) < 0) expect(String(at('score'))).toMatch(/^⚠ weight/);
              else if (kr.scored || objective.score !== null)
                expectSameScore(at('score'), objective.score, `score of ${kr.id}`);
            });

            // The dashboard's objective table and overall score.
            const table = sheet(DASH)
              .getRange(DASHBOARD.objectivesRow + 1, 1, sheet(DASH).getMaxRows() - DASHBOARD.objectivesRow, 2)
              .getValues();
            for (const objective of view.objectives) {
              const line = table.find((r) => r[0] === objective.id);
              expectSameScore(line?.[1], objective.score, `dashboard score of ${objective.id}`);
            }
            expectSameScore(sheet(DASH).getRange(DASHBOARD.overallRow, 2).getValue(), view.score, 'overall score');

            // A check-in: the log's progress is what the sheet and the sidebar then show.
            const measurable = krs.filter((k) => k.kind !== null && k.kind !== 'milestone' && k.progress !== null);
            if (measurable.length > 0) {
              const chosen = measurable[pick % measurable.length];
              recordCheckIn({ periodLabel: 'Q1 2027', krId: chosen.id, value: 120, confidence: 7, note: '', who: '' });
              const logged = sheet(LOG).getRange(2, 7).getValue();
              const after = allKrs(getOverview('Q1 2027')).find((k) => k.id === chosen.id)!;
              expectSameScore(logged, after.progress, `logged progress of ${chosen.id}`);
              const rowNumber = krs.indexOf(chosen) + 2;
              expectSameScore(
                sheet(KRS).getRange(rowNumber, krColumn('progress')).getValue(),
                after.progress,
                'sheet after check-in',
              );
            }

            // The review grades what the sidebar showed on the closing day, with the same settings.
            const before = getOverview('Q1 2027');
            closePeriod({ label: 'Q1 2027', date: '2027-02-15' });
            const closed = getOverview('Q1 2027');
            expect(closed.score).toEqual(before.score);
            expect(closed.objectives.map((o) => [o.id, o.score, o.grade])).toEqual(
              before.objectives.map((o) => [o.id, o.score, o.grade]),
            );
            const reviewRows = sheet(REVIEW_TAB)
              .getRange(REVIEW.headerRow + 1, 1, generated.length, reviewColumn('decision'))
              .getValues();
            allKrs(before).forEach((kr, i) => {
              const row = reviewRows[i];
              expectSameScore(row[reviewColumn('progress') - 1], kr.progress, `review progress of ${kr.id}`);
              expect(row[reviewColumn('grade') - 1]).toBe(kr.grade ? GRADE_LABELS.en[kr.grade] : '');
              const objective = before.objectives.find((o) => o.id === kr.objectiveId)!;
              expectSameScore(row[reviewColumn('score') - 1], objective.score, `review score of ${kr.id}`);
              expect(row[reviewColumn('objectiveGrade') - 1]).toBe(
                objective.grade ? GRADE_LABELS.en[objective.grade] : '',
              );
            });
          } finally {
            restore();
            vi.useRealTimers();
          }
        },
      ),
      { numRuns: Number(process.env.TRUTH_RUNS ?? 30), seed: Number(process.env.TRUTH_SEED ?? 20271) },
    );
    // Each run builds whole tabs whose column formulas cover every row of a new tab (1,000).
  }, 300_000);
});
