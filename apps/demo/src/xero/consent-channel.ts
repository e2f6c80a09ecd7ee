/**
 * The simulated Xero consent screen usually opens in its own window, which runs its own copy of
 * the page. The fake Codat API lives in the portal window's memory, so the consent window
 * tells the portal what the user decided over a BroadcastChannel, and the portal window turns
 * the connection `Linked` (as Codat does once Xero redirects back to it).
 */
const CHANNEL = 'northwind-xero-consent';

export interface ConsentDecision {
  companyId: string;
  connectionId: string;
  /** The link's one-time password: each link decides once and expires after a day, as Codat's. */
  otp: string | null;
  allowed: boolean;
}

export function announceConsent(decision: ConsentDecision): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(decision);
  channel.close();
}

export function onConsent(handler: (decision: ConsentDecision) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<ConsentDecision>) => handler(event.data);
  return () => channel.close();
}

/** Where the fake's `linkUrl`s point: `/xero/companies/{companyId}/connections/{connectionId}/start?otp=…`. */
export const XERO_LINK_BASE = '/xero';
const LINK_PATH = /^\/xero\/companies\/([^/]+)\/connections\/([^/]+)\/start\/?$/;

export function parseLinkPath(
  path: string,
  search = '',
): { companyId: string; connectionId: string; otp: string | null } | null {
  const match = LINK_PATH.exec(path);
  if (!match?.[1] || !match[2]) return null;
  return {
    companyId: decodeURIComponent(match[1]),
    connectionId: decodeURIComponent(match[2]),
    otp: new URLSearchParams(search).get('otp'),
  };
}
