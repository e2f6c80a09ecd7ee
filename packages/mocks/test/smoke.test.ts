import { describe, expect, it } from 'vitest';
import { startFake } from './helpers';

describe('smoke', () => {
  it('answers', async () => {
    const { call, connectionPath } = startFake();
    const companies = await call('GET', '/companies');
    expect(companies.status).toBe(200);
    const mapping = await call('GET', `${connectionPath}/bankFeedAccounts/mapping`);
    console.log(JSON.stringify(mapping.body, null, 1).slice(0, 1500));
    expect(mapping.status).toBe(200);
    const accounts = await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`);
    console.log(JSON.stringify(accounts.body[0]), [...accounts.headers.entries()]);
  });
});
