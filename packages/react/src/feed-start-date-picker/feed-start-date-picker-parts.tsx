'use client';
import type {
  ChangeEvent,
  HTMLAttributes,
  InputHTMLAttributes,
  KeyboardEvent,
  LabelHTMLAttributes,
  MouseEvent,
  ButtonHTMLAttributes,
} from 'react';
import { useI18n } from '../i18n/i18n-context';
import { formatCalendarDate } from '../i18n/format';
import { dataFlag, ids } from '../internal/dom';
import { useFeedStartDatePickerContext } from './feed-start-date-picker-context';
import { formatDateText } from './date-text';

const scope = 'feed-start-date-picker';

/** Props of `FeedStartDatePicker.Label`. Children default to the translated "Feed start date". */
export type FeedStartDatePickerLabelProps = LabelHTMLAttributes<HTMLLabelElement>;

/** The field's visible label, tied to the input. */
export function FeedStartDatePickerLabel({ children, ...props }: FeedStartDatePickerLabelProps) {
  const { ids: id } = useFeedStartDatePickerContext('Label');
  const { t } = useI18n();
  return (
    <label {...props} id={id.label} htmlFor={id.input} data-scope={scope} data-part="label">
      {children ?? t('datePicker.label')}
    </label>
  );
}

/** Props of `FeedStartDatePicker.Control`. */
export type FeedStartDatePickerControlProps = HTMLAttributes<HTMLDivElement>;

/** Groups the input and the calendar button. */
export function FeedStartDatePickerControl(props: FeedStartDatePickerControlProps) {
  return <div {...props} data-scope={scope} data-part="control" />;
}

/** Props of `FeedStartDatePicker.Input`. */
export type FeedStartDatePickerInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue'
>;

/** The typed entry: the locale's numeric date (`27/11/2026`) or ISO; read on blur and Enter. */
export function FeedStartDatePickerInput({
  onChange,
  onBlur,
  onKeyDown,
  ...props
}: FeedStartDatePickerInputProps) {
  const { setInputElement, ...ctx } = useFeedStartDatePickerContext('Input');
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      {...props}
      ref={setInputElement}
      id={ctx.ids.input}
      value={ctx.text}
      disabled={ctx.disabled}
      required={ctx.required}
      aria-invalid={ctx.invalid || undefined}
      // Given ids replace the default description (mapper rows share one text).
      aria-describedby={ids(
        props['aria-describedby'] ?? ctx.ids.description,
        ctx.problem && ctx.ids.error,
      )}
      data-scope={scope}
      data-part="input"
      data-invalid={dataFlag(ctx.invalid)}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        onChange?.(event);
        ctx.setText(event.target.value);
      }}
      onBlur={(event) => {
        onBlur?.(event);
        ctx.commitText();
      }}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          ctx.commitText();
        } else if (event.key === 'ArrowDown' && event.altKey) {
          event.preventDefault();
          ctx.setOpen(true);
        }
      }}
    />
  );
}

/** Props of `FeedStartDatePicker.Trigger`. */
export type FeedStartDatePickerTriggerProps = ButtonHTMLAttributes<HTMLButtonElement>;

function CalendarIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
      <path
        fill="currentColor"
        d="M4 1h1v2h6V1h1v2h2a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h2V1Zm10 5H2v8h12V6Z"
      />
    </svg>
  );
}

/** Opens and closes the calendar. */
export function FeedStartDatePickerTrigger({
  onClick,
  children,
  ...props
}: FeedStartDatePickerTriggerProps) {
  const { setTriggerElement, ...ctx } = useFeedStartDatePickerContext('Trigger');
  const { t } = useI18n();
  return (
    <button
      type="button"
      aria-label={t(ctx.open ? 'datePicker.closeCalendar' : 'datePicker.openCalendar')}
      {...props}
      ref={setTriggerElement}
      disabled={ctx.disabled}
      aria-expanded={ctx.open}
      aria-controls={ctx.open ? ctx.ids.calendar : undefined}
      data-scope={scope}
      data-part="trigger"
      data-state={ctx.open ? 'open' : 'closed'}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) ctx.setOpen(!ctx.open);
      }}
    >
      {children ?? <CalendarIcon />}
    </button>
  );
}

/** Props of `FeedStartDatePicker.Description`. */
export type FeedStartDatePickerDescriptionProps = HTMLAttributes<HTMLParagraphElement>;

/** Explains which days can be chosen and why, and how to type one. */
export function FeedStartDatePickerDescription({
  children,
  ...props
}: FeedStartDatePickerDescriptionProps) {
  const ctx = useFeedStartDatePickerContext('Description');
  const { t, locale } = useI18n();
  return (
    <p {...props} id={ctx.ids.description} data-scope={scope} data-part="description">
      {children ?? (
        <>
          {t('datePicker.bounds', {
            earliest: formatCalendarDate(ctx.bounds.earliest, locale),
            latest: formatCalendarDate(ctx.bounds.latest, locale),
          })}{' '}
          {t('datePicker.formatHint', { example: formatDateText(ctx.today, locale) })}
        </>
      )}
    </p>
  );
}

/** Props of `FeedStartDatePicker.ErrorText`. */
export type FeedStartDatePickerErrorTextProps = HTMLAttributes<HTMLParagraphElement>;

/** Why the date can't be used; rendered only while there is a problem. */
export function FeedStartDatePickerErrorText({
  children,
  ...props
}: FeedStartDatePickerErrorTextProps) {
  const ctx = useFeedStartDatePickerContext('ErrorText');
  const { t, locale } = useI18n();
  if (!ctx.problem) return null;
  return (
    <p {...props} id={ctx.ids.error} data-scope={scope} data-part="error-text">
      {children ??
        t(`datePicker.error.${ctx.problem}`, {
          earliest: formatCalendarDate(ctx.bounds.earliest, locale),
          latest: formatCalendarDate(ctx.bounds.latest, locale),
          example: formatDateText(ctx.today, locale),
        })}
    </p>
  );
}
