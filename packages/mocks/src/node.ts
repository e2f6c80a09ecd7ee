import { setupServer, type SetupServer } from 'msw/node';
import type { FakeCodat, FakeCodatOptions } from './create-fake';
import { createBankFeedsHandlers, type HandlerOptions } from './handlers';

/**
 * An MSW server for Node (Vitest, Jest, scripts) serving the fake Codat API. Call
 * `server.listen()` yourself; `fake` is the state behind it.
 */
export function setupBankFeedsServer(options: HandlerOptions & FakeCodatOptions = {}): {
  server: SetupServer;
  fake: FakeCodat;
} {
  const { handlers, fake } = createBankFeedsHandlers(options);
  return { server: setupServer(...handlers), fake };
}

export * from './index';
