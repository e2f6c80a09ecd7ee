/**
 * Runs tasks at most `size` at a time. `start` resolves once the task has a place (so a producer
 * reading pages of work never runs ahead of it), `drain` once every started task has ended.
 * Tasks are expected not to reject; a rejection is swallowed so that it stops nothing else.
 */
export function createTaskPool(size: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  const running = new Set<Promise<void>>();
  return {
    async start(task: () => Promise<void>): Promise<void> {
      while (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      const run = task()
        .catch(() => undefined)
        .finally(() => {
          active--;
          running.delete(run);
          waiting.shift()?.();
        });
      running.add(run);
    },
    async drain(): Promise<void> {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
