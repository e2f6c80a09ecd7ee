'use client';
import { useId, type ButtonHTMLAttributes, type HTMLAttributes } from 'react';
import { maskAccountNumber } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { formatCalendarDate } from '../i18n/format';
import { AlertDialog } from '../internal/alert-dialog';
import { ErrorAlert } from '../internal/error-alert';
import { useConnectionManagerContext } from './connection-manager-context';

const scope = 'connection-manager';

/** Props of `ConnectionManager.Title`. */
export interface ConnectionManagerTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  /** Heading level. @default 2 */
  level?: 2 | 3 | 4 | undefined;
}

/** The manager's heading; focus lands here after a disconnect. */
export function ConnectionManagerTitle({
  level = 2,
  children,
  ...props
}: ConnectionManagerTitleProps) {
  const { t } = useI18n();
  const { headingId } = useConnectionManagerContext('Title');
  const Heading = `h${level}` as const;
  return (
    <Heading {...props} id={headingId} tabIndex={-1} data-scope={scope} data-part="title">
      {children ?? t('manager.title')}
    </Heading>
  );
}

/** Props of `ConnectionManager.Organisation`. */
export type ConnectionManagerOrganisationProps = HTMLAttributes<HTMLDListElement>;

/** The Xero organisation's name and the connection's status, with Reconnect when it isn't linked. */
export function ConnectionManagerOrganisation(props: ConnectionManagerOrganisationProps) {
  const { t } = useI18n();
  const ctx = useConnectionManagerContext('Organisation');
  if (ctx.status !== 'ready') return null;
  const linked = ctx.connectionStatus === 'Linked';
  return (
    <div data-scope={scope} data-part="header">
      <dl {...props} data-scope={scope} data-part="organisation">
        <div>
          <dt>{t('manager.organisation')}</dt>
          <dd>{ctx.organisationName ?? t('common.notAvailable')}</dd>
        </div>
        {ctx.connectionStatus ? (
          <div>
            <dt>{t('manager.connection')}</dt>
            <dd>
              <span data-scope={scope} data-part="badge" data-state={ctx.connectionStatus}>
                {t(`connection.${ctx.connectionStatus}`)}
              </span>
            </dd>
          </div>
        ) : null}
      </dl>
      {!linked && ctx.connectionStatus && ctx.onReconnect ? (
        <div data-scope={scope} data-part="reconnect">
          <p data-part="hint">{t('manager.reconnectHint')}</p>
          <button type="button" data-variant="primary" onClick={ctx.onReconnect}>
            {t('manager.reconnect')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** Props of `ConnectionManager.FeedTable`. */
export type ConnectionManagerFeedTableProps = HTMLAttributes<HTMLTableElement>;

/** Each feed: source to target, start date, status, and Disconnect. Shows the empty state when there are none. */
export function ConnectionManagerFeedTable(props: ConnectionManagerFeedTableProps) {
  const { t, locale } = useI18n();
  const ctx = useConnectionManagerContext('FeedTable');
  if (ctx.status !== 'ready') return null;
  if (ctx.feeds.length === 0) {
    return (
      <div data-scope={scope} data-part="empty">
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
    <table {...props} aria-labelledby={ctx.headingId} data-scope={scope} data-part="table">
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
        {ctx.feeds.map((feed) => (
          <tr
            key={feed.sourceAccountId}
            data-scope={scope}
            data-part="feed"
            data-state={feed.status}
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
              <span data-scope={scope} data-part="badge" data-state={feed.status}>
                {t(`status.${feed.status}`)}
              </span>
            </td>
            {ctx.canDisconnect ? (
              <td>
                {feed.status === 'connected' ? (
                  <button
                    type="button"
                    data-scope={scope}
                    data-part="disconnect"
                    aria-label={t('manager.disconnectAccount', { account: feed.sourceName })}
                    onClick={(event) => ctx.requestDisconnect(feed, event.currentTarget)}
                  >
                    {t('manager.disconnect')}
                  </button>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Props of `ConnectionManager.AddAccounts`. */
export type ConnectionManagerAddAccountsProps = ButtonHTMLAttributes<HTMLButtonElement>;

/** Leads to the mapper to connect more accounts; rendered only with `onAddAccounts` and at least one feed. */
export function ConnectionManagerAddAccounts({
  children,
  ...props
}: ConnectionManagerAddAccountsProps) {
  const { t } = useI18n();
  const ctx = useConnectionManagerContext('AddAccounts');
  if (ctx.status !== 'ready' || !ctx.onAddAccounts || ctx.feeds.length === 0) return null;
  return (
    <button
      type="button"
      {...props}
      data-scope={scope}
      data-part="add-accounts"
      onClick={ctx.onAddAccounts}
    >
      {children ?? t('manager.addAccounts')}
    </button>
  );
}

/** Props of `ConnectionManager.Status`. */
export type ConnectionManagerStatusProps = HTMLAttributes<HTMLDivElement>;

/** Loading and load-failure states. */
export function ConnectionManagerStatus(props: ConnectionManagerStatusProps) {
  const { t } = useI18n();
  const ctx = useConnectionManagerContext('Status');
  if (ctx.status === 'loading') {
    return (
      <div {...props} data-scope={scope} data-part="loading">
        <p>{t('manager.loading')}</p>
      </div>
    );
  }
  if (ctx.status === 'error' && ctx.error) {
    return (
      <ErrorAlert
        scope={scope}
        error={ctx.error}
        title={t('manager.loadFailed')}
        onRetry={ctx.onRetry}
        onReconnect={ctx.onReconnect}
        supportHref={ctx.supportHref}
      />
    );
  }
  return null;
}

/** Props of `ConnectionManager.DisconnectDialog`. */
export interface ConnectionManagerDisconnectDialogProps {
  className?: string | undefined;
}

/** Asks before a feed is stopped; Cancel has focus first, Escape cancels. */
export function ConnectionManagerDisconnectDialog({
  className,
}: ConnectionManagerDisconnectDialogProps) {
  const { t } = useI18n();
  const ctx = useConnectionManagerContext('DisconnectDialog');
  const id = useId();
  const feed = ctx.confirming;
  if (!feed) return null;
  return (
    <AlertDialog
      scope={scope}
      labelledBy={`${id}-title`}
      describedBy={`${id}-body`}
      onDismiss={ctx.cancelDisconnect}
      busy={ctx.disconnecting}
      className={className}
    >
      <h2 id={`${id}-title`} data-scope={scope} data-part="dialog-title">
        {t('manager.confirm.title', { account: feed.sourceName })}
      </h2>
      <p id={`${id}-body`} data-scope={scope} data-part="dialog-description">
        {t('manager.confirm.body', {
          account: feed.sourceName,
          target: feed.targetName ?? t('common.notAvailable'),
        })}
      </p>
      {ctx.disconnectError ? (
        <ErrorAlert
          scope={scope}
          error={ctx.disconnectError}
          supportHref={ctx.supportHref}
          onRetry={ctx.confirmDisconnect}
        />
      ) : null}
      <div data-scope={scope} data-part="dialog-actions">
        <button
          type="button"
          data-autofocus=""
          disabled={ctx.disconnecting}
          onClick={ctx.cancelDisconnect}
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          data-variant="danger"
          disabled={ctx.disconnecting}
          onClick={ctx.confirmDisconnect}
        >
          {ctx.disconnecting ? t('manager.confirm.working') : t('manager.confirm.confirm')}
        </button>
      </div>
    </AlertDialog>
  );
}
