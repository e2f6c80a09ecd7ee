import type { BankFeedMapping, SourceAccount } from '@bankfeeds/model';
import type { ConnectionsState, FeedRow } from './connections.store';

/** Feed rows from Codat's accounts and mappings; a row nobody would see change keeps its identity. */
export function feedsFrom(
  accounts: readonly SourceAccount[],
  mappings: readonly BankFeedMapping[],
  previous: Readonly<Record<string, FeedRow>>,
): Pick<ConnectionsState, 'feeds' | 'feedIds'> {
  const byId = new Map(mappings.map((m) => [m.sourceAccountId, m]));
  const feeds: Record<string, FeedRow> = {};
  const feedIds = accounts.map((account) => {
    const mapping = byId.get(account.id);
    const next: FeedRow = {
      id: account.id,
      sourceAccount: account,
      status: mapping?.status ?? account.status,
      target: mapping?.targetAccountId
        ? { id: mapping.targetAccountId, name: mapping.targetAccountName }
        : null,
      feedStartDate: account.feedStartDate ?? mapping?.feedStartDate ?? null,
      pending: null,
      error: null,
    };
    const old = previous[account.id];
    // A row with a write in flight keeps showing it: Codat's read may predate the write.
    if (old?.pending) {
      feeds[account.id] = old;
      return account.id;
    }
    feeds[account.id] =
      old &&
      old.status === next.status &&
      old.target?.id === next.target?.id &&
      old.target?.name === next.target?.name &&
      old.feedStartDate === next.feedStartDate &&
      old.sourceAccount.accountName === account.accountName &&
      !old.error
        ? old
        : next;
    return account.id;
  });
  return { feeds, feedIds };
}
