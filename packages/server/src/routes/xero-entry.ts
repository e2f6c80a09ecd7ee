import type { BankFeedsContext } from '../context';
import { resolveFeedState, type FeedState } from '../feeds/state';
import { json, redirect } from '../http/respond';
import type { CustomerRoute } from './bank-feeds';

/** Where customers land from Xero, under the handlers' base path. */
export const XERO_ENTRY_PATH = '/bank-feeds/xero';

/** Where a customer in each state goes next. */
function nextStep(context: BankFeedsContext, state: FeedState, linkUrl: string | null): string {
  if (state === 'needs-auth' && linkUrl) return linkUrl;
  const page = new URL(context.portalUrl);
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
export const getXeroEntry: CustomerRoute = async (context, request, customerId) => {
  let found = await resolveFeedState(context, customerId);
  if (found.state === 'no-company') {
    await context.setUp(customerId);
    found = await resolveFeedState(context, customerId);
  }
  const location = nextStep(context, found.state, found.linkUrl);
  return request.headers.get('accept')?.includes('application/json')
    ? json(200, { ...found, location })
    : redirect(location);
};

/** The signed-out visitor's way: the sign-in page, coming back to the entry afterwards. */
export function signInFirst(context: BankFeedsContext): Response {
  const signIn = new URL(context.signInUrl);
  signIn.searchParams.set('returnTo', `${context.basePath}${XERO_ENTRY_PATH}`);
  return redirect(signIn.toString());
}
