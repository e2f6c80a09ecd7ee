import { BankFeedsConnectionManager } from '@bankfeeds/react';
import { useMessages } from '../portal/i18n';
import { Page } from '../portal/page';
import { navigate } from '../router';

/** The customer's feeds: see them, disconnect one, or reconnect Xero when it asks. */
export function ManagePage() {
  const t = useMessages();
  return (
    <Page title={t.manageTitle} intro={t.manageIntro}>
      <BankFeedsConnectionManager
        onAddAccounts={() => navigate('/connect')}
        supportHref="/support"
      />
    </Page>
  );
}
