// The performance contract: one call handles a whole column. Generous bounds (the machine may be
// busy); `npm run bench` prints the real figures.
import { describe, expect, it } from 'vitest';
import { KR_PROGRESS, OKR_SCORE, OKR_STATUS } from '../../src/functions/customFunctions';

const ROWS = 100_000;

function timed(fn: () => unknown): { ms: number; result: unknown } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

describe('100,000 rows in one call', () => {
  const kinds = ['increase', 'decrease', 'at least', 'at most', 'milestone', ''];
  const current = Array.from({ length: ROWS }, (_, i) => [i % 6 === 4 ? i % 2 === 0 : i % 997]);
  const target = Array.from({ length: ROWS }, (_, i) => [i % 6 === 1 ? 100 : 1000]);
  const baseline = Array.from({ length: ROWS }, (_, i) => [i % 6 === 1 ? 1200 : 0]);
  const kind = Array.from({ length: ROWS }, (_, i) => [kinds[i % 6]]);
  const text = Array.from({ length: ROWS }, (_, i) => [`${(i % 1000).toLocaleString('de-DE')},5 €`]);

  it('KR_PROGRESS, OKR_STATUS and OKR_SCORE with groups each take well under a second', () => {
    const progress = timed(() => KR_PROGRESS(current, target, baseline, kind));
    expect((progress.result as unknown[][]).length).toBe(ROWS);
    expect(progress.ms).toBeLessThan(2000);
    const column = progress.result as unknown[][];
    const status = timed(() => OKR_STATUS(column, 0.5));
    expect(status.ms).toBeLessThan(2000);
    const ids = column.map((_, i) => [`O${Math.floor(i / 3)}`]);
    const groups = timed(() => OKR_SCORE(column, '', ids));
    expect((groups.result as unknown[][]).length).toBe(Math.ceil(ROWS / 3));
    expect(groups.ms).toBeLessThan(2000);
  });

  it('reads 100,000 numbers stored as text', () => {
    const run = timed(() => KR_PROGRESS(text, '2.000,00 €'));
    expect((run.result as unknown[][])[999][0]).toBeCloseTo(999.5 / 2000);
    expect(run.ms).toBeLessThan(3000);
  });
});
