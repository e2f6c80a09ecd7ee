'use client';
import { forwardRef, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useComposedRefs } from '@radix-ui/react-compose-refs';

/** Props of {@link AlertDialog}. */
export interface AlertDialogProps {
  scope: string;
  labelledBy: string;
  describedBy: string;
  /** Escape and Cancel call this; the dialog stays open while `busy`. */
  onDismiss(): void;
  busy?: boolean;
  className?: string | undefined;
  children: ReactNode;
}

const FOCUSABLE =
  'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation (`role="alertdialog"`): focus moves in (to the element marked
 * `data-autofocus`, the safe choice), Tab stays inside, Escape dismisses. The opener restores focus.
 * The ref reaches the dialog, inside its backdrop.
 */
export const AlertDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertDialogProps>(
  function AlertDialog(
    { scope, labelledBy, describedBy, onDismiss, busy = false, className, children },
    forwardedRef,
  ) {
    const ref = useRef<HTMLDivElement>(null);
    const composedRef = useComposedRefs(forwardedRef, ref);
    useEffect(() => {
      const dialog = ref.current;
      (dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? dialog)?.focus();
    }, []);

    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        if (!busy) onDismiss();
        return;
      }
      if (event.key !== 'Tab' || !ref.current) return;
      const focusable = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE));
      if (focusable.length === 0) return event.preventDefault();
      const first = focusable[0]!;
      const last = focusable[focusable.length - 1]!;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };

    return (
      <div data-scope={scope} data-part="backdrop">
        <div
          ref={composedRef}
          role="alertdialog"
          aria-modal="true"
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          aria-busy={busy || undefined}
          tabIndex={-1}
          className={className}
          data-scope={scope}
          data-part="dialog"
          data-state="open"
          onKeyDown={onKeyDown}
        >
          {children}
        </div>
      </div>
    );
  },
);
