import type { PushCheckpoint } from '@bankfeeds/client';

/**
 * A push of one source account that has not settled: a request went out with no reply
 * (`uncertain`), or Codat has not said how its write ended (`timed-out`). Enough to resume it
 * over the very same lines, or to settle it from a `bankTransactions.write.*` webhook, without
 * ever sending a line twice.
 */
export interface SavedPush {
  connectionId: string;
  /** The account's cursor when the push started: its lines are the ones after this id. */
  startAfterId: string | null;
  /** The first date its lines were read from (the feed start date on a first push). */
  fromDate: string;
  /** The date of each request's last line, so settling a request can move the cursor. */
  chunkEndDates: string[];
  /** The kit's checkpoint, as `pushTransactions` reported it last. */
  checkpoint: PushCheckpoint;
}

/** A saved push with the source account it belongs to. */
export interface SavedAccountPush {
  sourceAccountId: string;
  push: SavedPush;
}

/**
 * Unsettled pushes by company and source account, at most one per account. Keep them in your
 * database, next to the cursors: losing one means a later run cannot tell whether its lines
 * reached Xero.
 */
export interface PushCheckpoints {
  get(companyId: string, sourceAccountId: string): Promise<SavedPush | null>;
  set(companyId: string, sourceAccountId: string, push: SavedPush): Promise<void>;
  delete(companyId: string, sourceAccountId: string): Promise<void>;
  /** Every unsettled push of a company (a webhook names the company, not the account). */
  list(companyId: string): Promise<SavedAccountPush[]>;
}

/** In-memory {@link PushCheckpoints}, for the example and tests. */
export function createMemoryPushCheckpoints(): PushCheckpoints {
  const pushes = new Map<string, Map<string, SavedPush>>();
  const ofCompany = (companyId: string) => {
    let company = pushes.get(companyId);
    if (!company) pushes.set(companyId, (company = new Map()));
    return company;
  };
  return {
    async get(companyId, sourceAccountId) {
      const push = pushes.get(companyId)?.get(sourceAccountId);
      return push ? structuredClone(push) : null;
    },
    async set(companyId, sourceAccountId, push) {
      ofCompany(companyId).set(sourceAccountId, structuredClone(push));
    },
    async delete(companyId, sourceAccountId) {
      pushes.get(companyId)?.delete(sourceAccountId);
    },
    async list(companyId) {
      return [...(pushes.get(companyId) ?? [])].map(([sourceAccountId, push]) => ({
        sourceAccountId,
        push: structuredClone(push),
      }));
    },
  };
}
