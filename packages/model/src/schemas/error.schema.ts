import * as z from 'zod/mini';
import { nullableString } from './primitives';

/** One item of a `validation` block: which record, what is wrong, which validator said so. */
export const ValidationItemSchema = z.object({
  itemId: nullableString,
  message: nullableString,
  validatorName: nullableString,
});
export type ValidationItem = z.output<typeof ValidationItemSchema>;

/** `{ errors, warnings }` as found on push operations and error bodies; absent lists become `[]`. */
export const ValidationSchema = z.pipe(
  z.optional(
    z.nullable(
      z.object({
        errors: z.optional(z.nullable(z.array(ValidationItemSchema))),
        warnings: z.optional(z.nullable(z.array(ValidationItemSchema))),
      }),
    ),
  ),
  z.transform((value) => ({ errors: value?.errors ?? [], warnings: value?.warnings ?? [] })),
);
export type Validation = z.output<typeof ValidationSchema>;

/**
 * Codat's `ErrorMessage`, the body of every non-2xx reply. Every field is optional in the API.
 * `canBeRetried` is a string in Codat's API (for example `"Unknown"`), kept as sent.
 */
export const ErrorMessageSchema = z.object({
  statusCode: z.optional(z.number()),
  service: z.optional(z.string()),
  error: z.optional(z.string()),
  correlationId: z.optional(z.string()),
  validation: ValidationSchema,
  canBeRetried: z.optional(z.string()),
  detailedErrorCode: z.optional(z.number()),
});
export type ErrorMessage = z.output<typeof ErrorMessageSchema>;
/** An `ErrorMessage` as sent on the wire (what a fake server writes). */
export type ErrorMessageBody = z.input<typeof ErrorMessageSchema>;

/**
 * Xero's RFC 7807 problem body, as relayed for bank-feeds errors, for example
 * `{"type":"invalid-organization-bank-feeds","title":"Invalid Organization","status":403,...}`.
 */
export const XeroProblemSchema = /* @__PURE__ */ z.object({
  type: z.string(),
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
});
export type XeroProblem = z.output<typeof XeroProblemSchema>;
