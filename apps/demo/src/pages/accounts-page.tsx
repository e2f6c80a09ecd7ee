import { formatAmount, useI18n } from '@bankfeeds/react';
import { maskAccountNumber } from '@bankfeeds/model';
import { useSession } from '../bank/bank-feeds';
import { ErrorNotice } from '../portal/error-notice';
import { useMessages } from '../portal/i18n';
import { Page } from '../portal/page';
import { useLoad } from '../portal/use-load';
import { Link } from '../router';

/** The portal's home: the customer's business accounts and whether each one feeds Xero. */
export function AccountsPage() {
  const t = useMessages();
  const { locale } = useI18n();
  const { client, companyId, connectionId } = useSession();
  const [accounts, reload] = useLoad((signal) =>
    client.listSourceAccounts(companyId, connectionId, { signal }),
  );

  return (
    <Page title={t.accountsTitle} intro={t.accountsIntro}>
      <p>
        <Link className="button button--primary" href="/connect">
          {t.connectCta}
        </Link>
      </p>
      {accounts.status === 'loading' && <p role="status">{t.loadingAccounts}</p>}
      {accounts.status === 'error' && <ErrorNotice error={accounts.error} onRetry={reload} />}
      {accounts.status === 'ready' && accounts.data.length === 0 && <p>{t.noAccounts}</p>}
      {accounts.status === 'ready' && accounts.data.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t.accountsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.accountName}</th>
                <th scope="col">{t.accountNumber}</th>
                <th scope="col" className="number">
                  {t.accountBalance}
                </th>
                <th scope="col">{t.accountFeed}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.map((account) => (
                <tr key={account.id}>
                  <th scope="row">{account.accountName ?? account.id}</th>
                  <td>{maskAccountNumber(account.accountNumber)}</td>
                  <td className="number">
                    {account.balance != null && account.currency
                      ? formatAmount(account.balance, account.currency, locale)
                      : '—'}
                  </td>
                  <td>
                    {account.status === 'connected' ? (
                      <span className="badge badge--on">{t.feedOn}</span>
                    ) : (
                      <span className="badge">{t.feedOff}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
