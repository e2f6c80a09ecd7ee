import type { DraftProblem, SetupAccountView } from '@bankfeeds/client';
import type { CalendarDate, ErrorCode } from '@bankfeeds/model';

/**
 * One source account (a bank account) as the mapper shows it: the client's account view, the
 * same shape a headless UI renders from `connectSetup`. `connected` rows are shown as such and
 * can't be changed; `connectedTargetId` is a Xero account no other row may choose.
 */
export type MapperAccount = SetupAccountView;

/** What the user chose for one account. */
export type MappingChoice =
  { type: 'existing'; targetAccountId: string } | { type: 'new' } | { type: 'skip' };

/**
 * One row's draft: the choice (none yet: `null`, treated as not connecting) and the start date as
 * the field shows it, refused or not: a day, the text as typed when it is no day, or `null` when
 * cleared. The client's `validateDraft` flags anything but a day within the bounds.
 */
export interface MappingDraft {
  choice: MappingChoice | null;
  feedStartDate: CalendarDate | null;
}

/** The mapper's value: a draft per source account id. */
export type MappingValue = Readonly<Record<string, MappingDraft>>;

/** Where a row stands once the user has pressed Connect. */
export interface RowSubmitStatus {
  state: 'idle' | 'submitting' | 'connecting' | 'connected' | 'failed' | 'skipped';
  /** Why it failed, when it did. */
  errorCode?: ErrorCode | null | undefined;
}

/**
 * The problems of the rows, by source account id: the headless client's {@link DraftProblem}s,
 * found by its `validateDraft` (the one validator the setup store uses too). A row lists all its
 * problems, target first, then the feed start date.
 */
export type MappingProblems = Readonly<Record<string, readonly DraftProblem[]>>;

export type { DraftProblem };

/** A target the mapper suggests for an account, and why. */
export interface MappingSuggestion {
  targetAccountId: string;
  targetName: string;
  reason: 'account-number' | 'name';
}

/** The Xero organisation's currency settings, for early currency checks. */
export interface OrganisationCurrencies {
  baseCurrency: string;
  multicurrencyEnabled?: boolean | undefined;
  currencies?: readonly string[] | undefined;
}
