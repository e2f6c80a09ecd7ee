import { accountClassOf } from './accounts';

/**
 * Rules on the source accounts a bank registers, checked by the model's create schemas (so the
 * client refuses the body before sending it) and by the fake (which answers 400).
 */

/** Why a GBP bank account without a sort code is refused. */
export const SORT_CODE_REQUIRED_TEXT =
  'sortCode is required for a GBP bank account (Codat: "For GBP bank accounts, sortCode is also a required field").';

/** Why a card account with more than its last four digits is refused. */
export const CARD_LAST_FOUR_TEXT =
  'A credit card account\'s accountNumber must be its last 4 digits only, never the full card number (Xero: "Only the last 4 digits must be supplied for Credit Card numbers").';

/** The fields of a create body the rules read. */
export interface SourceAccountRuleInput {
  accountType?: string | null | undefined;
  accountNumber?: string | null | undefined;
  sortCode?: string | null | undefined;
  currency?: string | null | undefined;
  routingInfo?: { bankCode?: string | null; type?: string | null } | null | undefined;
}

/** One broken rule: the field it concerns and the message to show. */
export interface SourceAccountRuleIssue {
  field: 'sortCode' | 'accountNumber';
  message: string;
}

const hasText = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * Whether the account gives a sort code: `sortCode`, or (v2) a `routingInfo.bankCode` whose type
 * is `sortcode` or the default `bankcode` (Codat's own GBP example gives a `bankcode`).
 */
export function hasSortCode(account: SourceAccountRuleInput): boolean {
  if (hasText(account.sortCode)) return true;
  const routing = account.routingInfo;
  return (
    !!routing &&
    hasText(routing.bankCode) &&
    (routing.type == null || routing.type === 'sortcode' || routing.type === 'bankcode')
  );
}

/** Whether an account number is exactly four digits (a card's last four). */
export function isLastFourDigits(accountNumber: string): boolean {
  return /^\d{4}$/.test(accountNumber);
}

/**
 * The rules a source account to be created breaks:
 * - a GBP bank (Debit) account needs a sort code (Codat's create-account guide). Card and loan
 *   (Credit) accounts have none, so they are exempt: the kit's assumption, as Codat's own GBP
 *   credit-card example carries no sort code;
 * - a credit card (Credit) account's number is its last four digits only (Xero's Bank Feeds API
 *   for CREDITCARD accounts; the kit also keeps full card numbers away from Codat).
 */
export function sourceAccountRuleIssues(account: SourceAccountRuleInput): SourceAccountRuleIssue[] {
  const issues: SourceAccountRuleIssue[] = [];
  const credit = accountClassOf({ accountType: account.accountType ?? null }) === 'Credit';
  if (account.currency === 'GBP' && !credit && !hasSortCode(account))
    issues.push({ field: 'sortCode', message: SORT_CODE_REQUIRED_TEXT });
  if (credit && hasText(account.accountNumber) && !isLastFourDigits(account.accountNumber.trim()))
    issues.push({ field: 'accountNumber', message: CARD_LAST_FOUR_TEXT });
  return issues;
}
