import { FeedStartDatePicker as Preassembled } from './feed-start-date-picker';
import { FeedStartDatePickerRoot } from './feed-start-date-picker-root';
import {
  FeedStartDatePickerLabel,
  FeedStartDatePickerControl,
  FeedStartDatePickerInput,
  FeedStartDatePickerTrigger,
  FeedStartDatePickerDescription,
  FeedStartDatePickerErrorText,
} from './feed-start-date-picker-parts';
import { FeedStartDatePickerCalendar } from './feed-start-date-picker-calendar';

/**
 * The preassembled feed start date picker, with its parts attached for custom layouts:
 * `<FeedStartDatePicker.Root>`, `.Label`, `.Control`, `.Input`, `.Trigger`, `.Description`,
 * `.ErrorText`, `.Calendar`.
 */
export const FeedStartDatePicker = /* @__PURE__ */ Object.assign(Preassembled, {
  Root: FeedStartDatePickerRoot,
  Label: FeedStartDatePickerLabel,
  Control: FeedStartDatePickerControl,
  Input: FeedStartDatePickerInput,
  Trigger: FeedStartDatePickerTrigger,
  Description: FeedStartDatePickerDescription,
  ErrorText: FeedStartDatePickerErrorText,
  Calendar: FeedStartDatePickerCalendar,
});
// Every part by its full name too, for server components (see the account mapper's index).
export {
  FeedStartDatePickerRoot,
  FeedStartDatePickerLabel,
  FeedStartDatePickerControl,
  FeedStartDatePickerInput,
  FeedStartDatePickerTrigger,
  FeedStartDatePickerDescription,
  FeedStartDatePickerErrorText,
  FeedStartDatePickerCalendar,
};
export { formatDateText, parseDateText } from './date-text';
export type { FeedStartDatePickerProps, FeedStartDatePickerPart } from './feed-start-date-picker';
export type {
  FeedStartDatePickerRootProps,
  FeedStartDateChangeDetails,
} from './feed-start-date-picker-root';
export type {
  FeedStartDatePickerLabelProps,
  FeedStartDatePickerControlProps,
  FeedStartDatePickerInputProps,
  FeedStartDatePickerTriggerProps,
  FeedStartDatePickerDescriptionProps,
  FeedStartDatePickerErrorTextProps,
} from './feed-start-date-picker-parts';
export type { FeedStartDatePickerCalendarProps } from './feed-start-date-picker-calendar';
export type { FeedStartDatePickerProblem } from './feed-start-date-picker-context';
