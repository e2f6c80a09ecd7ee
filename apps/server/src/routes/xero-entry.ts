import type { ServerDeps } from '../deps';
import { setUpCustomer } from '../feeds/setup';
import { resolveFeedState, type FeedState } from '../feeds/state';
import { redirect, sendJson } from '../http/respond';
import type { RouteContext } from '../http/router';

/** Where a customer in each state goes next. */
function nextStep(deps: ServerDeps, state: FeedState, linkUrl: string | null): string {
  if (state === 'needs-auth' && linkUrl) return linkUrl;
  const page = new URL(deps.portalUrl);
  page.searchParams.set('step', state === 'connected' ? 'manage' : 'mapping');
  return page.toString();
}

/**
 * `GET /bank-feeds/xero`: where customers land from Xero ("Add bank account", then your bank), and
 * where Codat sends them back after they authorise Xero. Works out where the customer is and
 * sends them on: a customer with nothing set up is set up now and goes to Xero's sign-in, so is
 * one whose connection is not authorised; an authorised one goes to the mapping step; one with a
 * live feed to the feeds overview. With `Accept: application/json` it answers the state instead
 * of redirecting.
 */
export async function getXeroEntry(deps: ServerDeps, context: RouteContext, customerId: string) {
  let found = await resolveFeedState(deps, customerId);
  if (found.state === 'no-company') {
    await setUpCustomer(deps, customerId);
    found = await resolveFeedState(deps, customerId);
  }
  const location = nextStep(deps, found.state, found.linkUrl);
  if (context.req.headers.accept?.includes('application/json')) {
    sendJson(context.res, 200, { ...found, location });
  } else {
    redirect(context.res, location);
  }
}
