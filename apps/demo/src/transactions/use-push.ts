import {
  pushTransactions,
  type PushCheckpoint,
  type PushChunkRecord,
  type PushLine,
  type PushProgress,
  type PushResult,
  type SourceAccount,
} from '@bankfeeds/client';
import { useRef, useState } from 'react';
import { useSession } from '../bank/bank-feeds';

export interface PushView {
  running: boolean;
  progress: PushProgress | null;
  /** Each request of the push, live from the client's checkpoints. */
  chunks: PushChunkRecord[];
  result: PushResult | null;
  error: unknown;
}

const idle: PushView = { running: false, progress: null, chunks: [], result: null, error: null };

/**
 * One push through the kit's headless client: it checks the lines against Xero's rules, splits
 * them into requests of 1,000, follows each push operation, and reports every step. The last
 * checkpoint lets a stopped push resume without sending a line twice.
 */
export function usePush() {
  const { client, companyId, connectionId } = useSession();
  const [view, setView] = useState<PushView>(idle);
  const lastRun = useRef<{
    account: SourceAccount;
    lines: PushLine[];
    checkpoint: PushCheckpoint | null;
  }>(null);
  const abort = useRef<AbortController>(null);

  const run = async (account: SourceAccount, lines: PushLine[], resume = false) => {
    const checkpoint = resume ? (lastRun.current?.checkpoint ?? null) : null;
    lastRun.current = { account, lines, checkpoint };
    abort.current = new AbortController();
    setView({ ...idle, running: true, chunks: checkpoint?.chunks ?? [] });
    try {
      const result = await pushTransactions(
        { client, companyId, connectionId, accountId: account.id },
        lines,
        {
          accountStatus: account.status,
          openingBalance: account.balance,
          checkpoint,
          signal: abort.current.signal,
          onProgress: (progress) => setView((v) => ({ ...v, progress })),
          onCheckpoint: (next) => {
            lastRun.current = { account, lines, checkpoint: next };
            setView((v) => ({ ...v, chunks: next.chunks }));
          },
        },
      );
      setView((v) => ({ ...v, running: false, result, chunks: result.checkpoint.chunks }));
    } catch (error) {
      setView((v) => ({ ...v, running: false, error }));
    }
  };

  return {
    view,
    push: (account: SourceAccount, lines: PushLine[]) => run(account, lines),
    resume: () => lastRun.current && run(lastRun.current.account, lastRun.current.lines, true),
    stop: () => abort.current?.abort(),
  };
}
