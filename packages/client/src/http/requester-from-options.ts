import { resolveClock } from '../internal/clock';
import { createAuthenticator } from './auth';
import { BankFeedsError } from './errors';
import { createRequester, type Requester } from './request';
import { resolveRetry } from './retry';
import type { BankFeedsClientOptions } from './types';

/** Per-attempt time limit when none is given. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The request engine a client's options describe (fetch, auth, retries, timeout, headers, clock,
 * log, per-company gate), shared by `createBankFeedsClient` and `createProxyClient`.
 *
 * @throws BankFeedsError `invalid-request` when no fetch is available; `api-key-in-browser` when
 * given an API key in a browser page.
 */
export function requesterFromOptions(options: BankFeedsClientOptions): Requester {
  const fetchImpl = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!fetchImpl) {
    throw new BankFeedsError('No fetch is available; pass one in the options.', {
      code: 'invalid-request',
      retryable: false,
    });
  }
  return createRequester({
    baseUrl: options.baseUrl,
    fetch: fetchImpl,
    auth: createAuthenticator(options.auth),
    retry: resolveRetry(options.retry),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: options.headers ?? {},
    clock: resolveClock(options.clock),
    log: options.log,
    maxConcurrentPerCompany: options.maxConcurrentPerCompany,
    rateHolds: options.rateHolds,
  });
}
