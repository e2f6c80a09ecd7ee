import { toErrorInfo, useI18n } from '@bankfeeds/react';

/** Any failure in the kit's own words (translated), with Codat's reference for support. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const info = toErrorInfo(error);
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(`error.${info.code}`)}</p>
      {info.correlationId && (
        <p className="notice__fine">{t('error.reference', { id: info.correlationId })}</p>
      )}
      {onRetry && info.retryable && (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.action.retry')}
        </button>
      )}
    </div>
  );
}
