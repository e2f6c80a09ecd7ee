'use client';
import { useCallback, useState } from 'react';
import { useLatest } from './use-latest';

/**
 * State that is either controlled (`value` given, `onChange` reports wishes) or uncontrolled
 * (`defaultValue` seeds it). `onChange` fires only on a real change, as in Radix and Zag.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
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
