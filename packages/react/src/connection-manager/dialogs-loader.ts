'use client';
import { useState } from 'react';
import type * as Dialogs from './connection-manager-dialogs';
import { createLazyModuleLoader, useIdlePrefetch, useLazyModule } from '../internal/lazy-module';

const dialogs = /* @__PURE__ */ createLazyModuleLoader<typeof Dialogs>(
  () => import('./connection-manager-dialogs'),
);

/** A confirmation's module, and whether the last try to load it for an open question failed. */
export interface ConnectionManagerDialogsLoad {
  /** The module; `null` until it is here, and on the server, where no dialog is ever open. */
  module: typeof Dialogs | null;
  /** The module could not load when the question was asked: the question was dropped. */
  failed: boolean;
}

/**
 * The confirmation dialogs' module: prefetched once the browser is idle after a manager mounts,
 * loaded at once when `open` (a click before the prefetch landed). When it cannot load, the
 * question is dropped with `cancel` (focus goes back to the button that asked it) and `failed`
 * says so until the next question, which loads the module afresh.
 */
export function useConnectionManagerDialogs(
  open: boolean,
  cancel: () => void,
): ConnectionManagerDialogsLoad {
  useIdlePrefetch(dialogs);
  const [failed, setFailed] = useState(false);
  const { module } = useLazyModule(dialogs, open, () => {
    setFailed(true);
    cancel();
  });
  // Asking again ends the last failure's message (set while rendering, React's way of deriving
  // state from a change of props, so no render shows both).
  if (open && failed) setFailed(false);
  return { module, failed: failed && !open };
}
