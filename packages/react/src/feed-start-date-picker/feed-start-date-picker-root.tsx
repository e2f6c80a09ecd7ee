'use client';
import {
  forwardRef,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
} from 'react';
import {
  checkFeedStartDate,
  feedStartDateBounds,
  isCalendarDate,
  todayIn,
  type FeedStartDateProblem,
  type CalendarDate,
} from '@bankfeeds/model';
import type { DayPickerLocale } from 'react-day-picker';
import { useI18n } from '../i18n/i18n-context';
import { dataFlag } from '../internal/dom';
import { useControllableState } from '../internal/use-controllable-state';
import {
  FeedStartDatePickerContext,
  type FeedStartDatePickerContextValue,
  type FeedStartDatePickerProblem,
} from './feed-start-date-picker-context';
import { formatDateText, parseDateText } from './date-text';
import { feedStartDatePickerAnatomy } from './anatomy';

/** Details passed with every value change. */
export interface FeedStartDateChangeDetails {
  /** How the date was chosen. */
  source: 'calendar' | 'input';
}

/** Props of `FeedStartDatePicker.Root`. */
export interface FeedStartDatePickerRootProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange'
> {
  /** The chosen day (`YYYY-MM-DD`), controlled. `null` means none. @default undefined */
  value?: CalendarDate | null | undefined;
  /** The day chosen at first when uncontrolled. @default null */
  defaultValue?: CalendarDate | null | undefined;
  /** Called with a day within the bounds, or `null` when the field is cleared. @default undefined */
  onValueChange?:
    ((value: CalendarDate | null, details: FeedStartDateChangeDetails) => void) | undefined;
  /**
   * Called when the customer enters a date the picker refuses: the day (`YYYY-MM-DD`) when it is
   * one but out of bounds, else the text as typed. The value stays as it was; a form that must
   * send what the screen shows (the account mapper) records the refused entry with this, so it
   * is never sent with the previous day. @default undefined
   */
  onValueRefused?:
    | ((
        refused: string,
        details: { problem: FeedStartDateProblem; source: FeedStartDateChangeDetails['source'] },
      ) => void)
    | undefined;
  /** Today where the business is; the bounds are today and one year before it. @default todayIn(timeZone) */
  today?: CalendarDate | undefined;
  /** IANA time zone that decides "today" when `today` is not given. @default the user's own */
  timeZone?: string | undefined;
  /** Whether the picker is disabled. @default false */
  disabled?: boolean | undefined;
  /** Whether a date must be chosen; an empty field then shows an error. @default false */
  required?: boolean | undefined;
  /** Marks the field invalid from outside (e.g. a mapping row's error). @default false */
  invalid?: boolean | undefined;
  /** Whether the calendar is open, controlled. @default undefined */
  open?: boolean | undefined;
  /** Whether the calendar is open at first. @default false */
  defaultOpen?: boolean | undefined;
  /** Called when the calendar opens or closes. @default undefined */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * A react-day-picker (date-fns) locale for the calendar's names and week start, instead of the
   * ones `Intl` gives for the kit's `locale`. @default names and first weekday from `Intl`
   */
  dayPickerLocale?: DayPickerLocale | undefined;
}

