import { createAnatomy } from '../internal/anatomy';

/**
 * The feed start date picker's parts: the `data-part` each renders under
 * `data-scope="feed-start-date-picker"`. The react README's "Parts" list names these; a test
 * keeps them in step.
 */
export const feedStartDatePickerAnatomy = /* @__PURE__ */ createAnatomy('feed-start-date-picker', [
  'root',
  'label',
  'control',
  'input',
  'trigger',
  'description',
  'errorText',
  'calendar',
  'calendarStatus',
]);

/** The parts of the preassembled `FeedStartDatePicker` that take extra class names. */
export const feedStartDatePickerClassNameKeys = [
  'root',
  'label',
  'control',
  'input',
  'trigger',
  'description',
  'errorText',
  'calendar',
] as const satisfies ReadonlyArray<keyof typeof feedStartDatePickerAnatomy.parts>;
