import { setupWorker, type SetupWorker } from 'msw/browser';
import type { FakeCodat, FakeCodatOptions } from './create-fake';
import { createBankFeedsHandlers, type HandlerOptions } from './handlers';

/**
 * An MSW service worker for the browser (the demo, a bank's own dev build) serving the fake
 * Codat API. Await `worker.start()` before rendering; `fake` is the state behind it.
 */
export function setupBankFeedsWorker(options: HandlerOptions & FakeCodatOptions = {}): {
  worker: SetupWorker;
  fake: FakeCodat;
} {
  const { handlers, fake } = createBankFeedsHandlers(options);
  return { worker: setupWorker(...handlers), fake };
}

export * from './index';
