'use client';
import { useLayoutEffect, useEffect, useRef } from 'react';

// useLayoutEffect warns when rendered on a server; the effect never runs there anyway.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** A ref that always holds the latest value, for callbacks that must not go stale. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
