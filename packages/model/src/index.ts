/**
 * @bankfeeds/model: one typed model of Codat's Bank Feeds API with Xero as the target.
 *
 * Schemas named `…Schema` parse inbound replies leniently (accepting what Codat really sends and
 * normalising it) or check outbound bodies strictly. The rules are pure functions.
 */
export { DATE_TIME_PATTERN, CALENDAR_DATE_PATTERN } from './schemas/primitives';
export * from './schemas/error.schema';
export * from './schemas/paging.schema';
export * from './schemas/connection.schema';
export * from './schemas/company.schema';
export * from './schemas/company-information.schema';
export * from './schemas/source-account.schema';
export * from './schemas/mapping.schema';
export * from './schemas/bank-transaction.schema';
export * from './schemas/push-operation.schema';
export * from './rules/vocabulary';
export * from './rules/calendar-date';
export * from './rules/accounts';
export * from './rules/source-account-rules';
export * from './rules/transactions';
export * from './rules/error-codes';
export * from './endpoints/paths';
export * from './endpoints/routes';
export * from './endpoints/schemas';
export * from './endpoints/browser';
