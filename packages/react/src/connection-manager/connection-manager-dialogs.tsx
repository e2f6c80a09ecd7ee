'use client';
import { forwardRef, useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { AlertDialog } from '../internal/alert-dialog';
import { ErrorAlert } from '../internal/error-alert';
import { useConnectionManagerContext } from './connection-manager-context';
import { connectionManagerAnatomy } from './anatomy';

// The two confirmations, loaded on demand (see ./dialogs-loader): most visits never open one.

interface DialogProps {
  className?: string | undefined;
}

/**
 * Asks before a feed is stopped; Cancel has focus first, Escape cancels. `className` and the ref
 * reach the dialog (inside its backdrop), rendered only while a disconnect waits for an answer.
 */
export const DisconnectDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, DialogProps>(
  function DisconnectDialog({ className }, ref) {
    const { t } = useI18n();
    const ctx = useConnectionManagerContext('DisconnectDialog');
    const id = useId();
    const feed = ctx.confirming;
    if (!feed) return null;
    return (
      <AlertDialog
        ref={ref}
        scope={connectionManagerAnatomy.scope}
        labelledBy={`${id}-title`}
        describedBy={`${id}-body`}
        onDismiss={ctx.cancelDisconnect}
        busy={ctx.disconnecting}
        className={className}
      >
        <h2 id={`${id}-title`} {...connectionManagerAnatomy.attrs('dialogTitle')}>
          {t('manager.confirm.title', { account: feed.sourceName })}
        </h2>
        <p id={`${id}-body`} {...connectionManagerAnatomy.attrs('dialogDescription')}>
          {t('manager.confirm.body', {
            account: feed.sourceName,
            target: feed.targetName ?? t('common.notAvailable'),
          })}
        </p>
        {ctx.disconnectError ? (
          <ErrorAlert
            scope={connectionManagerAnatomy.scope}
            error={ctx.disconnectError}
            supportHref={ctx.supportHref}
            onRetry={ctx.confirmDisconnect}
          />
        ) : null}
        <div {...connectionManagerAnatomy.attrs('dialogActions')}>
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
  },
);

/**
 * Asks before the Xero connection is ended, naming what follows (every feed stops; unlinked it
 * can be connected again, deleted it is gone). Cancel has focus first, Escape cancels.
 * `className` and the ref reach the dialog, rendered only while the question is open.
 */
export const EndConnectionDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, DialogProps>(
  function EndConnectionDialog({ className }, ref) {
    const { t } = useI18n();
    const ctx = useConnectionManagerContext('EndConnectionDialog');
    const id = useId();
    if (!ctx.confirmingEnd) return null;
    return (
      <AlertDialog
        ref={ref}
        scope={connectionManagerAnatomy.scope}
        labelledBy={`${id}-title`}
        describedBy={`${id}-body`}
        onDismiss={ctx.cancelEnd}
        busy={ctx.ending}
        className={className}
      >
        <h2 id={`${id}-title`} {...connectionManagerAnatomy.attrs('dialogTitle')}>
          {t('manager.end.title')}
        </h2>
        <p id={`${id}-body`} {...connectionManagerAnatomy.attrs('dialogDescription')}>
          {t(ctx.endMode === 'delete' ? 'manager.end.delete' : 'manager.end.unlink', {
            organisation: ctx.organisationName ?? 'Xero',
          })}
        </p>
        {ctx.endError ? (
          <ErrorAlert
            scope={connectionManagerAnatomy.scope}
            error={ctx.endError}
            supportHref={ctx.supportHref}
            onRetry={ctx.confirmEnd}
          />
        ) : null}
        <div {...connectionManagerAnatomy.attrs('dialogActions')}>
          <button type="button" data-autofocus="" disabled={ctx.ending} onClick={ctx.cancelEnd}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            data-variant="danger"
            disabled={ctx.ending}
            onClick={ctx.confirmEnd}
          >
            {ctx.ending ? t('manager.end.working') : t('manager.end.confirm')}
          </button>
        </div>
      </AlertDialog>
    );
  },
);
