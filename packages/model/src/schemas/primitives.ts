import * as z from 'zod/mini';
import { CALENDAR_DATE_PATTERN, DATE_TIME_PATTERN } from '../constants';

export { CALENDAR_DATE_PATTERN, DATE_TIME_PATTERN };

/**
 * Building blocks shared by the inbound (lenient) and outbound (strict) schemas.
 *
 * Inbound schemas accept what Codat really sends, which is not always what its OpenAPI file says
 * (see the model reference, section 6), and normalise it so the rest of the kit sees one shape.
 */

/**
 * A string that matches `pattern`, reported as zod's own `invalid_format` issue. A plain check
 * because zod's regex check costs more in a bundle.
 */
export function stringMatching(pattern: RegExp) {
  return z.string().check(
    z.check<string>(({ value, issues }) => {
      if (!pattern.test(value)) {
        issues.push({
          code: 'invalid_format',
          format: 'regex',
          origin: 'string',
          pattern: String(pattern),
          input: value,
        });
      }
    }),
  );
}

/**
 * The output of the first of two schemas that accepts the value or, when neither does, zod's own
 * `invalid_union` issue with both lists. What `z.union` does for two options, written with the pipe
 * and transform the schemas use anyway, because the union costs more in a bundle.
 */
export function firstOf<First extends z.ZodMiniType, Second extends z.ZodMiniType>(
  first: First,
  second: Second,
) {
  return z.pipe(
    z.unknown(),
    z.transform((value, payload) => {
      const one = first.safeParse(value);
      if (one.success) return one.data;
      const other = second.safeParse(value);
      if (other.success) return other.data;
      payload.issues.push({
        code: 'invalid_union',
        errors: [one.error.issues, other.error.issues],
        input: value,
      });
    }),
  ) as unknown as z.ZodMiniType<
    z.output<First> | z.output<Second>,
    z.input<First> | z.input<Second>
  >;
}

/** A string that may be absent or `null` in the payload; normalised to `string | null`. */
export const nullableString = z.pipe(
  z.optional(z.nullable(z.string())),
  z.transform((value) => value ?? null),
);

/** A decimal sent as a JSON number, or as a numeric string by older cuts of the API. */
export const lenientNumber = z.pipe(
  firstOf(z.number(), stringMatching(/^\s*-?\d+(\.\d+)?\s*$/)),
  z.transform((value) => (typeof value === 'number' ? value : Number(value))),
);

/**
 * An enum that reads any value it does not know as `fallback`, so a value Codat adds later does
 * not break a parse. (Cheaper in a bundle than zod's `catch`, which pulls in issue formatting.)
 */
export function enumOr<const Values extends readonly [string, ...string[]]>(
  values: Values,
  fallback: Values[number],
) {
  return z.pipe(
    z.unknown(),
    z.transform((value): Values[number] =>
      (values as readonly unknown[]).includes(value) ? (value as Values[number]) : fallback,
    ),
  );
}

/** A lenient decimal that may also be absent or `null`; normalised to `number | null`. */
export const nullableLenientNumber = z.pipe(
  z.optional(z.nullable(lenientNumber)),
  z.transform((value) => value ?? null),
);

/**
 * A string of at least one character (outbound ids and names). A pattern rather than a length
 * check: the bundle carries pattern checks anyway.
 */
export const nonEmptyString = stringMatching(/[^]/);

/** A Codat DateTime string, kept as sent. */
export const dateTimeString = stringMatching(DATE_TIME_PATTERN);

/**
 * An inbound date that the kit treats as a calendar day (feed start dates): any Codat DateTime or
 * date-only string, normalised to `YYYY-MM-DD`. The time and zone are dropped on purpose: Codat
 * documents these as local dates, and a feed starts on a day, not an instant.
 */
export const inboundCalendarDate = z.pipe(
  z.optional(z.nullable(dateTimeString)),
  z.transform((value) => (value ? value.slice(0, 10) : null)),
);

/** An outbound calendar date, `YYYY-MM-DD`. */
export const calendarDateString = /* @__PURE__ */ stringMatching(CALENDAR_DATE_PATTERN);

/** ISO 4217 currency code (Codat uses `XXX` for "unknown"). */
export const currencyCode = stringMatching(/^[A-Z]{3}$/);

/**
 * At most `maximum` items, reported as zod's own `too_big` issue. A plain check because zod's
 * length checks cost several hundred bytes in a bundle.
 */
export function maxItems(maximum: number) {
  return z.check<readonly unknown[]>(
    ({ value, issues }) => {
      if (value.length > maximum) {
        issues.push({ code: 'too_big', origin: 'array', maximum, inclusive: true, input: value });
      }
    },
    // Like zod's length checks, it runs even when some items failed.
    { when: ({ value }) => Array.isArray(value) },
  );
}
