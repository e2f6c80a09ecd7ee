import type { SqlClient } from './sql-client';
import { dbClockPlusMs, type StoreTables } from './sql-names';
import type { AccountPushes, PushRunRecord, SavedPush } from './types';

interface PushStateRow {
  last_transaction_id: string | null;
  last_date: string | null;
  saved_push: SavedPush | null;
}

interface RunRow {
  company_id: string;
  source_account_id: string;
  outcome: string;
  sent: number;
  code: string | null;
  errors: string[];
  started_ms: number;
  finished_ms: number;
}

const toRun = (row: RunRow): PushRunRecord => ({
  companyId: row.company_id,
  sourceAccountId: row.source_account_id,
  outcome: row.outcome,
  sent: row.sent,
  code: row.code,
  errors: row.errors,
  startedAt: new Date(row.started_ms).toISOString(),
  finishedAt: new Date(row.finished_ms).toISOString(),
});

/**
 * {@link AccountPushes} over `bankfeeds_push_accounts` (one row per account: cursor, saved push
 * and lease) and `bankfeeds_push_runs`. Leases run on the database's clock, so instances whose
 * clocks disagree still agree on who holds an account.
 */
export function sqlAccountPushes(db: SqlClient, tables: StoreTables): AccountPushes {
  const account = 'company_id = $1 AND source_account_id = $2';
  return {
    async get(companyId, sourceAccountId) {
      const rows = await db.query<PushStateRow>(
        `SELECT last_transaction_id, last_date, saved_push FROM ${tables.pushAccounts}
         WHERE ${account}`,
        [companyId, sourceAccountId],
      );
      const row = rows[0];
      if (!row) return { cursor: null, saved: null };
      const cursor =
        row.last_transaction_id !== null && row.last_date !== null
          ? { lastTransactionId: row.last_transaction_id, lastDate: row.last_date }
          : null;
      return { cursor, saved: row.saved_push };
    },

    async save(companyId, sourceAccountId, { cursor, saved }) {
      // One upsert: the cursor and the saved push change together or not at all.
      const updates: string[] = [];
      if (cursor !== undefined) {
        updates.push('last_transaction_id = excluded.last_transaction_id');
        updates.push('last_date = excluded.last_date');
      }
      if (saved !== undefined) updates.push('saved_push = excluded.saved_push');
      if (updates.length === 0) return;
      await db.query(
        `INSERT INTO ${tables.pushAccounts} AS a
           (company_id, source_account_id, last_transaction_id, last_date, saved_push)
         VALUES ($1, $2, $3, $4, $5::text::jsonb)
         ON CONFLICT (company_id, source_account_id) DO UPDATE SET ${updates.join(', ')}`,
        [
          companyId,
          sourceAccountId,
          cursor?.lastTransactionId ?? null,
          cursor?.lastDate ?? null,
          saved ? JSON.stringify(saved) : null,
        ],
      );
    },

    async listUnsettled(companyId) {
      const rows = await db.query<{ source_account_id: string; saved_push: SavedPush }>(
        `SELECT source_account_id, saved_push FROM ${tables.pushAccounts}
         WHERE company_id = $1 AND saved_push IS NOT NULL ORDER BY source_account_id`,
        [companyId],
      );
      return rows.map((row) => ({ sourceAccountId: row.source_account_id, saved: row.saved_push }));
    },

    async claim(companyId, sourceAccountId, holder, leaseMs) {
      // One statement: the row lock taken by ON CONFLICT makes concurrent claims queue, and each
      // re-reads the lease its predecessor left, so exactly one of them wins.
      const rows = await db.query(
        `INSERT INTO ${tables.pushAccounts} AS a
           (company_id, source_account_id, lease_holder, lease_expires_at)
         VALUES ($1, $2, $3, ${dbClockPlusMs(4)})
         ON CONFLICT (company_id, source_account_id) DO UPDATE
           SET lease_holder = excluded.lease_holder, lease_expires_at = excluded.lease_expires_at
           WHERE a.lease_holder IS NULL OR a.lease_holder = excluded.lease_holder
             OR a.lease_expires_at < now()
         RETURNING 1 AS claimed`,
        [companyId, sourceAccountId, holder, leaseMs],
      );
      return rows.length === 1;
    },

    async renew(companyId, sourceAccountId, holder, leaseMs) {
      // A lease that ran out but that nobody took is still the holder's to renew.
      const rows = await db.query(
        `UPDATE ${tables.pushAccounts} SET lease_expires_at = ${dbClockPlusMs(4)}
         WHERE ${account} AND lease_holder = $3 RETURNING 1 AS renewed`,
        [companyId, sourceAccountId, holder, leaseMs],
      );
      return rows.length === 1;
    },

    async release(companyId, sourceAccountId, holder) {
      await db.query(
        `UPDATE ${tables.pushAccounts} SET lease_holder = NULL, lease_expires_at = NULL
         WHERE ${account} AND lease_holder = $3`,
        [companyId, sourceAccountId, holder],
      );
    },

    async recordRun(run) {
      await db.query(
        `INSERT INTO ${tables.pushRuns}
           (company_id, source_account_id, outcome, sent, code, errors, started_at, finished_at)
         VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::timestamptz, $8::text::timestamptz)`,
        [
          run.companyId,
          run.sourceAccountId,
          run.outcome,
          run.sent,
          run.code,
          JSON.stringify(run.errors),
          run.startedAt,
          run.finishedAt,
        ],
      );
    },

    async listRuns(companyId, limit) {
      // Times leave as whole epoch milliseconds (exact numeric arithmetic, then a number): the same
      // JavaScript value from every driver, whatever it makes of timestamptz.
      const rows = await db.query<RunRow>(
        `SELECT company_id, source_account_id, outcome, sent, code, errors,
           floor(extract(epoch FROM started_at) * 1000)::double precision AS started_ms,
           floor(extract(epoch FROM finished_at) * 1000)::double precision AS finished_ms
         FROM ${tables.pushRuns} WHERE company_id = $1
         ORDER BY finished_at DESC, id DESC LIMIT $2`,
        [companyId, limit],
      );
      return rows.map(toRun);
    },
  };
}
