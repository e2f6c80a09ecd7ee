import { ENDPOINTS } from '@bankfeeds/model';
import { browserMethods, endpointSender } from './browser-methods';
import type { Parser } from './request';
import { requesterFromOptions } from './requester-from-options';
import type { BrowserClient, ProxyClientOptions } from './types';

/**
 * Takes a reply as its JSON: the bank's server has parsed Codat's reply with the model's schemas
 * already and sends the normalised result, so the browser does not parse it a second time.
 */
const AS_SENT: Parser<never> = { safeParse: (data) => ({ success: true, data: data as never }) };

/**
 * Creates the browser's client for the bank's own server (`@bankfeeds/server`, or any server that
 * checks bodies and parses Codat's replies with the model's schemas): the methods of the model's
 * `BROWSER_ENDPOINTS` and `disconnectSourceAccount`, with the same paths, retries, timeouts,
 * per-company gate and `BankFeedsError`s as `createBankFeedsClient`, but no schemas. Replies are
 * taken as the JSON the server sent (a body that is not JSON fails with `invalid-response`), and
 * bodies are sent unchecked: the server checks them and answers a Codat-shaped 400. That keeps
 * zod and the model's schemas out of the browser's bundle.
 *
 * Validation happens once, at the trust boundary. A browser that talks to Codat itself (with a
 * company token) gets replies nothing has checked yet, and uses `createBankFeedsClient`.
 *
 * @example
 * ```ts
 * const client = createProxyClient({ baseUrl: '/bankfeeds' });
 * const accounts = await client.listSourceAccounts(companyId, connectionId);
 * ```
 */
export function createProxyClient(options: ProxyClientOptions): BrowserClient {
  const request = requesterFromOptions({ ...options, auth: options.auth ?? { type: 'none' } });
  // A DELETE answers "no content", as Codat does; every other endpoint's reply is read.
  const send = endpointSender(request, (name) =>
    ENDPOINTS[name].method === 'DELETE' ? {} : { reply: AS_SENT },
  );
  return browserMethods(send);
}
