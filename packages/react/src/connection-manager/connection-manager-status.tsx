'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../internal/error-alert';
import { useConnectionManagerContext } from './connection-manager-context';
import { connectionManagerAnatomy } from './anatomy';
import { useConnectionManagerDialogs } from './dialogs-loader';

/** Props of `ConnectionManager.Status`. */
export type ConnectionManagerStatusProps = HTMLAttributes<HTMLDivElement>;

/**
 * Loading and load-failure states. Props reach the loading `<div>`; the ref reaches whichever is
 * shown, the loading `<div>` or the alert, and is `null` once the data is ready.
 */
export const ConnectionManagerStatus = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ConnectionManagerStatusProps
>(function ConnectionManagerStatus(props, ref) {
  const { t } = useI18n();
  const ctx = useConnectionManagerContext('Status');
  if (ctx.status === 'loading') {
    return (
      <div {...props} ref={ref} {...connectionManagerAnatomy.attrs('loading')}>
        <p>{t('manager.loading')}</p>
      </div>
    );
  }
  if (ctx.status === 'error' && ctx.error) {
    return (
      <ErrorAlert
        ref={ref}
        scope={connectionManagerAnatomy.scope}
        error={ctx.error}
        title={t('manager.loadFailed')}
        onRetry={ctx.onRetry}
        onReconnect={ctx.onReconnect}
        supportHref={ctx.supportHref}
      />
    );
  }
  return null;
});

/** Props of `ConnectionManager.DisconnectDialog`. */
export interface ConnectionManagerDisconnectDialogProps {
  className?: string | undefined;
}

/**
 * Asks before a feed is stopped; Cancel has focus first, Escape cancels. `className` and the ref
 * reach the dialog (inside its backdrop), rendered only while a disconnect waits for an answer.
 * Its code is loaded when the browser is idle after the part mounts, or on first open.
 */
export const ConnectionManagerDisconnectDialog = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ConnectionManagerDisconnectDialogProps
>(function ConnectionManagerDisconnectDialog({ className }, ref) {
  const open = useConnectionManagerContext('DisconnectDialog').confirming != null;
  const Dialog = useConnectionManagerDialogs(open)?.DisconnectDialog;
  return open && Dialog ? <Dialog ref={ref} className={className} /> : null;
});

/** Props of `ConnectionManager.EndConnectionDialog`. */
export interface ConnectionManagerEndConnectionDialogProps {
  className?: string | undefined;
}

/**
 * Asks before the Xero connection is ended, naming what follows (every feed stops; unlinked it
 * can be connected again, deleted it is gone). Cancel has focus first, Escape cancels.
 * `className` and the ref reach the dialog, rendered only while the question is open. Its code
 * is loaded when the browser is idle after the part mounts, or on first open.
 */
export const ConnectionManagerEndConnectionDialog = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ConnectionManagerEndConnectionDialogProps
>(function ConnectionManagerEndConnectionDialog({ className }, ref) {
  const open = useConnectionManagerContext('EndConnectionDialog').confirmingEnd;
  const Dialog = useConnectionManagerDialogs(open)?.EndConnectionDialog;
  return open && Dialog ? <Dialog ref={ref} className={className} /> : null;
});
