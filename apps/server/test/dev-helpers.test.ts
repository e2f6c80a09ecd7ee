import { afterEach, describe, expect, it } from 'vitest';
import { record, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness.close());

describe('development helpers', () => {
  it('are not there unless the server runs on the mock', async () => {
    harness = await startHarness();
    const signIn = await harness.call(null, 'POST', '/dev/sign-in', {
      body: { customerId: 'cust-acme' },
    });
    expect(signIn.status).toBe(404);
    await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup');
    expect((await harness.call('cust-acme', 'POST', '/dev/authorize-xero')).status).toBe(404);
  });

  it('sign a demo customer in with a session cookie and play their Xero consent', async () => {
    harness = await startHarness({}, { devHelpers: true });
    const signIn = await fetch(`${harness.url}/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerId: 'cust-acme' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bf_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
    const session = cookie.split(';')[0]!;

    const setup = await fetch(`${harness.url}/api/bank-feeds/setup`, {
      method: 'POST',
      headers: { cookie: session },
    });
    expect(setup.status).toBe(200);
    const authorised = await fetch(`${harness.url}/dev/authorize-xero`, {
      method: 'POST',
      headers: { cookie: session },
    });
    expect(authorised.status).toBe(200);
    const state = record((await harness.call('cust-acme', 'GET', '/api/bank-feeds/state')).body);
    expect(state.state).toBe('mapping');

    const unknown = await harness.call(null, 'POST', '/dev/sign-in', {
      body: { customerId: 'cust-x' },
    });
    expect(unknown.status).toBe(400);
  });
});
