import type { IncomingMessage } from 'node:http';
import { readCookie, SESSION_COOKIE, type SessionCodec } from './session';

/**
 * THE SEAM between the bank's sign-in and the bank feeds routes: who is making this request.
 * Return the bank's own customer id (a business customer, not a person), or `null` when nobody is
 * signed in. Never take the id from the request body or query: only from what your own
 * authentication has verified.
 */
export type CustomerResolver = (req: IncomingMessage) => string | null | Promise<string | null>;

/** Reads the customer from this example's signed session cookie. */
export function customerFromSessionCookie(codec: SessionCodec): CustomerResolver {
  return (req) => {
    const value = readCookie(req.headers.cookie, SESSION_COOKIE);
    return value ? codec.verify(value) : null;
  };
}

/**
 * Reads the customer from a header set by the bank's gateway or auth middleware after it has
 * checked the session (for example `x-authenticated-customer`). Only safe when every request
 * passes that gateway and the gateway removes any copy of the header sent by the browser.
 */
export function customerFromTrustedHeader(name: string): CustomerResolver {
  const header = name.toLowerCase();
  return (req) => {
    const value = req.headers[header];
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  };
}
