'use client';
import { forwardRef, useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { AlertDialog } from '../internal/alert-dialog';
import { ErrorAlert } from '../internal/error-alert';
import type { ErrorInfo } from '../i18n/error-info';
import { useConnectionManagerContext } from './connection-manager-context';
import { connectionManagerAnatomy } from './anatomy';

// The two confirmations, loaded on demand (see ./dialogs-loader): most visits never open one.

interface DialogProps {
  className?: string | undefined;
}

/** What one confirmation shows and does; both dialogs are this with their own texts and actions. */
interface ConfirmationProps extends DialogProps {
  title: ReactNode;
  body: ReactNode;
  error: ErrorInfo | null;
  supportHref: string | undefined;
  busy: boolean;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Title, consequences, the last error with its retry, then Cancel (focused first) and Confirm. */
const Confirmation = /* @__PURE__ */ forwardRef<HTMLDivElement, ConfirmationProps>(
  function Confirmation(props, ref) {
    const { t } = useI18n();
    const id = useId();
    return (
      <AlertDialog
        ref={ref}
        scope={connectionManagerAnatomy.scope}
        labelledBy={`${id}-title`}
        describedBy={`${id}-body`}
        onDismiss={props.onCancel}
        busy={props.busy}
        className={props.className}
      >
        <h2 id={`${id}-title`} {...connectionManagerAnatomy.attrs('dialogTitle')}>
          {props.title}
        </h2>
        <p id={`${id}-body`} {...connectionManagerAnatomy.attrs('dialogDescription')}>
          {props.body}
        </p>
        {props.error ? (
          <ErrorAlert
            scope={connectionManagerAnatomy.scope}
            error={props.error}
            supportHref={props.supportHref}
            onRetry={props.onConfirm}
          />
        ) : null}
        <div {...connectionManagerAnatomy.attrs('dialogActions')}>
          <button type="button" data-autofocus="" disabled={props.busy} onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            data-variant="danger"
            disabled={props.busy}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </button>
        </div>
      </AlertDialog>
    );
  },
);

/**
 * Asks before a feed is stopped; Cancel has focus first, Escape cancels. `className` and the ref
 * reach the dialog (inside its backdrop), rendered only while a disconnect waits for an answer.
 */
export const DisconnectDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, DialogProps>(
  function DisconnectDialog({ className }, ref) {
    const { t } = useI18n();
    const ctx = useConnectionManagerContext('DisconnectDialog');
    const feed = ctx.confirming;
    if (!feed) return null;
    return (
      <Confirmation
        ref={ref}
        className={className}
        title={t('manager.confirm.title', { account: feed.sourceName })}
        body={t('manager.confirm.body', {
          account: feed.sourceName,
          target: feed.targetName ?? t('common.notAvailable'),
        })}
        error={ctx.disconnectError}
        supportHref={ctx.supportHref}
        busy={ctx.disconnecting}
        confirmLabel={
          ctx.disconnecting ? t('manager.confirm.working') : t('manager.confirm.confirm')
        }
        onCancel={ctx.cancelDisconnect}
        onConfirm={ctx.confirmDisconnect}
      />
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
    if (!ctx.confirmingEnd) return null;
    return (
      <Confirmation
        ref={ref}
        className={className}
        title={t('manager.end.title')}
        body={t(ctx.endMode === 'delete' ? 'manager.end.delete' : 'manager.end.unlink', {
          organisation: ctx.organisationName ?? 'Xero',
        })}
        error={ctx.endError}
        supportHref={ctx.supportHref}
        busy={ctx.ending}
        confirmLabel={ctx.ending ? t('manager.end.working') : t('manager.end.confirm')}
        onCancel={ctx.cancelEnd}
        onConfirm={ctx.confirmEnd}
      />
    );
  },
);
