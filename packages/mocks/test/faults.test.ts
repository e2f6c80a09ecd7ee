import { describe, expect, it } from 'vitest';
import { BASIC, startFake } from './helpers';

describe('fault injection', () => {
  it('puts the rate-limit headers on every reply, counting down', async () => {
    const { call, companyId } = startFake();
    const first = await call('GET', `/companies/${companyId}`);
    const second = await call('GET', '/nope');
    expect(first.headers.get('X-Rate-Limit-Limit')).toBe('2000');
    expect(first.headers.get('X-Rate-Limit-Reset')).toBe('2026-11-22T00:00:00Z');
    expect(Number(second.headers.get('X-Rate-Limit-Remaining'))).toBe(
      Number(first.headers.get('X-Rate-Limit-Remaining')) - 1,
    );
    expect(second.status).toBe(404);
    expect(second.headers.get('X-Rate-Limit-Limit')).toBe('2000');
  });

  it('delays a matching route by delayMs, and every reply by latencyMs', async () => {
    const { call, companyId } = startFake({
      faults: [{ kind: 'latency', path: '/companies/:companyId', delayMs: 150 }],
    });
    let started = performance.now();
    expect((await call('GET', `/companies/${companyId}`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    started = performance.now();
    await call('GET', '/companies');
    expect(performance.now() - started).toBeLessThan(140);

    const slow = startFake({ latencyMs: 120 });
    started = performance.now();
    await slow.call('GET', '/companies');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('answers 500 and 503 with Codat bodies, `times` times', async () => {
    const { call } = startFake({
      faults: [
        { kind: 'status', status: 503, method: 'GET', path: '/companies', times: 1 },
        { kind: 'status', path: /\/companies$/, method: 'post' },
      ],
    });
    const unavailable = await call('GET', '/companies');
    expect(unavailable.status).toBe(503);
    expect(unavailable.body).toMatchObject({
      statusCode: 503,
      error: 'The Codat API is temporarily offline for maintenance. Please try again later.',
    });
    expect(unavailable.headers.get('X-Rate-Limit-Limit')).toBe('2000');
    expect((await call('GET', '/companies')).status).toBe(200);
    const broken = await call('POST', '/companies', { name: 'X' });
    expect(broken.status).toBe(500);
    expect(broken.body.error).toBe('There is a problem with our server. Please try again later.');
    expect((await call('POST', '/companies', { name: 'X' })).status).toBe(500);
  });

  it('answers 429 with Retry-After and no requests left', async () => {
    const { call } = startFake({ faults: [{ kind: 'rateLimit', retryAfterSeconds: 7, times: 1 }] });
    const limited = await call('GET', '/companies');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('7');
    expect(limited.headers.get('X-Rate-Limit-Remaining')).toBe('0');
    expect(limited.headers.get('X-Rate-Limit-Limit')).toBe('2000');
    expect(limited.body).toMatchObject({
      statusCode: 429,
      error: 'You have made too many requests in a given amount of time; please retry later.',
    });
    expect((await call('GET', '/companies')).status).toBe(200);
  });

  it('fails the request as a network error', async () => {
    const { call } = startFake({ faults: [{ kind: 'network', path: '/companies/*' }] });
    await expect(call('GET', '/companies/anything')).rejects.toThrow(TypeError);
    expect((await call('GET', '/companies')).status).toBe(200);
  });

  it('answers a body that is not JSON', async () => {
    const { call } = startFake({ faults: [{ kind: 'malformed' }] });
    const reply = await call('GET', '/companies');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json');
    expect(() => JSON.parse(reply.text)).toThrow(SyntaxError);
  });

  it('hangs until the caller gives up, or drops the connection after delayMs', async () => {
    const { call } = startFake({
      faults: [
        { kind: 'timeout', times: 1 },
        { kind: 'timeout', delayMs: 50, times: 1 },
      ],
    });
    const started = performance.now();
    await expect(
      call('GET', '/companies', undefined, { signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow(/abort|timeout/i);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    await expect(call('GET', '/companies')).rejects.toThrow(TypeError);
    expect((await call('GET', '/companies')).status).toBe(200);
  });

  it('hits the same requests for the same seed, and others for another seed', async () => {
    const pattern = async (seed: number) => {
      const { call, server } = startFake({
        seed,
        faults: [{ kind: 'status', status: 500, probability: 0.3 }],
      });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await call('GET', '/companies')).status);
      server.close();
      return statuses.map((s) => (s === 500 ? 'x' : '.')).join('');
    };
    const a = await pattern(7);
    expect(await pattern(7)).toBe(a);
    expect(await pattern(8)).not.toBe(a);
    expect(a).toContain('x');
    expect(a).toContain('.');
  });

  it('matches the path after a proxy base URL', async () => {
    const { server } = startFake({
      baseUrl: 'https://bank.example/codat/',
      faults: [{ kind: 'status', status: 503, path: '/companies' }],
    });
    const reply = await fetch('https://bank.example/codat/companies', {
      headers: { Authorization: BASIC },
    });
    expect(reply.status).toBe(503);
    const company = await fetch('https://bank.example/codat/companies/x', {
      headers: { Authorization: BASIC },
    });
    expect(company.status).toBe(404);
    server.close();
  });
});
