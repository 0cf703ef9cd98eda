/**
 * An input problem a user can fix. `code` is stable (tests, translations); `message` is English
 * text that says what is wrong and what to do. `short` is a few words for a cell in a column of
 * results ("target = baseline"). Layers above add the cell address.
 */
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
