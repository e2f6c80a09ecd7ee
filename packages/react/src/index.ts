/**
 * @bankfeeds/react: React components for bank feeds into Xero through Codat. Unstyled parts with
 * `data-scope`/`data-part` attributes; opt-in theme in `@bankfeeds/react/styles.css`.
 */
export { FeedStartDatePicker } from './feed-start-date-picker';
export type * from './feed-start-date-picker';
export { AccountMapper } from './account-mapper';
export type * from './account-mapper';
export { ConnectionManager } from './connection-manager';
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
