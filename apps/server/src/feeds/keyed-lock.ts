/**
 * Runs tasks one after another per key: a task for a key starts once the previous one for that
 * key has finished (whatever its outcome). Unlike a single flight, every caller's own task runs.
 * Keeps a webhook and a "sync now" from pushing the same account at once, which could send its
 * lines twice. In-process only: a bank running several instances needs a lock in its database.
 */
export function createKeyedLock(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(() => task());
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
