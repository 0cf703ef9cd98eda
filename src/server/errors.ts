// The one way any failure reaches the user: in their language, saying what to do. A UserError
// is translated from its key; anything else was unexpected, and the action it interrupted has
// been undone, which is what the user is told (with the technical reason, in case they report it).
import { OkrInputError, UserError } from '../core/errors';
import type { Language } from '../core/types';
import { ERRORS } from '../i18n/errors';
import { translate } from '../i18n/index';

export function userMessage(error: unknown, language: Language): string {
  if (error instanceof UserError) return translate(ERRORS, language, error.key, error.params);
  const reason = error instanceof OkrInputError || error instanceof Error ? error.message : String(error);
  return translate(ERRORS, language, 'errFailed', { reason });
}
