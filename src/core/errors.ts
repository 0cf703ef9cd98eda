// The add-on's two kinds of failure.
// - OkrInputError: a cell a custom function reads holds something it cannot use. `message` is a
//   sentence for a single-value call's error; `short` a few words for a cell in a column of
//   results ("target = baseline").
// - UserError: an action (a check-in, a new period, …) that cannot be done as asked. It carries a
//   message key and its parameters; server/errors.ts says it in the user's language.
import { ERRORS, type ErrorKey } from '../i18n/errors';
import { translate } from '../i18n/index';

export class OkrInputError extends Error {
  readonly short: string;

  constructor(
    readonly code: string,
    message: string,
    short?: string,
  ) {
    super(message);
    this.name = 'OkrInputError';
    this.short = short ?? message;
  }
}

export class UserError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly params: Record<string, string | number> = {},
  ) {
    // The English text, for logs and tests; the server says it in the user's language.
    super(translate(ERRORS, 'en', key, params));
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
