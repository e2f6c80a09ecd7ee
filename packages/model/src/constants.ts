/**
 * Plain values shared by the schemas and the rules. Kept free of zod so an app that imports only
 * the rules (date bounds, transaction checks, error codes) does not bundle the schemas.
 */

/**
 * Codat's DateTime: `2021-11-15T06:00:00Z`, unqualified `2021-11-15T01:00:00`,
 * an offset `2021-11-15T01:00:00-05:00`, or date-only `2021-11-15`.
 */
export const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A calendar date in `YYYY-MM-DD` form, with no time and no zone. */
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Most transactions one push request may carry. */
export const MAX_TRANSACTIONS_PER_REQUEST = 1000;
