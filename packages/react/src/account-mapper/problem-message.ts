import type { DraftProblem, TargetChoice } from '@bankfeeds/client';
import { feedStartDateBounds, type CalendarDate } from '@bankfeeds/model';
import type { Translator } from '../i18n/translate';
import { formatCalendarDate } from '../i18n/format';
import { formatDateText } from '../feed-start-date-picker/date-text';
import type { MapperAccount } from './types';

/** What a problem's message needs to know besides the problem. */
export interface ProblemContext {
  account: MapperAccount;
  /** The row's choice (the target a `target-taken` problem names). */
  choice: TargetChoice;
  /** The other account's name, by source account id (for `target-taken`). */
  nameOf(accountId: string): string;
  today: CalendarDate;
  locale: string;
}

/**
 * The customer's words for one of the client's {@link DraftProblem}s: the same text on the row
 * and in the problem summary. Date problems read as the date picker's own errors.
 */
export function problemMessage(
  { t }: Pick<Translator, 't'>,
  problem: DraftProblem,
  { account, choice, nameOf, today, locale }: ProblemContext,
): string {
  if (problem.field === 'feedStartDate') {
    const { earliest, latest } = feedStartDateBounds(today);
    return t(`datePicker.error.${problem.code}`, {
      earliest: formatCalendarDate(earliest, locale),
      latest: formatCalendarDate(latest, locale),
      example: formatDateText(today, locale),
    });
  }
  switch (problem.code) {
    case 'target-taken': {
      const id = choice.kind === 'existing' ? choice.targetAccountId : '';
      const target = account.targetOptions.find((option) => option.id === id);
      return t('mapper.validation.target-taken', {
        target: target?.name ?? id,
        account: nameOf(problem.otherSourceAccountId),
      });
    }
    case 'target-not-offered':
      return t('mapper.validation.target-not-offered');
    case 'currency-not-enabled':
      return t('mapper.validation.currency-not-enabled', { currency: account.currency });
  }
}
