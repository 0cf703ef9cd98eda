// Period arithmetic: calendar quarters, fiscal quarters and custom month spans. Pure: no sheets.
//
// Fiscal years are named by the calendar year they END in (FY2027 with an April start runs from
// April 2026 to March 2027), the convention most sales teams on a non-calendar year use.

import { MONTH_NAMES } from '../i18n/months';
import { isoDay, parseIsoDay } from './dates';
import type { Language, Period } from './types';

/** A period as the new-period wizard describes it (plain JSON). */
export type PeriodSpec =
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'fiscalQuarter'; fiscalYear: number; quarter: 1 | 2 | 3 | 4; fiscalYearStartMonth: number }
  | { kind: 'months'; start: string; months: 1 | 2 | 6 | 12 };

const MONTH_SPANS = [1, 2, 6, 12];

/** The period a request describes, with its label in `language`. Throws on an impossible spec. */
export function periodOf(spec: PeriodSpec, language: Language = 'en'): Period {
  const { year, month, months } = firstMonth(spec);
  const start = new Date(Date.UTC(year, month - 1, 1));
  const end = new Date(Date.UTC(year, month - 1 + months, 0));
  return { label: periodLabel(spec, language), kind: spec.kind, start, end };
}

/** "Q1 2027", "FY2027 Q1", "Jan–Feb 2027", "Nov 2026–Jan 2027", "Jan 2027". */
export function periodLabel(spec: PeriodSpec, language: Language = 'en'): string {
  if (spec.kind === 'quarter') return `Q${spec.quarter} ${spec.year}`;
  if (spec.kind === 'fiscalQuarter') return `FY${spec.fiscalYear} Q${spec.quarter}`;
  const { year, month, months } = firstMonth(spec);
  const names = MONTH_NAMES[language] ?? MONTH_NAMES.en;
  const lastIndex = month - 1 + months - 1;
  const endYear = year + Math.floor(lastIndex / 12);
  const endName = names[lastIndex % 12];
  if (months === 1) return `${names[month - 1]} ${year}`;
  if (endYear === year) return `${names[month - 1]}–${endName} ${year}`;
  return `${names[month - 1]} ${year}–${endName} ${endYear}`;
}

/** The period that follows `spec`, of the same kind and length. */
export function nextPeriod(spec: PeriodSpec): PeriodSpec {
  if (spec.kind === 'quarter') {
    return spec.quarter === 4
      ? { kind: 'quarter', year: spec.year + 1, quarter: 1 }
      : { kind: 'quarter', year: spec.year, quarter: (spec.quarter + 1) as 2 | 3 | 4 };
  }
  if (spec.kind === 'fiscalQuarter') {
    return spec.quarter === 4
      ? { ...spec, fiscalYear: spec.fiscalYear + 1, quarter: 1 }
      : { ...spec, quarter: (spec.quarter + 1) as 2 | 3 | 4 };
  }
  const { year, month, months } = firstMonth(spec);
  const index = month - 1 + months;
  const start = isoDay(new Date(Date.UTC(year + Math.floor(index / 12), index % 12, 1)));
  return { kind: 'months', start, months: months as 1 | 2 | 6 | 12 };
}

/** The quarter (calendar or fiscal, by `fiscalYearStartMonth`) that contains `date`. */
export function quarterContaining(date: Date, fiscalYearStartMonth = 1): PeriodSpec {
  const monthsIntoYear = (date.getUTCMonth() + 1 - fiscalYearStartMonth + 12) % 12;
  const quarter = (Math.floor(monthsIntoYear / 3) + 1) as 1 | 2 | 3 | 4;
  if (fiscalYearStartMonth === 1) return { kind: 'quarter', year: date.getUTCFullYear(), quarter };
  const startsThisYear = date.getUTCMonth() + 1 >= fiscalYearStartMonth;
  const fiscalYear = startsThisYear ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
  return { kind: 'fiscalQuarter', fiscalYear, quarter, fiscalYearStartMonth };
}

/** Checks a spec coming from the sidebar (plain JSON); returns an English reason or ''. */
export function specProblem(spec: unknown): string {
  const s = spec as Record<string, unknown> | null;
  if (!s || typeof s !== 'object') return 'The period is missing.';
  const isInt = (v: unknown, low: number, high: number) =>
    Number.isInteger(v) && (v as number) >= low && (v as number) <= high;
  if (s.kind === 'quarter') {
    return isInt(s.year, 1900, 9999) && isInt(s.quarter, 1, 4) ? '' : 'A quarter needs a year and a quarter 1–4.';
  }
  if (s.kind === 'fiscalQuarter') {
    return isInt(s.fiscalYear, 1900, 9999) && isInt(s.quarter, 1, 4) && isInt(s.fiscalYearStartMonth, 1, 12)
      ? ''
      : 'A fiscal quarter needs a fiscal year, a quarter 1–4 and a start month 1–12.';
  }
  if (s.kind === 'months') {
    if (!MONTH_SPANS.includes(s.months as number)) return 'A custom period lasts 1, 2, 6 or 12 months.';
    return parseIsoDay(String(s.start)) ? '' : 'A custom period needs a start date (yyyy-mm-dd).';
  }
  return 'The period kind must be quarter, fiscalQuarter or months.';
}

function firstMonth(spec: PeriodSpec): { year: number; month: number; months: number } {
  if (spec.kind === 'quarter') return { year: spec.year, month: (spec.quarter - 1) * 3 + 1, months: 3 };
  if (spec.kind === 'fiscalQuarter') {
    const startMonth = spec.fiscalYearStartMonth;
    // FY N starts in year N-1 unless the fiscal year is the calendar year.
    const fyStartYear = startMonth === 1 ? spec.fiscalYear : spec.fiscalYear - 1;
    const index = startMonth - 1 + (spec.quarter - 1) * 3;
    return { year: fyStartYear + Math.floor(index / 12), month: (index % 12) + 1, months: 3 };
  }
  const start = parseIsoDay(spec.start);
  if (!start) throw new Error(`"${spec.start}" is not a date (yyyy-mm-dd).`);
  return { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, months: spec.months };
}

// Several teams in one workbook: each team's period has its own tabs, and its label (the key
// every action names it by) carries the team. A workbook of one team keeps plain labels.

/** "Q1 2027 · EMEA": the label of a team's own period in a workbook of several teams. */
export function teamPeriodLabel(label: string, team: string): string {
  return `${label} · ${team}`;
}

/** A period as the picker names it: with its team, unless its label carries the team already. */
export function periodWithTeam(label: string, team: string): string {
  return !team || label.endsWith(` · ${team}`) ? label : teamPeriodLabel(label, team);
}

/** Longest team name: it becomes part of tab names, which Sheets caps at 100 characters. */
export const TEAM_NAME_MAX = 40;

/** Why a team name cannot name tabs ('' when it can): the error key to report. */
export function teamNameProblem(team: string): '' | 'errTeamNameTooLong' | 'errTeamNameChars' {
  if (team.length > TEAM_NAME_MAX) return 'errTeamNameTooLong';
  if (/[·\r\n]/.test(team)) return 'errTeamNameChars';
  return '';
}

/** Team names compare trimmed and case-insensitive ("emea " is EMEA). */
export function sameTeam(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
