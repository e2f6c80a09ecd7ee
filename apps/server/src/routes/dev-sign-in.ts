import { sessionCookie } from '../auth/session';
import type { ServerDeps } from '../deps';
import { HttpError, readJsonBody, sendJson } from '../http/respond';
import type { RouteContext } from '../http/router';

/**
 * `POST /dev/sign-in` `{ "customerId": "cust-acme" }` (development only): signs in as one of the
 * demo customers by setting the session cookie. In production the bank's own sign-in does this.
 */
export async function postDevSignIn(deps: ServerDeps, { req, res }: RouteContext) {
  const signIn = deps.devSignIn;
  if (!signIn) throw new HttpError(404, 'Not found.', 'not-found');
  const body = (await readJsonBody(req)) as { customerId?: unknown } | undefined;
  const customerId = typeof body?.customerId === 'string' ? body.customerId : '';
  if (!(await deps.customers.getCustomer(customerId))) {
    throw new HttpError(400, 'Unknown customer.', 'invalid-request');
  }
  res.setHeader(
    'set-cookie',
    sessionCookie(signIn.codec.sign(customerId), { secure: signIn.secureCookie }),
  );
  sendJson(res, 200, { customerId });
}

/**
 * `POST /dev/authorize-xero` (mock mode only): plays the signed-in customer's consent in Xero, so
 * the flow can go on to mapping without a browser visiting the mock's consent page.
 */
export async function postDevAuthorizeXero(
  deps: ServerDeps,
  { res }: RouteContext,
  customerId: string,
) {
  const authorize = deps.devSignIn?.authorizeXero;
  const link = await deps.links.get(customerId);
  if (!authorize) throw new HttpError(404, 'Not found.', 'not-found');
  if (!link?.connectionId) throw new HttpError(409, 'Set up first.', 'not-set-up');
  authorize(link.companyId, link.connectionId);
  sendJson(res, 200, { companyId: link.companyId, connectionId: link.connectionId });
}
