import { useI18n } from '@bankfeeds/react';
import { ErrorNotice } from '../portal/error-notice';
import { useLanguage } from '../portal/i18n';
import { fill, transactionMessages } from './messages';
import type { PushView } from './use-push';

/** A push as it happens: a progress bar, each request's push operation, and how it ended. */
export function PushReport({ view }: { view: PushView }) {
  const m = transactionMessages[useLanguage()];
  const { locale } = useI18n();
  const { progress, chunks, result, error } = view;
  const operations = new Map(result?.operations.map((op) => [op.pushOperationKey, op]));

  return (
    <div className="push-report">
      {progress && (
        <div className="push-report__progress">
          <label htmlFor="push-progress">{m.progress}</label>
          <progress
            id="push-progress"
            className="progress"
            max={progress.totalLines}
            value={progress.confirmedLines}
          />
          <p aria-live="polite">
            {fill(
              m.progressText,
              {
                sent: progress.sentLines,
                total: progress.totalLines,
                confirmed: progress.confirmedLines,
              },
              locale,
            )}
          </p>
        </div>
      )}

      {chunks.length > 0 && result?.status !== 'invalid' && (
        <table className="table">
          <caption>{m.operations}</caption>
          <thead>
            <tr>
              <th scope="col">{m.request}</th>
              <th scope="col" className="number">
                {m.lines}
              </th>
              <th scope="col">{m.status}</th>
              <th scope="col">{m.operation}</th>
            </tr>
          </thead>
          <tbody>
            {chunks.map((chunk) => {
              const operation = chunk.pushOperationKey
                ? operations.get(chunk.pushOperationKey)
                : undefined;
              return (
                <tr key={chunk.index} data-state={chunk.state}>
                  <th scope="row">#{chunk.index + 1}</th>
                  <td className="number">{chunk.count.toLocaleString(locale)}</td>
                  <td>
                    <span className={`badge badge--${chunk.state}`}>{m.chunk[chunk.state]}</span>
                    {operation?.errorMessage && (
                      <span className="push-report__why"> {operation.errorMessage}</span>
                    )}
                  </td>
                  <td>
                    <code>{chunk.pushOperationKey ?? '—'}</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {result && (
        <div
          className={`notice ${result.status === 'success' ? 'notice--ok' : 'notice--error'}`}
          role={result.status === 'success' ? 'status' : 'alert'}
        >
          <p>{fill(m.outcome[result.status], { count: result.checkpoint.totalLines }, locale)}</p>
          {result.validation.errors.length > 0 && (
            <>
              <p>
                <strong>{m.why}</strong>
              </p>
              <ul>
                {result.validation.errors.map((finding, i) => (
                  <li key={i} data-rule={finding.rule}>
                    {finding.index != null && (
                      <>{fill(m.line, { line: finding.index + 1 }, locale)}: </>
                    )}
                    {m.rules[finding.rule]}
                    {finding.transactionId && <code> {finding.transactionId}</code>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.validation.warnings.length > 0 && (
            <p>{fill(m.warnings, { count: result.validation.warnings.length }, locale)}</p>
          )}
        </div>
      )}
      {result?.error && <ErrorNotice error={result.error} />}
      {error != null && <ErrorNotice error={error} />}
    </div>
  );
}
