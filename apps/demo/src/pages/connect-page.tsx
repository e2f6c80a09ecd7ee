import { BankFeedsSetup } from '@bankfeeds/react';
import { useMessages } from '../portal/i18n';
import { Page } from '../portal/page';
import { navigate } from '../router';

/** The whole journey in one component: connect Xero, choose accounts and start dates, connect. */
export function ConnectPage() {
  const t = useMessages();
  return (
    <Page title={t.connectTitle} intro={t.connectIntro}>
      <BankFeedsSetup onFinish={() => navigate('/manage')} supportHref="/support" />
    </Page>
  );
}
