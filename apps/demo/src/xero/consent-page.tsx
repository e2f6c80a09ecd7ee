import { useEffect, useState } from 'react';
import { announceConsent, requestLink, type OpenedLink } from './consent-channel';

/**
 * A stand-in for Xero's "Allow access" screen, behind the connection's `linkUrl`. In production
 * the `linkUrl` leads to Codat and Xero; here nothing leaves the browser. Deliberately in English
 * and in Xero's colours: it is another company's page, not the bank's.
 */
export function XeroConsentPage({
  companyId,
  connectionId,
  otp,
}: {
  companyId: string;
  connectionId: string;
  otp: string | null;
}) {
  const [decided, setDecided] = useState<'allowed' | 'denied' | null>(null);
  // `undefined` until the portal answers (it never does when this page is opened on its own).
  const [link, setLink] = useState<OpenedLink | undefined>(undefined);
  useEffect(() => {
    const request = requestLink({ companyId, connectionId, otp });
    void request.answer.then(setLink);
    return request.cancel;
  }, [companyId, connectionId, otp]);

  const decide = (allowed: boolean) => {
    announceConsent({ companyId, connectionId, otp, allowed });
    setDecided(allowed ? 'allowed' : 'denied');
    // The kit opened this page in a new tab; closing it returns the user to the portal, which
    // has been watching the connection. If the browser keeps it open, the message below says so.
    window.close();
  };

  return (
    <div className="xero">
      <header className="xero__bar">
        <span className="xero__logo" aria-hidden="true">
          x
        </span>
        <span>Xero (simulated)</span>
      </header>
      <main className="xero__card" aria-labelledby="xero-title">
        <h1 id="xero-title">Allow Northwind Bank to access your Xero organisation?</h1>
        <p>Northwind Bank Business, through Codat, will be able to:</p>
        <ul>
          <li>create bank accounts for its feeds in your organisation</li>
          <li>send bank statement lines to those accounts every day</li>
          <li>read your organisation&rsquo;s name and bank account list</li>
        </ul>
        <p className="xero__org">
          Organisation: <strong>{link ? link.organisation : 'the organisation you choose'}</strong>
        </p>
        {link === null ? (
          <p role="alert">
            This link has expired or was already used. Go back to Northwind Bank and start
            connecting again to get a new link.
          </p>
        ) : decided ? (
          <p role="status">
            {decided === 'allowed'
              ? 'Access allowed. You can close this window and return to Northwind Bank.'
              : 'Access denied. You can close this window.'}
          </p>
        ) : (
          <div className="xero__actions">
            <button type="button" className="xero__allow" onClick={() => decide(true)}>
              Allow access
            </button>
            <button type="button" onClick={() => decide(false)}>
              Cancel
            </button>
          </div>
        )}
        <p className="xero__fine">
          Simulated consent for the demo (company {companyId}, connection {connectionId}).
        </p>
      </main>
    </div>
  );
}
