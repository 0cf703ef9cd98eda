// Where settings are kept: grade bands, pace and cap on the spreadsheet, in the add-on's metadata
// (everyone sees the same scores, and the one query that finds the add-on's tabs finds them too);
// the language override in the user's properties. Needs authorisation (not for onOpen).

import { UserError } from '../core/errors';
import { pickSettings, settingsFromStored, settingsProblems } from '../core/settings';
import type { Settings } from '../core/types';
import { readIndex, saveSettingsEntry, type WorkbookIndex } from './workbook';

/** Where earlier versions kept the shared settings (document properties): read when nothing newer says. */
export const SETTINGS_PROPERTY = 'okr.settings';
export const LANGUAGE_PROPERTY = 'okr.language';
/** The owner name the user said is them (the sidebar opens on their key results). */
export const ME_PROPERTY = 'okr.me';
/** The team whose periods the user looks at (several teams in one workbook). */
export const TEAM_PROPERTY = 'okr.team';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The settings of this document for the current user. `languageChoice` is the user's language
 * choice when the caller knows it already ('auto' for none): it is then not read again.
 */
export function loadSettings(index: WorkbookIndex, languageChoice?: string): Settings {
  const override = languageChoice === undefined ? loadLanguageOverride() : languageChoice;
  return settingsFromStored(sharedSettingsJson(index), override);
}

/**
 * The settings everyone shares (grade bands, pace, cap), without the user's language ('auto'):
 * for actions that grade or write. Free when the index has them, as it does once they were saved
 * or a period was created.
 */
export function loadDocumentSettings(index: WorkbookIndex): Settings {
  return settingsFromStored(sharedSettingsJson(index), null);
}

/** The language the user chose in the settings, or null for their locale's. */
export function loadLanguageOverride(): string | null {
  return PropertiesService.getUserProperties().getProperty(LANGUAGE_PROPERTY);
}

/**
 * The user's own choices, read in one request: their language (null: their locale's), who they
 * are, and the team they look at ('' none).
 */
export function loadUserChoices(): { language: string | null; me: string; team: string } {
  const all = PropertiesService.getUserProperties().getProperties();
  return { language: all[LANGUAGE_PROPERTY] ?? null, me: all[ME_PROPERTY] ?? '', team: all[TEAM_PROPERTY] ?? '' };
}

/** Remembers the team whose periods the user looks at ('' forgets it): the sidebar opens on its running period. */
export function saveTeam(team: string): void {
  const store = PropertiesService.getUserProperties();
  if (team) store.setProperty(TEAM_PROPERTY, team);
  else store.deleteProperty(TEAM_PROPERTY);
}

/** Remembers the owner name the user said is them ('' forgets it). */
export function saveMe(owner: string): void {
  const store = PropertiesService.getUserProperties();
  if (owner) store.setProperty(ME_PROPERTY, owner);
  else store.deleteProperty(ME_PROPERTY);
}

/**
 * The shared settings as saved: on the spreadsheet once saved; else as the latest period's key
 * results tab recorded them when it was made; else where earlier versions kept them.
 */
function sharedSettingsJson(index: WorkbookIndex): string | null {
  if (index.settings) return index.settings.json;
  const recorded = [...index.tabs].reverse().find((tab) => tab.meta.settings)?.meta.settings;
  if (recorded) return JSON.stringify(recorded);
  return PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
}

/** Validates and stores; throws with the problems when invalid (the sidebar checks first). */
export function storeSettings(spreadsheet: Spreadsheet, input: Settings): Settings {
  const problems = settingsProblems(input);
  if (problems.length > 0) {
    throw new UserError('errBadSettings', { fields: problems.map((p) => p.field).join(', ') });
  }
  const settings = pickSettings(input);
  const { language, ...documentSettings } = settings;
  saveSettingsEntry(spreadsheet, readIndex(spreadsheet), documentSettings);
  const user = PropertiesService.getUserProperties();
  if (language === 'auto') user.deleteProperty(LANGUAGE_PROPERTY);
  else user.setProperty(LANGUAGE_PROPERTY, language);
  return settings;
}
