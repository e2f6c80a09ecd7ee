import { setupBankFeedsWorker } from '@bankfeeds/mocks/browser';
import type { Scenario } from './settings';
import { onConsent, onLinkRequest, XERO_LINK_BASE } from './xero/consent-channel';

/**
 * Demo only: the fake Codat API, answered by a service worker inside this browser tab. In a real
 * portal this file does not exist: `API_BASE_URL` is the bank's backend, which holds the Codat API
 * key and forwards the kit's requests to Codat.
 */
export const API_BASE_URL = `${window.location.origin}/api/codat`;

export async function startMockApi(scenario: Scenario) {
  const { worker, fake } = setupBankFeedsWorker({
    scenario,
    baseUrl: API_BASE_URL,
    // The bank's backend authenticates the customer and adds the key: the browser sends none.
    auth: 'none',
    linkBaseUrl: `${window.location.origin}${XERO_LINK_BASE}`,
    // A little latency, so loading states show as they would on a real network.
    latencyMs: 120,
  });
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  // What Codat does when Xero redirects back after the consent screen. The link's one-time
  // password decides once: a spent or expired link changes nothing, as at Codat.
  // The consent screen opens its link here, and so names the organisation behind the connection:
  // the one the portal shows once the customer is back.
  onLinkRequest((companyId, connectionId, otp) => fake.openLink(companyId, connectionId, otp));
  onConsent(({ companyId, connectionId, otp, allowed }) => {
    fake.consentThroughLink(companyId, connectionId, otp, allowed);
  });
  // The bank knows which Codat company belongs to the signed-in customer; the fake seeded one.
  return fake.ids;
}
