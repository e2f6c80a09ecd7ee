/** A failure with the HTTP status and body the browser should get. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
    /** Headers the reply carries (`allow` on a 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one answer for anything the handlers do not let a customer see, whatever the reason. */
export const notFound = () => new HttpError(404, 'Not found.', 'not-found');

/** A 405 naming the methods the path takes. */
export const methodNotAllowed = (allowed: readonly string[]) =>
  new HttpError(
    405,
    'Method not allowed.',
    'method-not-allowed',
    {},
    { allow: allowed.join(', ') },
  );
