import { describe, expect, it } from 'vitest';
import { startFake } from './helpers';

const TOO_MANY = 'You have made too many requests in a given amount of time; please retry later.';

describe("Codat's rate limits (E4), when enabled", () => {
  it('are not enforced by default', async () => {
    const { call } = startFake();
    for (let i = 0; i < 30; i++) expect((await call('GET', '/companies')).status).toBe(200);
  });

  it('answers 429 with Retry-After past perMinute in a minute of the fake clock, applying nothing', async () => {
    const { call, fake } = startFake({ rateLimits: { perMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await call('GET', '/companies')).status).toBe(200);
    const before = fake.listCompanies().totalResults;
    const limited = await call('POST', '/companies', { name: 'Too many' });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: TOO_MANY });
    expect(limited.headers.get('X-Rate-Limit-Remaining')).toBe('0');
    const retryAfter = Number(limited.headers.get('Retry-After'));
    // The minute's window ends at the next whole minute of the fake's clock.
    expect(retryAfter).toBe(Math.ceil((60_000 - (fake.clockTime() % 60_000)) / 1000));
    expect(fake.listCompanies().totalResults).toBe(before);

    fake.advanceClock(retryAfter * 1000);
    expect((await call('POST', '/companies', { name: 'Next minute' })).status).toBe(200);
  });

  it('answers 429 past concurrentPerCompany requests in flight for one company, not for another', async () => {
    const { call, fake, companyId } = startFake({
      rateLimits: { concurrentPerCompany: 2 },
      // Two reads of the company hang after the fake answered them, until the caller gives up.
      faults: [{ kind: 'timeout', when: 'after', method: 'GET', path: '/companies/:id', times: 2 }],
    });
    const other = (await call('POST', '/companies', { name: 'Other' })).body.id;
    const controller = new AbortController();
    const hung = [1, 2].map(() =>
      call('GET', `/companies/${companyId}`, undefined, { signal: controller.signal }),
    );
    await expect.poll(() => fake.requestsInFlight(companyId), { timeout: 10_000 }).toBe(2);

    const limited = await call('GET', `/companies/${companyId}/connections`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect(limited.body).toMatchObject({ statusCode: 429, error: TOO_MANY });
    expect((await call('GET', `/companies/${other}/connections`)).status).toBe(200);

    controller.abort();
    for (const request of hung) await expect(request).rejects.toThrow(/abort/i);
    await expect.poll(() => fake.requestsInFlight(companyId), { timeout: 10_000 }).toBe(0);
    expect((await call('GET', `/companies/${companyId}/connections`)).status).toBe(200);
  });

  it('refuses limits that are not whole numbers of 1 or more', () => {
    expect(() => startFake({ rateLimits: { perMinute: 0 } })).toThrow(/perMinute/);
    expect(() => startFake({ rateLimits: { concurrentPerCompany: 1.5 } })).toThrow(
      /concurrentPerCompany/,
    );
  });
});
