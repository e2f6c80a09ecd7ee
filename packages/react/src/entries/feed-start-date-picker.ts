/**
 * `@bankfeeds/react/feed-start-date-picker`: the date picker's parts under short names, for
 * `import * as FeedStartDatePicker from '@bankfeeds/react/feed-start-date-picker'` and then
 * `<FeedStartDatePicker.Root>`, `<FeedStartDatePicker.Input />`, ... in any component, server
 * components included (see `@bankfeeds/react/account-mapper`). Re-exported from the main entry,
 * so the parts share its React contexts.
 */
export {
  FeedStartDatePickerRoot as Root,
  FeedStartDatePickerLabel as Label,
  FeedStartDatePickerControl as Control,
  FeedStartDatePickerInput as Input,
  FeedStartDatePickerTrigger as Trigger,
  FeedStartDatePickerDescription as Description,
  FeedStartDatePickerErrorText as ErrorText,
  FeedStartDatePickerCalendar as Calendar,
} from '@bankfeeds/react';
export type {
  FeedStartDatePickerRootProps as RootProps,
  FeedStartDatePickerLabelProps as LabelProps,
  FeedStartDatePickerControlProps as ControlProps,
  FeedStartDatePickerInputProps as InputProps,
  FeedStartDatePickerTriggerProps as TriggerProps,
  FeedStartDatePickerDescriptionProps as DescriptionProps,
  FeedStartDatePickerErrorTextProps as ErrorTextProps,
  FeedStartDatePickerCalendarProps as CalendarProps,
} from '@bankfeeds/react';
