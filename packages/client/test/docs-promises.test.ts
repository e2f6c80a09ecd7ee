// What the guides promise a bank's developer, checked against the fake: a company name with
// characters Codat does not keep, and a batch of source accounts that are all registered already.
import { describe, expect, it } from 'vitest';
import { BankFeedsError } from '../src';
import { fakeClient, startFake } from './fake-helpers';

async function failure(promise: Promise<unknown>): Promise<BankFeedsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BankFeedsError);
    return error as BankFeedsError;
  }
  throw new Error('expected a failure');
}

const everyday = {
  id: 'acc-1',
  accountName: 'Everyday',
  accountType: 'checking' as const,
  accountNumber: '12345678',
  sortCode: '40-47-84',
  currency: 'GBP',
  balance: 10,
};
const reserve = { ...everyday, id: 'acc-2', accountName: 'Reserve', accountNumber: '22223333' };

describe('company names', () => {
  it('creates "Acme Widgets (UK) Ltd" as Codat does: without the characters it does not keep', async () => {
    startFake();
    const client = fakeClient();
    const created = await client.createCompany({ name: 'Acme Widgets (UK) Ltd' });
    expect(created.name).toBe('Acme Widgets UK Ltd');
  });

  // Codat documents the stripping for create only; a replace keeps to the name pattern.
  it('refuses a replace with those characters, naming them and sanitiseCompanyName', async () => {
    startFake();
    const client = fakeClient();
    const created = await client.createCompany({ name: 'Acme Widgets' });
    const error = await failure(
      client.replaceCompany(created.id, { name: 'Acme Widgets (UK) Ltd' }),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/"\(", "\)"/);
    expect(error.message).toMatch(/sanitiseCompanyName/);
    expect(error.message).not.toMatch(/Invalid input/);
  });

  it('refuses a name with no character Codat keeps, saying so', async () => {
    startFake();
    const error = await failure(fakeClient().createCompany({ name: '(((' }));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/needs at least one letter, digit/);
  });
});

describe('a batch of source accounts', () => {
  it('answers each item "already exists" when every account is registered (409)', async () => {
    const { companyId, connectionId } = startFake({ scenario: 'empty' });
    const client = fakeClient();
    await client.createSourceAccounts(companyId, connectionId, [everyday, reserve]);
    const again = await client.createSourceAccounts(companyId, connectionId, [everyday, reserve]);
    expect(again.map((item) => [item.sourceAccountId, item.result.statusCode])).toEqual([
      ['acc-1', 409],
      ['acc-2', 409],
    ]);
    for (const item of again) expect(item.result.error).toMatch(/already exists/);
  });
});
