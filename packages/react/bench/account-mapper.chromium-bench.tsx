/**
 * The mapper at scale (1,000 source accounts × 500 targets) in Chromium, with the kit's styles,
 * React's production build and `flushSync`, as users get it: the first render (mount to
 * committed DOM: the first screenful of rows, the others follow in slices) and one row's change.
 * Each sample's own `performance.now()` figures are printed as medians alongside Vitest's table.
 *
 *   pnpm exec vitest bench --run --config packages/react/vitest.browser.config.ts
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { Harness, accounts, changeRow, control, median } from './mapper-at-scale';

const firstRenders: number[] = [];
const rowChanges: number[] = [];

function mount(): { root: Root; container: HTMLElement } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const started = performance.now();
  flushSync(() => root.render(<Harness />));
  firstRenders.push(performance.now() - started);
  return { root, container };
}

function unmount({ root, container }: { root: Root; container: HTMLElement }) {
  root.unmount();
  container.remove();
}

function report(name: string, samples: number[]) {
  // Vitest calls setup and teardown around the warm-up too; its few samples are left out.
  if (samples.length < 10) return;
  console.log(
    `${name}: median ${median(samples).toFixed(1)} ms over ${samples.length} (min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)})`,
  );
}

describe('AccountMapper in Chromium, 1,000 accounts × 500 targets', () => {
  bench(
    'first render (mount and unmount)',
    () => {
      unmount(mount());
    },
    {
      iterations: 10,
      warmupIterations: 2,
      teardown: () => report('first render, mount to committed DOM', firstRenders.splice(0)),
    },
  );

  let mounted: ReturnType<typeof mount> | null = null;
  let n = 0;
  bench(
    "one row's change",
    () => {
      const started = performance.now();
      flushSync(() => control.setValue(changeRow(n++)));
      rowChanges.push(performance.now() - started);
    },
    {
      iterations: 30,
      warmupIterations: 5,
      setup: () => {
        const current = mount();
        mounted = current;
        // The table renders its first screenful at once and the other rows in later slices:
        // wait for every row (by then the harness has handed over its setter too).
        return new Promise<void>((resolve) => {
          const wait = () =>
            current.container.querySelectorAll('tbody > tr').length < accounts.length
              ? setTimeout(wait, 10)
              : resolve();
          wait();
        });
      },
      teardown: () => {
        report("one row's change", rowChanges.splice(0));
        if (mounted) unmount(mounted);
      },
    },
  );
});
