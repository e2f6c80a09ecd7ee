'use client';
import type { ReactNode } from 'react';
import type { BankFeedsError, SetupStatus } from '@bankfeeds/client';
import { useI18n } from '../i18n/i18n-context';
import { toErrorInfo } from '../i18n/error-info';
import { ErrorAlert } from '../internal/error-alert';
import { BankFeedsAccountMapper } from './bank-feeds-account-mapper';
import { bankFeedsSetupAnatomy } from './anatomy';

/** The journey's own loading screen. */
export function LoadingPanel({ heading }: { heading: ReactNode }) {
  return (
    <section {...bankFeedsSetupAnatomy.attrs('panel')} data-state="loading" aria-busy="true">
      {heading}
    </section>
  );
}

/** Loading or watching failed as a whole: the error with the action that helps. */
export function ErrorPanel({
  heading,
  error,
  onRetry,
  onReconnect,
  supportHref,
}: {
  heading: ReactNode;
  error: BankFeedsError | null;
  onRetry(): void;
  onReconnect(): void;
  supportHref: string | undefined;
}) {
  return (
    <section {...bankFeedsSetupAnatomy.attrs('panel')} data-state="error">
      {heading}
      <ErrorAlert
        scope={bankFeedsSetupAnatomy.scope}
        error={toErrorInfo(error)}
        onRetry={onRetry}
        onReconnect={onReconnect}
        supportHref={supportHref}
      />
    </section>
  );
}

/** The summary: how many accounts this session connected, then Finish or Manage. */
export function DonePanel({
  heading,
  connected,
  onFinish,
  onManage,
}: {
  heading: ReactNode;
  connected: number;
  onFinish: (() => void) | null;
  onManage(): void;
}) {
  const { t, plural } = useI18n();
  return (
    <section {...bankFeedsSetupAnatomy.attrs('panel')} data-state="done">
      {heading}
      <p>{plural('setup.done.connected', connected)}</p>
      <div {...bankFeedsSetupAnatomy.attrs('actions')}>
        {onFinish ? (
          <button type="button" data-variant="primary" onClick={onFinish}>
            {t('setup.done.finish')}
          </button>
        ) : null}
        <button type="button" onClick={onManage}>
          {t('setup.done.manage')}
        </button>
      </div>
    </section>
  );
}

/**
 * The mapping step, and after a round with failures, their count with a retry of the failed
 * rows. An error that only the bank can fix (`orgError`, e.g. bank feeds disabled for the Xero
 * organisation) is explained once, up front, and no retry that cannot help is offered.
 */
export function MapPanel({
  heading,
  status,
  failed,
  connected,
  organisation,
  orgError,
  retryable,
  supportHref,
  onRetryFailed,
  onManage,
}: {
  heading: (text: string) => ReactNode;
  status: SetupStatus;
  failed: number;
  connected: number;
  organisation: string | null;
  orgError: BankFeedsError | null;
  /** Whether a retry of the failed rows may help (some failed for another reason). */
  retryable: boolean;
  supportHref: string | undefined;
  onRetryFailed(): void;
  onManage(): void;
}) {
  const { t, plural } = useI18n();
  const roundFailed = status === 'rowsFailed';
  return (
    <section {...bankFeedsSetupAnatomy.attrs('panel')} data-state={status}>
      {roundFailed ? heading(plural('setup.done.failed', failed)) : heading(t('setup.step.map'))}
      {orgError ? (
        <ErrorAlert
          scope={bankFeedsSetupAnatomy.scope}
          error={toErrorInfo(orgError)}
          supportHref={supportHref}
        />
      ) : null}
      {roundFailed && (retryable || connected > 0) ? (
        <div {...bankFeedsSetupAnatomy.attrs('actions')}>
          {retryable ? (
            <button type="button" data-variant="primary" onClick={onRetryFailed}>
              {t('setup.done.retryFailed')}
            </button>
          ) : null}
          {connected > 0 ? (
            <button type="button" onClick={onManage}>
              {t('setup.done.manage')}
            </button>
          ) : null}
        </div>
      ) : null}
      {organisation ? (
        <p data-part="hint">{t('setup.organisation', { name: organisation })}</p>
      ) : null}
      <BankFeedsAccountMapper heading={null} />
    </section>
  );
}
