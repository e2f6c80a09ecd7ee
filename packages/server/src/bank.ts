import type { BankTransaction, SourceAccountV2Prototype } from '@bankfeeds/model';

/** A business customer as the bank's systems know them. */
export interface BankCustomer {
  /** The bank's own id for the customer. */
  id: string;
  /** The business's name; becomes the Codat company's name (cleaned as Codat cleans it). */
  businessName: string;
}

/**
 * What the package needs from the bank's core systems: the bank plugs its own in here.
 */
export interface CustomerDirectory {
  /** The customer, or `null` when the id is unknown. */
  getCustomer(customerId: string): Promise<BankCustomer | null>;
  /**
   * The accounts the customer may feed into Xero, as Codat source accounts. `id` is the bank's
   * stable, opaque account id, unique for the customer and never reused.
   */
  listAccounts(customerId: string): Promise<SourceAccountV2Prototype[]>;
  /**
   * Posted transactions of one account, oldest first, strictly after `afterId` when given (the
   * last line already accepted), and dated on or after `fromDate` (`YYYY-MM-DD`). Each line's
   * `balance` is the account balance after it.
   */
  listTransactions(
    customerId: string,
    accountId: string,
    range: { afterId: string | null; fromDate: string },
  ): Promise<BankTransaction[]>;
}

/** One structured log line. Values are plain data: never headers, never request bodies. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Where the package writes what it did. Plug in your own (pino, winston, ...). */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}
