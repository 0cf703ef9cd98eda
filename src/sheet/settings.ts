// Where settings are kept: grade bands, pace and cap in the document's properties (everyone sees
// the same scores), the language override in the user's. Needs authorisation (not for onOpen).

import { UserError } from '../core/errors';
import { pickSettings, settingsFromStored, settingsProblems } from '../core/settings';
import type { Settings } from '../core/types';

export const SETTINGS_PROPERTY = 'okr.settings';
export const LANGUAGE_PROPERTY = 'okr.language';

/** The settings of this document for the current user. Needs authorisation (not for onOpen). */
export function loadSettings(): Settings {
  return settingsFromStored(documentSettingsJson(), loadLanguageOverride());
}

/**
 * The settings everyone shares (grade bands, pace, cap), without the user's language ('auto'):
 * for actions that grade or write, one property read instead of two.
 */
export function loadDocumentSettings(): Settings {
  return settingsFromStored(documentSettingsJson(), null);
}

/** The language the user chose in the settings, or null for their locale's. */
export function loadLanguageOverride(): string | null {
  return PropertiesService.getUserProperties().getProperty(LANGUAGE_PROPERTY);
}

function documentSettingsJson(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
}

/** Validates and stores; throws with the problems when invalid (the sidebar checks first). */
export function storeSettings(input: Settings): Settings {
  const problems = settingsProblems(input);
  if (problems.length > 0) {
    throw new UserError('errBadSettings', { fields: problems.map((p) => p.field).join(', ') });
  }
  const settings = pickSettings(input);
  const { language, ...documentSettings } = settings;
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_PROPERTY, JSON.stringify(documentSettings));
  const user = PropertiesService.getUserProperties();
  if (language === 'auto') user.deleteProperty(LANGUAGE_PROPERTY);
  else user.setProperty(LANGUAGE_PROPERTY, language);
  return settings;
}
