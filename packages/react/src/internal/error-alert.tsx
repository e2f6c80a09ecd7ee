'use client';
import { forwardRef, useEffect, useRef } from 'react';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { useI18n } from '../i18n/i18n-context';
import type { ErrorInfo } from '../i18n/error-info';
import { ERROR_PRESENTATION } from '../i18n/error-info';

/** Props of {@link ErrorAlert}. */
export interface ErrorAlertProps {
  scope: string;
  error: ErrorInfo;
  /** Heading text. @default "Something went wrong" */
  title?: string | undefined;
  onRetry?: (() => void) | undefined;
  onReconnect?: (() => void) | undefined;
  /** Where "Contact your bank" leads; without it the message alone says so. */
  supportHref?: string | undefined;
  /** Move focus to the alert when it appears (when it replaces what had focus). @default false */
  autoFocus?: boolean | undefined;
  className?: string | undefined;
}

/**
 * A translated error with its reference and the action that helps: retry, reconnect, or contact
 * the bank. `role="alert"` so it is announced the moment it appears.
 */
export const ErrorAlert = /* @__PURE__ */ forwardRef<HTMLDivElement, ErrorAlertProps>(
  function ErrorAlert(
    { scope, error, title, onRetry, onReconnect, supportHref, autoFocus = false, className },
    forwardedRef,
  ) {
    const { t } = useI18n();
    const ownRef = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(forwardedRef, ownRef);
    useEffect(() => {
      if (autoFocus) ownRef.current?.focus();
    }, [autoFocus]);
    const action = error.action;
    return (
      <div
        ref={ref}
        role="alert"
        tabIndex={-1}
        className={className}
        data-scope={scope}
        data-part="alert"
        data-code={error.code}
      >
        <strong data-part="alert-title">{title ?? t('error.title')}</strong>
        <p data-part="alert-message">{t(ERROR_PRESENTATION[error.code].message)}</p>
        {error.correlationId ? (
          <p data-part="hint">{t('error.reference', { id: error.correlationId })}</p>
        ) : null}
        <div data-part="alert-actions">
          {action === 'retry' && onRetry ? (
            <button type="button" data-variant="primary" onClick={onRetry}>
              {t('error.action.retry')}
            </button>
          ) : null}
          {action === 'reconnect' && onReconnect ? (
            <button type="button" data-variant="primary" onClick={onReconnect}>
              {t('error.action.reconnect')}
            </button>
          ) : null}
          {action === 'contactBank' && supportHref ? (
            <a href={supportHref} data-part="link" data-variant="primary">
              {t('error.action.contactBank')}
            </a>
          ) : null}
        </div>
      </div>
    );
  },
);
