import type { ServerDeps } from '../deps';
import { pushForCustomer } from '../feeds/push';
import { setUpCustomer } from '../feeds/setup';
import { resolveFeedState } from '../feeds/state';
import { HttpError, sendJson } from '../http/respond';
import type { RouteContext } from '../http/router';

/** A route that needs a signed-in customer. */
export type CustomerRoute = (
  deps: ServerDeps,
  context: RouteContext,
  customerId: string,
) => Promise<void>;

/**
 * `POST /api/bank-feeds/setup`: creates or finds the customer's company and Xero connection and
 * registers their accounts. Call it when the portal's bank feeds page opens.
 */
export const postSetup: CustomerRoute = async (deps, { res }, customerId) => {
  sendJson(res, 200, await setUpCustomer(deps, customerId));
};

/** `GET /api/bank-feeds/state`: where the customer is (`no-company`, `needs-auth`, ...). */
export const getState: CustomerRoute = async (deps, { res }, customerId) => {
  sendJson(res, 200, await resolveFeedState(deps, customerId));
};

/**
 * `POST /api/bank-feeds/token` (token mode): a company access token for the customer's own
 * company, valid one day, with the ids and base address the browser's kit needs. Sets the
 * customer up first when needed, so the portal can start with this one call.
 */
export const postToken: CustomerRoute = async (deps, { res }, customerId) => {
  const link = await deps.links.get(customerId);
  const { companyId, connectionId } =
    link?.connectionId != null
      ? { companyId: link.companyId, connectionId: link.connectionId }
      : await setUpCustomer(deps, customerId);
  const token = await deps.codat.getAccessToken(companyId);
  sendJson(res, 200, {
    companyId,
    connectionId,
    baseUrl: deps.codatBaseUrl,
    accessToken: token.accessToken,
    tokenType: token.tokenType,
    expiresIn: token.expiresIn,
  });
};

/**
 * `POST /api/bank-feeds/push`: sends new transactions for the customer's connected accounts now
 * (a "sync now" button; a bank would also run {@link pushForCustomer} on a schedule).
 */
export const postPush: CustomerRoute = async (deps, { res }, customerId) => {
  const summary = await pushForCustomer(deps, customerId);
  if (!summary)
    throw new HttpError(409, 'Bank feeds are not set up for this customer yet.', 'not-set-up');
  sendJson(res, 200, summary);
};
