/** Hears a change of one connection made through another store of the same client. */
type Listener = (companyId: string, connectionId: string, source: object) => void;

/** The change signal of one client: its listeners, and a counter that moves with every change. */
interface Signal {
  version: number;
  listeners: Set<Listener>;
}

// One signal per client object, so stores of one client (one provider, or a headless app that
// shares its client) hear each other, and two clients (two tenants) never do. A WeakMap lets a
// client that is dropped take its signal with it.
const signals = new WeakMap<object, Signal>();

/** One store's end of its client's change signal, for one connection. */
export interface ConnectionFeed {
  /** Tells the other stores of the client; called after a write Codat accepted. */
  publish(): void;
  /** Hears the others' changes (while the store runs); returns the unsubscribe. */
  listen(): () => void;
  /** Marks the store current: called when it starts reading. */
  seen(): void;
  /** Whether the client changed anything since `seen` (a stopped store asks on start). */
  missed(): boolean;
}

/**
 * Connects a store to the change signal of `client`: the kit's stores publish after a successful
 * connect, disconnect or re-authorisation, and `onChange` runs when another store of the same
 * client changed this connection.
 */
export function connectionFeed(
  client: object,
  companyId: string,
  /** The connection, or how to read it (a store that finds its connection learns it later). */
  connection: string | (() => string | null),
  onChange: () => void,
): ConnectionFeed {
  const connectionId = () => (typeof connection === 'string' ? connection : connection());
  let signal = signals.get(client);
  if (!signal) signals.set(client, (signal = { version: 0, listeners: new Set() }));
  const { listeners } = signal;
  const self = signal;
  let seenAt = self.version;
  const feed: ConnectionFeed = {
    publish() {
      seenAt = ++self.version;
      // A copy: a listener may unsubscribe (a store stopping) while the others are called.
      for (const listener of [...listeners]) listener(companyId, connectionId() ?? '', feed);
    },
    listen() {
      const listener: Listener = (company, changed, source) => {
        if (source !== feed && company === companyId && changed === connectionId()) onChange();
      };
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    seen: () => void (seenAt = self.version),
    // The counter is per client: a change to another connection of it also counts (a spare read).
    missed: () => seenAt !== self.version,
  };
  return feed;
}
