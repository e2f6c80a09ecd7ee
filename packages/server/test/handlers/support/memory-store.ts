import type {
  AccountPushState,
  BankFeedsStore,
  CompanyLink,
  ConnectionEvent,
  MessageClaim,
  PushRunRecord,
} from '../../../src/store/types';

/**
 * A `BankFeedsStore` in plain maps with the contract's semantics (leases, newer-only connection
 * events), so the handlers' tests need nothing else. Shared by two handlers, it stands for one
 * database behind two instances.
 */
export function createMemoryStore(now: () => number = Date.now): BankFeedsStore {
  const links = new Map<string, CompanyLink>();
  const pushes = new Map<string, AccountPushState>();
  const leases = new Map<string, { holder: string; until: number }>();
  const runs: PushRunRecord[] = [];
  const messages = new Map<string, { done: boolean; until: number; at: number }>();
  const events = new Map<string, ConnectionEvent>();
  const holds = new Map<string, number>();
  const key = (companyId: string, accountId: string) => `${companyId}\u0000${accountId}`;
  const copy = <T>(value: T): T => structuredClone(value);

  return {
    links: {
      async get(customerId) {
        const link = links.get(customerId);
        return link ? { ...link } : null;
      },
      async set(link) {
        links.set(link.customerId, { ...link });
      },
      async findByCompany(companyId) {
        const found = [...links.values()].find((link) => link.companyId === companyId);
        return found ? { ...found } : null;
      },
      async list({ after, limit }) {
        return [...links.values()]
          .filter((link) => link.connectionId !== null && (!after || link.customerId > after))
          .sort((a, b) => (a.customerId < b.customerId ? -1 : 1))
          .slice(0, limit)
          .map((link) => ({ ...link }));
      },
    },
    pushes: {
      async get(companyId, accountId) {
        return copy(pushes.get(key(companyId, accountId)) ?? { cursor: null, saved: null });
      },
      async save(companyId, accountId, update) {
        const current = pushes.get(key(companyId, accountId)) ?? { cursor: null, saved: null };
        pushes.set(key(companyId, accountId), {
          cursor: update.cursor ? copy(update.cursor) : current.cursor,
          saved: update.saved === undefined ? current.saved : copy(update.saved),
        });
      },
      async listUnsettled(companyId) {
        return [...pushes.entries()]
          .filter(([id, state]) => id.startsWith(`${companyId}\u0000`) && state.saved)
          .map(([id, state]) => ({
            sourceAccountId: id.split('\u0000')[1]!,
            saved: copy(state.saved!),
          }));
      },
      async claim(companyId, accountId, holder, leaseMs) {
        const lease = leases.get(key(companyId, accountId));
        if (lease && lease.holder !== holder && lease.until > now()) return false;
        leases.set(key(companyId, accountId), { holder, until: now() + leaseMs });
        return true;
      },
      async renew(companyId, accountId, holder, leaseMs) {
        const lease = leases.get(key(companyId, accountId));
        if (!lease || lease.holder !== holder) return false;
        lease.until = now() + leaseMs;
        return true;
      },
      async release(companyId, accountId, holder) {
        if (leases.get(key(companyId, accountId))?.holder === holder)
          leases.delete(key(companyId, accountId));
      },
      async recordRun(run) {
        runs.push({ ...run });
      },
      async listRuns(companyId, limit) {
        return runs
          .filter((run) => run.companyId === companyId)
          .reverse()
          .slice(0, limit);
      },
    },
    webhookMessages: {
      async claim(messageId, leaseMs): Promise<MessageClaim> {
        const entry = messages.get(messageId);
        if (entry?.done) return 'done';
        if (entry && entry.until > now()) return 'in-progress';
        messages.set(messageId, { done: false, until: now() + leaseMs, at: now() });
        return 'claimed';
      },
      async finish(messageId) {
        messages.set(messageId, { done: true, until: Infinity, at: now() });
      },
      async release(messageId) {
        messages.delete(messageId);
      },
      async forget(beforeMs) {
        let count = 0;
        for (const [id, entry] of messages) {
          if (entry.done && entry.at < beforeMs) {
            messages.delete(id);
            count++;
          }
        }
        return count;
      },
    },
    connectionEvents: {
      async get(connectionId) {
        const event = events.get(connectionId);
        return event ? { ...event } : null;
      },
      async set(connectionId, event) {
        const latest = events.get(connectionId);
        if (latest && Date.parse(latest.at) > Date.parse(event.at)) return;
        events.set(connectionId, { ...event });
      },
    },
    rateHolds: {
      async get(scope) {
        const until = holds.get(scope) ?? 0;
        return until > now() ? until : 0;
      },
      async hold(scope, untilMs) {
        holds.set(scope, Math.max(holds.get(scope) ?? 0, untilMs));
      },
    },
    async close() {},
  };
}
