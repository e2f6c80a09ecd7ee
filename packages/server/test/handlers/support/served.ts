import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener } from '../../../src/adapters/node';
import { startHarness, WEBHOOK_SECRET, type Harness, type HarnessOptions } from './harness';

/** A harness whose handlers also listen on a real socket, through `toNodeListener`. */
export interface ServedHarness extends Harness {
  /** The server's address, such as `http://127.0.0.1:50123`. */
  url: string;
}

/**
 * The handlers on `node:http` at a free port, over the fake of Codat, which sends its webhooks
 * to the server's `/webhooks/codat`, signed with the handlers' secret. Webhook timestamps are
 * checked against the fake's clock (which signs them).
 */
export async function startServedHarness(setup: HarnessOptions = {}): Promise<ServedHarness> {
  // Listening first, so the fake can be given the server's address for its webhooks.
  let listener: RequestListener = (_req, res) => void res.writeHead(503).end();
  const http = createServer((req, res) => listener(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const harness: Harness = startHarness({
    ...setup,
    mock: { ...setup.mock, webhooks: { secret: WEBHOOK_SECRET, url: `${url}/webhooks/codat` } },
    options: { now: () => harness.fake.clockTime(), ...setup.options },
  });
  listener = toNodeListener(harness.feeds.handler);
  const close = harness.close.bind(harness);
  return Object.assign(harness, {
    url,
    async close() {
      await close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  });
}
