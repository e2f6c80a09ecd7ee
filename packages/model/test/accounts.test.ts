import { describe, expect, it } from 'vitest';
import {
  MAX_TARGET_ACCOUNT_NAME_LENGTH,
  accountClassOf,
  canCreateTargetIn,
  maskAccountNumber,
  newTargetAccountName,
  targetSuitsSource,
} from '@bankfeeds/model';

describe('accountClassOf', () => {
  it.each([
    ['checking', 'Debit'],
    ['savings', 'Debit'],
    ['prepaidCard', 'Debit'],
    ['creditCard', 'Credit'],
    ['loan', 'Credit'],
  ])('v2 %s is %s', (accountType, expected) => {
    expect(accountClassOf({ accountType })).toBe(expected);
  });

  it.each([
    ['Credit', 'Credit'],
    ['credit', 'Credit'],
    ['Debit', 'Debit'],
    ['CreditCard', 'Credit'],
    ['Credit Card', 'Credit'],
    ['credit_card', 'Credit'],
    ['credit-card', 'Credit'],
    ['CHARGE CARD', 'Credit'],
    ['Loan', 'Credit'],
    ['Mortgage', 'Credit'],
    ['CurrentAccount', 'Debit'],
    ['Savings', 'Debit'],
    ['EMoney', 'Debit'],
    ['PrePaidCard', 'Debit'],
    ['Credit Union Savings', 'Debit'],
    ['', 'Debit'],
  ])('v1 free text %j is %s', (accountType, expected) => {
    expect(accountClassOf({ accountType })).toBe(expected);
  });

  it('reads a missing type as Debit, an ordinary bank account', () => {
    expect(accountClassOf({ accountType: null })).toBe('Debit');
  });
});

describe('targetSuitsSource', () => {
  const gbpCard = { accountType: 'creditCard', currency: 'GBP' };
  it('needs the same currency and the same class', () => {
    expect(targetSuitsSource(gbpCard, { currency: 'GBP', accountClass: 'Credit' })).toBe(true);
    expect(targetSuitsSource(gbpCard, { currency: 'USD', accountClass: 'Credit' })).toBe(false);
    expect(targetSuitsSource(gbpCard, { currency: 'GBP', accountClass: 'Debit' })).toBe(false);
  });

  it('works for v1 free-text types too', () => {
    const v1 = { accountType: 'Debit', currency: 'EUR' };
    expect(targetSuitsSource(v1, { currency: 'EUR', accountClass: 'Debit' })).toBe(true);
    expect(targetSuitsSource(v1, { currency: 'EUR', accountClass: 'Credit' })).toBe(false);
  });
});

describe('canCreateTargetIn', () => {
  it('creates in the base currency always, in others only with multi-currency on', () => {
    const single = { baseCurrency: 'GBP', multicurrencyEnabled: false };
    expect(canCreateTargetIn('GBP', single)).toBe(true);
    expect(canCreateTargetIn('EUR', single)).toBe(false);
    expect(canCreateTargetIn('EUR', { baseCurrency: 'GBP', multicurrencyEnabled: true })).toBe(
      true,
    );
  });

  it('does not refuse when the setting is unknown', () => {
    expect(canCreateTargetIn('EUR', { baseCurrency: 'GBP' })).toBe(true);
  });
});

describe('newTargetAccountName', () => {
  const source = (accountName: string | null, accountNumber: string | null = '12345678') => ({
    id: 'acc-001',
    accountName,
    accountNumber,
  });
  const hasLoneSurrogate = (text: string) =>
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

  it('is the source account name', () => {
    expect(newTargetAccountName(source('Everyday Account'))).toBe('Everyday Account');
  });

  it('is cut to 30 characters', () => {
    expect(MAX_TARGET_ACCOUNT_NAME_LENGTH).toBe(30);
    const name = newTargetAccountName(source('Northwind Business Premium Current Account'));
    expect(name).toBe('Northwind Business Premium Cur');
    expect(name).toHaveLength(30);
    expect(newTargetAccountName(source('x'.repeat(30)))).toBe('x'.repeat(30));
  });

  it('trims spaces around the name and left at the cut', () => {
    expect(newTargetAccountName(source('   Savings   '))).toBe('Savings');
    // The 30th character is a space: the name ends at "Account".
    expect(newTargetAccountName(source('Northwind Bank Saving Account Plus'))).toBe(
      'Northwind Bank Saving Account',
    );
    expect(newTargetAccountName(source('Northwind Bank Savings Acco   unt'))).toBe(
      'Northwind Bank Savings Acco',
    );
  });

  it.each([
    ['an emoji', `${'a'.repeat(29)}😀 tail`, 'a'.repeat(29)],
    ['an emoji that fits', `${'a'.repeat(28)}😀 tail`, `${'a'.repeat(28)}😀`],
    ['a flag', `${'a'.repeat(29)}🇬🇧`, 'a'.repeat(29)],
    ['a flag that fits', `${'a'.repeat(26)}🇬🇧`, `${'a'.repeat(26)}🇬🇧`],
    ['a family emoji', `${'a'.repeat(27)}👨‍👩‍👧 Savings`, 'a'.repeat(27)],
    ['a skin-tone emoji', `${'a'.repeat(29)}👍🏽`, 'a'.repeat(29)],
    ['a combining accent', `${'a'.repeat(29)}e\u0301`, 'a'.repeat(29)],
    ['only astral characters', '𝔘'.repeat(20), '𝔘'.repeat(15)],
  ])('never splits %s', (_what, name, expected) => {
    const result = newTargetAccountName(source(name));
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(30);
    expect(hasLoneSurrogate(result)).toBe(false);
  });

  it('falls back to the account number, then the id, when there is no name', () => {
    expect(newTargetAccountName(source(''))).toBe('12345678');
    expect(newTargetAccountName(source('   '))).toBe('12345678');
    expect(newTargetAccountName(source(null))).toBe('12345678');
    expect(newTargetAccountName(source(null, null))).toBe('acc-001');
    expect(newTargetAccountName(source('', '  '))).toBe('acc-001');
  });
});

describe('maskAccountNumber', () => {
  it.each([
    ['12345678', '••••5678'],
    ['GB29NWBK60161331926819', '••••6819'],
    ['12345', '••••2345'],
    ['1234', '1234'],
    ['12', '12'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j -> %j', (accountNumber, expected) => {
    expect(maskAccountNumber(accountNumber)).toBe(expected);
  });
});
