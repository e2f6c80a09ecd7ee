import * as z from 'zod/mini';
import {
  currencyCode,
  firstOf,
  dateTimeString,
  inboundCalendarDate,
  nullableLenientNumber,
  nullableString,
  nonEmptyString,
} from './primitives';
import { sourceAccountRuleIssues } from '../rules/source-account-rules';
import { SOURCE_ACCOUNT_STATUSES } from '../rules/vocabulary';
export const SourceAccountStatusSchema = /* @__PURE__ */ z.enum(SOURCE_ACCOUNT_STATUSES);
/**
 * `pending`: created, not mapped; `connecting`: mapping sent, target being set up;
 * `connected`: the feed is live and may receive transactions; `disconnected`: the feed was
 * stopped and the account can be mapped again; `unknown`: anything else.
 */
export type SourceAccountStatus = z.output<typeof SourceAccountStatusSchema>;

/** Inbound status: case-insensitive, and any value Codat adds later reads as `unknown`. */
const lenientStatus = z.pipe(
  z.optional(z.nullable(z.string())),
  z.transform((value): SourceAccountStatus => {
    const lower = value?.toLowerCase();
    return (SOURCE_ACCOUNT_STATUSES as readonly string[]).includes(lower ?? '')
      ? (lower as SourceAccountStatus)
      : 'unknown';
  }),
);

/** Account types of the v2 schema. */
export const SOURCE_ACCOUNT_V2_TYPES = [
  'checking',
  'savings',
  'loan',
  'creditCard',
  'prepaidCard',
] as const;
export type SourceAccountV2Type = (typeof SOURCE_ACCOUNT_V2_TYPES)[number];

/** Kinds of routing number in v2's `routingInfo.type`. */
export const ROUTING_TYPES = [
  'rtn',
  'aba',
  'swift',
  'bsb',
  'iban',
  'nz2',
  'trno',
  'sortcode',
  'blz',
  'ifsc',
  'bankcode',
  'apca',
  'clabe',
] as const;

const RoutingInfoSchema = z.object({
  bankCode: z.optional(z.nullable(z.string())),
  type: z.optional(z.nullable(z.enum(ROUTING_TYPES))),
});

const AccountInfoSchema = z.object({
  description: z.optional(z.nullable(z.string())),
  /** The user's own label for the account, best for pickers. */
  nickname: z.optional(z.nullable(z.string())),
  accountOpenDate: z.optional(z.nullable(z.string())),
  availableBalance: z.optional(z.nullable(z.number())),
});

/**
 * A source account as the kit sees it, whichever schema version Codat sent: one of the bank's
 * accounts registered on the Xero connection. Missing values are `null`; `currency` is `XXX`
 * when unknown; `feedStartDate` is a calendar date (`YYYY-MM-DD`).
 */
export interface SourceAccount {
  id: string;
  accountName: string | null;
  /** v1: free text (`Credit`, `Debit`, ...); v2: one of {@link SOURCE_ACCOUNT_V2_TYPES}. */
  accountType: string | null;
  accountNumber: string | null;
  sortCode: string | null;
  currency: string;
  balance: number | null;
  modifiedDate: string | null;
  status: SourceAccountStatus;
  feedStartDate: string | null;
  routingInfo: z.output<typeof RoutingInfoSchema> | null;
  accountInfo: z.output<typeof AccountInfoSchema> | null;
  /** Which schema the account came in. v2 is for integrations built after 2024-08-01. */
  schemaVersion: 'v1' | 'v2';
}

const commonInbound = {
  id: z.string(),
  sortCode: nullableString,
  balance: nullableLenientNumber,
  modifiedDate: nullableString,
  status: lenientStatus,
  feedStartDate: inboundCalendarDate,
};

/** Inbound v2 source account (`SourceAccountV2`), normalised to {@link SourceAccount}. */
export const SourceAccountV2Schema = z.pipe(
  z.object({
    ...commonInbound,
    accountName: z.string(),
    accountType: z.enum(SOURCE_ACCOUNT_V2_TYPES),
    accountNumber: z.string(),
    currency: z.string(),
    routingInfo: z.optional(z.nullable(RoutingInfoSchema)),
    accountInfo: z.optional(z.nullable(AccountInfoSchema)),
  }),
  z.transform((account): SourceAccount => ({
    ...account,
    routingInfo: account.routingInfo ?? null,
    accountInfo: account.accountInfo ?? null,
    schemaVersion: 'v2',
  })),
);

/** Inbound v1 source account (`SourceAccount`), normalised to {@link SourceAccount}. */
export const SourceAccountV1Schema = z.pipe(
  z.object({
    ...commonInbound,
    accountName: nullableString,
    accountType: nullableString,
    accountNumber: nullableString,
    currency: z.pipe(
      z.optional(z.nullable(z.string())),
      z.transform((value) => value ?? 'XXX'),
    ),
  }),
  z.transform((account): SourceAccount => ({
    ...account,
    routingInfo: null,
    accountInfo: null,
    schemaVersion: 'v1',
  })),
);

/** Any inbound source account, v2 or v1 (the API answers `oneOf` the two on the same URLs). */
export const SourceAccountSchema = firstOf(SourceAccountV2Schema, SourceAccountV1Schema);

