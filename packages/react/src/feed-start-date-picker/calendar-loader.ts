import type * as CalendarDayPicker from './calendar-day-picker';
import {
  createLazyModuleLoader,
  useIdlePrefetch,
  useLazyModule,
  type LazyModuleLoad,
} from '../internal/lazy-module';

// The loader's rules are tested here, where the calendar uses them.
export { createLazyModuleLoader } from '../internal/lazy-module';

/** What `import()` of the calendar module gives. */
export type CalendarModule = typeof CalendarDayPicker;

/** Where the calendar module is: not asked for yet, on its way, here, or refused by the network. */
export type CalendarLoad = LazyModuleLoad<CalendarModule>;

const calendar = /* @__PURE__ */ createLazyModuleLoader<CalendarModule>(
  () => import('./calendar-day-picker'),
);

/** Starts loading the calendar module (once); resolves with it. */
export const loadCalendar = (): Promise<CalendarModule> => calendar.load();

/**
 * The calendar module's load, started while `open` is true. Before it arrives (and on the
 * server) the module is `null`: the part shows a loading state, and typed entry works throughout.
 */
export const useCalendarModule = (open: boolean): CalendarLoad => useLazyModule(calendar, open);

/**
 * Prefetches the calendar module once the browser is idle, the first time any picker mounts: one
 * request per page however many pickers there are, and never during a render or on the server.
 */
export const useCalendarPrefetch = (): void => useIdlePrefetch(calendar);
