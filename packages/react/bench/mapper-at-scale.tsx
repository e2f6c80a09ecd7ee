/**
 * The mapper at scale, shared by the jsdom benchmark and the Chromium measurement: 1,000 source
 * accounts and 500 Xero targets (100 per account's currency and class, as Codat filters them),
 * one in ten rows already connected.
 */
import { Profiler, useEffect, useState } from 'react';
import type { TargetAccountOption } from '@bankfeeds/model';
import { AccountMapper, I18nProvider, type MapperAccount, type MappingValue } from '../src';

const CURRENCIES = ['GBP', 'EUR', 'USD', 'AUD', 'NZD'];

export const targets: TargetAccountOption[][] = CURRENCIES.map((currency, c) =>
  Array.from({ length: 100 }, (_, i) => ({
    id: `t-${c}-${i}`,
    name: `${currency} Xero account ${i}`,
    accountNumber: String(10_000_000 + c * 1000 + i),
    sortCode: null,
    balance: i * 10,
  })),
);

export const accounts: MapperAccount[] = Array.from({ length: 1000 }, (_, i) => ({
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

/** Lets a benchmark change the mapper's value from outside, as a host app would. */
export const control: { setValue: (change: (value: MappingValue) => MappingValue) => void } = {
  setValue: () => {},
};

/** React's own timing of every commit, by phase. */
export const commits: Array<{ phase: string; duration: number }> = [];

/** The mapper, controlled, inside the kit's i18n provider and a profiler. */
export function Harness() {
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

/** Gives the `n`th row (cycling through the first 900) a new choice and date. */
export function changeRow(n: number) {
  const id = `s-${(n % 900) + 1}`;
  return (value: MappingValue): MappingValue => ({
    ...value,
    [id]: { choice: { kind: 'new' }, feedStartDate: '2026-02-01' },
  });
}

/** The median of some durations. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
