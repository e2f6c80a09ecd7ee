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
  let authorizeXero: ((companyId: string, connectionId: string) => void) | undefined;
  if (mock) {
    // Loaded only in mock mode: production never ships or starts the fake.
    const { setupBankFeedsServer } = await import('@bankfeeds/mocks/node');
    const { server, fake } = setupBankFeedsServer({
      baseUrl: config.codatBaseUrl,
      scenario: 'empty',
    });
    server.listen({ onUnhandledRequest: 'bypass' });
    authorizeXero = (companyId, connectionId) =>
      void fake.authorizeConnection(companyId, connectionId);
  }
  const deps = createServerDeps(config, {
    fallbackApiKey: 'mock-api-key',
    devSignIn: mock,
    authorizeXero,
  });
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
