/**
 * The fake refuses, as the model does, a GBP bank account without a sort code (Codat's
 * create-account guide) and a card account with more than its last four digits (Xero), with a
 * 400 whose message names the rule.
 */
import { describe, expect, it } from 'vitest';
import { CARD_LAST_FOUR_TEXT, SORT_CODE_REQUIRED_TEXT } from '@bankfeeds/model';
import { startFake } from './helpers';

const current = {
  id: 'gbp-1',
  accountName: 'Current',
  accountType: 'checking',
  accountNumber: '12345678',
  currency: 'GBP',
  balance: 0,
};
const card = {
  id: 'card-1',
  accountName: 'Card',
  accountType: 'creditCard',
  accountNumber: '5500000000004444',
  currency: 'GBP',
  balance: 0,
};

function accountsPath(connectionPath: string) {
  return `${connectionPath}/connectionInfo/bankFeedAccounts`;
}

describe('source-account rules', () => {
  it('refuses a GBP bank account without a sort code with a 400 naming the rule', async () => {
    const { call, connectionPath } = startFake({ scenario: 'empty' });
    const refused = await call('POST', accountsPath(connectionPath), current);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe(SORT_CODE_REQUIRED_TEXT);
    expect(refused.body.validation.errors[0]).toMatchObject({ itemId: 'sortCode' });
    expect((await call('GET', accountsPath(connectionPath))).body).toEqual([]);

    const withSortCode = await call('POST', accountsPath(connectionPath), {
      ...current,
      sortCode: '40-47-84',
    });
    expect(withSortCode.status).toBe(200);
    const withRouting = await call('POST', accountsPath(connectionPath), {
      ...current,
      id: 'gbp-2',
      routingInfo: { bankCode: '404784', type: 'sortcode' },
    });
    expect(withRouting.status).toBe(200);
  });

  it('refuses a v1 GBP Debit account without a sort code, and in a batch', async () => {
    const { call, connectionPath } = startFake({ scenario: 'empty' });
    const v1 = await call('POST', accountsPath(connectionPath), {
      id: 'v1',
      accountType: 'Debit',
      currency: 'GBP',
    });
    expect(v1.status).toBe(400);
    expect(v1.body.error).toBe(SORT_CODE_REQUIRED_TEXT);
    const batch = await call('POST', `${accountsPath(connectionPath)}/batch`, [
      { ...current, sortCode: '40-47-84' },
      { ...current, id: 'gbp-2' },
    ]);
    expect(batch.status).toBe(400);
    expect(batch.body.error).toBe(SORT_CODE_REQUIRED_TEXT);
    // Nothing of a refused batch is created.
    expect((await call('GET', accountsPath(connectionPath))).body).toEqual([]);
  });

  it('refuses a card account with a full card number, and takes its last four digits', async () => {
    const { call, connectionPath } = startFake({ scenario: 'empty' });
    const refused = await call('POST', accountsPath(connectionPath), card);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe(CARD_LAST_FOUR_TEXT);
    expect(refused.body.error).toMatch(/last 4 digits/);
    expect(refused.body.validation.errors[0]).toMatchObject({ itemId: 'accountNumber' });
    const v1 = await call('POST', accountsPath(connectionPath), {
      id: 'v1-card',
      accountType: 'Credit',
      accountNumber: '4111111111118431',
      currency: 'USD',
    });
    expect(v1.status).toBe(400);
    expect(v1.body.error).toBe(CARD_LAST_FOUR_TEXT);

    const created = await call('POST', accountsPath(connectionPath), {
      ...card,
      accountNumber: '4444',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ accountNumber: '4444' });
  });
});
