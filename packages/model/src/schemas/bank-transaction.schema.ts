import * as z from 'zod/mini';
import { MAX_TRANSACTIONS_PER_REQUEST } from '../constants';
import {
  dateTimeString,
  nullableLenientNumber,
  nullableString,
  enumOr,
  maxItems,
  nonEmptyString,
} from './primitives';

/** The 18 transaction types Codat accepts (OFX's `TRNTYPE` names, abridged). */
export const TRANSACTION_TYPES = [
  'Unknown',
  'Credit',
  'Debit',
  'Int',
  'Div',
  'Fee',
  'SerChg',
  'Dep',
  'Atm',
  'Pos',
  'Xfer',
  'Check',
  'Payment',
  'Cash',
  'DirectDep',
  'DirectDebit',
  'RepeatPmt',
  'Other',
] as const;
export const TransactionTypeSchema = z.enum(TRANSACTION_TYPES);
export type TransactionType = z.output<typeof TransactionTypeSchema>;

export { MAX_TRANSACTIONS_PER_REQUEST };

/**
 * One bank transaction as the bank sends it (outbound, strict). Codat's OpenAPI marks every field
 * optional, but Xero needs `id`, `date` and `amount` (required here) and `balance` (checked by
 * {@link validateBankTransactions}, so the message can name the line). `date` is a local date
 * or date-time: any zone offset is ignored by Codat.
 */
export const BankTransactionSchema = z.strictObject({
  id: nonEmptyString,
  date: dateTimeString,
  description: z.optional(z.nullable(z.string())),
  counterparty: z.optional(z.nullable(z.string())),
  reference: z.optional(z.nullable(z.string())),
  reconciled: z.optional(z.nullable(z.boolean())),
  amount: z.number(),
  balance: z.optional(z.number()),
  transactionType: z.optional(z.nullable(TransactionTypeSchema)),
});
export type BankTransaction = z.output<typeof BankTransactionSchema>;

/** Body of `POST …/push/bankAccounts/{accountId}/bankTransactions` (outbound, strict). */
export const CreateBankTransactionsSchema = z.strictObject({
  /** The source account's id, the same as in the path. */
  accountId: nonEmptyString,
  transactions: z.array(BankTransactionSchema).check(maxItems(MAX_TRANSACTIONS_PER_REQUEST)),
});
export type CreateBankTransactions = z.output<typeof CreateBankTransactionsSchema>;

/** A bank transaction as echoed back by Codat (inbound, lenient). */
export const InboundBankTransactionSchema = z.object({
  id: nullableString,
  date: nullableString,
  description: nullableString,
  counterparty: nullableString,
  reference: nullableString,
  reconciled: z.optional(z.nullable(z.boolean())),
  amount: nullableLenientNumber,
  balance: nullableLenientNumber,
  transactionType: z.optional(z.nullable(enumOr(TRANSACTION_TYPES, 'Unknown'))),
});

/** The echo of a push request inside its push operation (inbound, lenient). */
export const InboundCreateBankTransactionsSchema = z.object({
  accountId: nullableString,
  transactions: z.pipe(
    z.optional(z.nullable(z.array(InboundBankTransactionSchema))),
    z.transform((value) => value ?? []),
  ),
});
