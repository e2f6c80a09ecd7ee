/**
 * The mapper at scale (1,000 source accounts × 500 targets) in Chromium, with the kit's styles:
 * the first render (mount to committed DOM, effects included) and one row's change.
 *
 *   pnpm exec vitest bench --run --config packages/react/vitest.browser.config.ts
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { Harness, changeRow, control } from './mapper-at-scale';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<Harness />));
  return { root, container };
}

describe('AccountMapper in Chromium, 1,000 accounts × 500 targets', () => {
  bench(
    'first render',
    () => {
      const { root, container } = mount();
      act(() => root.unmount());
      container.remove();
    },
    { iterations: 4, warmupIterations: 1 },
  );

  let mounted: ReturnType<typeof mount> | null = null;
  let n = 0;
  bench(
    "one row's change",
    () => {
      act(() => control.setValue(changeRow(n++)));
    },
    {
      iterations: 20,
      warmupIterations: 5,
      setup: () => {
        mounted = mount();
      },
      teardown: () => {
        if (mounted) act(() => mounted!.root.unmount());
        mounted?.container.remove();
      },
    },
  );
});
