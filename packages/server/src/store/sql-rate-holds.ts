import type { SqlClient } from './sql-client';
import type { StoreTables } from './sql-names';
import type { RateHolds } from './types';

/** {@link RateHolds} over `bankfeeds_rate_holds`: one row per scope, the latest hold wins. */
export function sqlRateHolds(db: SqlClient, tables: StoreTables): RateHolds {
  const table = tables.rateHolds;
  return {
    async get(scope) {
      const rows = await db.query<{ until_ms: number }>(
        `SELECT until_ms FROM ${table} WHERE scope = $1`,
        [scope],
      );
      return rows[0]?.until_ms ?? 0;
    },

    async hold(scope, untilMs) {
      await db.query(
        `INSERT INTO ${table} AS h (scope, until_ms) VALUES ($1, $2)
         ON CONFLICT (scope) DO UPDATE SET until_ms = greatest(h.until_ms, excluded.until_ms)`,
        [scope, untilMs],
      );
    },
  };
}
