import { createHmac, timingSafeEqual } from 'node:crypto';

/** Name of the cookie that carries the signed-in customer in this example. */
export const SESSION_COOKIE = 'bf_session';

/**
 * Signs and checks a session cookie value `<customerId>.<expiry>.<signature>`.
 *
 * This stands in for the bank's own session: in production the customer comes from the portal's
 * existing sign-in, and only {@link CustomerResolver} needs replacing.
 */
export interface SessionCodec {
  /** A cookie value for this customer, valid for `ttlSeconds` (default 8 hours). */
  sign(customerId: string, ttlSeconds?: number): string;
  /** The customer of a cookie value, or `null` if it is forged, malformed or expired. */
  verify(value: string): string | null;
}

/** A codec that signs with HMAC-SHA256 under `secret` (at least 32 characters). */
export function createSessionCodec(secret: string, now: () => number = Date.now): SessionCodec {
  if (secret.length < 32) throw new Error('The session secret must be at least 32 characters.');
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    sign(customerId, ttlSeconds = 8 * 60 * 60) {
      const payload = `${Buffer.from(customerId).toString('base64url')}.${Math.floor(now() / 1000) + ttlSeconds}`;
      return `${payload}.${mac(payload)}`;
    },
    verify(value) {
      const [id, expiry, signature] = value.split('.');
      if (!id || !expiry || !signature) return null;
      const expected = Buffer.from(mac(`${id}.${expiry}`));
      const given = Buffer.from(signature);
      // Constant-time comparison: the time taken must not tell how much of a guess was right.
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      if (Number(expiry) * 1000 < now()) return null;
      const customerId = Buffer.from(id, 'base64url').toString('utf8');
      return customerId || null;
    },
  };
}

/** The value of one cookie in a `Cookie` header, or `null`. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** A `Set-Cookie` value for the session: HTTP-only, same-site, secure unless told otherwise. */
export function sessionCookie(value: string, options: { secure: boolean }): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/**
 * The seam to the bank's sign-in, as this example fills it: the customer of the request's
 * session cookie. A bank passes its own `resolveCustomer` instead.
 */
export function customerFromSessionCookie(
  codec: SessionCodec,
): (request: Request) => string | null {
  return (request) => {
    const value = readCookie(request.headers.get('cookie') ?? undefined, SESSION_COOKIE);
    return value ? codec.verify(value) : null;
  };
}
