// Short names for `import { FeedStartDatePicker } ...; <FeedStartDatePicker.Input />`-style use.
export { FeedStartDatePickerRoot as Root } from './feed-start-date-picker-root';
export {
  FeedStartDatePickerLabel as Label,
  FeedStartDatePickerControl as Control,
  FeedStartDatePickerInput as Input,
  FeedStartDatePickerTrigger as Trigger,
  FeedStartDatePickerDescription as Description,
  FeedStartDatePickerErrorText as ErrorText,
} from './feed-start-date-picker-parts';
export { FeedStartDatePickerCalendar as Calendar } from './feed-start-date-picker-calendar';
