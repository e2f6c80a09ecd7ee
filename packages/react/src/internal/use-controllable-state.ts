'use client';
import { useCallback, useState } from 'react';
import { useControlledSwitchWarning } from './use-controlled-switch-warning';
import { useLatest } from './use-latest';

/**
 * State that is either controlled (`value` given, `onChange` reports wishes) or uncontrolled
 * (`defaultValue` seeds it). `onChange` fires only on a real change, as in Radix and Zag.
 * `component` and `prop` name it in the development warning when it switches between the two
 * (`'AccountMapper.Root'`, `'value'`).
 */
export function useControllableState<T>(
  component: string,
  prop: string,
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  if (process.env.NODE_ENV !== 'production') {
    // The condition is fixed for a build, so the hooks run in the same order on every render;
    // production bundles drop the warning and its hooks altogether.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    useControlledSwitchWarning(component, prop, controlled);
  }
  const current = controlled ? value : own;
  // Read through a ref so the setter stays stable and never calls a stale callback.
  const latest = useLatest({ current, controlled, onChange });
  const set = useCallback(
    (next: T) => {
      const { current: now, controlled: isControlled, onChange: notify } = latest.current;
      if (Object.is(now, next)) return;
      if (!isControlled) setOwn(next);
      notify?.(next);
    },
    [latest],
  );
  return [current, set];
}
