'use client';
import { createContext, useContext } from 'react';
import type { CalendarDate, FeedStartDateBounds, FeedStartDateProblem } from '@bankfeeds/model';
import type { DayPickerLocale } from 'react-day-picker';

/** Why the picker's date is refused: a model rule, or nothing chosen while one is required. */
export type FeedStartDatePickerProblem = FeedStartDateProblem | 'required';

/** Shared state of one feed start date picker, read by its parts. */
export interface FeedStartDatePickerContextValue {
  value: CalendarDate | null;
  /** Commits a date (or clears it), checking it against the bounds first. */
  commit(day: CalendarDate | null): void;
  text: string;
  setText(text: string): void;
  /** Reads the typed text and commits it, or shows why it can't be used. */
  commitText(): void;
  problem: FeedStartDatePickerProblem | null;
  today: CalendarDate;
  bounds: FeedStartDateBounds;
  open: boolean;
  setOpen(open: boolean, focus?: 'input' | 'trigger'): void;
  disabled: boolean;
  required: boolean;
  invalid: boolean;
  dayPickerLocale: DayPickerLocale | undefined;
  ids: {
    root: string;
    input: string;
    label: string;
    description: string;
    error: string;
    calendar: string;
  };
  /** Callback refs, so the root can move focus to the input or the calendar button. */
  setInputElement(element: HTMLInputElement | null): void;
  setTriggerElement(element: HTMLButtonElement | null): void;
}

export const FeedStartDatePickerContext =
  /* @__PURE__ */ createContext<FeedStartDatePickerContextValue | null>(null);

/** The state of the enclosing `FeedStartDatePicker.Root`; throws outside one. */
export function useFeedStartDatePickerContext(part: string): FeedStartDatePickerContextValue {
  const context = useContext(FeedStartDatePickerContext);
  if (!context)
    throw new Error(
      `<FeedStartDatePicker.${part}> must be used within <FeedStartDatePicker.Root>.`,
    );
  return context;
}
