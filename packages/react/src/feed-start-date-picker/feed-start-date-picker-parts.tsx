'use client';
import {
  forwardRef,
  type ButtonHTMLAttributes,
  type ChangeEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type LabelHTMLAttributes,
  type MouseEvent,
} from 'react';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { createSlot } from '../internal/create-slot';
import { useI18n } from '../i18n/i18n-context';
import { formatCalendarDate } from '../i18n/format';
import { dataFlag, ids } from '../internal/dom';
import { partContent } from '../internal/slot';
import { useFeedStartDatePickerContext } from './feed-start-date-picker-context';
import { formatDateText } from './date-text';
import { feedStartDatePickerAnatomy } from './anatomy';

/** Props of `FeedStartDatePicker.Label`. Children default to the translated "Feed start date". */
export interface FeedStartDatePickerLabelProps extends LabelHTMLAttributes<HTMLLabelElement> {
  /**
   * Renders the only child (your own label component, which must render a `<label>`) instead of
   * the `<label>`, with the part's `id`, `htmlFor` and data attributes merged onto it; the child
   * supplies the content, or gets the translated label when it has none. @default false
   */
  asChild?: boolean | undefined;
}

const LabelSlot = /* @__PURE__ */ createSlot<
  HTMLLabelElement,
  LabelHTMLAttributes<HTMLLabelElement>
>('FeedStartDatePicker.Label');

/** The field's visible label, tied to the input. */
export const FeedStartDatePickerLabel = /* @__PURE__ */ forwardRef<
  HTMLLabelElement,
  FeedStartDatePickerLabelProps
>(function FeedStartDatePickerLabel({ asChild = false, children, ...props }, ref) {
  const { ids: id } = useFeedStartDatePickerContext('Label');
  const { t } = useI18n();
  const Label = asChild ? LabelSlot : 'label';
  return (
    <Label
      {...props}
      ref={ref}
      id={id.label}
      htmlFor={id.input}
      {...feedStartDatePickerAnatomy.attrs('label')}
    >
      {partContent(asChild, children, t('datePicker.label'))}
    </Label>
  );
});

/** Props of `FeedStartDatePicker.Control`. */
export interface FeedStartDatePickerControlProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * Renders the only child (your own input group) instead of the `<div>`, with the part's props
   * and data attributes merged onto it; put the input and the trigger inside it. @default false
   */
  asChild?: boolean | undefined;
}

const ControlSlot = /* @__PURE__ */ createSlot<HTMLDivElement>('FeedStartDatePicker.Control');

/** Groups the input and the calendar button. */
export const FeedStartDatePickerControl = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  FeedStartDatePickerControlProps
>(function FeedStartDatePickerControl({ asChild = false, ...props }, ref) {
  const Group = asChild ? ControlSlot : 'div';
  return <Group {...props} ref={ref} {...feedStartDatePickerAnatomy.attrs('control')} />;
});

/** Props of `FeedStartDatePicker.Input`. */
export interface FeedStartDatePickerInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue'
> {
  /**
   * Renders the only child (your own text field, which must render an `<input>` and pass the ref
   * on) instead of the `<input>`, with the part's value, ids, aria, data attributes and handlers
   * merged onto it. @default false
   */
  asChild?: boolean | undefined;
}

const InputSlot = /* @__PURE__ */ createSlot<
  HTMLInputElement,
  InputHTMLAttributes<HTMLInputElement>
>('FeedStartDatePicker.Input');

/** The typed entry: the locale's numeric date (`27/11/2026`) or ISO; read on blur and Enter. */
export const FeedStartDatePickerInput = /* @__PURE__ */ forwardRef<
  HTMLInputElement,
  FeedStartDatePickerInputProps
>(function FeedStartDatePickerInput(
  { asChild = false, onChange, onBlur, onKeyDown, ...props },
  ref,
) {
  const { setInputElement, ...ctx } = useFeedStartDatePickerContext('Input');
  // The root moves focus back here when the calendar closes.
  const composedRef = useComposedRefs(ref, setInputElement);
  const Input = asChild ? InputSlot : 'input';
  return (
    <Input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      {...props}
      ref={composedRef}
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
      {...feedStartDatePickerAnatomy.attrs('input')}
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
});

/** Props of `FeedStartDatePicker.Trigger`. */
export interface FeedStartDatePickerTriggerProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Renders the only child (your own button) instead of the `<button>`, with the part's
   * `aria-label`, `aria-expanded`, `data-state`, data attributes and click handling merged onto
   * it; the child supplies the content, or gets the calendar icon when it has none.
   * @default false
   */
  asChild?: boolean | undefined;
}

