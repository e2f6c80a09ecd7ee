import { Link } from '../router';
import { Page } from '../portal/page';
import { useMessages } from '../portal/i18n';

/** The portal's home: the customer's business accounts and their Xero feeds. */
export function AccountsPage() {
  const t = useMessages();
  return (
    <Page title={t.accountsTitle} intro={t.accountsIntro}>
      <p>
        <Link className="button button--primary" href="/connect">
          {t.connectCta}
        </Link>
      </p>
    </Page>
  );
}
