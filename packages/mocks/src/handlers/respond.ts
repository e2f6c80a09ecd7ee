import { HttpResponse } from 'msw';
import type { ErrorMessageBody } from '@bankfeeds/model';
import { ErrorMessageSchema } from '@bankfeeds/model';
import type { RateLimitState } from '../create-fake';
import { FakeCodatError, errorForStatus } from '../fake/errors';
import { checkedReply } from '../fake/validate';
import type { Random } from '../random';

/** The rate-limit headers Codat puts on every reply, exposed to browser code too. */
export function rateLimitHeaders(rate: RateLimitState): Record<string, string> {
  return {
    'X-Rate-Limit-Limit': String(rate.limit),
    'X-Rate-Limit-Remaining': String(rate.remaining),
    'X-Rate-Limit-Reset': rate.reset,
    'Access-Control-Expose-Headers':
      'Retry-After, X-Rate-Limit-Limit, X-Rate-Limit-Remaining, X-Rate-Limit-Reset',
  };
}

/** A JSON reply. */
export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as never, { status });
}

/** A reply with no body (204 deletes, Codat's 200 connection delete). */
export function empty(status: number): Response {
  return new HttpResponse(null, { status });
}

/**
 * Codat's error reply: the `ErrorMessage` (with a seeded correlation id) checked with the model,
 * and any extra headers the error carries.
 */
export function errorReply(error: FakeCodatError, random: Random): Response {
  const body: ErrorMessageBody = { ...error.body, correlationId: random.hex(32) };
  checkedReply(ErrorMessageSchema, body, 'error body');
  return HttpResponse.json(body, { status: error.status, headers: error.headers });
}

/** A 500 for a bug in the fake itself, naming it so the failing test says what went wrong. */
export function internalErrorReply(cause: unknown, random: Random): Response {
  const error = errorForStatus(500);
  const detail = cause instanceof Error ? cause.message : String(cause);
  return errorReply(
    new FakeCodatError(500, { ...error.body, error: `${error.body.error} (${detail})` }),
    random,
  );
}

/**
 * Codat's 429 (its body, no requests left in the headers) with `Retry-After` in seconds: an
 * injected rate-limit fault, or a request past the enforced rate limits.
 */
export function rateLimitedReply(
  rate: RateLimitState,
  random: Random,
  retryAfterSeconds: number,
): Response {
  const response = errorReply(errorForStatus(429), random);
  for (const [name, value] of Object.entries(rateLimitHeaders({ ...rate, remaining: 0 })))
    response.headers.set(name, value);
  response.headers.set('Retry-After', String(retryAfterSeconds));
  return response;
}
