import type { BankFeedsContext } from '../context';
import { resolveFeedState } from '../feeds/state';
import { HttpError } from '../http/http-error';
import { json } from '../http/respond';

/** A route that needs a signed-in customer. */
export type CustomerRoute = (
  context: BankFeedsContext,
  request: Request,
  customerId: string,
) => Promise<Response>;

/**
 * `POST /api/bank-feeds/setup`: creates or finds the customer's company and Xero connection and
 * registers their accounts. Call it when the portal's bank feeds page opens.
 */
export const postSetup: CustomerRoute = async (context, _request, customerId) =>
  json(200, await context.setUp(customerId));

/** `GET /api/bank-feeds/state`: where the customer is (`no-company`, `needs-auth`, ...). */
export const getState: CustomerRoute = async (context, _request, customerId) =>
  json(200, await resolveFeedState(context, customerId));

/**
 * `POST /api/bank-feeds/token` (token mode): a company access token for the customer's own
 * company, valid one day, with the ids and base address the browser's kit needs. Sets the
 * customer up first when needed, so the portal can start with this one call.
 */
export const postToken: CustomerRoute = async (context, _request, customerId) => {
  const link = await context.store.links.get(customerId);
  const { companyId, connectionId } =
    link?.connectionId != null
      ? { companyId: link.companyId, connectionId: link.connectionId }
      : await context.setUp(customerId);
  const token = await context.codat.getAccessToken(companyId);
  return json(200, {
    companyId,
    connectionId,
    baseUrl: context.codatBaseUrl,
    accessToken: token.accessToken,
    tokenType: token.tokenType,
    expiresIn: token.expiresIn,
  });
};

/**
 * `POST /api/bank-feeds/push`: sends new transactions for the customer's connected accounts now
 * (a "sync now" button; the bank also runs `push.pushAll()` on a schedule).
 */
export const postPush: CustomerRoute = async (context, _request, customerId) => {
  const summary = await context.push.pushCustomer(customerId);
  if (!summary)
    throw new HttpError(409, 'Bank feeds are not set up for this customer yet.', 'not-set-up');
  return json(200, summary);
};
