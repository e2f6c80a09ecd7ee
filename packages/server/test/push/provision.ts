import type { MockServer } from '@bankfeeds/mocks/server';
import type { BankFeedsStore } from '../../src/store/types';
import { prototypeOf, type TestCustomer } from './bank';

/** What a customer was given at Codat. */
export interface Provisioned {
  customerId: string;
  companyId: string;
  connectionId: string;
}

/**
 * Sets customers up as the kit's set-up would leave them: a Codat company and an authorised
 * Xero connection each, their accounts registered and mapped from `feedStartDate` (arranged in
 * the fake directly), and the bank's link stored.
 */
export async function provision(
  server: MockServer,
  store: BankFeedsStore,
  customers: TestCustomer[],
  feedStartDate: string,
  { connect = () => true }: { connect?: (accountId: string) => boolean } = {},
): Promise<Provisioned[]> {
  const { fake } = server;
  const done: Provisioned[] = [];
  for (const customer of customers) {
    const company = fake.createCompany({ name: customer.businessName });
    const connection = fake.createConnection(company.id, { platformKey: 'gbol' });
    customer.accounts.forEach((account, index) =>
      fake.createSourceAccount(company.id, connection.id, prototypeOf(account, index)),
    );
    fake.authorizeConnection(company.id, connection.id);
    for (const account of customer.accounts) {
      if (!connect(account.id)) continue;
      fake.createMapping(company.id, connection.id, {
        sourceAccountId: account.id,
        feedStartDate,
      });
    }
    // Codat settles a mapping on the next read, for Xero.
    fake.getMapping(company.id, connection.id);
    await store.links.set({
      customerId: customer.id,
      companyId: company.id,
      connectionId: connection.id,
    });
    done.push({ customerId: customer.id, companyId: company.id, connectionId: connection.id });
  }
  return done;
}
