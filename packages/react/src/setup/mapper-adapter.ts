import type { FeedRow, RowDraft, SetupRow, SetupState, TargetChoice } from '@bankfeeds/client';
export { toTargetChoice } from '../account-mapper/mapping-logic';
import { SOURCE_ACCOUNT_STATUSES, type SourceAccountStatus } from '@bankfeeds/model';
import type {
  MapperAccount,
  MappingChoice,
  MappingDraft,
  MappingProblems,
  MappingValue,
  RowSubmitStatus,
} from '../account-mapper/types';
import type { ManagedFeed } from '../connection-manager/types';

const statusOf = (status: string): SourceAccountStatus =>
  (SOURCE_ACCOUNT_STATUSES as readonly string[]).includes(status)
    ? (status as SourceAccountStatus)
    : 'unknown';

export const toMappingChoice = (choice: TargetChoice): MappingChoice =>
  choice.kind === 'existing'
    ? { type: 'existing', targetAccountId: choice.targetAccountId }
    : { type: choice.kind };

/**
 * Turns the setup store's rows into the mapper's props and keeps every unchanged piece's identity
 * (accounts, drafts, statuses, the arrays themselves), so the memoised rows skip re-rendering and
 * suggestions are not recomputed on every keystroke.
 */
export function createMapperAdapter() {
  const accountCache = new Map<string, { row: SetupRow; account: MapperAccount }>();
  const draftCache = new WeakMap<RowDraft, MappingDraft>();
  const statusCache = new Map<string, { row: SetupRow; status: RowSubmitStatus | undefined }>();
  let lastAccounts: { rows: SetupState['rows'] | null; list: MapperAccount[] } = {
    rows: null,
    list: [],
  };
  let lastValue: { rows: SetupState['rows'] | null; value: MappingValue } = {
    rows: null,
    value: {},
  };
  let lastProblems: { rows: SetupState['rows'] | null; value: MappingProblems } = {
    rows: null,
    value: {},
  };
  let lastStatus: { rows: SetupState['rows'] | null; value: Record<string, RowSubmitStatus> } = {
    rows: null,
    value: {},
  };

  const accountOf = (row: SetupRow): MapperAccount => {
    const cached = accountCache.get(row.id);
    // A draft change replaces the row object but not the parts an account is made of.
    if (
      cached &&
      cached.row.sourceAccount === row.sourceAccount &&
      cached.row.targetOptions === row.targetOptions &&
      cached.row.feedStatus === row.feedStatus &&
      cached.row.target === row.target &&
      cached.row.phase === row.phase &&
      cached.row.feedStartDate === row.feedStartDate
    ) {
      return cached.account;
    }
    const source = row.sourceAccount;
    const account: MapperAccount = {
      id: row.id,
      name: source.accountInfo?.nickname || source.accountName || source.accountNumber || row.id,
      accountNumber: source.accountNumber,
      sortCode: source.sortCode,
      currency: source.currency,
      balance: source.balance,
      status: row.phase === 'connected' ? 'connected' : statusOf(row.feedStatus),
      feedStartDate: row.feedStartDate,
      connectedTargetName: row.target?.name ?? null,
      connectedTargetId: row.target?.id ?? null,
      targetOptions: row.targetOptions,
      newAccountName: row.newTargetName,
    };
    accountCache.set(row.id, { row, account });
    return account;
  };

  return {
    accounts(state: SetupState): MapperAccount[] {
      if (state.rows === lastAccounts.rows) return lastAccounts.list;
      const list = state.rowIds.map((id) => accountOf(state.rows[id]!));
      const same =
        list.length === lastAccounts.list.length &&
        list.every((a, i) => a === lastAccounts.list[i]);
      lastAccounts = { rows: state.rows, list: same ? lastAccounts.list : list };
      return lastAccounts.list;
    },
    value(state: SetupState): MappingValue {
      if (state.rows === lastValue.rows) return lastValue.value;
      const value: Record<string, MappingDraft> = {};
      for (const id of state.rowIds) {
        const draft = state.rows[id]!.draft;
        let mapped = draftCache.get(draft);
        if (!mapped) {
          mapped = { choice: toMappingChoice(draft.choice), feedStartDate: draft.feedStartDate };
          draftCache.set(draft, mapped);
        }
        value[id] = mapped;
      }
      lastValue = { rows: state.rows, value };
      return value;
    },
    /** The store's problems by row; each row's list keeps its identity while it is unchanged. */
    problems(state: SetupState): MappingProblems {
      if (state.rows === lastProblems.rows) return lastProblems.value;
      const value: Record<string, SetupRow['problems']> = {};
      let same = Object.keys(lastProblems.value).length === state.rowIds.length;
      for (const id of state.rowIds) {
        value[id] = state.rows[id]!.problems;
        if (lastProblems.value[id] !== value[id]) same = false;
      }
      lastProblems = { rows: state.rows, value: same ? lastProblems.value : value };
      return lastProblems.value;
    },
    rowStatus(state: SetupState): Record<string, RowSubmitStatus> {
      if (state.rows === lastStatus.rows) return lastStatus.value;
      const value: Record<string, RowSubmitStatus> = {};
      for (const id of state.rowIds) {
        const row = state.rows[id]!;
        const cached = statusCache.get(id);
        let status =
          cached?.row.phase === row.phase && cached.row.error === row.error
            ? cached.status
            : undefined;
        if (!cached || status === undefined) {
          status =
            row.phase === 'idle'
              ? undefined
              : row.phase === 'failed'
                ? { state: 'failed', errorCode: row.error?.code ?? 'unknown' }
                : { state: row.phase === 'confirming' ? 'connecting' : row.phase };
          statusCache.set(id, { row, status });
        }
        if (status) value[id] = status;
      }
      lastStatus = { rows: state.rows, value };
      return value;
    },
  };
}

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
