export { en, type Messages, type MessageKey } from './en';
export {
  createTranslator,
  interpolate,
  type Translator,
  type PluralKey,
  type MessageValues,
} from './translate';
export { formatAmount, formatCalendarDate, type DateStyle } from './format';
export {
  ERROR_PRESENTATION,
  toErrorInfo,
  type ErrorAction,
  type ErrorInfo,
  type ErrorPresentation,
} from './error-info';
export { I18nProvider, useI18n, type I18nProviderProps } from './i18n-context';
