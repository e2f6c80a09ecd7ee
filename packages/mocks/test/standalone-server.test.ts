import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { BASIC, TODAY } from './helpers';
import { SECRET, hasValidSignature } from './svix';
import { buildCli, runCli, startCli, type RunningCli } from './standalone-cli';

// The `bankfeeds-mock` command as a bank's Java, .NET or Python tests run it: a child process
// on a real port, driven over HTTP with fetch.

let cli: string;
let remove = () => {};
beforeAll(async () => {
  ({ cli, remove } = await buildCli());
});
afterAll(() => remove());

async function serve(...args: string[]): Promise<RunningCli> {
  const running = await startCli(cli, ['--today', TODAY, ...args]);
  onTestFinished(() => {
    if (running.child.exitCode === null) running.child.kill('SIGKILL');
  });
  return running;
}

/** Reads a JSON reply; `init.body` objects are sent as JSON. */
async function call(url: string, init: { method?: string; body?: unknown; auth?: boolean } = {}) {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.auth === false ? {} : { Authorization: BASIC }),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as any };
}

describe('bankfeeds-mock', () => {
  it("answers Codat's API with Basic auth at its own origin, and 401 without it", async () => {
    const { url } = await serve();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { ids } = (await call(`${url}/_fake/state`)).body;
    const company = await call(`${url}/companies/${ids.companyId}`);
    expect(company.status).toBe(200);
    expect(company.body.name).toBe('Harbour Coffee Roasters Ltd');
    expect(company.headers.get('x-rate-limit-limit')).toBeTruthy();
    const anonymous = await call(`${url}/companies/${ids.companyId}`, { auth: false });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.statusCode).toBe(401);
  });

  it('refuses a company access token as Bearer unless --accept-bearer is given', async () => {
    for (const [flags, status] of [
      [[], 401],
      [['--accept-bearer'], 200],
    ] as const) {
      const { url } = await serve(...flags);
      const { ids } = (await call(`${url}/_fake/state`)).body;
      const { accessToken } = (await call(`${url}/companies/${ids.companyId}/accessToken`)).body;
      const reply = await fetch(`${url}/companies/${ids.companyId}`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      expect(reply.status).toBe(status);
    }
  });

  it("answers an unknown path with Codat's 404 body", async () => {
    const { url } = await serve();
    const reply = await call(`${url}/no/such/thing`);
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({
      statusCode: 404,
      service: 'PublicApi',
      error: 'The requested resource could not be found.',
    });
    expect(reply.body.correlationId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers HEAD as GET without a body, and OPTIONS with the methods it allows', async () => {
    const { url } = await serve();
    const head = await fetch(`${url}/companies`, {
      method: 'HEAD',
      headers: { Authorization: BASIC },
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const options = await fetch(`${url}/companies`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toContain('PATCH');
  });

  it('authorises a connection, moves the clock and resets through the control API', async () => {
    const { url } = await serve('--scenario', 'needsAuth');
    const { ids } = (await call(`${url}/_fake/state`)).body;
    const connection = `/companies/${ids.companyId}/connections/${ids.connectionId}`;
    expect((await call(`${url}${connection}`)).body.status).toBe('PendingAuth');

    const authorised = await call(`${url}/_fake${connection}/authorize`, { method: 'POST' });
    expect(authorised.status).toBe(200);
    expect(authorised.body.status).toBe('Linked');
    expect((await call(`${url}${connection}`)).body.status).toBe('Linked');

    const before = Date.parse((await call(`${url}/_fake/clock`)).body.now);
    const moved = await call(`${url}/_fake/clock/advance`, {
      method: 'POST',
      body: { ms: 3_600_000 },
    });
    expect(Date.parse(moved.body.now) - before).toBe(3_600_000);

    const reset = await call(`${url}/_fake/reset`, { method: 'POST' });
    expect(reset.body.scenario).toBe('needsAuth');
    expect((await call(`${url}${connection}`)).body.status).toBe('PendingAuth');
    const other = await call(`${url}/_fake/reset`, { method: 'POST', body: { scenario: 'empty' } });
    expect(other.body.scenario).toBe('empty');
  });

  it('shows what Xero received for an account through the control API, after a push whose reply was lost', async () => {
    const faults = JSON.stringify([
      { when: 'after', kind: 'network', method: 'POST', path: '*/bankTransactions' },
    ]);
    const { url } = await serve('--faults', faults);
    const { ids } = (await call(`${url}/_fake/state`)).body;
    const connection = `/companies/${ids.companyId}/connections/${ids.connectionId}`;
    const accounts = (await call(`${url}${connection}/connectionInfo/bankFeedAccounts`)).body;
    const account = accounts.find((a: { status: string }) => a.status === 'connected');
    const line = {
      id: 'txn-lost-reply-1',
      date: `${TODAY}T10:00:00`,
      description: 'Card payment',
      amount: -12.5,
      balance: 987.5,
      transactionType: 'Debit',
    };
    await expect(
      fetch(`${url}${connection}/push/bankAccounts/${account.id}/bankTransactions`, {
        method: 'POST',
        headers: { Authorization: BASIC, 'Content-Type': 'application/json' },
        body: JSON.stringify({ accountId: account.id, transactions: [line] }),
      }),
    ).rejects.toThrow();

    const lines = await call(
      `${url}/_fake/connections/${ids.connectionId}/accounts/${account.id}/statement-lines`,
    );
    expect(lines.status).toBe(200);
    expect(lines.body).toMatchObject([{ id: 'txn-lost-reply-1', amount: -12.5, balance: 987.5 }]);
  });

  it('disconnects a feed inside Xero through the control API', async () => {
    const { url } = await serve();
    const { ids } = (await call(`${url}/_fake/state`)).body;
    const connection = `/companies/${ids.companyId}/connections/${ids.connectionId}`;
    const accounts = (await call(`${url}${connection}/connectionInfo/bankFeedAccounts`)).body;
    const account = accounts.find((a: { status: string }) => a.status === 'connected');

    const done = await call(`${url}/_fake${connection}/accounts/${account.id}/disconnect`, {
      method: 'POST',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: account.id, status: 'disconnected' });
    const after = (await call(`${url}${connection}/connectionInfo/bankFeedAccounts`)).body;
    expect(after.find((a: { id: string }) => a.id === account.id).status).toBe('disconnected');
  });

  it("answers a refusal of the fake with Codat's status, and an unknown control route with 404", async () => {
    const { url } = await serve();
    const missing = await call(`${url}/_fake/companies/nope/connections/nope/authorize`, {
      method: 'POST',
    });
    expect(missing.status).toBe(404);
    expect(missing.body.codat.statusCode).toBe(404);
    const unknown = await call(`${url}/_fake/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.routes).toContain('POST /_fake/reset');
    const bad = await call(`${url}/_fake/clock/advance`, { method: 'POST', body: { ms: -1 } });
    expect(bad.status).toBe(400);
  });

  it('serves the Xero consent page behind a linkUrl that points at the server', async () => {
    // needsAuth: a connection waiting for consent, with its source accounts already made.
    const { url } = await serve('--scenario', 'needsAuth');
    const { ids } = (await call(`${url}/_fake/state`)).body;
    const connection = `${url}/companies/${ids.companyId}/connections/${ids.connectionId}`;
    const { linkUrl } = (await call(connection)).body;
    expect(linkUrl.startsWith(`${url}/link/`)).toBe(true);
    const page = await fetch(linkUrl, { headers: { Accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('Connect to Xero');
    // Press "Allow access" as a browser would: post the first form to its action.
    const action = new URL(/action="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&'), linkUrl);
    const done = await fetch(action, { method: 'POST', headers: { Accept: 'text/html' } });
    expect(await done.text()).toContain('Connected to Xero');
    expect((await call(connection)).body.status).toBe('Linked');
  });

  it('takes its scenario and seed from flags: the same seed gives the same ids', async () => {
    const first = await serve('--seed', '7', '--scenario', 'deauthorized');
    const again = await serve('--seed', '7', '--scenario', 'deauthorized');
    const other = await serve('--seed', '8', '--scenario', 'deauthorized');
    const [a, b, c] = await Promise.all(
      [first, again, other].map(async ({ url }) => (await call(`${url}/_fake/state`)).body),
    );
    expect(a.ids).toEqual(b.ids);
    expect(a.ids).not.toEqual(c.ids);
    expect(a.seed).toBe(7);
    expect(a.companies[0].connections[0].status).toBe('Deauthorized');
  });

  it('injects the faults given by --faults, inline or from a file', async () => {
    const rules = [{ kind: 'status', status: 503, method: 'GET', path: '/companies', times: 1 }];
    const inline = await serve('--faults', JSON.stringify(rules));
    expect((await call(`${inline.url}/companies`)).status).toBe(503);
    expect((await call(`${inline.url}/companies`)).status).toBe(200);

    const file = join(cli, '..', 'faults.json');
    writeFileSync(file, JSON.stringify([{ kind: 'network', path: '/companies' }]));
    const fromFile = await serve('--faults', file);
    // A network fault drops the connection: fetch fails without a reply.
    await expect(
      fetch(`${fromFile.url}/companies`, { headers: { Authorization: BASIC } }),
    ).rejects.toThrow();
    expect((await call(`${fromFile.url}/_fake/state`)).status).toBe(200);
  });

  it('signs webhooks, posts them to --webhook-url and lists them at /_fake/webhooks', async () => {
    const received: { headers: Record<string, string>; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers as Record<string, string>, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    onTestFinished(() => void receiver.close());
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const { url } = await serve(
      '--scenario',
      'needsAuth',
      '--webhook-secret',
      SECRET,
      '--webhook-url',
      hook,
    );
    const { ids } = (await call(`${url}/_fake/state`)).body;
    await call(
      `${url}/_fake/companies/${ids.companyId}/connections/${ids.connectionId}/authorize`,
      {
        method: 'POST',
      },
    );
    const { body } = await call(`${url}/_fake/webhooks`);
    expect(body.enabled).toBe(true);
    expect(body.sent.length).toBeGreaterThan(0);
    expect(body.sent.every((sent: { delivered: boolean }) => sent.delivered)).toBe(true);
    expect(received).toHaveLength(body.sent.length);
    expect(hasValidSignature(SECRET, received[0]!.headers, received[0]!.body)).toBe(true);
    // Stamped on the real clock, as Codat's are: a receiver in another process checks each
    // timestamp against its own clock (Svix allows five minutes either way). The fake's own
    // clock starts at 09:00 UTC on --today, far from now.
    const stampedMs = Number(received[0]!.headers['webhook-timestamp']) * 1000;
    expect(Math.abs(stampedMs - Date.now())).toBeLessThan(5 * 60_000);
    expect(received[0]!.headers['svix-timestamp']).toBe(received[0]!.headers['webhook-timestamp']);
  });

  it('prints its usage for --help, and refuses an unknown flag with exit code 2', async () => {
    const help = await runCli(cli, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--faults');
    const wrong = await runCli(cli, ['--scenario', 'nope']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--scenario must be one of');
  });

  it('stops with exit code 0 on SIGTERM while a request hangs on a timeout fault', async () => {
    const running = await serve('--faults', '[{"kind":"timeout","path":"/companies"}]');
    const hanging = fetch(`${running.url}/companies`, { headers: { Authorization: BASIC } });
    // The control API answers beside the hanging request: the server is up and holding it.
    expect((await call(`${running.url}/_fake/clock`)).status).toBe(200);
    running.child.kill('SIGTERM');
    await expect(hanging).rejects.toThrow();
    expect(await running.exited).toEqual({ code: 0, signal: null });
  });

  it('stops with exit code 0 on SIGTERM, even with a client connection open', async () => {
    const running = await serve();
    // A keep-alive connection left open must not hold the process.
    await call(`${running.url}/_fake/state`);
    running.child.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
  });
});
