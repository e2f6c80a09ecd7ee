import { assembleBankFeeds, type BankFeeds } from './assemble';
import type { BankFeedsOptions } from './options';
import { createPushJob } from './push/push-job';

/**
 * The bank's side of Codat bank feeds into Xero as web-standard handlers:
 *
 * - `POST /api/bank-feeds/setup`, `GET /api/bank-feeds/state`, `POST /api/bank-feeds/token`,
 *   `POST /api/bank-feeds/push`: the signed-in customer's bank feeds;
 * - `/api/codat/...`: the allow-listed proxy for the kit's UI (proxy mode);
 * - `GET /bank-feeds/xero`: the entry from Xero;
 * - `POST /webhooks/codat`: Codat's webhooks, signed (no customer session);
 * - `GET /healthz`.
 *
 * Any other path answers 404 with `x-bankfeeds-unmatched: 1`. Serve `handler` as it is (Bun,
 * Deno, a worker), or through `toNodeListener` / `toExpressMiddleware` from
 * `@bankfeeds/server/node`.
 * @throws BankFeedsOptionsError when an option is missing or malformed.
 */
export function createBankFeeds(options: BankFeedsOptions): BankFeeds {
  return assembleBankFeeds(options, createPushJob);
}
