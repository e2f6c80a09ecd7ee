import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type HttpHandler } from 'msw';
import { createBankFeedsHandlers } from '../handlers';
import { handleControl } from './control';
import { CONTROL_PREFIX, type ControlTarget, type ResetBody } from './control-routes';
import { createHttpBridge } from './http-bridge';
import type { MockServer, MockServerOptions } from './options';

/** Where the simulated Xero consent lives on the server: `linkUrl`s point below it. */
export const LINK_PATH = '/link';

/** `http://host:port`, with IPv6 in brackets and a wildcard address named `localhost`. */
function originOf(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/**
 * Starts the fake Codat API (with Xero behind it) as a real HTTP server, for back ends in any
 * language and for Node tests that want a real socket. The API answers at `url` with
 * `Authorization: Basic <any key>`; the consent behind every `linkUrl` is at `url + '/link'`; the
 * control API is at `url + '/_fake'`.
 *
 * @example
 * const server = await startMockServer({ port: 0, scenario: 'needsAuth', today: '2026-11-21' });
 * // … point the code under test at server.url …
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, host = '127.0.0.1', publicUrl, ...fakeOptions } = options;
  let url = '';
  let handlers: HttpHandler[] = [];
  let current: ReturnType<typeof createBankFeedsHandlers>['fake'] | undefined;

  function serve(overrides: ResetBody = {}) {
    // A fresh handler set re-arms the faults and starts the fake from its scenario again.
    const merged = { ...fakeOptions, ...overrides };
    const set = createBankFeedsHandlers({
      ...merged,
      // Its webhooks go to a receiver in another process, which checks their timestamps
      // against its own clock: stamp them on the real one unless told otherwise.
      webhooks: merged.webhooks && { signingClock: 'wall', ...merged.webhooks },
      baseUrl: url,
      linkBaseUrl: `${url}${LINK_PATH}`,
    });
    handlers = set.handlers;
    current = set.fake;
    return set.fake;
  }

  const target: ControlTarget = { fake: () => current!, reset: serve, url: () => url };
  const server = createServer(
    createHttpBridge(
      () => url,
      (request) => {
        const { pathname } = new URL(request.url);
        if (pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`))
          return handleControl(request, target);
        return getResponse(handlers, request);
      },
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  url = publicUrl ?? originOf(host, (server.address() as AddressInfo).port);
  try {
    serve();
  } catch (error) {
    // Options the fake refuses (a bad webhook secret): do not leave the port taken.
    server.close();
    throw error;
  }

  return {
    url,
    get fake() {
      return current!;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets and hanging `timeout` faults would hold close() forever.
        server.closeAllConnections();
      }),
  };
}
