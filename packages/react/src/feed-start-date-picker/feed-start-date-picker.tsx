import { forwardRef, type ReactNode } from 'react';
import { cx, type ClassNames } from '../internal/dom';
import {
  FeedStartDatePickerRoot,
  type FeedStartDatePickerRootProps,
} from './feed-start-date-picker-root';
import {
  FeedStartDatePickerControl,
  FeedStartDatePickerDescription,
  FeedStartDatePickerErrorText,
  FeedStartDatePickerInput,
  FeedStartDatePickerLabel,
  FeedStartDatePickerTrigger,
} from './feed-start-date-picker-parts';
import {
  FeedStartDatePickerCalendar,
  type FeedStartDatePickerCalendarProps,
} from './feed-start-date-picker-calendar';
import type { feedStartDatePickerClassNameKeys } from './anatomy';

/** Parts of the preassembled picker that take extra class names. */
export type FeedStartDatePickerPart = (typeof feedStartDatePickerClassNameKeys)[number];

/** Props of the preassembled {@link FeedStartDatePicker}. */
export interface FeedStartDatePickerProps extends FeedStartDatePickerRootProps {
  /** The label's text. @default the translated "Feed start date" */
  label?: ReactNode | undefined;
  /** Whether to show the bounds explanation under the field. @default true */
  showDescription?: boolean | undefined;
  /** Extra class names per part, merged after the kit's own attributes. @default undefined */
  classNames?: ClassNames<FeedStartDatePickerPart> | undefined;
  /** Props for the underlying react-day-picker. @default undefined */
  dayPickerProps?: FeedStartDatePickerCalendarProps['dayPickerProps'];
}

/**
 * A feed start date field: typed entry plus a calendar, limited to the days Xero accepts (from one
 * year back to today), with the reason shown. Controlled (`value`/`onValueChange`) or uncontrolled
 * (`defaultValue`). Compose your own layout from `FeedStartDatePicker.*` parts instead when needed.
 * The ref reaches the root.
 */
export const FeedStartDatePicker = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  FeedStartDatePickerProps
>(function FeedStartDatePicker(
  { label, showDescription = true, classNames, className, dayPickerProps, ...rootProps },
  ref,
) {
  return (
    <FeedStartDatePickerRoot {...rootProps} ref={ref} className={cx(classNames?.root, className)}>
      <FeedStartDatePickerLabel className={classNames?.label}>{label}</FeedStartDatePickerLabel>
      <FeedStartDatePickerControl className={classNames?.control}>
        <FeedStartDatePickerInput className={classNames?.input} />
        <FeedStartDatePickerTrigger className={classNames?.trigger} />
      </FeedStartDatePickerControl>
      {showDescription ? (
        <FeedStartDatePickerDescription className={classNames?.description} />
      ) : null}
      <FeedStartDatePickerErrorText className={classNames?.errorText} />
      <FeedStartDatePickerCalendar
        className={classNames?.calendar}
        dayPickerProps={dayPickerProps}
      />
    </FeedStartDatePickerRoot>
  );
});
