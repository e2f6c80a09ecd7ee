/**
 * A change of one company's connection (a feed connected or disconnected, the connection
 * authorised again), as the store that made it reports it.
 */
export interface ConnectionChange {
  companyId: string;
  connectionId: string;
  /** The store that made the change; it is already current and does not refresh for it. */
  source: object;
}

/** The change signal of one client. */
export interface ConnectionChanges {
  /** Tells every listener of the client; called after a write Codat accepted. */
  publish(change: ConnectionChange): void;
  /** Listens to every change made through the client; returns the unsubscribe. */
  subscribe(listener: (change: ConnectionChange) => void): () => void;
  /** A counter that moves with every change of this connection: a stopped store compares it on start. */
  version(companyId: string, connectionId: string): number;
}

const key = (companyId: string, connectionId: string) => `${companyId}\u0000${connectionId}`;

function createConnectionChanges(): ConnectionChanges {
  const listeners = new Set<(change: ConnectionChange) => void>();
  const versions = new Map<string, number>();
  return {
    publish(change) {
      const id = key(change.companyId, change.connectionId);
      versions.set(id, (versions.get(id) ?? 0) + 1);
      // A copy: a listener may unsubscribe (a store stopping) while we call the others.
      for (const listener of [...listeners]) listener(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    version: (companyId, connectionId) => versions.get(key(companyId, connectionId)) ?? 0,
  };
}

// One signal per client object, so stores of one client (one provider, or a headless app that
// shares its client) hear each other, and two clients (two tenants) never do. A WeakMap lets a
// client that is dropped take its signal with it.
const signals = new WeakMap<object, ConnectionChanges>();

/**
 * The change signal of `client`: the kit's stores publish to it after a successful connect,
 * disconnect or re-authorisation, and refresh when another store of the same client did.
 */
export function connectionChangesOf(client: object): ConnectionChanges {
  let signal = signals.get(client);
  if (!signal) {
    signal = createConnectionChanges();
    signals.set(client, signal);
  }
  return signal;
}
