'use client';
import { useEffect, useRef } from 'react';

/**
 * Development only: warns, once per component instance, when a prop switches between controlled
 * (defined) and uncontrolled (`undefined`), as React does for inputs and Radix and Zag do for
 * their state. The component would go on with a value the app no longer sets, or drop the one
 * the user chose, which is almost always a bug in the app (often `value={maybeUndefined}`).
 *
 * Call it only under `process.env.NODE_ENV !== 'production'`, so production builds drop it.
 */
export function useControlledSwitchWarning(component: string, prop: string, controlled: boolean) {
  const wasControlled = useRef(controlled);
  const warned = useRef(false);
  useEffect(() => {
    if (warned.current || controlled === wasControlled.current) return;
    warned.current = true;
    const [from, to] = controlled ? ['uncontrolled', 'controlled'] : ['controlled', 'uncontrolled'];
    console.error(
      `@bankfeeds/react: ${component} is changing from ${from} to ${to}: \`${prop}\` went from ` +
        `${controlled ? 'undefined to a value' : 'a value to undefined'}. Decide between a ` +
        `controlled and an uncontrolled \`${prop}\` for the lifetime of the component.`,
    );
  }, [component, prop, controlled]);
}
