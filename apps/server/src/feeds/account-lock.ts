import type { ServerDeps } from '../deps';
import { createKeyedLock } from './keyed-lock';

// One lock table per server (per deps), so two servers in one process never wait on each other.
const locks = new WeakMap<ServerDeps, ReturnType<typeof createKeyedLock>>();

/**
 * Runs `task` once no other task holds this source account: pushes, and the settling of a push
 * from a webhook, read and write the account's cursor and saved checkpoint, so they take turns.
 */
export function withAccountLock<T>(
  deps: ServerDeps,
  companyId: string,
  sourceAccountId: string,
  task: () => Promise<T>,
): Promise<T> {
  let lock = locks.get(deps);
  if (!lock) locks.set(deps, (lock = createKeyedLock()));
  return lock(`${companyId}\u0000${sourceAccountId}`, task);
}
