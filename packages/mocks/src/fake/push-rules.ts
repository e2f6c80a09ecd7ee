import {
  CreateBankTransactionsSchema,
  validateBankTransactions,
  type BankTransactionInput,
  type TransactionFinding,
  type ValidationItem,
} from '@bankfeeds/model';
import type { FakeContext } from './context';
import { accountsOf } from './lookup';
import type { PushOperationRecord, PushOutcome } from './state';
import { heldLineIds } from './xero-ledger';

/** The text of a failed operation, pointing at its validation items (as Codat words it). */
export const PUSH_FAILED_TEXT =
  'An error occurred in a downstream service. See the validation property for more information.';

/**
 * The text of an operation Xero refused because some of its lines were already written to the
 * account. The kit's assumption: Codat does not document this reply; the wording follows
 * Codat's downstream errors and Xero's `duplicate-statement` code.
 */
export const DUPLICATE_STATEMENT_TEXT =
  'An error occurred in a downstream service. Message: duplicate-statement: statement lines with these ids were already written to this bank account.';

/** The validation message of each line Xero already holds (the kit's assumption, as above). */
export const DUPLICATE_LINE_TEXT =
  'duplicate-statement: a statement line with this id was already written to this account.';

/** A rule finding as a Codat validation item: the transaction id, the message, the rule's code. */
function toItem(finding: TransactionFinding, accountId: string): ValidationItem {
  return {
    itemId:
      finding.transactionId ??
      (finding.index === null ? accountId : `transactions[${finding.index}]`),
    message: finding.message,
    validatorName: finding.rule,
  };
}

/** Lines as the rules read them: only numbers count as amounts and balances. */
function toRuleInput(line: Record<string, unknown>): BankTransactionInput {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const number = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    id: text(line.id),
    date: text(line.date),
    amount: number(line.amount),
    balance: number(line.balance),
    transactionType: text(line.transactionType) as BankTransactionInput['transactionType'],
  };
}

/**
 * Codat's check when the request arrives: more than 1000 lines answer 400 at once. Returns the
 * validation items of that refusal, or an empty list.
 */
export function tooManyLines(
  ctx: FakeContext,
  lines: Record<string, unknown>[],
  accountId: string,
): ValidationItem[] {
  return validateBankTransactions(lines.map(toRuleInput), { today: ctx.today })
    .errors.filter((f) => f.rule === 'too-many-transactions')
    .map((f) => toItem(f, accountId));
}

function failed(
  statusCode: number,
  errorMessage: string,
  validation: PushOutcome['validation'],
): PushOutcome {
  return {
    status: 'Failed',
    statusCode,
    errorMessage,
    validation,
    changes: [],
    closingBalance: null,
  };
}

/**
 * What Xero makes of an operation when it writes it, judged against the account as it is then:
 * any broken rule fails it (400, one validation error per finding); otherwise any line whose id
 * Xero already holds on that account refuses the whole request (409 `duplicate-statement`, one
 * error per repeated line); otherwise every line is created. Warnings ride along either way.
 */
export function xeroOutcome(ctx: FakeContext, operation: PushOperationRecord): PushOutcome {
  const { lines, accountId } = operation;
  // An account deleted since the push has no feed left to write to.
  const account = accountsOf(ctx, operation.connectionId).get(accountId);
  const findings = validateBankTransactions(lines.map(toRuleInput), {
    today: ctx.today,
    accountStatus: account?.status ?? 'disconnected',
    openingBalance: account?.balance ?? null,
  });
  const errors = findings.errors.map((f) => toItem(f, accountId));
  if (errors.length === 0) {
    // The rules passed; the model's strict schema still catches wrong field types.
    const strict = CreateBankTransactionsSchema.safeParse({ accountId, transactions: lines });
    if (!strict.success)
      for (const issue of strict.error.issues)
        errors.push({
          itemId: issue.path.map(String).join('.'),
          message: issue.message,
          validatorName: 'schema',
        });
  }
  const warnings = findings.warnings.map((f) => toItem(f, accountId));
  if (errors.length) return failed(400, PUSH_FAILED_TEXT, { errors, warnings });

  const held = heldLineIds(ctx, operation.connectionId, accountId);
  const repeated = lines
    .map((line) => String(line.id))
    .filter((id) => held.has(id))
    .map((id) => ({
      itemId: id,
      message: DUPLICATE_LINE_TEXT,
      validatorName: 'duplicate-statement',
    }));
  if (repeated.length)
    // Only the refusal: warnings judged against the balance after the first write would mislead.
    return failed(409, DUPLICATE_STATEMENT_TEXT, { errors: repeated, warnings: [] });

  const last = lines.at(-1);
  return {
    status: 'Success',
    statusCode: 200,
    errorMessage: null,
    validation: { errors: [], warnings },
    changes: lines.map((line) => ({
      type: 'Created' as const,
      recordRef: { id: String(line.id), dataType: 'bankTransactions' },
      attachmentId: null,
    })),
    closingBalance: typeof last?.balance === 'number' ? last.balance : null,
  };
}
