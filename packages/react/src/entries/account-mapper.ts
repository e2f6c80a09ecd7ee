/**
 * `@bankfeeds/react/account-mapper`: the account mapper's parts under short names, for
 * `import * as AccountMapper from '@bankfeeds/react/account-mapper'` and then
 * `<AccountMapper.Root>`, `<AccountMapper.Table />`, ... in any component, server components
 * included: each part is a named export of a client module, so a server component gets a client
 * reference for each, where dotting into the `AccountMapper` object of the main entry throws.
 *
 * Re-exported from the main entry, never bundled again: these are the very components of
 * `@bankfeeds/react`, sharing its React contexts with `BankFeedsProvider` and `I18nProvider`.
 */
export {
  AccountMapperRoot as Root,
  AccountMapperTable as Table,
  AccountMapperRow as Row,
  AccountMapperTargetSelect as TargetSelect,
  AccountMapperApplyAll as ApplyAll,
  AccountMapperAcceptSuggestions as AcceptSuggestions,
  AccountMapperDateBounds as DateBounds,
  AccountMapperProblems as Problems,
  AccountMapperSummary as Summary,
  AccountMapperSubmit as Submit,
} from '@bankfeeds/react';
export type {
  AccountMapperRootProps as RootProps,
  AccountMapperTableProps as TableProps,
  AccountMapperRowProps as RowProps,
  AccountMapperTargetSelectProps as TargetSelectProps,
  AccountMapperApplyAllProps as ApplyAllProps,
  AccountMapperAcceptSuggestionsProps as AcceptSuggestionsProps,
  AccountMapperDateBoundsProps as DateBoundsProps,
  AccountMapperProblemsProps as ProblemsProps,
  AccountMapperSummaryProps as SummaryProps,
  AccountMapperSubmitProps as SubmitProps,
} from '@bankfeeds/react';