/** `GET …/connectionInfo/bankFeedAccounts`: a plain array, not paged. */
export const SourceAccountListSchema = z.array(SourceAccountSchema);

/**
 * The source-account rules as a zod check: a GBP bank account needs a sort code, a card account
 * carries its last four digits only ({@link sourceAccountRuleIssues}).
 */
const followsSourceAccountRules = z.check<{
  accountType?: string | null | undefined;
  accountNumber?: string | null | undefined;
  sortCode?: string | null | undefined;
  currency?: string | null | undefined;
  routingInfo?:
    { bankCode?: string | null | undefined; type?: string | null | undefined } | null | undefined;
}>(({ value, issues }) => {
  for (const issue of sourceAccountRuleIssues(value))
    issues.push({
      code: 'custom',
      input: value[issue.field],
      path: [issue.field],
      message: issue.message,
    });
});

const SourceAccountV2PrototypeShape = z.strictObject({
  id: nonEmptyString,
  accountName: nonEmptyString,
  accountType: z.enum(SOURCE_ACCOUNT_V2_TYPES),
  accountNumber: nonEmptyString,
  sortCode: z.optional(z.nullable(z.string())),
  routingInfo: z.optional(z.nullable(RoutingInfoSchema)),
  currency: currencyCode,
  balance: z.number(),
  modifiedDate: z.optional(z.nullable(dateTimeString)),
  accountInfo: z.optional(z.nullable(AccountInfoSchema)),
});
/** Body of `POST …/connectionInfo/bankFeedAccounts` for a v2 integration (outbound, strict). */
export const SourceAccountV2PrototypeSchema =
  /* @__PURE__ */ SourceAccountV2PrototypeShape.check(followsSourceAccountRules);
export type SourceAccountV2Prototype = z.output<typeof SourceAccountV2PrototypeSchema>;

const SourceAccountV1PrototypeShape = z.strictObject({
  id: nonEmptyString,
  accountName: z.optional(z.nullable(z.string())),
  accountType: z.optional(z.nullable(z.string())),
  accountNumber: z.optional(z.nullable(z.string())),
  sortCode: z.optional(z.nullable(z.string())),
  currency: z.optional(currencyCode),
  balance: z.optional(z.nullable(z.number())),
  modifiedDate: z.optional(z.nullable(dateTimeString)),
});
/** Body of `POST …/connectionInfo/bankFeedAccounts` for a v1 integration (outbound, strict). */
export const SourceAccountV1PrototypeSchema =
  /* @__PURE__ */ SourceAccountV1PrototypeShape.check(followsSourceAccountRules);
export type SourceAccountV1Prototype = z.output<typeof SourceAccountV1PrototypeSchema>;

/**
 * Either prototype: what a bank registers for one of its customer's accounts. The shape picks
 * the version; the rules are checked after, so a broken rule reports its own field and message
 * rather than "invalid input" for both versions.
 */
export const SourceAccountPrototypeSchema = firstOf(
  SourceAccountV2PrototypeShape,
  SourceAccountV1PrototypeShape,
).check(followsSourceAccountRules);
export type SourceAccountPrototype = SourceAccountV2Prototype | SourceAccountV1Prototype;

/** Body of the batch create: all v2 or all v1 prototypes. */
export const SourceAccountBatchBodySchema = firstOf(
  z.array(SourceAccountV2PrototypeShape),
  z.array(SourceAccountV1PrototypeShape),
).check(
  z.check(({ value, issues }) => {
    value.forEach((account, index) => {
      for (const issue of sourceAccountRuleIssues(account))
        issues.push({
          code: 'custom',
          input: account[issue.field],
          path: [index, issue.field],
          message: issue.message,
        });
    });
  }),
);

/**
 * Body of `PATCH …/bankFeedAccounts/{accountId}` (outbound, strict). The API takes the v1 schema
 * but only `accountName`, `status` (to `disconnected` only) and `balance` (only while not
 * connected) change anything.
 */
export const SourceAccountUpdateSchema = z.strictObject({
  id: z.string(),
  accountName: z.optional(z.nullable(z.string())),
  status: z.optional(z.enum(['disconnected'])),
  balance: z.optional(z.nullable(z.number())),
});
export type SourceAccountUpdate = z.output<typeof SourceAccountUpdateSchema>;

/**
 * One item of a batch-create reply. Codat sends `result.statusCode` as a number on success and as
 * a string (`"409"`) on error; both become a number.
 */
export const SourceAccountBatchResultSchema = z.object({
  sourceAccountId: nullableString,
  result: z.pipe(
    z.optional(
      z.object({
        statusCode: z.optional(firstOf(z.number(), z.string())),
        error: nullableString,
        account: z.optional(z.nullable(SourceAccountSchema)),
      }),
    ),
    z.transform((result) => ({
      statusCode: result?.statusCode === undefined ? null : Number(result.statusCode),
      error: result?.error ?? null,
      account: result?.account ?? null,
    })),
  ),
});
export type SourceAccountBatchResult = z.output<typeof SourceAccountBatchResultSchema>;
export const SourceAccountBatchResultsSchema = z.array(SourceAccountBatchResultSchema);
