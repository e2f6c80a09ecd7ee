/**
 * The latest status change Codat reported by webhook for one connection: `lost` after
 * `connection.disconnected`, not after `connection.connected` / `connection.reconnected`.
 */
export interface ConnectionEvent {
  lost: boolean;
  /** The event's `generatedDate`: an older event delivered late never overrides a newer one. */
  at: string;
}

/**
 * Connection events by connection id, so `GET /api/bank-feeds/state` can tell the customer to
 * reconnect as soon as Codat says access was lost. Keep them in your database.
 */
export interface ConnectionEvents {
  get(connectionId: string): Promise<ConnectionEvent | null>;
  set(connectionId: string, event: ConnectionEvent): Promise<void>;
}

/** In-memory {@link ConnectionEvents}, for the example and tests. */
export function createMemoryConnectionEvents(): ConnectionEvents {
  const events = new Map<string, ConnectionEvent>();
  return {
    async get(connectionId) {
      const event = events.get(connectionId);
      return event ? { ...event } : null;
    },
    async set(connectionId, event) {
      events.set(connectionId, { ...event });
    },
  };
}
