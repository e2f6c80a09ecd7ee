import { expect, it } from 'vitest';
import { describeEachStore } from '../support/stores';

describeEachStore('a store', ({ store }) => {
  it('keeps a link', async () => {
    const link = { customerId: 'c1', companyId: 'co1', connectionId: null };
    await store().links.set(link);
    expect(await store().links.get('c1')).toEqual(link);
  });
});
