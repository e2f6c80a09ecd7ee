import type { Connection } from '@bankfeeds/model';

/**
 * Why Xero's consent did not link the connection. `cancelled`: the user refused access on Xero's
 * screen; `no-source-accounts`: the connection had no source account when the user consented
 * (Codat asks for the accounts first); `organisation-limit`: the bank's Xero app already reaches
 * as many organisations as Xero allows; `other`: any other error Codat listed.
 */
export type ConsentFailureReason =
  'cancelled' | 'no-source-accounts' | 'organisation-limit' | 'other';

/** A consent that failed, as Codat lists it among the connection's `dataConnectionErrors`. */
export interface ConsentFailure {
  reason: ConsentFailureReason;
  /** Codat's `statusCode` (`"403"` for a cancel), when it gave one. */
  statusCode: string | null;
  /** Codat's `statusText` (`"User cancelled linking"`), when it gave one. */
  statusText: string | null;
  /** Codat's `errorMessage`; technical, English. */
  errorMessage: string | null;
}

type ConnectionError = NonNullable<Connection['dataConnectionErrors']>[number];

const errorKey = (e: ConnectionError) =>
  [e.erroredOnUtc, e.statusCode, e.statusText, e.errorMessage].join('\u0000');

/**
 * Reads the reason from Codat's texts. Codat documents only the cancel ("User cancelled linking",
 * its `connection.failed` example); the other two texts are the kit's assumption (the fake's),
 * matched loosely so a reworded text still lands on a reason rather than `other`.
 */
function reasonOf(error: ConnectionError): ConsentFailureReason {
  const text = `${error.statusText} ${error.errorMessage}`;
  return /cancel/i.test(text)
    ? 'cancelled'
    : /organi[sz]ation limit/i.test(text)
      ? 'organisation-limit'
      : /source account|scope/i.test(text)
        ? 'no-source-accounts'
        : 'other';
}

/**
 * The consent failure `next` reports that `previous` did not: an `Active` data connection error
 * that is new since the last read of the connection. Errors already listed before the user went
 * to Xero (a refusal from an earlier try stays `Active` until a consent succeeds) are not news.
 * `null` when nothing new failed or the connection is `Linked`.
 */
export function newConsentFailure(
  previous: Connection | null,
  next: Connection,
): ConsentFailure | null {
  if (next.status === 'Linked') return null;
  // Matched one for one, so the same refusal made twice (same texts, same clock tick) still shows.
  const seen = (previous?.dataConnectionErrors ?? []).map(errorKey);
  let found: ConnectionError | null = null;
  for (const error of next.dataConnectionErrors ?? []) {
    const index = seen.indexOf(errorKey(error));
    if (index >= 0) seen.splice(index, 1);
    else if (error.status === 'Active') found = error;
  }
  return (
    found && {
      reason: reasonOf(found),
      statusCode: found.statusCode ?? null,
      statusText: found.statusText ?? null,
      errorMessage: found.errorMessage ?? null,
    }
  );
}
