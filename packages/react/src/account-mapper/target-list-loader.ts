import type * as TargetListModule from './target-list';
import {
  createLazyModuleLoader,
  useIdlePrefetch,
  useLazyModule,
  type LazyModuleLoad,
} from '../internal/lazy-module';

const targetList = /* @__PURE__ */ createLazyModuleLoader<typeof TargetListModule>(
  () => import('./target-list'),
);

/**
 * The target list's module, loaded at once while `open` (a row opened before the prefetch
 * landed). `null` until it is here, and on the server, where no list is ever open. `onFailure`
 * runs when it cannot load while the row still wants it.
 */
export const useTargetListModule = (
  open: boolean,
  onFailure: () => void,
): LazyModuleLoad<typeof TargetListModule> => useLazyModule(targetList, open, onFailure);

/**
 * Prefetches the target list's module once the browser is idle, the first time a row mounts:
 * one request per page however many rows there are, and never during a render or on the server.
 */
export const useTargetListPrefetch = (): void => useIdlePrefetch(targetList);
