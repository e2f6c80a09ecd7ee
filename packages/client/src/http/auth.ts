import { BankFeedsError } from './errors';

/**
 * How the client authenticates.
 *
 * - `apiKey`: Codat's `Authorization: Basic base64(apiKey)`, for servers only. Refused in a
 *   browser unless `dangerouslyAllowApiKeyInBrowser` is set, because anyone who opens the page
 *   could read the key and act on every company of the bank.
 * - `accessToken`: a company access token (`GET /companies/{id}/accessToken`, one day) sent as a
 *   Bearer token. `getToken()` is called for the first request and once more after a 401.
 * - `none`: no header, for a `baseUrl` on the bank's own backend proxy that adds it.
 */
export type BankFeedsAuth =
  | { type: 'apiKey'; apiKey: string; dangerouslyAllowApiKeyInBrowser?: boolean }
  | { type: 'accessToken'; getToken: () => string | Promise<string> }
  | { type: 'none' };

/** Whether the code runs in a browser page (a DOM with a window), not a server or a worker. */
export function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

/** base64 of UTF-8 text, without Node's `Buffer` so it works in browsers and workers too. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Produces the `Authorization` header and renews it after a 401. */
export interface Authenticator {
  /** The header value, or `null` for `none`. */
  header(): Promise<string | null>;
  /**
   * Asks for a new token after a 401, once per failed header: concurrent requests that saw the
   * same stale token share one `getToken()` call. Returns `false` when nothing can be renewed.
   */
  renew(staleHeader: string | null): Promise<boolean>;
}

/** Checks the auth option and builds its {@link Authenticator}. */
export function createAuthenticator(auth: BankFeedsAuth): Authenticator {
  if (auth.type === 'apiKey') {
    if (isBrowser() && !auth.dangerouslyAllowApiKeyInBrowser) {
      throw new BankFeedsError(
        'An API key must not be used in a browser: use a company access token or a backend proxy (or set dangerouslyAllowApiKeyInBrowser).',
        { code: 'api-key-in-browser', retryable: false },
      );
    }
    if (!auth.apiKey) {
      throw new BankFeedsError('The API key is empty.', { code: 'unauthorized', retryable: false });
    }
    const value = `Basic ${base64(auth.apiKey)}`;
    return { header: async () => value, renew: async () => false };
  }
  if (auth.type === 'accessToken') {
    let current: Promise<string> | null = null;
    let latest: string | null = null;
    let renewing: Promise<boolean> | null = null;
    const fetchToken = (): Promise<string> => {
      const pending = Promise.resolve()
        .then(() => auth.getToken())
        .then((token) => {
          if (!token) throw new Error('empty token');
          latest = `Bearer ${token}`;
          return latest;
        })
        .catch((cause: unknown) => {
          // A failed getToken must not stick: the next request asks again.
          if (current === pending) current = null;
          throw new BankFeedsError('Could not get an access token.', {
            code: 'unauthorized',
            retryable: false,
            // The callback's own error is the integrator's; keep it for debugging.
            cause,
          });
        });
      current = pending;
      return pending;
    };
    return {
      header: () => current ?? fetchToken(),
      renew(staleHeader) {
        // Requests refused together share one renewal; one refused after it uses its result.
        if (renewing) return renewing;
        if (latest !== null && latest !== staleHeader) return Promise.resolve(true);
        renewing = fetchToken()
          .then(() => true)
          .finally(() => {
            renewing = null;
          });
        return renewing;
      },
    };
  }
  return { header: async () => null, renew: async () => false };
}
