import type { FeedRow } from '@bankfeeds/client';
import { SOURCE_ACCOUNT_STATUSES, type SourceAccountStatus } from '@bankfeeds/model';
import type { ManagedFeed } from '../connection-manager/types';

const statusOf = (status: string): SourceAccountStatus =>
  (SOURCE_ACCOUNT_STATUSES as readonly string[]).includes(status)
    ? (status as SourceAccountStatus)
    : 'unknown';

const feedCache = new WeakMap<FeedRow, ManagedFeed>();

/** A connections-store feed as the connection manager lists it (cached by row identity). */
export function toManagedFeed(feed: FeedRow): ManagedFeed {
  let managed = feedCache.get(feed);
  if (!managed) {
    const source = feed.sourceAccount;
    managed = {
      sourceAccountId: feed.id,
      sourceName:
        source.accountInfo?.nickname || source.accountName || source.accountNumber || feed.id,
      accountNumber: source.accountNumber,
      currency: source.currency,
      targetName: feed.target?.name ?? null,
      feedStartDate: feed.feedStartDate,
      status: statusOf(feed.status),
    };
    feedCache.set(feed, managed);
  }
  return managed;
}
