import type { SqlClient } from './sql-client';
import type { StoreTables } from './sql-names';
import type { ConnectionEvents } from './types';

/**
 * {@link ConnectionEvents} over `bankfeeds_connection_events`. Codat's `generatedDate` is kept
 * as it came (`at`) and compared as a time (`at_time`), so a late delivery of an older event
 * never replaces a newer one.
 */
export function sqlConnectionEvents(db: SqlClient, tables: StoreTables): ConnectionEvents {
  const table = tables.connectionEvents;
  return {
    async get(connectionId) {
      const rows = await db.query<{ lost: boolean; at: string }>(
        `SELECT lost, at FROM ${table} WHERE connection_id = $1`,
        [connectionId],
      );
      const row = rows[0];
      return row ? { lost: row.lost, at: row.at } : null;
    },

    async set(connectionId, event) {
      await db.query(
        `INSERT INTO ${table} AS e (connection_id, lost, at, at_time)
         VALUES ($1, $2, $3::text, $3::text::timestamptz)
         ON CONFLICT (connection_id) DO UPDATE
           SET lost = excluded.lost, at = excluded.at, at_time = excluded.at_time
           WHERE excluded.at_time > e.at_time`,
        [connectionId, event.lost, event.at],
      );
    },
  };
}
