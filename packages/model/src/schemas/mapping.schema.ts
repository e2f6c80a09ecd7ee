import * as z from 'zod/mini';
import {
  dateTimeString,
  inboundCalendarDate,
  nullableLenientNumber,
  nullableString,
  nonEmptyString,
} from './primitives';

/**
 * A Xero account offered for a source account. Codat filters the options by currency and
 * account class on the server; an option carries no currency or type of its own.
 */
export const TargetAccountOptionSchema = z.object({
  id: z.string(),
  name: nullableString,
  balance: nullableLenientNumber,
  sortCode: nullableString,
  accountNumber: nullableString,
});
export type TargetAccountOption = z.output<typeof TargetAccountOptionSchema>;

/**
 * One item of `GET …/bankFeedAccounts/mapping`: a source account, its current target if mapped,
 * and the targets it may be mapped to. `status` is free text in the API (`pending`,
 * `connecting`, `connected`, ...), lowercased here; `feedStartDate` becomes `YYYY-MM-DD`.
 */
export const BankFeedMappingSchema = z.object({
  sourceAccountId: z.string(),
  sourceAccountName: nullableString,
  sourceAccountNumber: nullableString,
  sourceBalance: nullableLenientNumber,
  sourceCurrency: nullableString,
  targetAccountId: nullableString,
  targetAccountName: nullableString,
  /** Undeclared in the OpenAPI file but present in Codat's documented replies. */
  targetAccountNumber: nullableString,
  status: z.pipe(
    z.optional(z.nullable(z.string())),
    z.transform((value) => value?.toLowerCase() ?? 'pending'),
  ),
  targetAccountOptions: z.pipe(
    z.optional(z.nullable(z.array(TargetAccountOptionSchema))),
    z.transform((value) => value ?? []),
  ),
  feedStartDate: inboundCalendarDate,
});
export type BankFeedMapping = z.output<typeof BankFeedMappingSchema>;
/** A mapping item as sent on the wire (what a fake server writes). */
export type BankFeedMappingBody = z.input<typeof BankFeedMappingSchema>;

/** `GET …/bankFeedAccounts/mapping`: a plain array, one item per source account. */
export const BankFeedMappingListSchema = z.array(BankFeedMappingSchema);

/**
 * Body of `POST …/bankFeedAccounts/mapping` (outbound, strict): one source account per request.
 * Leave `targetAccountId` out (or `null`) to have a new Xero account created, named after the
 * source account.
 */
export const BankFeedAccountMappingSchema = z.strictObject({
  sourceAccountId: nonEmptyString,
  targetAccountId: z.optional(z.nullable(nonEmptyString)),
  feedStartDate: z.optional(z.nullable(dateTimeString)),
});
export type BankFeedAccountMapping = z.output<typeof BankFeedAccountMappingSchema>;

/**
 * Reply to the mapping POST. An older cut of the API capitalised `Status` and `Error`; both
 * spellings are read. `status` is `connecting` on success and `Failed` (with `error`) otherwise.
 */
export const BankFeedAccountMappingResponseSchema = z.pipe(
  z.object({
    sourceAccountId: nullableString,
    targetAccountId: nullableString,
    status: nullableString,
    Status: nullableString,
    error: nullableString,
    Error: nullableString,
  }),
  z.transform(({ sourceAccountId, targetAccountId, status, Status, error, Error }) => ({
    sourceAccountId,
    targetAccountId,
    status: status ?? Status,
    error: error ?? Error,
  })),
);
export type BankFeedAccountMappingResponse = z.output<typeof BankFeedAccountMappingResponseSchema>;
