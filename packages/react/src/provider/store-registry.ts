import {
  createConnectionsStore,
  createSetupStore,
  type BankFeedsClient,
  type ConnectionsStore,
  type PollOptions,
  type SetupStore,
} from '@bankfeeds/client';
import type { CalendarDate } from '@bankfeeds/model';

/** What the stores of one provider are made from. */
export interface StoreRegistryOptions {
  client: BankFeedsClient;
  companyId: string;
  connectionId: string;
  today?: CalendarDate | undefined;
  timeZone?: string | undefined;
  poll?: { confirm?: Partial<PollOptions>; watch?: Partial<PollOptions> } | undefined;
}

/**
 * The stores of one mounted kit, made on first use and never loaded while rendering: loading
 * starts from an effect (`start`), so rendering on a server sends no request. Released stores are
 * destroyed a tick later, unless retained again at once (React's StrictMode remounts effects).
 */
export interface StoreRegistry {
  readonly options: StoreRegistryOptions;
  setup(): SetupStore;
  connections(): ConnectionsStore;
  /** Starts loading a store once. */
  start(store: SetupStore | ConnectionsStore): void;
  retain(): void;
  release(): void;
}

export function createStoreRegistry(options: StoreRegistryOptions): StoreRegistry {
  let setup: SetupStore | null = null;
  let connections: ConnectionsStore | null = null;
  const started = new WeakSet<object>();
  let pendingDestroy: ReturnType<typeof setTimeout> | null = null;
  const { client, companyId, connectionId } = options;
  return {
    options,
    setup() {
      setup ??= createSetupStore({
        client,
        companyId,
        connectionId,
        autoLoad: false,
        ...(options.today ? { today: options.today } : {}),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
        ...(options.poll?.confirm ? { confirmPoll: options.poll.confirm } : {}),
        ...(options.poll?.watch ? { watchPoll: options.poll.watch } : {}),
      });
      return setup;
    },
    connections() {
      connections ??= createConnectionsStore({ client, companyId, connectionId, autoLoad: false });
      return connections;
    },
    start(store) {
      if (started.has(store)) return;
      started.add(store);
      const state = store.getState();
      if ('reload' in state) state.reload();
      else void state.refresh();
    },
    retain() {
      if (pendingDestroy) clearTimeout(pendingDestroy);
      pendingDestroy = null;
    },
    release() {
      pendingDestroy = setTimeout(() => {
        setup?.getState().destroy();
        connections?.getState().destroy();
      }, 0);
    },
  };
}
