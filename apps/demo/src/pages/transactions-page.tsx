import { todayIn } from '@bankfeeds/model';
import { useState } from 'react';
import { useSession } from '../bank/bank-feeds';
import { ErrorNotice } from '../portal/error-notice';
import { useLanguage, useMessages } from '../portal/i18n';
import { Page } from '../portal/page';
import { useLoad } from '../portal/use-load';
import { generateStatement, withLineFromTomorrow } from '../transactions/generate';
import { fill, transactionMessages } from '../transactions/messages';
import { PushReport } from '../transactions/push-report';
import { usePush } from '../transactions/use-push';

/** Lines per demo push: three requests of at most 1,000, so each push operation shows. */
const BATCH_SIZE = 2_400;

/**
 * What the bank's systems do every day, shown in the open: push new statement lines for a
 * connected account through the kit's headless client.
 */
export function TransactionsPage() {
  const t = useMessages();
  const language = useLanguage();
  const m = transactionMessages[language];
  const { client, companyId, connectionId } = useSession();
  const [accounts, reload] = useLoad(async (signal) =>
    (await client.listSourceAccounts(companyId, connectionId, { signal })).filter(
      (a) => a.status === 'connected',
    ),
  );
  const [chosen, setChosen] = useState('');
  const { view, push, resume, stop } = usePush();
  const connected = accounts.status === 'ready' ? accounts.data : [];
  const selectedId = chosen || connected[0]?.id;

  const send = async (breakARule: boolean) => {
    // Read the account again: the new lines carry on from its current balance.
    const fresh = await client.listSourceAccounts(companyId, connectionId);
    const account = fresh.find((a) => a.id === selectedId);
    if (!account) return;
    const today = todayIn();
    const lines = generateStatement({
      idPrefix: `nw-${Date.now().toString(36)}`,
      count: BATCH_SIZE,
      from:
        account.feedStartDate && account.feedStartDate > today
          ? today
          : (account.feedStartDate ?? today),
      to: today,
      openingBalance: account.balance ?? 0,
    });
    await push(account, breakARule ? withLineFromTomorrow(lines, today) : lines);
  };

  return (
    <Page title={t.transactionsTitle} intro={t.transactionsIntro}>
      {accounts.status === 'loading' && <p role="status">{m.loading}</p>}
      {accounts.status === 'error' && <ErrorNotice error={accounts.error} onRetry={reload} />}
      {accounts.status === 'ready' && accounts.data.length === 0 && <p>{m.noneConnected}</p>}
      {accounts.status === 'ready' && accounts.data.length > 0 && (
        <div className="panel">
          <div className="push-controls">
            <label>
              {m.account}
              <select
                value={selectedId}
                onChange={(e) => setChosen(e.target.value)}
                disabled={view.running}
              >
                {accounts.data.map((account) => (
                  <option key={account.id} value={account.id}>
                    {account.accountName ?? account.id} ({account.currency})
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button--primary"
              disabled={view.running}
              onClick={() => void send(false)}
            >
              {fill(m.send, { count: BATCH_SIZE }, language)}
            </button>
            <button
              type="button"
              className="button"
              disabled={view.running}
              onClick={() => void send(true)}
            >
              {m.sendBroken}
            </button>
            {view.running && (
              <button type="button" className="button" onClick={stop}>
                {m.cancel}
              </button>
            )}
            {!view.running && (view.result?.status === 'uncertain' || view.error != null) && (
              <button type="button" className="button" onClick={() => void resume()}>
                {m.resume}
              </button>
            )}
          </div>
          <PushReport view={view} />
        </div>
      )}
    </Page>
  );
}
