// Reading the value cells of a key result's row (kind, baseline, target, current, weight): the
// one way the sheet's custom functions and the tab reader both do it, so they never disagree.
// Unreadable text is kept, with why, instead of turning into "no value".
import { isDoneValue, parseKind } from './kinds';
import { isBlank, type ParsedNumber, parseNumber, shorten } from './numbers';
import type { CellProblem, KrKind, KrValueField } from './types';

/** Marks the text a result cell shows for a row with a problem ("⚠ no target"). */
export const PROBLEM_MARK = '⚠ ';

export interface KrCells {
  kind?: unknown;
  baseline?: unknown;
  target?: unknown;
  current?: unknown;
  weight?: unknown;
}

export interface KrValues {
  kind: KrKind | null;
  baseline: number | null;
  target: number | null;
  /** A number; a boolean for a checkbox or a milestone's done state. */
  current: number | boolean | null;
  weight: number | null;
  unreadable: Partial<Record<KrValueField, CellProblem>>;
}

export function readKrCells(cells: KrCells): KrValues {
  const unreadable: Partial<Record<KrValueField, CellProblem>> = {};
  const kind = readKind(cells.kind, unreadable);
  const number = (field: 'baseline' | 'target' | 'weight') => readNumber(field, cells[field], unreadable);
  const baseline = number('baseline');
  const target = number('target');
  const weight = number('weight');
  let current: number | boolean | null;
  if (typeof cells.current === 'boolean') current = cells.current;
  else if (kind === 'milestone') current = isBlank(cells.current) ? null : isDoneValue(cells.current);
  else {
    const parsed = readNumber('current', cells.current, unreadable);
    current = parsed ? parsed.value : null;
    if (parsed && target && parsed.percent !== target.percent && mixesPercent(parsed, target)) {
      unreadable.current = { code: 'percentMismatch', text: cellText(cells.current) };
      current = null;
    }
  }
  return {
    kind,
    baseline: baseline ? baseline.value : null,
    target: target ? target.value : null,
    current,
    weight: weight ? weight.value : null,
    unreadable,
  };
}

/** "19%" against a target of 25 mixes a percentage with a plain number (formatted 19% arrives as 0.19: fine). */
function mixesPercent(current: { value: number; percent: boolean }, target: { value: number; percent: boolean }) {
  return (current.percent && Math.abs(target.value) > 1) || (target.percent && Math.abs(current.value) > 1);
}

function readKind(value: unknown, unreadable: Partial<Record<KrValueField, CellProblem>>): KrKind | null {
  if (isBlank(value)) return null;
  const kind = parseKind(value);
  if (!kind) unreadable.kind = { code: 'unknownKind', text: cellText(value) };
  return kind ?? null;
}

function readNumber(
  field: KrValueField,
  value: unknown,
  unreadable: Partial<Record<KrValueField, CellProblem>>,
): (ParsedNumber & { ok: true }) | null {
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value, percent: false };
  const parsed = parseNumber(value);
  if (parsed.ok) return parsed;
  if (parsed.code === 'blank') return null;
  const text = cellText(value);
  // Another custom function's problem text ("⚠ no target") in a linked cell is passed on as such.
  const code = typeof value === 'string' && value.startsWith(PROBLEM_MARK) ? 'cellError' : parsed.code;
  unreadable[field] = { code, text };
  return null;
}

/** What a cell held, as text short enough to quote in a message. */
export function cellText(value: unknown): string {
  // Sheets never holds NaN or Infinity; a direct caller's is named as text, not as "Infinity".
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? 'NaN' : value > 0 ? '1e309' : '-1e309';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid date' : value.toISOString().slice(0, 10);
  return shorten(String(value ?? '').trim());
}

/** Confidence as 0..1: "8" on a 0–10 scale and "80" as a percentage both become 0.8. */
export function normalizeConfidence(value: number | null): number | null {
  if (value === null) return null;
  if (value > 10) return value / 100;
  if (value > 1) return value / 10;
  return value;
}
