import type {
  DraftProblem,
  RowDraft,
  RowPhase,
  SetupAccountView,
  SetupRowView,
  SetupSuggestionView,
  TargetChoice,
} from '@bankfeeds/client';

/**
 * One source account (a bank account) as the mapper shows it: the client's account view, the
 * same shape a headless UI renders from `connectSetup`. `connected` rows are shown as such and
 * can't be changed; `connectedTargetId` is a Xero account no other row may choose.
 */
export type MapperAccount = SetupAccountView;

/**
 * The mapper's value: the client's {@link RowDraft} per source account id, the same drafts the
 * setup store holds. A draft's `choice` is a {@link TargetChoice} (`{ kind: 'skip' }` for "Don't
 * connect"); its `feedStartDate` is what the field shows, refused or not: a day, the text as typed
 * when it is no day, or `''` when cleared. The client's `validateDraft` flags anything but a day
 * within the bounds.
 */
export type MappingValue = Readonly<Record<string, RowDraft>>;

/**
 * The problems of the rows, by source account id: the headless client's {@link DraftProblem}s,
 * found by its `validateDraft` (the one validator the setup store uses too). A row lists all its
 * problems, target first, then the feed start date.
 */
export type MappingProblems = Readonly<Record<string, readonly DraftProblem[]>>;

// The client's vocabulary, which the mapper speaks: integrators need not import it from
// `@bankfeeds/client` to type a value, a phase or a row.
export type { DraftProblem, RowDraft, RowPhase, SetupRowView, SetupSuggestionView, TargetChoice };

/** The Xero organisation's currency settings, for early currency checks. */
export interface OrganisationCurrencies {
  baseCurrency: string;
  multicurrencyEnabled?: boolean | undefined;
  currencies?: readonly string[] | undefined;
}
