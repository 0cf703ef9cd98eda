// `npm run bench`: prints the figures the README records. Figures, not pass/fail: run it on a
// quiet machine and compare with the README.
import { KR_PROGRESS, OKR_SCORE, OKR_STATUS } from '../src/functions/customFunctions';
import { printBundleBench } from './bench-bundle';
import { measurePeriodCalls } from './bench-support';

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

/** Spreadsheet calls per period action: must not grow with the number of key results. */
function benchPeriodCalls(): void {
  const sizes = [10, 100, 500];
  const byOperation = new Map<string, number[]>();
  for (const rows of sizes) {
    for (const { operation, calls } of measurePeriodCalls(rows)) {
      byOperation.set(operation, [...(byOperation.get(operation) ?? []), calls]);
    }
  }
  console.log(`Spreadsheet calls per action (emulated workbook; ${sizes.join(' / ')} key results):`);
  for (const [operation, counts] of byOperation) {
    console.log(`  ${operation.padEnd(16)} ${counts.join(' / ')}`);
  }
}

benchCore();
printBundleBench();
benchPeriodCalls();
