import type { SqlClient } from './sql-client';
import type { StoreTables } from './sql-names';
import type { CompanyLink, CompanyLinks } from './types';

interface LinkRow {
  customer_id: string;
  company_id: string;
  connection_id: string | null;
}

const toLink = (row: LinkRow): CompanyLink => ({
  customerId: row.customer_id,
  companyId: row.company_id,
  connectionId: row.connection_id,
});

/** {@link CompanyLinks} over the `bankfeeds_links` table. */
export function sqlCompanyLinks(db: SqlClient, tables: StoreTables): CompanyLinks {
  const columns = 'customer_id, company_id, connection_id';
  return {
    async get(customerId) {
      const rows = await db.query<LinkRow>(
        `SELECT ${columns} FROM ${tables.links} WHERE customer_id = $1`,
        [customerId],
      );
      return rows[0] ? toLink(rows[0]) : null;
    },
    async set(link) {
      await db.query(
        `INSERT INTO ${tables.links} (${columns}) VALUES ($1, $2, $3)
         ON CONFLICT (customer_id) DO UPDATE
           SET company_id = excluded.company_id, connection_id = excluded.connection_id`,
        [link.customerId, link.companyId, link.connectionId],
      );
    },
    async findByCompany(companyId) {
      const rows = await db.query<LinkRow>(
        `SELECT ${columns} FROM ${tables.links} WHERE company_id = $1
         ORDER BY customer_id LIMIT 1`,
        [companyId],
      );
      return rows[0] ? toLink(rows[0]) : null;
    },
    async list({ after, limit }) {
      // customer_id is COLLATE "C": the same byte order on every server, whatever its locale.
      const rows = await db.query<LinkRow>(
        `SELECT ${columns} FROM ${tables.links}
         WHERE connection_id IS NOT NULL AND ($1::text IS NULL OR customer_id > $1::text)
         ORDER BY customer_id LIMIT $2`,
        [after ?? null, limit],
      );
      return rows.map(toLink);
    },
  };
}
