import type { SourceAccount } from '../schemas/source-account.schema';

/**
 * Xero's two kinds of bank-feed account: `Debit` feeds a Xero BANK account, `Credit` a
 * CREDITCARD account. Target options are offered only within the same class and currency.
 */
export type AccountClass = 'Debit' | 'Credit';

// v1 free text as Codat documents it (Credit/Debit) plus Open Banking's names for credit
// products (CreditCard, ChargeCard, Loan, Mortgage); everything else is a debit account.
const CREDIT_WORDS = /^(credit|creditcard|chargecard|loan|mortgage)$/;

/**
 * The Debit/Credit class of a source account from its `accountType`: v2's enum
 * (`creditCard`, `loan` are credit; `checking`, `savings`, `prepaidCard` debit) or v1's free text
 * (`Credit`, `Debit`, `Credit Card`, ...), case and spaces ignored. Unknown text reads as `Debit`,
 * Xero's ordinary bank account.
 */
export function accountClassOf(account: Pick<SourceAccount, 'accountType'>): AccountClass {
  const word = (account.accountType ?? '').toLowerCase().replace(/[\s_-]+/g, '');
  return CREDIT_WORDS.test(word) ? 'Credit' : 'Debit';
}

/** A Xero bank account that a feed can write to (the fake keeps these; Codat never lists them). */
export interface TargetAccount {
  id: string;
  name: string;
  currency: string;
  accountClass: AccountClass;
  accountNumber?: string | null;
  sortCode?: string | null;
  balance?: number | null;
}

/** Whether a Xero account can take a source account's feed: same currency, same class. */
export function targetSuitsSource(
  source: Pick<SourceAccount, 'accountType' | 'currency'>,
  target: Pick<TargetAccount, 'currency' | 'accountClass'>,
): boolean {
  return source.currency === target.currency && accountClassOf(source) === target.accountClass;
}

/**
 * Whether Xero can create a new account in `currency` for a feed ("Create new account"): only in
 * the organisation's base currency unless multi-currency is on. An organisation whose setting is
 * unknown (`multicurrencyEnabled` absent, as Codat may answer) is given the benefit of the doubt;
 * Codat still refuses the mapping if Xero does.
 */
export function canCreateTargetIn(
  currency: string | null,
  organisation: { baseCurrency: string; multicurrencyEnabled?: boolean | undefined },
): boolean {
  return currency === organisation.baseCurrency || organisation.multicurrencyEnabled !== false;
}

/** Longest account name Xero accepts when it creates an account for a feed. */
export const MAX_TARGET_ACCOUNT_NAME_LENGTH = 30;

/**
 * The name Xero gives the account it creates for a source account ("Create new account"): the
 * source's name, cut to 30 characters, falling back to the account number, then the id, when the
 * account has no name. The cut keeps whole user-perceived characters (never half an emoji, a
 * flag or an accented letter) and counts UTF-16 code units, the stricter way a server may count,
 * so the name fits Xero's limit however it is measured.
 */
export function newTargetAccountName(
  source: Pick<SourceAccount, 'accountName' | 'accountNumber' | 'id'>,
): string {
  const name =
    (source.accountName ?? '').trim() || (source.accountNumber ?? '').trim() || source.id.trim();
  let cut = '';
  for (const character of characters(name)) {
    if (cut.length + character.length > MAX_TARGET_ACCOUNT_NAME_LENGTH) break;
    cut += character;
  }
  return cut.trimEnd();
}

/** Grapheme clusters where the platform can tell them, else code points. */
function characters(text: string): Iterable<string> {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
    return Array.from(segments, (part) => part.segment);
  }
  return Array.from(text);
}

/** Last four characters of an account number behind a mask, for display: `••••4321`. */
export function maskAccountNumber(accountNumber: string | null | undefined): string {
  if (!accountNumber) return '';
  const visible = accountNumber.slice(-4);
  return accountNumber.length > 4 ? `••••${visible}` : visible;
}
