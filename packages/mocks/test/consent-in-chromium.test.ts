// The set-up a bank's developer runs locally: their Node server talks to the standalone fake as
// its Codat base URL, and a real browser (Debian's Chromium) is sent to the fake's consent page
// (the connection's `linkUrl`), presses "Allow access", and the bank's server then reads the
// connection as Linked. No interception anywhere: real sockets, a real page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '@bankfeeds/mocks/server';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { gbpAccount } from './accounts';
import { BASIC, TODAY } from './helpers';

let codat: MockServer;
let browser: Browser;
let bank: Server;
let bankUrl: string;

/** The bank's server calling Codat (the fake) with its API key, as it would in production. */
async function codatCall(path: string, body?: unknown) {
  const response = await fetch(`${codat.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: BASIC,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (await response.json()) as any;
}

let companyId = '';
let connectionId = '';

beforeAll(async () => {
  codat = await startMockServer({ port: 0, scenario: 'empty', today: TODAY });
  // "Connect to Xero" on the bank's portal: a company, a connection, the customer's accounts,
  // then a redirect to Codat's link page for that connection.
  bank = createServer((request, response) => {
    void (async () => {
      if (request.url !== '/connect-xero') {
        response.writeHead(404).end();
        return;
      }
      const company = await codatCall('/companies', { name: 'Acme Widgets' });
      const connection = await codatCall(`/companies/${company.id}/connections`, {
        platformKey: 'gbol',
      });
      companyId = company.id;
      connectionId = connection.id;
      await codatCall(
        `/companies/${companyId}/connections/${connectionId}/connectionInfo/bankFeedAccounts/batch`,
        [gbpAccount('acc-1')],
      );
      response.writeHead(302, { Location: connection.linkUrl }).end();
    })().catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => bank.listen(0, '127.0.0.1', resolve));
  bankUrl = `http://127.0.0.1:${(bank.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => bank?.close(resolve));
  await codat?.close();
});

describe('the consent page in a real browser, the fake as the Codat base URL', () => {
  it('takes the customer from the bank to the consent page and links the connection', async () => {
    const page = await browser.newPage();
    await page.goto(`${bankUrl}/connect-xero`);
    // The browser left the bank for the link page the fake serves on its own origin.
    expect(page.url().startsWith(`${codat.url}/link/`)).toBe(true);
    await page.getByRole('heading', { name: 'Connect to Xero' }).waitFor();
    await page.getByRole('button', { name: 'Allow access' }).click();
    await page.getByRole('heading', { name: 'Connected to Xero' }).waitFor();
    const connection = await codatCall(`/companies/${companyId}/connections/${connectionId}`);
    expect(connection.status).toBe('Linked');
    await page.close();
  }, 30_000);
});
