/**
 * @bankfeeds/react: React components for bank feeds into Xero through Codat. Unstyled parts with
 * `data-scope`/`data-part` attributes; opt-in theme in `@bankfeeds/react/styles.css`.
 */
// Each component twice: preassembled with its parts attached (`<AccountMapper.Root>` in client
// components), and every part by its full name (`<AccountMapperRoot>`, also in server components).
// `@bankfeeds/react/account-mapper` and the other subpaths give the parts short names for
// `import * as AccountMapper from ...`, which server components can dot into.
export {
  FeedStartDatePicker,
  FeedStartDatePickerRoot,
  FeedStartDatePickerLabel,
  FeedStartDatePickerControl,
  FeedStartDatePickerInput,
  FeedStartDatePickerTrigger,
  FeedStartDatePickerDescription,
  FeedStartDatePickerErrorText,
  FeedStartDatePickerCalendar,
} from './feed-start-date-picker';
export type * from './feed-start-date-picker';
export {
  AccountMapper,
  AccountMapperRoot,
  AccountMapperTable,
  AccountMapperRow,
  AccountMapperTargetSelect,
  AccountMapperApplyAll,
  AccountMapperAcceptSuggestions,
  AccountMapperDateBounds,
  AccountMapperProblems,
  AccountMapperSummary,
  AccountMapperSubmit,
  useAccountMapper,
} from './account-mapper';
export type * from './account-mapper';
export {
  ConnectionManager,
  ConnectionManagerRoot,
  ConnectionManagerTitle,
  ConnectionManagerOrganisation,
  ConnectionManagerFeedTable,
  ConnectionManagerAddAccounts,
  ConnectionManagerStatus,
  ConnectionManagerDisconnectDialog,
  ConnectionManagerEndConnectionDialog,
} from './connection-manager';
export type * from './connection-manager';
export * from './provider';
export { NonceProvider as CspNonceProvider } from './csp/nonce';
export * from './setup';

export {
  en,
  createTranslator,
  formatAmount,
  formatCalendarDate,
  toErrorInfo,
  ERROR_PRESENTATION,
  I18nProvider,
  useI18n,
} from './i18n';
export type {
  Messages,
  MessageKey,
  Translator,
  ErrorAction,
  ErrorInfo,
  ErrorPresentation,
  I18nProviderProps,
} from './i18n';
