'use client';
import { forwardRef, type ButtonHTMLAttributes, type HTMLAttributes } from 'react';
import { createSlot } from '../internal/create-slot';
import { maskAccountNumber } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { formatCalendarDate } from '../i18n/format';
import { partContent } from '../internal/slot';
import { useConnectionManagerContext } from './connection-manager-context';
import { connectionManagerAnatomy } from './anatomy';

/** Props of `ConnectionManager.FeedTable`. */
export type ConnectionManagerFeedTableProps = HTMLAttributes<HTMLTableElement>;

/**
 * Each feed: source to target, start date, status, and Disconnect. Shows the empty state when
 * there are none, and the ref is then `null`.
 */
export const ConnectionManagerFeedTable = /* @__PURE__ */ forwardRef<
  HTMLTableElement,
  ConnectionManagerFeedTableProps
>(function ConnectionManagerFeedTable(props, ref) {
  const { t, locale } = useI18n();
  const ctx = useConnectionManagerContext('FeedTable');
  if (ctx.status !== 'ready') return null;
  if (ctx.feeds.length === 0) {
    return (
      <div {...connectionManagerAnatomy.attrs('empty')}>
        <p>{t('manager.empty')}</p>
        {ctx.onAddAccounts ? (
          <button type="button" data-variant="primary" onClick={ctx.onAddAccounts}>
            {t('manager.addAccounts')}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <table
      {...props}
      ref={ref}
      aria-labelledby={ctx.headingId}
      {...connectionManagerAnatomy.attrs('table')}
    >
      <thead>
        <tr>
          <th scope="col">{t('manager.column.source')}</th>
          <th scope="col">{t('manager.column.target')}</th>
          <th scope="col">{t('manager.column.startDate')}</th>
          <th scope="col">{t('manager.column.status')}</th>
          {ctx.canDisconnect ? <th scope="col">{t('manager.column.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {ctx.feeds.map((feed) => {
          // Ending the connection stopped every feed, whatever Codat last said of each.
          const stopped = ctx.connectionEnded && feed.status === 'connected';
          return (
            <tr
              key={feed.sourceAccountId}
              {...connectionManagerAnatomy.attrs('feed')}
              data-state={stopped ? 'stopped' : feed.status}
            >
              <th scope="row">
                {feed.sourceName}{' '}
                <span data-part="meta">
                  <span aria-hidden="true">{maskAccountNumber(feed.accountNumber)}</span> ·{' '}
                  {feed.currency}
                </span>
              </th>
              <td>{feed.targetName ?? t('common.notAvailable')}</td>
              <td>
                {feed.feedStartDate
                  ? formatCalendarDate(feed.feedStartDate, locale)
                  : t('common.notAvailable')}
              </td>
              <td>
                <span
                  {...connectionManagerAnatomy.attrs('badge')}
                  data-state={stopped ? 'stopped' : feed.status}
                >
                  {stopped ? t('manager.feedStopped') : t(`status.${feed.status}`)}
                </span>
              </td>
              {ctx.canDisconnect ? (
                <td>
                  {feed.status === 'connected' && !stopped ? (
                    <button
                      type="button"
                      {...connectionManagerAnatomy.attrs('disconnect')}
                      aria-label={t('manager.disconnectAccount', { account: feed.sourceName })}
                      onClick={(event) => ctx.requestDisconnect(feed, event.currentTarget)}
                    >
                      {t('manager.disconnect')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});

/** Props of `ConnectionManager.AddAccounts`. */
export interface ConnectionManagerAddAccountsProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Renders the only child (your own button) instead of the `<button>`, with the part's props,
   * data attributes and click handling merged onto it; the child supplies the content, or gets
   * the translated text when it has none. @default false
   */
  asChild?: boolean | undefined;
}

const AddAccountsSlot = /* @__PURE__ */ createSlot<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement>
>('ConnectionManager.AddAccounts');

/**
 * Leads to the mapper to connect more accounts; rendered only with `onAddAccounts` and at least
 * one feed. An `onClick` that calls `preventDefault()` keeps `onAddAccounts` from running.
 */
export const ConnectionManagerAddAccounts = /* @__PURE__ */ forwardRef<
  HTMLButtonElement,
  ConnectionManagerAddAccountsProps
>(function ConnectionManagerAddAccounts({ asChild = false, children, onClick, ...props }, ref) {
  const { t } = useI18n();
  const ctx = useConnectionManagerContext('AddAccounts');
  const { onAddAccounts } = ctx;
  if (ctx.status !== 'ready' || !onAddAccounts || ctx.feeds.length === 0) return null;
  const Button = asChild ? AddAccountsSlot : 'button';
  return (
    <Button
      type="button"
      {...props}
      ref={ref}
      {...connectionManagerAnatomy.attrs('addAccounts')}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) onAddAccounts();
      }}
    >
      {partContent(asChild, children, t('manager.addAccounts'))}
    </Button>
  );
});
