import { expect, it } from 'vitest';
import type { CompanyLink } from '../../src/store/types';
import { describeEachStore } from '../support/stores';

const link = (customerId: string, connectionId: string | null = `conn-${customerId}`) =>
  ({ customerId, companyId: `company-${customerId}`, connectionId }) satisfies CompanyLink;

describeEachStore('company links', ({ store }) => {
  it('has no link for a customer never linked', async () => {
    expect(await store().links.get('nobody')).toBeNull();
    expect(await store().links.findByCompany('company-nobody')).toBeNull();
  });

  it('keeps a link and replaces it when set again', async () => {
    await store().links.set(link('alice', null));
    expect(await store().links.get('alice')).toEqual(link('alice', null));

    await store().links.set({ customerId: 'alice', companyId: 'company-2', connectionId: 'c-2' });
    expect(await store().links.get('alice')).toEqual({
      customerId: 'alice',
      companyId: 'company-2',
      connectionId: 'c-2',
    });
  });

  it('finds the customer of a company', async () => {
    await store().links.set(link('alice'));
    await store().links.set(link('bob'));
    expect(await store().links.findByCompany('company-bob')).toEqual(link('bob'));
  });

  it('lists linked customers with a connection, in pages ordered by customer id', async () => {
    for (const id of ['carol', 'alice', 'Zed', 'bob', 'dave']) await store().links.set(link(id));
    await store().links.set(link('erin', null));

    // Byte order, whatever the server's locale: upper case before lower case.
    const first = await store().links.list({ limit: 2 });
    expect(first.map((l) => l.customerId)).toEqual(['Zed', 'alice']);
    const second = await store().links.list({ after: 'alice', limit: 2 });
    expect(second.map((l) => l.customerId)).toEqual(['bob', 'carol']);
    const last = await store().links.list({ after: 'carol', limit: 2 });
    expect(last).toEqual([link('dave')]);
    expect(await store().links.list({ after: 'dave', limit: 2 })).toEqual([]);
  });
});
