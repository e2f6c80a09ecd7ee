import * as z from 'zod/mini';
import { nullableString, enumOr } from './primitives';
import { ValidationSchema } from './error.schema';
import { InboundCreateBankTransactionsSchema } from './bank-transaction.schema';

/** States of a write ("push") operation. `TimedOut` only means Codat stopped waiting. */
export const PUSH_OPERATION_STATUSES = ['Pending', 'Failed', 'Success', 'TimedOut'] as const;
export const PushOperationStatusSchema = z.enum(PUSH_OPERATION_STATUSES);
export type PushOperationStatus = z.output<typeof PushOperationStatusSchema>;

/** Kinds of change a push operation records. */
export const PUSH_CHANGE_TYPES = [
  'Unknown',
  'Created',
  'Modified',
  'Deleted',
  'AttachmentUploaded',
] as const;

const PushChangeSchema = z.object({
  type: z.optional(enumOr(PUSH_CHANGE_TYPES, 'Unknown')),
  recordRef: z.optional(z.object({ id: nullableString, dataType: nullableString })),
  attachmentId: nullableString,
});

const pushOperationShape = {
  changes: z.pipe(
    z.optional(z.nullable(z.array(PushChangeSchema))),
    z.transform((value) => value ?? []),
  ),
  dataType: nullableString,
  companyId: z.string(),
  /** Keep it: it is how the operation is read later. */
  pushOperationKey: z.string(),
  /** The connection's id. */
  dataConnectionKey: z.string(),
  requestedOnUtc: z.string(),
  completedOnUtc: nullableString,
  timeoutInMinutes: z.optional(z.nullable(z.number())),
  /** @deprecated Codat keeps it for old clients; use `timeoutInMinutes`. */
  timeoutInSeconds: z.optional(z.nullable(z.number())),
  status: PushOperationStatusSchema,
  errorMessage: nullableString,
  validation: ValidationSchema,
  statusCode: z.number(),
};

/** A write operation, read with `GET /companies/{id}/push/{key}` or listed with `GET …/push`. */
export const PushOperationSchema = z.object(pushOperationShape);
export type PushOperation = z.output<typeof PushOperationSchema>;
/** A push operation as sent on the wire (what a fake server writes). */
export type PushOperationBody = z.input<typeof PushOperationSchema>;

/** Reply to a transactions push: the operation (`Pending` at first) with the request echoed. */
export const CreateBankTransactionsResponseSchema = z.object({
  ...pushOperationShape,
  data: z.optional(z.nullable(InboundCreateBankTransactionsSchema)),
});
export type CreateBankTransactionsResponse = z.output<typeof CreateBankTransactionsResponseSchema>;
