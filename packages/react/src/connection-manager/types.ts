import type { CalendarDate, ConnectionStatus, SourceAccountStatus } from '@bankfeeds/model';

/** One bank feed as the connection manager lists it. */
export interface ManagedFeed {
  sourceAccountId: string;
  sourceName: string;
  accountNumber: string | null;
  currency: string;
  targetName: string | null;
  feedStartDate: CalendarDate | null;
  status: SourceAccountStatus;
}

/** Where the manager's data stands. */
export type ConnectionManagerStatus = 'loading' | 'ready' | 'error';
export type { ConnectionStatus };
