import type * as Dialogs from './connection-manager-dialogs';
import { createLazyModuleLoader, useIdlePrefetch, useLazyModule } from '../internal/lazy-module';

const dialogs = /* @__PURE__ */ createLazyModuleLoader<typeof Dialogs>(
  () => import('./connection-manager-dialogs'),
);

/**
 * The confirmation dialogs' module: prefetched once the browser is idle after a manager mounts,
 * loaded at once when `open` (a click before the prefetch landed). `null` until it is here and on
 * the server, where no dialog is ever open.
 */
export function useConnectionManagerDialogs(open: boolean): typeof Dialogs | null {
  useIdlePrefetch(dialogs);
  return useLazyModule(dialogs, open).module;
}
