/** Where a customer's bank feeds live at Codat. */
export interface CompanyLink {
  companyId: string;
  /** The Xero connection, once created. */
  connectionId: string | null;
}

/**
 * The bank's record of which Codat company belongs to which customer. This link, not anything the
 * browser sends, decides what a customer may reach. Keep it in your database; the example keeps
 * it in memory.
 */
export interface CompanyLinks {
  get(customerId: string): Promise<CompanyLink | null>;
  set(customerId: string, link: CompanyLink): Promise<void>;
  /** Whose company this is: webhooks name the company, not the customer. */
  findCustomer(companyId: string): Promise<string | null>;
}

/** Per source account, the last transaction Codat accepted (where the next push starts). */
export interface PushCursor {
  lastTransactionId: string;
  lastDate: string;
}

/** Push cursors by company and source account. Keep them in your database. */
export interface PushCursors {
  get(companyId: string, sourceAccountId: string): Promise<PushCursor | null>;
  set(companyId: string, sourceAccountId: string, cursor: PushCursor): Promise<void>;
}

/** In-memory {@link CompanyLinks}, for the example and tests. */
export function createMemoryCompanyLinks(): CompanyLinks {
  const links = new Map<string, CompanyLink>();
  return {
    async get(customerId) {
      const link = links.get(customerId);
      return link ? { ...link } : null;
    },
    async set(customerId, link) {
      links.set(customerId, { ...link });
    },
    async findCustomer(companyId) {
      for (const [customerId, link] of links) {
        if (link.companyId === companyId) return customerId;
      }
      return null;
    },
  };
}

/** In-memory {@link PushCursors}, for the example and tests. */
export function createMemoryPushCursors(): PushCursors {
  const cursors = new Map<string, PushCursor>();
  const key = (companyId: string, sourceAccountId: string) =>
    `${companyId}\u0000${sourceAccountId}`;
  return {
    async get(companyId, sourceAccountId) {
      return cursors.get(key(companyId, sourceAccountId)) ?? null;
    },
    async set(companyId, sourceAccountId, cursor) {
      cursors.set(key(companyId, sourceAccountId), { ...cursor });
    },
  };
}
