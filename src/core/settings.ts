// Settings: validated the same way in the sidebar (before sending) and on the server (before
// storing). Grade bands, pace and cap belong to the document (everyone sees the same scores);
// the language override belongs to the user.
import { DEFAULT_SETTINGS, LANGUAGES, type Language, OBJECTIVE_SCORINGS, type Settings } from './types';

export type SettingsField = keyof Settings;

export type SettingsProblem =
  | { code: 'range'; field: SettingsField; min: number; max: number }
  | { code: 'order'; field: SettingsField };

/** Allowed ranges; fractions for bands and gaps, so 0.7 is 70%. */
export const SETTINGS_RANGES: Record<
  Exclude<SettingsField, 'language' | 'currency' | 'objectiveScores'>,
  { min: number; max: number }
> = {
  yellowFrom: { min: 0.05, max: 0.95 },
  greenFrom: { min: 0.1, max: 1 },
  atRiskGap: { min: 0, max: 0.9 },
  offTrackGap: { min: 0.01, max: 1 },
  cap: { min: 1, max: 3 },
  fiscalYearStartMonth: { min: 1, max: 12 },
};

/** Every problem with a settings object received from outside (the sidebar, a property). */
export function settingsProblems(input: unknown): SettingsProblem[] {
  const s = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  for (const [field, range] of Object.entries(SETTINGS_RANGES) as [SettingsField, { min: number; max: number }][]) {
    const value = s[field];
    const whole = field === 'fiscalYearStartMonth' ? Number.isInteger(value) : true;
    if (typeof value !== 'number' || !Number.isFinite(value) || !whole || value < range.min || value > range.max) {
      problems.push({ code: 'range', field, ...range });
    }
  }
  if (s.language !== 'auto' && !(LANGUAGES as readonly unknown[]).includes(s.language)) {
    problems.push({ code: 'range', field: 'language', min: 0, max: 0 });
  }
  if (s.currency !== undefined && !isCurrencyCode(s.currency)) {
    problems.push({ code: 'range', field: 'currency', min: 0, max: 0 });
  }
  if (s.objectiveScores !== undefined && !(OBJECTIVE_SCORINGS as readonly unknown[]).includes(s.objectiveScores)) {
    problems.push({ code: 'range', field: 'objectiveScores', min: 0, max: 0 });
  }
  if (problems.length === 0) {
    if ((s.greenFrom as number) <= (s.yellowFrom as number)) problems.push({ code: 'order', field: 'greenFrom' });
    if ((s.offTrackGap as number) <= (s.atRiskGap as number)) problems.push({ code: 'order', field: 'offTrackGap' });
  }
  return problems;
}

/** Only the known fields, in a fresh object (nothing else from the caller is stored). */
export function pickSettings(input: Settings): Settings {
  return {
    yellowFrom: input.yellowFrom,
    greenFrom: input.greenFrom,
    atRiskGap: input.atRiskGap,
    offTrackGap: input.offTrackGap,
    cap: input.cap,
    language: input.language,
    fiscalYearStartMonth: input.fiscalYearStartMonth,
    ...(isCurrencyCode(input.currency) ? { currency: input.currency } : {}),
    // Stored only when it differs from the default, so older settings stay as they were.
    ...(input.objectiveScores === 'withChildren' ? { objectiveScores: input.objectiveScores } : {}),
  };
}

/** An ISO 4217 code as settings keep it: three capital letters ("USD"). */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

/** Stored document settings merged over the defaults; a damaged or invalid property is ignored. */
export function settingsFromStored(documentJson: string | null, languageOverride: string | null): Settings {
  let stored: Partial<Settings> = {};
  try {
    const parsed = documentJson ? JSON.parse(documentJson) : {};
    if (parsed && typeof parsed === 'object') stored = parsed as Partial<Settings>;
  } catch (_) {
    stored = {};
  }
  const language: Language | 'auto' = (LANGUAGES as readonly string[]).includes(languageOverride ?? '')
    ? (languageOverride as Language)
    : 'auto';
  const merged = pickSettings({ ...DEFAULT_SETTINGS, ...stored, language });
  return settingsProblems(merged).length === 0 ? merged : { ...DEFAULT_SETTINGS, language };
}
