/**
 * The source-account rules a bank's create body must follow: a GBP bank account carries a sort
 * code (Codat's create-account guide), a card account its last four digits only (Xero).
 */
import { describe, expect, it } from 'vitest';
import {
  CARD_LAST_FOUR_TEXT,
  SORT_CODE_REQUIRED_TEXT,
  SourceAccountBatchBodySchema,
  SourceAccountPrototypeSchema,
  SourceAccountV1PrototypeSchema,
  SourceAccountV2PrototypeSchema,
  isLastFourDigits,
  sourceAccountRuleIssues,
} from '@bankfeeds/model';

const gbpCurrent = {
  id: 'acc-1',
  accountName: 'Current',
  accountType: 'checking',
  accountNumber: '12345678',
  currency: 'GBP',
  balance: 0,
} as const;

const card = {
  id: 'card-1',
  accountName: 'Business Card',
  accountType: 'creditCard',
  accountNumber: '4444',
  currency: 'GBP',
  balance: 0,
} as const;

function messages(result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('a GBP bank account needs a sort code', () => {
  it('refuses a v2 GBP checking account without one, naming the rule', () => {
    const result = SourceAccountV2PrototypeSchema.safeParse(gbpCurrent);
    expect(messages(result)).toEqual([`sortCode: ${SORT_CODE_REQUIRED_TEXT}`]);
    expect(SORT_CODE_REQUIRED_TEXT).toMatch(/sortCode is required for a GBP bank account/);
  });

  it('accepts a sortCode, or v2 routing info of type sortcode or bankcode', () => {
    for (const body of [
      { ...gbpCurrent, sortCode: '40-47-84' },
      { ...gbpCurrent, routingInfo: { bankCode: '404784', type: 'sortcode' } },
      // Codat's own GBP v2 example gives a `bankcode` (the default type) and no sortCode.
      { ...gbpCurrent, routingInfo: { bankCode: '021001088', type: 'bankcode' } },
      { ...gbpCurrent, routingInfo: { bankCode: '404784' } },
    ])
      expect(messages(SourceAccountV2PrototypeSchema.safeParse(body))).toEqual([]);
  });

  it('refuses an empty sort code or a routing number of another kind', () => {
    for (const body of [
      { ...gbpCurrent, sortCode: '  ' },
      { ...gbpCurrent, routingInfo: { bankCode: 'NWBKGB2L', type: 'swift' } },
      { ...gbpCurrent, routingInfo: { type: 'sortcode' } },
    ])
      expect(SourceAccountV2PrototypeSchema.safeParse(body).success).toBe(false);
  });

  it('applies to v1 bodies and batches too, but not to other currencies or card accounts', () => {
    const v1 = { id: 'v1', accountType: 'Debit', accountNumber: '12345678', currency: 'GBP' };
    expect(messages(SourceAccountV1PrototypeSchema.safeParse(v1))).toEqual([
      `sortCode: ${SORT_CODE_REQUIRED_TEXT}`,
    ]);
    expect(SourceAccountPrototypeSchema.safeParse(v1).success).toBe(false);
    expect(SourceAccountBatchBodySchema.safeParse([gbpCurrent]).success).toBe(false);
    expect(SourceAccountV1PrototypeSchema.safeParse({ ...v1, sortCode: '404784' }).success).toBe(
      true,
    );
    expect(
      SourceAccountV2PrototypeSchema.safeParse({ ...gbpCurrent, currency: 'EUR' }).success,
    ).toBe(true);
    // A v1 body with no currency is not known to be GBP.
    expect(SourceAccountV1PrototypeSchema.safeParse({ id: 'only-an-id' }).success).toBe(true);
    // Cards have no sort code (Codat's GBP credit-card example has none): the kit's assumption.
    expect(SourceAccountV2PrototypeSchema.safeParse(card).success).toBe(true);
  });
});

describe('a card account carries its last four digits only', () => {
  it('refuses a full card number, naming the rule', () => {
    const result = SourceAccountV2PrototypeSchema.safeParse({
      ...card,
      accountNumber: '5500000000004444',
    });
    expect(messages(result)).toEqual([`accountNumber: ${CARD_LAST_FOUR_TEXT}`]);
    expect(CARD_LAST_FOUR_TEXT).toMatch(/last 4 digits/);
  });

  it('refuses anything but exactly four digits on v2 creditCard and v1 Credit accounts', () => {
    for (const accountNumber of ['44444', '444', '••••4444', 'xx44', '5500 0000 0000 4444'])
      expect(SourceAccountV2PrototypeSchema.safeParse({ ...card, accountNumber }).success).toBe(
        false,
      );
    const v1 = { id: 'v1-card', accountType: 'Credit', currency: 'USD' };
    expect(
      SourceAccountV1PrototypeSchema.safeParse({ ...v1, accountNumber: '4111111111118431' })
        .success,
    ).toBe(false);
    expect(SourceAccountV1PrototypeSchema.safeParse({ ...v1, accountNumber: '8431' }).success).toBe(
      true,
    );
    // No number at all is left to Codat (v1 makes it optional).
    expect(SourceAccountV1PrototypeSchema.safeParse(v1).success).toBe(true);
  });

  it('leaves bank (Debit) account numbers alone', () => {
    expect(
      sourceAccountRuleIssues({
        accountType: 'savings',
        accountNumber: '12345678',
        currency: 'EUR',
      }),
    ).toEqual([]);
    expect(isLastFourDigits('4444')).toBe(true);
    expect(isLastFourDigits('44444')).toBe(false);
  });
});
