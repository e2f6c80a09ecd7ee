import type { SqlClient } from './sql-client';
import { dbClockPlusMs, type StoreTables } from './sql-names';
import type { WebhookMessages } from './types';

/**
 * {@link WebhookMessages} over `bankfeeds_webhook_messages`. A claim is a row with a lease on the
 * database's clock; a finished message keeps its row (`done`) until `forget`.
 */
export function sqlWebhookMessages(db: SqlClient, tables: StoreTables): WebhookMessages {
  const table = tables.webhookMessages;
  return {
    async claim(messageId, leaseMs) {
      // The insert wins on a new id, or takes over a claim whose lease ran out; a running claim
      // or a finished message leaves it with no row.
      const claimed = await db.query(
        `INSERT INTO ${table} AS m (message_id, claim_expires_at) VALUES ($1, ${dbClockPlusMs(2)})
         ON CONFLICT (message_id) DO UPDATE SET claim_expires_at = excluded.claim_expires_at
           WHERE NOT m.done AND m.claim_expires_at < now()
         RETURNING 1 AS claimed`,
        [messageId, leaseMs],
      );
      if (claimed.length === 1) return 'claimed';
      const rows = await db.query<{ done: boolean }>(
        `SELECT done FROM ${table} WHERE message_id = $1`,
        [messageId],
      );
      // No row: released by its holder between the two statements; the next delivery claims it.
      return rows[0]?.done ? 'done' : 'in-progress';
    },

    async finish(messageId) {
      await db.query(
        `INSERT INTO ${table} AS m (message_id, done, finished_at) VALUES ($1, true, now())
         ON CONFLICT (message_id) DO UPDATE
           SET done = true, finished_at = now(), claim_expires_at = NULL`,
        [messageId],
      );
    },

    async release(messageId) {
      await db.query(`DELETE FROM ${table} WHERE message_id = $1 AND NOT done`, [messageId]);
    },

    async forget(beforeMs) {
      // Claims whose lease had run out by then go too (the next delivery could take them anyway);
      // a claim still running is never dropped, whatever time is given.
      const rows = await db.query<{ forgotten: number }>(
        `WITH forgotten AS (
           DELETE FROM ${table}
           WHERE (done AND finished_at < to_timestamp($1::double precision / 1000))
              OR (NOT done
                  AND claim_expires_at < least(now(), to_timestamp($1::double precision / 1000)))
           RETURNING 1
         )
         SELECT count(*)::integer AS forgotten FROM forgotten`,
        [beforeMs],
      );
      return rows[0]?.forgotten ?? 0;
    },
  };
}
