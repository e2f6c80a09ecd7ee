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

/**
 * What a confirmation shows when its code could not load (offline): the question was dropped,
 * focus is back on the button that asked it, and asking again loads it afresh.
 */
function DialogLoadFailed() {
  const { t } = useI18n();
  return (
    <p role="alert" {...connectionManagerAnatomy.attrs('alert')}>
      {t('manager.dialogLoadFailed')}
    </p>
  );
}

/** Props of `ConnectionManager.DisconnectDialog`. */
export interface ConnectionManagerDisconnectDialogProps {
  className?: string | undefined;
}

/**
 * Asks before a feed is stopped; Cancel has focus first, Escape cancels. `className` and the ref
 * reach the dialog (inside its backdrop), rendered only while a disconnect waits for an answer.
 * Its code is loaded when the browser is idle after the part mounts, or on first open; if it
 * cannot load, the part says so in an alert, and the next Disconnect tries again.
 */
export const ConnectionManagerDisconnectDialog = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ConnectionManagerDisconnectDialogProps
>(function ConnectionManagerDisconnectDialog({ className }, ref) {
  const ctx = useConnectionManagerContext('DisconnectDialog');
  const open = ctx.confirming != null;
  const { module, failed } = useConnectionManagerDialogs(open, ctx.cancelDisconnect);
  if (failed) return <DialogLoadFailed />;
  const Dialog = module?.DisconnectDialog;
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
 * is loaded when the browser is idle after the part mounts, or on first open; if it cannot load,
 * the part says so in an alert, and the next ask tries again.
 */
export const ConnectionManagerEndConnectionDialog = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ConnectionManagerEndConnectionDialogProps
>(function ConnectionManagerEndConnectionDialog({ className }, ref) {
  const ctx = useConnectionManagerContext('EndConnectionDialog');
  const { module, failed } = useConnectionManagerDialogs(ctx.confirmingEnd, ctx.cancelEnd);
  if (failed) return <DialogLoadFailed />;
  const Dialog = module?.EndConnectionDialog;
  return ctx.confirmingEnd && Dialog ? <Dialog ref={ref} className={className} /> : null;
});
