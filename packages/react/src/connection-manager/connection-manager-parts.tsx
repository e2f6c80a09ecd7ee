'use client';
import { forwardRef, useId, type ButtonHTMLAttributes, type HTMLAttributes } from 'react';
import { createSlot } from '@radix-ui/react-slot';
import { maskAccountNumber } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { formatCalendarDate } from '../i18n/format';
import { AlertDialog } from '../internal/alert-dialog';
import { ErrorAlert } from '../internal/error-alert';
import { partContent } from '../internal/slot';
import { useConnectionManagerContext } from './connection-manager-context';

const scope = 'connection-manager';

/** Props of `ConnectionManager.Title`. */
export interface ConnectionManagerTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  /** Heading level; ignored with `asChild`, where the child decides. @default 2 */
  level?: 2 | 3 | 4 | undefined;
  /**
   * Renders the only child (your own heading) instead of the `<h2>`, with the part's props, `id`
   * (which names the feed table), `tabIndex={-1}` (focus lands here after a disconnect) and data
   * attributes merged onto it; the child supplies the content, or gets the translated title when
   * it has none. @default false
   */
  asChild?: boolean | undefined;
}

const TitleSlot = createSlot<HTMLHeadingElement>('ConnectionManager.Title');

/** The manager's heading; focus lands here after a disconnect. */
export const ConnectionManagerTitle = forwardRef<HTMLHeadingElement, ConnectionManagerTitleProps>(
  function ConnectionManagerTitle({ level = 2, asChild = false, children, ...props }, ref) {
    const { t } = useI18n();
    const { headingId } = useConnectionManagerContext('Title');
    const Heading = asChild ? TitleSlot : (`h${level}` as const);
    return (
      <Heading
        {...props}
        ref={ref}
        id={headingId}
        tabIndex={-1}
        data-scope={scope}
        data-part="title"
      >
        {partContent(asChild, children, t('manager.title'))}
      </Heading>
    );
  },
);

/** Props of `ConnectionManager.Organisation`. */
export type ConnectionManagerOrganisationProps = HTMLAttributes<HTMLDListElement>;

/**
 * The Xero organisation's name and the connection's status, with Reconnect when it isn't linked.
 * Props and the ref reach the `<dl>`; rendered once the data is ready.
 */
export const ConnectionManagerOrganisation = forwardRef<
  HTMLDListElement,
  ConnectionManagerOrganisationProps
>(function ConnectionManagerOrganisation(props, ref) {
  const { t } = useI18n();
  const ctx = useConnectionManagerContext('Organisation');
  if (ctx.status !== 'ready') return null;
  const linked = ctx.connectionStatus === 'Linked';
  return (
    <div data-scope={scope} data-part="header">
      <dl {...props} ref={ref} data-scope={scope} data-part="organisation">
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
});

/** Props of `ConnectionManager.FeedTable`. */
export type ConnectionManagerFeedTableProps = HTMLAttributes<HTMLTableElement>;

/**
 * Each feed: source to target, start date, status, and Disconnect. Shows the empty state when
 * there are none, and the ref is then `null`.
 */
export const ConnectionManagerFeedTable = forwardRef<
  HTMLTableElement,
  ConnectionManagerFeedTableProps
>(function ConnectionManagerFeedTable(props, ref) {
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
    <table
      {...props}
      ref={ref}
      aria-labelledby={ctx.headingId}
      data-scope={scope}
      data-part="table"
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

const AddAccountsSlot = createSlot<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  'ConnectionManager.AddAccounts',
);

/**
 * Leads to the mapper to connect more accounts; rendered only with `onAddAccounts` and at least
 * one feed. An `onClick` that calls `preventDefault()` keeps `onAddAccounts` from running.
 */
export const ConnectionManagerAddAccounts = forwardRef<
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
      data-scope={scope}
      data-part="add-accounts"
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) onAddAccounts();
      }}
    >
      {partContent(asChild, children, t('manager.addAccounts'))}
    </Button>
  );
});

/** Props of `ConnectionManager.Status`. */
export type ConnectionManagerStatusProps = HTMLAttributes<HTMLDivElement>;

/**
 * Loading and load-failure states. Props reach the loading `<div>`; the ref reaches whichever is
 * shown, the loading `<div>` or the alert, and is `null` once the data is ready.
 */
export const ConnectionManagerStatus = forwardRef<HTMLDivElement, ConnectionManagerStatusProps>(
  function ConnectionManagerStatus(props, ref) {
    const { t } = useI18n();
    const ctx = useConnectionManagerContext('Status');
    if (ctx.status === 'loading') {
      return (
        <div {...props} ref={ref} data-scope={scope} data-part="loading">
          <p>{t('manager.loading')}</p>
        </div>
      );
    }
    if (ctx.status === 'error' && ctx.error) {
      return (
        <ErrorAlert
          ref={ref}
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
  },
);

/** Props of `ConnectionManager.DisconnectDialog`. */
export interface ConnectionManagerDisconnectDialogProps {
  className?: string | undefined;
}

/**
 * Asks before a feed is stopped; Cancel has focus first, Escape cancels. `className` and the ref
 * reach the dialog (inside its backdrop), rendered only while a disconnect waits for an answer.
 */
export const ConnectionManagerDisconnectDialog = forwardRef<
  HTMLDivElement,
  ConnectionManagerDisconnectDialogProps
>(function ConnectionManagerDisconnectDialog({ className }, ref) {
  const { t } = useI18n();
  const ctx = useConnectionManagerContext('DisconnectDialog');
  const id = useId();
  const feed = ctx.confirming;
  if (!feed) return null;
  return (
    <AlertDialog
      ref={ref}
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
});
