'use client';
import { useEffect, useRef, type RefObject } from 'react';
import { useLatest } from '../internal/use-latest';
import { connectionManagerAnatomy } from '../connection-manager/anatomy';

/**
 * Focus follows the journey: when the panel changes, its heading takes focus (or, for the
 * manager, which brings its own heading, the manager's title). Not on first render, which would
 * steal focus from the host page. `onPanel` runs on every panel change, first render included.
 */
export function useStepFocus(
  panel: string,
  rootRef: RefObject<HTMLElement | null>,
  headingRef: RefObject<HTMLElement | null>,
  onPanel: (panel: string) => void,
): void {
  const firstPanel = useRef(true);
  const latest = useLatest(onPanel);
  useEffect(() => {
    latest.current(panel);
    if (firstPanel.current) {
      firstPanel.current = false;
      return;
    }
    (
      headingRef.current ??
      rootRef.current?.querySelector<HTMLElement>(connectionManagerAnatomy.selector('title'))
    )?.focus();
  }, [latest, panel, rootRef, headingRef]);
}
