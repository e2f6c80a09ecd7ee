import { createServer } from 'node:http';
import { createApp } from './app';
import { readConfig } from './config';
import { createServerDeps } from './server';

/**
 * Starts the example server. Without `CODAT_API_KEY` it first starts the kit's mock of Codat and
 * Xero in this process (MSW intercepts the server's calls to the Codat base address), so the same
 * code runs in development and against Codat.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const mock = config.codatApiKey === null;
  if (mock) {
    const { setupBankFeedsServer } = await import('@bankfeeds/mocks/node');
    const { server } = setupBankFeedsServer({ baseUrl: config.codatBaseUrl });
    server.listen({ onUnhandledRequest: 'bypass' });
  }
  const deps = createServerDeps(config, { fallbackApiKey: 'mock-api-key', devSignIn: mock });
  const server = createServer(createApp(deps));
  server.listen(config.port, () => {
    deps.log.info('bank feeds server listening', {
      port: config.port,
      codat: mock ? 'mock' : config.codatBaseUrl,
    });
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
