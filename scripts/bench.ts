// `npm run bench`: prints the figures the README records. Figures, not pass/fail: run it on a
// quiet machine and compare with the README.
import { KR_PROGRESS, OKR_SCORE, OKR_STATUS } from '../src/functions/customFunctions';
import { printBundleBench } from './bench-bundle';
import { printDealsBench } from './bench-deals';
import { type ActionName, measureActions, measureTeamActions, type TeamActionName } from './bench-support';

/** What a round trip to the Sheets server costs, as publicly measured (10–100 ms; a property read ≈ 30 ms). */
const ROUND_TRIP_MS = 30;

const ROWS = 100_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, fn: () => void): number {
  fn(); // warm-up: the JIT, as on a second call in Sheets
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** 100,000 KR rows of every kind, as Sheets passes columns to custom functions: 2-D arrays. */
function sampleColumns(rows: number) {
  const kinds = ['increase', 'decrease', 'at least', 'at most', 'milestone'];
  const current: unknown[][] = [];
  const target: unknown[][] = [];
  const baseline: unknown[][] = [];
  const kind: unknown[][] = [];
  const weights: unknown[][] = [];
  const objectives: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const k = kinds[i % kinds.length];
    kind.push([k]);
    if (k === 'milestone') {
      current.push([i % 3 === 0]);
      target.push([1]);
      baseline.push([0]);
    } else if (k === 'decrease') {
      current.push([60 - (i % 7)]);
      target.push([55]);
      baseline.push([60]);
    } else {
      current.push([(i * 7919) % 500_000]);
      target.push([500_000]);
      baseline.push([k === 'increase' ? 0 : '']);
    }
    weights.push([(i % 4) + 1]);
    objectives.push([`O${Math.floor(i / 3)}`]);
  }
  return { current, target, baseline, kind, weights, objectives };
}

function benchCore(): void {
  const columns = sampleColumns(ROWS);
  let progress: unknown[][] = [];
  const progressMs = time(5, () => {
    progress = KR_PROGRESS(columns.current, columns.target, columns.baseline, columns.kind) as unknown[][];
  });
  const expected = progress.map((_, i) => [(i % 10) / 10]);
  const statusMs = time(5, () => OKR_STATUS(progress, expected));
  const scoreMs = time(5, () => OKR_SCORE(progress, columns.weights));
  const groupsMs = time(5, () => OKR_SCORE(progress, columns.weights, columns.objectives));
  console.log(`Core, ${ROWS.toLocaleString('en-US')} KR rows (median of 5):`);
  console.log(`  KR_PROGRESS (all kinds)          ${progressMs.toFixed(1)} ms`);
  console.log(`  OKR_STATUS                       ${statusMs.toFixed(1)} ms`);
  console.log(`  OKR_SCORE (one weighted score)   ${scoreMs.toFixed(1)} ms`);
  console.log(
    `  OKR_SCORE (table of ${Math.ceil(ROWS / 3).toLocaleString('en-US')} objectives) ${groupsMs.toFixed(1)} ms`,
  );
  console.log(`  total for one pass               ${(progressMs + statusMs + groupsMs).toFixed(1)} ms`);
}

const ACTION_LABELS: Record<ActionName, string> = {
  openSidebar: 'open sidebar',
  checkIn: 'check-in',
  newQuarter: 'new quarter',
  close: 'close',
  carryOver: 'carry-over',
};

/**
 * Each period action on a generated team (playground/generate.ts, fixed seed) of 10, 100 and
 * 1,000 key results: round trips (what it costs in Sheets), the JSON the sidebar receives, the
 * time here, and the time at 30 ms a round trip. Printed as the Markdown table the README keeps.
 */
function benchActions(): void {
  const sizes = [10, 100, 1000];
  const rows: string[] = [];
  for (const size of sizes) {
    for (const cost of measureActions(size)) {
      const at30 = cost.localMs + cost.roundTrips * ROUND_TRIP_MS;
      rows.push(
        `| ${ACTION_LABELS[cost.action]} | ${size.toLocaleString('en-US')} | ${cost.roundTrips} | ${cost.calls} | ` +
          `${(cost.payloadBytes / 1024).toFixed(1)} | ${cost.localMs.toFixed(0)} | ${(at30 / 1000).toFixed(2)} |`,
      );
    }
  }
  console.log(`Period actions (emulated workbook, generated team; ${ROUND_TRIP_MS} ms a round trip):`);
  console.log(
    '| action | key results | round trips | calls | sidebar JSON (KB) | local (ms) | at 30 ms a round trip (s) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

const TEAM_ACTION_LABELS: Record<TeamActionName, string> = {
  ...ACTION_LABELS,
  alignmentFirst: 'alignment, first open (writes its tab)',
  alignment: 'alignment, later opens',
};

/**
 * The period actions on one team of a workbook of 50 teams × 20 key results on one quarter, and
 * the alignment across all of them. Printed as the Markdown table the README keeps.
 */
function benchTeams(): void {
  console.log(`Several teams (50 teams × 20 key results on one quarter; ${ROUND_TRIP_MS} ms a round trip):`);
  console.log('| action | round trips | sidebar JSON (KB) | local (ms) | at 30 ms a round trip (s) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const cost of measureTeamActions(50, 20)) {
    const at30 = cost.localMs + cost.roundTrips * ROUND_TRIP_MS;
    console.log(
      `| ${TEAM_ACTION_LABELS[cost.action]} | ${cost.roundTrips} | ${(cost.payloadBytes / 1024).toFixed(1)} | ` +
        `${cost.localMs.toFixed(0)} | ${(at30 / 1000).toFixed(2)} |`,
    );
  }
}

benchCore();
printBundleBench();
benchActions();
benchTeams();
printDealsBench(50_000);
