import { openInNewTab } from './bank-feeds-connection-manager';

/**
 * Opens Xero's authorisation page with a link read just now. Codat's `linkUrl`s carry a one-time
 * password: each works once and expires a day after it was handed out, so a stored link (one the
 * user already opened, then closed the tab) would show Codat's expired-link page. The connection
 * is read right before opening, and its fresh link is opened.
 *
 * With the host's `open`, it is called with the fresh link. Without one, a blank tab is opened
 * inside the click (so popup blockers let it through) and sent to the link once it arrives; if
 * the read fails the tab is closed and the error rethrown. Answers the link opened.
 */
export async function openFreshLink(
  readLinkUrl: () => Promise<string>,
  open: ((url: string) => void) | undefined,
): Promise<string> {
  const tab = open ? null : window.open('about:blank', '_blank');
  try {
    const url = await readLinkUrl();
    if (open) open(url);
    else if (tab) {
      // As `noopener` would: Xero's page gets no handle on the bank's.
      tab.opener = null;
      tab.location.href = url;
    } else openInNewTab(url);
    return url;
  } catch (error) {
    tab?.close();
    throw error;
  }
}