const TriggerSlot = /* @__PURE__ */ createSlot<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement>
>('FeedStartDatePicker.Trigger');

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
export const FeedStartDatePickerTrigger = /* @__PURE__ */ forwardRef<
  HTMLButtonElement,
  FeedStartDatePickerTriggerProps
>(function FeedStartDatePickerTrigger({ asChild = false, onClick, children, ...props }, ref) {
  const { setTriggerElement, ...ctx } = useFeedStartDatePickerContext('Trigger');
  const { t } = useI18n();
  // Escape in the calendar returns focus here.
  const composedRef = useComposedRefs(ref, setTriggerElement);
  const Button = asChild ? TriggerSlot : 'button';
  return (
    <Button
      type="button"
      aria-label={t(ctx.open ? 'datePicker.closeCalendar' : 'datePicker.openCalendar')}
      {...props}
      ref={composedRef}
      disabled={ctx.disabled}
      aria-expanded={ctx.open}
      aria-controls={ctx.open ? ctx.ids.calendar : undefined}
      {...feedStartDatePickerAnatomy.attrs('trigger')}
      data-state={ctx.open ? 'open' : 'closed'}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) ctx.setOpen(!ctx.open);
      }}
    >
      {partContent(asChild, children, <CalendarIcon />)}
    </Button>
  );
});

/** Props of `FeedStartDatePicker.Description`. */
export interface FeedStartDatePickerDescriptionProps extends HTMLAttributes<HTMLParagraphElement> {
  /**
   * Renders the only child (your own text component) instead of the `<p>`, with the part's props,
   * `id` (which the input points to) and data attributes merged onto it; the child supplies the
   * content, or gets the kit's explanation when it has none. @default false
   */
  asChild?: boolean | undefined;
}

const DescriptionSlot = /* @__PURE__ */ createSlot<HTMLParagraphElement>(
  'FeedStartDatePicker.Description',
);

/** Explains which days can be chosen and why, and how to type one. */
export const FeedStartDatePickerDescription = /* @__PURE__ */ forwardRef<
  HTMLParagraphElement,
  FeedStartDatePickerDescriptionProps
>(function FeedStartDatePickerDescription({ asChild = false, children, ...props }, ref) {
  const ctx = useFeedStartDatePickerContext('Description');
  const { t, locale } = useI18n();
  const Text = asChild ? DescriptionSlot : 'p';
  return (
    <Text
      {...props}
      ref={ref}
      id={ctx.ids.description}
      {...feedStartDatePickerAnatomy.attrs('description')}
    >
      {partContent(
        asChild,
        children,
        <>
          {t('datePicker.bounds', {
            earliest: formatCalendarDate(ctx.bounds.earliest, locale),
            latest: formatCalendarDate(ctx.bounds.latest, locale),
          })}{' '}
          {t('datePicker.formatHint', { example: formatDateText(ctx.today, locale) })}
        </>,
      )}
    </Text>
  );
});

/** Props of `FeedStartDatePicker.ErrorText`. */
export interface FeedStartDatePickerErrorTextProps extends HTMLAttributes<HTMLParagraphElement> {
  /**
   * Renders the only child (your own text component) instead of the `<p>`, with the part's props,
   * `id` (which the input points to) and data attributes merged onto it; the child supplies the
   * content, or gets the kit's message when it has none. Still rendered only while there is a
   * problem. @default false
   */
  asChild?: boolean | undefined;
}

const ErrorTextSlot = /* @__PURE__ */ createSlot<HTMLParagraphElement>(
  'FeedStartDatePicker.ErrorText',
);

/** Why the date can't be used; rendered only while there is a problem. */
export const FeedStartDatePickerErrorText = /* @__PURE__ */ forwardRef<
  HTMLParagraphElement,
  FeedStartDatePickerErrorTextProps
>(function FeedStartDatePickerErrorText({ asChild = false, children, ...props }, ref) {
  const ctx = useFeedStartDatePickerContext('ErrorText');
  const { t, locale } = useI18n();
  if (!ctx.problem) return null;
  const Text = asChild ? ErrorTextSlot : 'p';
  return (
    <Text
      {...props}
      ref={ref}
      id={ctx.ids.error}
      {...feedStartDatePickerAnatomy.attrs('errorText')}
    >
      {partContent(
        asChild,
        children,
        t(`datePicker.error.${ctx.problem}`, {
          earliest: formatCalendarDate(ctx.bounds.earliest, locale),
          latest: formatCalendarDate(ctx.bounds.latest, locale),
          example: formatDateText(ctx.today, locale),
        }),
      )}
    </Text>
  );
});
