import { afterEach, describe, expect, it } from 'vitest';
import {
  API_KEY,
  connectAllFeeds,
  setUpAndAuthorise,
  startHarness,
  TODAY,
  type Harness,
} from './support/harness';

let harness: Harness;
afterEach(() => harness.close());

const forms = [API_KEY, Buffer.from(API_KEY).toString('base64')];
const leaks = (text: string) => forms.filter((form) => text.includes(form));

describe('the API key stays on the server', () => {
  it('never appears in replies or logs, on success or failure', async () => {
    harness = startHarness();
    const texts: string[] = [];
    const keep = async (reply: Promise<{ text: string; headers: Headers }>) => {
      const { text, headers } = await reply;
      texts.push(text, JSON.stringify([...headers.entries()]));
    };

    await keep(harness.call('cust-acme', 'POST', '/api/bank-feeds/setup'));
    await keep(harness.call('cust-acme', 'POST', '/api/bank-feeds/token'));
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId, connectionId } = await connectAllFeeds(harness, 'cust-acme', TODAY);
    await keep(harness.call('cust-acme', 'POST', '/api/bank-feeds/push'));
    await keep(harness.call('cust-acme', 'GET', `/api/codat/companies/${companyId}`));
    await keep(harness.call('cust-acme', 'GET', '/bank-feeds/xero'));

    // Codat failing: the server's key refused, a server error, Xero refusing bank feeds.
    harness.fake.updateOrganisation(connectionId, { bankFeedsEnabled: false });
    await keep(harness.call('cust-acme', 'POST', '/api/bank-feeds/push'));
    for (const status of [401, 403, 500]) {
      harness.codatFetch = async () =>
        new Response(JSON.stringify({ statusCode: status, error: `Failure ${status}` }), {
          status,
          headers: { 'content-type': 'application/json' },
        });
      await keep(harness.call('cust-acme', 'GET', `/api/codat/companies/${companyId}`));
      await keep(harness.call('cust-acme', 'POST', '/api/bank-feeds/push'));
    }

    expect(texts.length).toBeGreaterThan(10);
    expect(texts.flatMap(leaks)).toEqual([]);
    expect(harness.logs.length).toBeGreaterThan(0);
    expect(harness.logs.flatMap(leaks)).toEqual([]);
  });

  it('tells the browser nothing about a refused key but that the service is unreachable', async () => {
    harness = startHarness();
    const setup = await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup');
    const { companyId } = setup.body as { companyId: string };
    harness.codatFetch = async () =>
      new Response(JSON.stringify({ statusCode: 401, error: 'Unauthorized' }), { status: 401 });
    const reply = await harness.call('cust-acme', 'GET', `/api/codat/companies/${companyId}`);
    expect(reply.status).toBe(502);
    expect(reply.body).toMatchObject({ code: 'service-unavailable' });
  });

  it('redacts the key even from a Codat message that would echo it', async () => {
    harness = startHarness();
    const setup = await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup');
    const { companyId } = setup.body as { companyId: string };
    harness.codatFetch = async () =>
      new Response(JSON.stringify({ statusCode: 500, error: `Bad key ${API_KEY}` }), {
        status: 500,
      });
    const reply = await harness.call('cust-acme', 'GET', `/api/codat/companies/${companyId}`);
    expect(reply.status).toBe(500);
    expect(leaks(reply.text)).toEqual([]);
    expect(reply.text).toContain('[redacted]');
    expect(harness.logs.flatMap(leaks)).toEqual([]);
  });
});
