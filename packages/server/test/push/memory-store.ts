import type {
  AccountPushState,
  BankFeedsStore,
  CompanyLink,
  PushRunRecord,
  SavedPush,
  PushCursor,
} from '../../src/store/types';

/** The shared state behind memory stores: one "database" several stores can open. */
export interface MemoryDatabase {
  links: Map<string, CompanyLink>;
  cursors: Map<string, PushCursor>;
  saved: Map<string, SavedPush>;
  leases: Map<string, { holder: string; until: number }>;
  runs: PushRunRecord[];
  holds: Map<string, number>;
}

export function createMemoryDatabase(): MemoryDatabase {
  return {
    links: new Map(),
    cursors: new Map(),
    saved: new Map(),
    leases: new Map(),
    runs: [],
    holds: new Map(),
  };
}

const key = (companyId: string, accountId: string) => `${companyId}\u0000${accountId}`;
const copy = <T>(value: T): T => structuredClone(value);

/**
 * A store kept in memory, for the push job's tests before its SQL stores exist: the same
 * contract, every method atomic (one turn of the event loop).
 */
export function createMemoryStore(db: MemoryDatabase = createMemoryDatabase()): BankFeedsStore {
  return {
    links: {
      async get(customerId) {
        return copy(db.links.get(customerId) ?? null);
      },
      async set(link) {
        db.links.set(link.customerId, copy(link));
      },
      async findByCompany(companyId) {
        return copy([...db.links.values()].find((link) => link.companyId === companyId) ?? null);
      },
      async list({ after, limit }) {
        return [...db.links.values()]
          .filter((link) => link.connectionId && (after === undefined || link.customerId > after))
          .sort((a, b) => (a.customerId < b.customerId ? -1 : 1))
          .slice(0, limit)
          .map(copy);
      },
    },
    pushes: {
      async get(companyId, accountId): Promise<AccountPushState> {
        const k = key(companyId, accountId);
        return copy({ cursor: db.cursors.get(k) ?? null, saved: db.saved.get(k) ?? null });
      },
      async save(companyId, accountId, update) {
        const k = key(companyId, accountId);
        if (update.cursor) db.cursors.set(k, copy(update.cursor));
        if (update.saved === null) db.saved.delete(k);
        else if (update.saved) db.saved.set(k, copy(update.saved));
      },
      async listUnsettled(companyId) {
        return [...db.saved]
          .filter(([k]) => k.startsWith(`${companyId}\u0000`))
          .map(([k, saved]) => ({ sourceAccountId: k.split('\u0000')[1]!, saved: copy(saved) }));
      },
      async claim(companyId, accountId, holder, leaseMs) {
        const k = key(companyId, accountId);
        const lease = db.leases.get(k);
        if (lease && lease.holder !== holder && lease.until > Date.now()) return false;
        db.leases.set(k, { holder, until: Date.now() + leaseMs });
        return true;
      },
      async renew(companyId, accountId, holder, leaseMs) {
        const k = key(companyId, accountId);
        const lease = db.leases.get(k);
        if (!lease || lease.holder !== holder) return false;
        lease.until = Date.now() + leaseMs;
        return true;
      },
      async release(companyId, accountId, holder) {
        const k = key(companyId, accountId);
        if (db.leases.get(k)?.holder === holder) db.leases.delete(k);
      },
      async recordRun(run) {
        db.runs.push(copy(run));
      },
      async listRuns(companyId, limit) {
        return db.runs
          .filter((run) => run.companyId === companyId)
          .reverse()
          .slice(0, limit)
          .map(copy);
      },
    },
    webhookMessages: {
      claim: async () => 'claimed',
      finish: async () => {},
      release: async () => {},
      forget: async () => 0,
    },
    connectionEvents: { get: async () => null, set: async () => {} },
    rateHolds: {
      async get(scope) {
        return db.holds.get(scope) ?? 0;
      },
      async hold(scope, untilMs) {
        db.holds.set(scope, Math.max(db.holds.get(scope) ?? 0, untilMs));
      },
    },
    close: async () => {},
  };
}
