/**
 * An input problem a user can fix. `code` is stable (tests, translations); `message` is English
 * text that says what is wrong and what to do. Layers above add the cell address.
 */
export class OkrInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OkrInputError';
  }
}
