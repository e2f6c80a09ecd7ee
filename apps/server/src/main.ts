import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createPgliteStore, createPostgresStore, type BankFeedsStore } from '@bankfeeds/server';
import { toNodeListener } from '@bankfeeds/server/node';
import { createExample } from './app';
import { readConfig, type ServerConfig } from './config';

/** PostgreSQL when `DATABASE_URL` is set; otherwise PGlite in `DATA_DIR`, nothing to install. */
function openStore(config: ServerConfig): Promise<BankFeedsStore> {
  return config.databaseUrl
    ? createPostgresStore({ connectionString: config.databaseUrl })
    : createPgliteStore({ dataDir: resolve(config.dataDir) });
}

/**
 * Starts the example. Without `CODAT_API_KEY` it first starts the kit's standalone fake of Codat
 * and Xero on `MOCK_PORT` (a real HTTP server: a browser can open its consent page) and points
 * the client at it, so the same code runs in development and against Codat.
 */
async function main(): Promise<void> {
  let config = readConfig();
  const store = await openStore(config);
  let mock: { close(): Promise<void> } | null = null;
  let authorizeXero: ((companyId: string, connectionId: string) => Promise<void>) | undefined;
  if (config.codatApiKey === null) {
    // Loaded only in mock mode: production never ships or starts the fake.
    const { startMockServer } = await import('@bankfeeds/mocks/server');
    const server = await startMockServer({
      port: config.mockPort,
      scenario: 'empty',
      webhooks: {
        url: `http://localhost:${config.port}/webhooks/codat`,
        secret: config.webhookSecret,
      },
    });
    mock = server;
    config = { ...config, codatBaseUrl: server.url };
    authorizeXero = async (companyId, connectionId) =>
      void server.fake.authorizeConnection(companyId, connectionId);
  }
  const { feeds, handler } = createExample(config, {
    store,
    apiKey: config.codatApiKey ?? 'mock-api-key',
    authorizeXero,
  });
  const server = createServer(toNodeListener(handler));
  server.listen(config.port, () => {
    console.log(
      JSON.stringify({
        level: 'info',
        message: 'bank feeds server listening',
        port: config.port,
        codat: config.codatBaseUrl,
        store: config.databaseUrl ? 'postgres' : `pglite ${config.dataDir}`,
      }),
    );
  });

  // The scheduler: a push run over every customer. A bank may use cron or its posting run.
  const pushes =
    config.pushEveryMinutes > 0
      ? setInterval(() => void feeds.push.pushAll(), config.pushEveryMinutes * 60_000)
      : null;

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (pushes) clearInterval(pushes);
    server.close();
    server.closeAllConnections();
    void feeds
      .close()
      .then(() => store.close())
      .then(() => mock?.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
