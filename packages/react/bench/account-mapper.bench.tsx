/**
 * The mapper at scale: 1,000 source accounts, 500 Xero targets (100 per account's currency and
 * class, as Codat filters them). Measures the first render and one row's change, in jsdom here;
 * the same file runs in a real browser with Vitest's browser mode.
 *
 *   pnpm vitest bench --project react --run
 */
import { Profiler, useEffect, useState } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import type { TargetAccountOption } from '@bankfeeds/model';
import { AccountMapper, I18nProvider, type MapperAccount, type MappingValue } from '../src';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CURRENCIES = ['GBP', 'EUR', 'USD', 'AUD', 'NZD'];
const targets: TargetAccountOption[][] = CURRENCIES.map((currency, c) =>
  Array.from({ length: 100 }, (_, i) => ({
    id: `t-${c}-${i}`,
    name: `${currency} Xero account ${i}`,
    accountNumber: String(10_000_000 + c * 1000 + i),
    sortCode: null,
    balance: i * 10,
  })),
);
const accounts: MapperAccount[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `s-${i}`,
  name: `Account ${i}`,
  accountNumber: String(20_000_000 + i),
  sortCode: '40-47-84',
  currency: CURRENCIES[i % 5]!,
  balance: i * 12.5,
  status: i % 10 === 0 ? 'connected' : 'pending',
  connectedTargetName: i % 10 === 0 ? 'Some Xero account' : null,
  feedStartDate: i % 10 === 0 ? '2026-01-01' : null,
  targetOptions: targets[i % 5]!,
  newAccountName: `Account ${i}`,
}));

const control: { setValue: (change: (value: MappingValue) => MappingValue) => void } = {
  setValue: () => {},
};
const commits: Array<{ phase: string; duration: number }> = [];

function Harness() {
  const [value, set] = useState<MappingValue>({});
  useEffect(() => {
    control.setValue = set;
  }, [set]);
  return (
    <Profiler id="mapper" onRender={(_id, phase, duration) => commits.push({ phase, duration })}>
      <I18nProvider locale="en-GB">
        <AccountMapper accounts={accounts} today="2026-03-15" value={value} onValueChange={set} />
      </I18nProvider>
    </Profiler>
  );
}

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
      const id = `s-${(n++ % 900) + 1}`;
      act(() =>
        control.setValue((value) => ({
          ...value,
          [id]: { choice: { type: 'new' }, feedStartDate: '2026-02-01' },
        })),
      );
    },
    {
      iterations: 50,
      warmupIterations: 5,
      setup: () => {
        mounted = mount();
      },
      teardown: () => {
        const updates = commits.filter((c) => c.phase === 'update').map((c) => c.duration);
        if (updates.length) {
          updates.sort((a, b) => a - b);
          console.log(
            `React commit per row change: median ${updates[Math.floor(updates.length / 2)]!.toFixed(2)} ms over ${updates.length}`,
          );
        }
        if (mounted) act(() => mounted!.root.unmount());
        mounted?.container.remove();
      },
    },
  );
});
