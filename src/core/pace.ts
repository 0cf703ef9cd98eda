const DAY_MS = 86_400_000;

/**
 * Expected progress at `asOf`: the elapsed share of the period, from the start of its first day to
 * the end of its last day (both inclusive), clamped to [0, 1].
 */
export function expectedProgress(start: Date, end: Date, asOf: Date): number {
  const from = dayNumber(start);
  const to = dayNumber(end) + 1;
  const now = asOf.getTime() / DAY_MS;
  if (to <= from) return 1;
  return Math.min(1, Math.max(0, (now - from) / (to - from)));
}

function dayNumber(d: Date): number {
  return Math.floor(d.getTime() / DAY_MS);
}
