import type { BankFeedsClient } from '../http/types';

/** Where a push goes: one source account on one connection. */
export interface PushTarget {
  client: BankFeedsClient;
  companyId: string;
  connectionId: string;
  accountId: string;
}
