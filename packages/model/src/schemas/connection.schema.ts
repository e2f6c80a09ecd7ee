import * as z from 'zod/mini';
import { stringMatching, nullableString, enumOr } from './primitives';
import { CONNECTION_STATUSES } from '../rules/vocabulary';
export const ConnectionStatusSchema = z.enum(CONNECTION_STATUSES);
/**
 * `PendingAuth`: not yet authorised; `Linked`: usable; `Unlinked`: severed by you, data kept;
 * `Deauthorized`: was linked and lost access, the user must authorise again.
 */
export type ConnectionStatus = z.output<typeof ConnectionStatusSchema>;

/** Kinds of platform a connection can point at (a Xero connection is `Accounting`). */
export const SOURCE_TYPES = [
  'Accounting',
  'Banking',
  'BankFeed',
  'Commerce',
  'Expense',
  'Other',
  'Unknown',
] as const;

const DataConnectionErrorSchema = z.object({
  statusCode: nullableString,
  statusText: nullableString,
  errorMessage: nullableString,
  erroredOnUtc: nullableString,
  status: z.optional(z.nullable(z.enum(['Active', 'Resolved']))),
  resolvedOnUtc: nullableString,
});

/** A company's connection to an accounting platform (here Xero). */
export const ConnectionSchema = z.object({
  id: z.string(),
  integrationId: z.string(),
  integrationKey: z.optional(z.string()),
  sourceId: z.string(),
  sourceType: enumOr(SOURCE_TYPES, 'Unknown'),
  platformName: z.string(),
  /** Where the user goes to authorise (and later manage) the connection. */
  linkUrl: z.string(),
  status: ConnectionStatusSchema,
  lastSync: nullableString,
  created: z.string(),
  dataConnectionErrors: z.optional(z.nullable(z.array(DataConnectionErrorSchema))),
  connectionInfo: z.optional(z.nullable(z.catchall(z.object({}), z.unknown()))),
});
export type Connection = z.output<typeof ConnectionSchema>;

/** Body of `POST /companies/{id}/connections` (outbound, strict). */
export const CreateConnectionBodySchema = z.strictObject({
  platformKey: stringMatching(/^[a-z]{4}$/),
});
export type CreateConnectionBody = z.output<typeof CreateConnectionBodySchema>;

/** Body of the "unlink" `PATCH /companies/{id}/connections/{id}` (outbound, strict). */
export const UnlinkConnectionBodySchema = z.strictObject({
  status: z.enum(['Unlinked']),
});
export type UnlinkConnectionBody = z.output<typeof UnlinkConnectionBodySchema>;
