// Phased targets: how a key result's "Phasing" cell is read. Sales quarters are back-loaded, so a
// KR may say how much of its gain is due by the end of each month (or week) instead of following a
// straight line from the period's start to its due date.
//
// The notation is cumulative checkpoints, one per month or one per week of the time from the
// period's start to the KR's due date (or the period's end), separated by spaces:
// "20% 50% 100%" = 20% of the gain by the end of the first month, 50% by the end of the second,
// all of it by the end. Why cumulative rather than per-month shares ("20% 30% 50%"): each number
// reads on its own as the expected progress on that day (what the sidebar and the status compare
// with), the last one is always 100% so a typo shows at once, and the sheet's native `expected`
// formula needs only the two checkpoints around the as-of date (tabs/templates.ts), no running sum.
// A bare number is a percentage too ("20 50 100"). Months are calendar months (the first and last
// may be partial); weeks are 7-day blocks from the start, the last one running to the end
// (4 to 10 days), so any quarter has 13 weeks. Between two checkpoints progress is expected to
// grow linearly. A blank cell is the straight line. pace.ts turns a phasing into expected progress.

/** A readable phasing: cumulative checkpoints (0..1, non-decreasing, the last 1) per month or week. */
export interface Phasing {
  unit: 'month' | 'week';
  checkpoints: number[];
}

/** Why a phasing cannot be used; `text` quotes the piece at fault, `value`/`other` what was wanted. */
export interface PhasingProblem {
  code: 'notANumber' | 'outOfRange' | 'phasingCount' | 'phasingOrder' | 'phasingEnd';
  text: string;
  /** phasingCount: the number of months; outOfRange: the allowed range. */
  value?: string;
  /** phasingCount: the number of weeks. */
  other?: string;
}

export type PhasingRead = { ok: true; phasing: Phasing | null } | { ok: false; problem: PhasingProblem };

const DAY_MS = 86_400_000;
/** Sheet arithmetic and typed decimals leave last-digit noise: 33.3% + … is "100%" within this. */
const NOISE = 1e-9;
const CHECKPOINT = /^(-?\d+(?:\.\d+)?)%?$/;

/** How many months and weeks a phasing of the time from `start` to `end` (both days included) has. */
export function phasingSlots(start: Date, end: Date): { months: number; weeks: number } {
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
  const days = dayNumber(end) - dayNumber(start) + 1;
  return { months, weeks: Math.max(1, Math.round(days / 7)) };
}

/**
 * Reads a Phasing cell for the time from `start` to `end` (the period's start and the KR's due
 * date or the period's end). Blank is no phasing (the straight line); the first problem found is
 * returned, in the order a reader fixes them: a checkpoint that is not a number, out of 0–100%,
 * lower than the one before, then the count, then a last checkpoint other than 100%.
 */
export function readPhasing(cell: unknown, start: Date, end: Date): PhasingRead {
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '').trim();
  if (text === '' || dayNumber(end) < dayNumber(start)) return { ok: true, phasing: null };
  const tokens = text.split(/ +/);
  const checkpoints: number[] = [];
  for (const token of tokens) {
    const match = CHECKPOINT.exec(token);
    if (!match) return { ok: false, problem: { code: 'notANumber', text: token } };
    const share = Number(match[1]) / 100;
    if (share < 0 || share > 1 + NOISE)
      return { ok: false, problem: { code: 'outOfRange', text: token, value: '0–100%' } };
    if (checkpoints.length > 0 && share < checkpoints[checkpoints.length - 1] - NOISE)
      return { ok: false, problem: { code: 'phasingOrder', text: token } };
    checkpoints.push(share);
  }
  const { months, weeks } = phasingSlots(start, end);
  const n = checkpoints.length;
  if (n !== months && n !== weeks)
    return {
      ok: false,
      problem: { code: 'phasingCount', text: String(n), value: String(months), other: String(weeks) },
    };
  if (Math.abs(checkpoints[n - 1] - 1) > NOISE)
    return { ok: false, problem: { code: 'phasingEnd', text: tokens[n - 1] } };
  // A period short enough to have as many months as weeks is read by month, as the sheet does.
  return { ok: true, phasing: { unit: n === months ? 'month' : 'week', checkpoints } };
}

/**
 * The days (day numbers, as in pace.ts) where each phasing slot ends, exclusive: the first day of
 * the next month or week, and the day after `end` for the last slot.
 */
export function slotEnds(phasing: Phasing, start: Date, end: Date): number[] {
  const from = dayNumber(start);
  const n = phasing.checkpoints.length;
  const ends: number[] = [];
  for (let k = 1; k < n; k++) {
    ends.push(
      phasing.unit === 'week'
        ? from + 7 * k
        : dayNumber(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k, 1))),
    );
  }
  ends.push(dayNumber(end) + 1);
  return ends;
}

function dayNumber(d: Date): number {
  return Math.floor(d.getTime() / DAY_MS);
}
