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

/**
 * Opening the consent screen spends the link's one-time password, as at Codat, and tells the
 * screen which Xero organisation the connection belongs to: the consent window asks the portal
 * window (which holds the fake) over a second channel.
 */
const LINK_CHANNEL = 'northwind-xero-link';

/** What the portal answers when the consent screen opens: `null` for a spent or expired link. */
export type OpenedLink = { organisation: string; status: string } | null;

interface LinkRequest {
  id: string;
  companyId: string;
  connectionId: string;
  otp: string | null;
}

interface LinkAnswer {
  id: string;
  link: OpenedLink;
}

/**
 * Asks the portal window to open the link. Resolves with its answer; never resolves when no
 * portal window is listening (the page was opened on its own), so callers show a fallback.
 */
export function requestLink(request: Omit<LinkRequest, 'id'>): {
  answer: Promise<OpenedLink>;
  cancel(): void;
} {
  const channel = new BroadcastChannel(LINK_CHANNEL);
  const id = `${Date.now()}-${Math.random()}`;
  const answer = new Promise<OpenedLink>((resolve) => {
    channel.onmessage = (event: MessageEvent<LinkAnswer | LinkRequest>) => {
      if (!('link' in event.data) || event.data.id !== id) return;
      resolve(event.data.link);
      channel.close();
    };
  });
  channel.postMessage({ id, ...request } satisfies LinkRequest);
  return { answer, cancel: () => channel.close() };
}

/** The portal's side: opens links for consent windows. */
export function onLinkRequest(
  open: (companyId: string, connectionId: string, otp: string | null) => OpenedLink,
): () => void {
  const channel = new BroadcastChannel(LINK_CHANNEL);
  channel.onmessage = (event: MessageEvent<LinkAnswer | LinkRequest>) => {
    if ('link' in event.data) return;
    const { id, companyId, connectionId, otp } = event.data;
    channel.postMessage({ id, link: open(companyId, connectionId, otp) } satisfies LinkAnswer);
  };
  return () => channel.close();
}
