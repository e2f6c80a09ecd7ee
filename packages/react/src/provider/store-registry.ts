import {
  createConnectionsStore,
  createSetupStore,
  type BrowserClient,
  type ConnectionsStore,
  type PollOptions,
  type SetupStore,
} from '@bankfeeds/client';
import type { CalendarDate } from '@bankfeeds/model';

/** What the stores of one provider are made from. */
export interface StoreRegistryOptions {
  client: BrowserClient;
  companyId: string;
  /** The Xero connection; without it the setup flow finds or creates the company's. */
  connectionId?: string | undefined;
  today?: CalendarDate | undefined;
  timeZone?: string | undefined;
  poll?: { confirm?: Partial<PollOptions>; watch?: Partial<PollOptions> } | undefined;
}

/**
 * The stores of one mounted kit, made on first use and never loaded while rendering. The
 * registry holds no lifecycle of its own: each store starts with its first subscriber (a hook's
 * effect, so a server render sends no request) and stops with its last, keeping its state. A
 * hidden `<Activity>`, a remount or StrictMode's double effects only stop and start them again,
 * so no view is ever left on a dead store.
 */
export interface StoreRegistry {
  readonly options: StoreRegistryOptions;
  setup(): SetupStore;
  connections(): ConnectionsStore;
}

export function createStoreRegistry(options: StoreRegistryOptions): StoreRegistry {
  let setup: SetupStore | null = null;
  let connections: ConnectionsStore | null = null;
  const { client, companyId, connectionId } = options;
  return {
    options,
    setup() {
      setup ??= createSetupStore({
        client,
        companyId,
        ...(connectionId ? { connectionId } : {}),
        autoLoad: false,
        ...(options.today ? { today: options.today } : {}),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
        ...(options.poll?.confirm ? { confirmPoll: options.poll.confirm } : {}),
        ...(options.poll?.watch ? { watchPoll: options.poll.watch } : {}),
      });
      return setup;
    },
    connections() {
      // Without a given connection, the one the setup flow found (or created) is managed; the
      // setup flow may replace it (a deleted connection is created again), so it is read live.
      connections ??= createConnectionsStore({
        client,
        companyId,
        connectionId: connectionId ?? (() => (setup ? setup.getState().connectionId : null)),
        autoLoad: false,
      });
      return connections;
    },
  };
}