/** Owns a feed start date picker's state and stamps `data-scope="feed-start-date-picker"`. */
export const FeedStartDatePickerRoot = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  FeedStartDatePickerRootProps
>(function FeedStartDatePickerRoot(
  {
    value: valueProp,
    defaultValue = null,
    onValueChange,
    onValueRefused,
    today: todayProp,
    timeZone,
    disabled = false,
    required = false,
    invalid = false,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    dayPickerLocale,
    id,
    className,
    onBlur,
    onKeyDown,
    children,
    ...rest
  },
  ref,
) {
  const { locale } = useI18n();
  const today = todayProp ?? todayIn(timeZone);
  const bounds = useMemo(() => feedStartDateBounds(today), [today]);
  const generated = useId();
  const base = id ?? generated;
  const inputRef = useRef<HTMLInputElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const setInputElement = useCallback((element: HTMLInputElement | null) => {
    inputRef.current = element;
  }, []);
  const setTriggerElement = useCallback((element: HTMLButtonElement | null) => {
    triggerRef.current = element;
  }, []);

  const sourceRef = useRef<FeedStartDateChangeDetails['source']>('input');
  const [value, setValue] = useControllableState<CalendarDate | null>(
    'FeedStartDatePicker.Root',
    'value',
    valueProp,
    defaultValue,
    useCallback(
      (next: CalendarDate | null) => onValueChange?.(next, { source: sourceRef.current }),
      [onValueChange],
    ),
  );
  const [open, setOpenState] = useControllableState(
    'FeedStartDatePicker.Root',
    'open',
    openProp,
    defaultOpen,
    onOpenChange,
  );
  const [text, setText] = useState(() =>
    value ? (isCalendarDate(value) ? formatDateText(value, locale) : value) : '',
  );
  const [textProblem, setTextProblem] = useState<FeedStartDatePickerProblem | null>(null);

  // Keep the field's text in step with a value (or locale) set from outside; adjusting state
  // while rendering avoids a second pass with stale text.
  const [shown, setShown] = useState({ value, locale });
  if (shown.value !== value || shown.locale !== locale) {
    setShown({ value, locale });
    // A refused entry held from outside (not a day) is shown as it was typed.
    setText(value ? (isCalendarDate(value) ? formatDateText(value, locale) : value) : '');
    setTextProblem(null);
  }

  const commit = useCallback(
    (day: CalendarDate | null, source: FeedStartDateChangeDetails['source'] = 'calendar') => {
      if (day === null) {
        setTextProblem(required ? 'required' : null);
        sourceRef.current = source;
        setValue(null);
        return;
      }
      const problem = checkFeedStartDate(day, today);
      if (problem) {
        setTextProblem(problem);
        onValueRefused?.(day, { problem, source });
        return;
      }
      setTextProblem(null);
      sourceRef.current = source;
      setValue(day);
      setText(formatDateText(day, locale));
    },
    [locale, onValueRefused, required, setValue, today],
  );

  const commitText = useCallback(() => {
    if (!text.trim()) return commit(null, 'input');
    const day = parseDateText(text, locale);
    if (!day) {
      setTextProblem('invalid-date');
      onValueRefused?.(text, { problem: 'invalid-date', source: 'input' });
      return;
    }
    commit(day, 'input');
  }, [commit, locale, onValueRefused, text]);

  const setOpen = useCallback(
    (next: boolean, focus?: 'input' | 'trigger') => {
      setOpenState(next);
      if (focus) (focus === 'input' ? inputRef : triggerRef).current?.focus();
    },
    [setOpenState],
  );

  // A value from outside can be out of bounds too (a saved draft a day older than a year).
  const problem = textProblem ?? (value ? checkFeedStartDate(value, today) : null);

  const isInvalid = invalid || problem !== null;
  const context: FeedStartDatePickerContextValue = {
    // The parts see a day or nothing; a refused entry held from outside is text only.
    value: value && isCalendarDate(value) ? value : null,
    commit,
    text,
    setText,
    commitText,
    problem,
    today,
    bounds,
    open,
    setOpen,
    disabled,
    required,
    invalid: isInvalid,
    dayPickerLocale,
    ids: {
      root: base,
      input: `${base}-input`,
      label: `${base}-label`,
      description: `${base}-description`,
      error: `${base}-error`,
      calendar: `${base}-calendar`,
    },
    setInputElement,
    setTriggerElement,
  };

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    onBlur?.(event);
    // Close the calendar once focus leaves the picker altogether.
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null))
      setOpenState(false);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    // Escape closes the calendar from the input or the button too (the calendar handles its
    // own), so it also closes one still loading, where focus has not moved in yet.
    if (open && event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      event.stopPropagation();
      setOpenState(false);
    }
  };

  return (
    <FeedStartDatePickerContext.Provider value={context}>
      <div
        {...rest}
        ref={ref}
        id={base}
        className={className}
        {...feedStartDatePickerAnatomy.attrs('root')}
        data-state={open ? 'open' : 'closed'}
        data-disabled={dataFlag(disabled)}
        data-invalid={dataFlag(isInvalid)}
        onBlur={handleBlur}
        onKeyDown={handleKeyDown}
      >
        {children}
      </div>
    </FeedStartDatePickerContext.Provider>
  );
});
