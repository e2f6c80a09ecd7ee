import { FeedStartDatePicker as Preassembled } from './feed-start-date-picker';
import * as Parts from './parts';

/**
 * The preassembled feed start date picker, with its parts attached for custom layouts:
 * `<FeedStartDatePicker.Root>`, `.Label`, `.Control`, `.Input`, `.Trigger`, `.Description`,
 * `.ErrorText`, `.Calendar`.
 */
export const FeedStartDatePicker = Object.assign(Preassembled, Parts);
// Every part by its full name too, for server components (see the account mapper's index).
export { FeedStartDatePickerRoot } from './feed-start-date-picker-root';
export {
  FeedStartDatePickerLabel,
  FeedStartDatePickerControl,
  FeedStartDatePickerInput,
  FeedStartDatePickerTrigger,
  FeedStartDatePickerDescription,
  FeedStartDatePickerErrorText,
} from './feed-start-date-picker-parts';
export { FeedStartDatePickerCalendar } from './feed-start-date-picker-calendar';
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
export { formatDateText, parseDateText } from './date-text';
