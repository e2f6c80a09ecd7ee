import type { CustomerDirectory } from '@bankfeeds/server';
import { sessionCookie, type SessionCodec } from './auth/session';

/** What the development routes need. */
export interface DevRoutesOptions {
  codec: SessionCodec;
  customers: CustomerDirectory;
  /** Whose session this request carries (the same resolver the bank feeds use). */
  resolveCustomer: (request: Request) => string | null;
  /** The customer's Codat company and connection, once set up. */
  linkOf: (
    customerId: string,
  ) => Promise<{ companyId: string; connectionId: string | null } | null>;
  /** Plays a customer's consent in Xero on the fake. */
  authorizeXero: (companyId: string, connectionId: string) => Promise<void>;
  secureCookie: boolean;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers });

const problem = (status: number, error: string, code: string) => json(status, { error, code });

/**
 * Development only (mock mode): `POST /dev/sign-in` `{ "customerId": "cust-acme" }` signs a
 * demo customer in with a session cookie, as the bank's own sign-in would; `POST
 * /dev/authorize-xero` plays the signed-in customer's consent in Xero, so the flow goes on to
 * mapping without a browser on the fake's consent page. Answers `null` for any other request.
 */
export function createDevRoutes(options: DevRoutesOptions) {
  return async (request: Request): Promise<Response | null> => {
    const { pathname } = new URL(request.url);
    if (request.method !== 'POST') return null;
    if (pathname === '/dev/sign-in') {
      const body = (await request.json().catch(() => null)) as { customerId?: unknown } | null;
      const customerId = typeof body?.customerId === 'string' ? body.customerId : '';
      if (!(await options.customers.getCustomer(customerId))) {
        return problem(400, 'Unknown customer.', 'invalid-request');
      }
      const cookie = sessionCookie(options.codec.sign(customerId), {
        secure: options.secureCookie,
      });
      return json(200, { customerId }, { 'set-cookie': cookie });
    }
    if (pathname === '/dev/authorize-xero') {
      const customerId = options.resolveCustomer(request);
      if (!customerId) return problem(401, 'Sign in first.', 'unauthorized');
      const link = await options.linkOf(customerId);
      if (!link?.connectionId) return problem(409, 'Set up first.', 'not-set-up');
      await options.authorizeXero(link.companyId, link.connectionId);
      return json(200, { companyId: link.companyId, connectionId: link.connectionId });
    }
    return null;
  };
}
