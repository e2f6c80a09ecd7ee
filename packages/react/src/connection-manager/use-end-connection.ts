'use client';
import { useCallback, useRef, useState } from 'react';
import { toErrorInfo, type ErrorInfo } from '../i18n/error-info';

/** The "Disconnect from Xero" confirmation's state, for the manager's context. */
export interface EndConnectionState {
  canEnd: boolean;
  confirmingEnd: boolean;
  requestEnd(opener: HTMLElement | null): void;
  cancelEnd(): void;
  confirmEnd(): void;
  ending: boolean;
  endError: ErrorInfo | null;
}

/**
 * Asking before the Xero connection is ended, then ending it: the dialog stays open with the
 * error when `onEnd` rejects; Cancel gives focus back to the button that opened it.
 */
export function useEndConnection(
  onEnd: (() => Promise<void> | void) | undefined,
  onEnded: () => void,
): EndConnectionState {
  const [confirmingEnd, setConfirming] = useState(false);
  const [ending, setEnding] = useState(false);
  const [endError, setError] = useState<ErrorInfo | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const requestEnd = useCallback((from: HTMLElement | null) => {
    opener.current = from;
    setError(null);
    setConfirming(true);
  }, []);
  const cancelEnd = useCallback(() => {
    setConfirming(false);
    setError(null);
    opener.current?.focus();
  }, []);
  const confirm = async () => {
    if (!onEnd) return;
    setEnding(true);
    setError(null);
    try {
      await onEnd();
      setConfirming(false);
      onEnded();
    } catch (cause) {
      setError(toErrorInfo(cause));
    } finally {
      setEnding(false);
    }
  };
  return {
    canEnd: onEnd !== undefined,
    confirmingEnd,
    requestEnd,
    cancelEnd,
    confirmEnd: () => void confirm(),
    ending,
    endError,
  };
}
