/**
 * The mapper at scale (1,000 source accounts × 500 targets) in jsdom: the first render and one
 * row's change. jsdom is many times slower than a browser; the figures that count come from
 * Chromium (`account-mapper.chromium-bench.tsx`). See the README for both.
 *
 *   pnpm vitest bench --project react --run
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { Harness, changeRow, commits, control, median } from './mapper-at-scale';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<Harness />));
  return { root, container };
}

describe('AccountMapper, 1,000 accounts × 500 targets', () => {
  bench(
    'first render',
    () => {
      const { root, container } = mount();
      act(() => root.unmount());
      container.remove();
    },
    { iterations: 5, warmupIterations: 1 },
  );

  let mounted: ReturnType<typeof mount> | null = null;
  let n = 0;
  bench(
    "one row's change",
    () => {
      act(() => control.setValue(changeRow(n++)));
    },
    {
      iterations: 50,
      warmupIterations: 5,
      setup: () => {
        commits.length = 0;
        mounted = mount();
      },
      teardown: () => {
        const updates = commits.filter((c) => c.phase === 'update').map((c) => c.duration);
        if (updates.length) {
          console.log(
            `React commit per row change: median ${median(updates).toFixed(2)} ms over ${updates.length}`,
          );
        }
        if (mounted) act(() => mounted!.root.unmount());
        mounted?.container.remove();
      },
    },
  );
});
