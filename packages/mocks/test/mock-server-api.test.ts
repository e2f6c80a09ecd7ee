import { describe, expect, it, onTestFinished } from 'vitest';
import { parseMockServerArgs, startMockServer, UsageError } from '@bankfeeds/mocks/server';
import { BASIC, TODAY } from './helpers';

describe('startMockServer', () => {
  it('serves the fake in-process on a free port; `fake` follows a reset', async () => {
    const server = await startMockServer({ port: 0, today: TODAY, scenario: 'needsAuth' });
    onTestFinished(() => server.close());
    const { companyId, connectionId } = server.fake.ids;
    const path = `/companies/${companyId}/connections/${connectionId}`;
    server.fake.authorizeConnection(companyId, connectionId);
    const linked = await fetch(`${server.url}${path}`, { headers: { Authorization: BASIC } });
    expect(((await linked.json()) as { status: string }).status).toBe('Linked');

    const before = server.fake;
    await fetch(`${server.url}/_fake/reset`, { method: 'POST' });
    expect(server.fake).not.toBe(before);
    expect(server.fake.getConnection(companyId, connectionId).status).toBe('PendingAuth');
  });

  it('names a wildcard host localhost, and uses publicUrl in linkUrls', async () => {
    const server = await startMockServer({
      port: 0,
      host: '0.0.0.0',
      today: TODAY,
      publicUrl: 'http://mock.test:9999',
    });
    onTestFinished(() => server.close());
    expect(server.url).toBe('http://mock.test:9999');
    const { companyId } = server.fake.ids;
    const created = server.fake.createConnection(companyId, { platformKey: 'gbol' });
    expect(created.linkUrl).toMatch(/^http:\/\/mock\.test:9999\/link\//);
  });
});

describe('parseMockServerArgs', () => {
  it('gives the defaults: port 4010 on 127.0.0.1', () => {
    expect(parseMockServerArgs([])).toEqual({
      help: false,
      options: { port: 4010, host: '127.0.0.1' },
    });
  });

  it('reads every flag', () => {
    const parsed = parseMockServerArgs([
      '--port=0',
      '--host',
      '::1',
      '--scenario',
      'flaky',
      '--seed',
      '42',
      '--today',
      '2026-01-31',
      '--faults',
      '[{"kind":"status","status":500,"path":"/companies/:id"}]',
      '--latency',
      '25',
      '--webhook-secret',
      'whsec_abc',
      '--webhook-url',
      'http://127.0.0.1:1/hooks',
      '--webhook-clock',
      'fake',
    ]);
    expect(parsed).toEqual({
      help: false,
      options: {
        port: 0,
        host: '::1',
        scenario: 'flaky',
        seed: 42,
        today: '2026-01-31',
        faults: [{ kind: 'status', status: 500, path: '/companies/:id' }],
        latencyMs: 25,
        webhooks: { secret: 'whsec_abc', url: 'http://127.0.0.1:1/hooks', signingClock: 'fake' },
      },
    });
  });

  it('reads the flags that make the fake kinder or slower than Codat, each only when given', () => {
    const parsed = parseMockServerArgs([
      '--accept-bearer',
      '--timed-out-writes',
      'never',
      '--xero-write-minutes',
      '10',
      '--rate-limit-per-minute',
      '600',
      '--rate-limit-concurrent',
      '10',
      '--mapping-pending-reads',
      '2',
      '--company-limit',
      '5',
      '--xero-organisation-limit',
      '3',
    ]);
    expect(parsed).toEqual({
      help: false,
      options: {
        port: 4010,
        host: '127.0.0.1',
        acceptBearerOnApi: true,
        timedOutWrites: 'never',
        xeroWriteMinutes: 10,
        rateLimits: { perMinute: 600, concurrentPerCompany: 10 },
        mappingPendingReads: 2,
        companyLimit: 5,
        xeroOrganisationLimit: 3,
      },
    });
    expect(parseMockServerArgs(['--rate-limit-concurrent', '4'])).toMatchObject({
      options: { rateLimits: { concurrentPerCompany: 4 } },
    });
  });

  it.each([
    [['--port', '70000'], /--port/],
    [['--seed', '-1'], /--seed/],
    [['--today', '21/11/2026'], /--today/],
    [['--faults', '{"kind":"status"}'], /no JSON array and no readable file/],
    [['--faults', '[{"status":500}]'], /kind/],
    [['--webhook-url', 'http://127.0.0.1:1'], /needs --webhook-secret/],
    [['--webhook-secret', 'whsec_abc', '--webhook-clock', 'utc'], /wall or fake/],
    [['--public-url', 'http://mock:1/codat'], /no path/],
    [['--nope'], /nope/],
    [['--timed-out-writes', 'sometimes'], /land or never/],
    [['--rate-limit-per-minute', '0'], /--rate-limit-per-minute/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseMockServerArgs(argv)).toThrow(UsageError);
    expect(() => parseMockServerArgs(argv)).toThrow(message);
  });
});
