import { createStore } from 'zustand/vanilla';
import { asBankFeedsError, BankFeedsError } from '../http/errors';
import type { BankFeedsClient } from '../http/types';
import { withLifecycle, type BankFeedsStore } from '../internal/lifecycle';
import { pushTransactions } from './push-transactions';
import type {
  PushCheckpoint,
  PushLine,
  PushOutcome,
  PushProgress,
  PushResult,
  PushTransactionsOptions,
} from './push.types';

/** One account's push as a UI shows it. */
export interface PushRun {
  status: 'running' | PushOutcome | 'error';
  progress: PushProgress | null;
  result: PushResult | null;
  /** The last checkpoint, to resume after `error` or `uncertain`. */
  checkpoint: PushCheckpoint | null;
  error: BankFeedsError | null;
}

/** State of the push store: runs by source account id (untouched runs keep their identity). */
export interface PushState {
  runs: Readonly<Record<string, PushRun>>;
}

/** Actions of the push store. */
export interface PushActions {
  /**
   * Pushes lines to one source account (see {@link pushTransactions}); one push per account at a
   * time. Resumes from the account's last checkpoint when `resume` is set.
   */
  pushTransactions(
    accountId: string,
    lines: readonly PushLine[],
    options?: Omit<PushTransactionsOptions, 'checkpoint'> & { resume?: boolean },
  ): Promise<PushResult>;
  /** Forgets an account's finished run. */
  clear(accountId: string): void;
}

/** The push store's state plus actions. */
export type PushStoreState = PushState & PushActions;
/**
 * A zustand vanilla store of transaction pushes, with the kit's store contract. It reads and
 * polls nothing by itself, so `start` and `stop` change nothing: a push is a write, and a write
 * already sent is never aborted by `stop` (pass `signal` to `pushTransactions` to cancel one; it
 * ends with a checkpoint to resume from).
 */
export type PushStore = BankFeedsStore<PushStoreState>;

/** Options of {@link createPushStore}; `defaults` apply to every push. */
export interface PushStoreOptions {
  client: BankFeedsClient;
  companyId: string;
  connectionId: string;
  defaults?: Omit<PushTransactionsOptions, 'checkpoint' | 'onProgress' | 'onCheckpoint' | 'signal'>;
}

/** Creates a store that runs and tracks pushes per source account. */
export function createPushStore(options: PushStoreOptions): PushStore {
  const { client, companyId, connectionId } = options;
  const api = createStore<PushStoreState>()((set, get) => {
    const update = (accountId: string, patch: Partial<PushRun>) => {
      const run = get().runs[accountId];
      if (run) set({ runs: { ...get().runs, [accountId]: { ...run, ...patch } } });
    };
    return {
      runs: {},
      async pushTransactions(accountId, lines, call = {}) {
        const previous = get().runs[accountId];
        if (previous?.status === 'running') {
          throw new BankFeedsError('A push to this account is already running.', {
            code: 'conflict',
            retryable: false,
          });
        }
        const checkpoint = call.resume ? (previous?.checkpoint ?? null) : null;
        set({
          runs: {
            ...get().runs,
            [accountId]: {
              status: 'running',
              progress: null,
              result: null,
              checkpoint,
              error: null,
            },
          },
        });
        try {
          const result = await pushTransactions(
            { client, companyId, connectionId, accountId },
            lines,
            {
              ...options.defaults,
              ...call,
              checkpoint,
              onProgress: (progress) => {
                update(accountId, { progress });
                call.onProgress?.(progress);
              },
              onCheckpoint: (next) => {
                update(accountId, { checkpoint: next });
                return call.onCheckpoint?.(next);
              },
            },
          );
          update(accountId, {
            status: result.status,
            result,
            checkpoint: result.checkpoint,
            error: result.error,
          });
          return result;
        } catch (error) {
          const failure = asBankFeedsError(error);
          update(accountId, { status: 'error', error: failure });
          throw failure;
        }
      },
      clear(accountId) {
        const { [accountId]: _removed, ...runs } = get().runs;
        set({ runs });
      },
    };
  });
  return withLifecycle(api, { onStart: () => {}, onStop: () => {} });
}
