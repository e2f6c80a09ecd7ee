/* global window */
// The Next.js App Router consumer (fixtures/next-app), installed from the packed kit in a
// directory of its own, built with `next build`, served by `next start` and opened in Chromium.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NPM_OVERRIDES, PACKAGES, freePort, root, startServer } from './lib.mjs';
import { assertClean, openPage, setupJourney } from './browser-checks.mjs';
import { filesUnder, must, npmInstall } from './consumer-install.mjs';
import { checkServerOverHttp } from './server-http-checks.mjs';

const NEXT_FIXTURE = 'next-app';

/** The Next app's own manifest, with the kit from its tarballs. */
function nextManifest(tarballs) {
  const manifest = JSON.parse(
    readFileSync(join(root, 'fixtures', NEXT_FIXTURE, 'package.json'), 'utf8'),
  );
  for (const pkg of PACKAGES) {
    if (manifest.dependencies[pkg.name])
      manifest.dependencies[pkg.name] = `file:${tarballs[pkg.name]}`;
  }
  return { ...manifest, overrides: NPM_OVERRIDES };
}

/**
 * The Next.js App Router app, once, in `nextDir`. No strict CSP here: the Vite and SSR apps
 * check the kit under one, and Next would need a nonce middleware of the app's own for it.
 * `check`/`skip` record results; `apiKey` is in the build's and the server's environment and
 * `assertNoKey` fails when a text holds it.
 */
export async function nextApp({ tarballs, browser, nextDir, apiKey, assertNoKey, check, skip }) {
  const manifest = nextManifest(tarballs);
  const label = `Next.js ${manifest.dependencies.next}`;
  const nextBin = join(nextDir, 'node_modules/next/dist/bin/next');
  // The key is in the build's and the server's environment, as on a portal's own servers; the app
  // uses none, and none may reach the browser.
  const env = { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', CODAT_API_KEY: apiKey };

  const installed = Object.keys(tarballs).length
    ? await check(
        `next app: install the packed kit with ${label} (npm, a directory of its own)`,
        async () => {
          await npmInstall(nextDir, manifest, manifest.dependencies.react);
          mkdirSync(join(nextDir, 'public'), { recursive: true });
          cpSync(
            join(nextDir, 'node_modules/msw/lib/mockServiceWorker.js'),
            join(nextDir, 'public/mockServiceWorker.js'),
          );
        },
        300_000,
      )
    : false;

  const built = installed
    ? await check(
        `next app: builds (next build; a server component page imports the kit)`,
        async () => {
          const output = await must(process.execPath, [nextBin, 'build'], {
            cwd: nextDir,
            env,
            timeoutMs: 170_000,
          });
          // Resolving the kit's exports or mixing its ESM and CJS would fail or warn here. Under
          // CI=true Next also advises caching `.next/cache` between runs: not about the kit.
          const warnings = output
            .split('\n')
            .filter((line) => /⚠|\bwarn/i.test(line) && !/No build cache found/.test(line));
          if (warnings.length) throw new Error(`next build warned:\n${warnings.join('\n')}`);
        },
        180_000,
      )
    : (skip('next app: builds', 'install failed'), false);
  if (!built) return;

  await check("no API key in the Next app's browser assets (.next/static)", async () => {
    const files = filesUnder(join(nextDir, '.next/static'));
    if (!files.some((file) => file.endsWith('.js'))) throw new Error('no scripts in .next/static');
    for (const file of files) assertNoKey(file, readFileSync(file, 'utf8'));
  });

  // The app's route handlers serve @bankfeeds/server against the packed fake, which delivers
  // its signed webhooks to the app: the app's port is chosen first so the fake knows it.
  const nextPort = await freePort();
  const portal = `http://127.0.0.1:${nextPort}`;
  const webhookSecret = `whsec_${randomBytes(24).toString('base64')}`;
  let mock;
  await check('next app: bankfeeds-mock (packed) starts for the route handlers', async () => {
    mock = await startServer(
      [
        join(nextDir, 'node_modules/@bankfeeds/mocks/dist/cli.js'),
        ...['--port', '0', '--scenario', 'empty', '--webhook-secret', webhookSecret],
        ...['--webhook-url', `${portal}/webhooks/codat`],
      ],
      { cwd: nextDir, ready: /listening on (http:\/\/\S+)/ },
    );
  });
  const serverEnv = {
    ...env,
    CODAT_BASE_URL: mock?.url ?? 'http://127.0.0.1:9',
    CODAT_WEBHOOK_SECRET: webhookSecret,
    PORTAL_URL: portal,
  };

  let server;
  await check(
    'next app: `next start` server renders the kit, BankFeedsSetup a client reference',
    async () => {
      server = await startServer([nextBin, 'start', '-p', String(nextPort), '-H', '127.0.0.1'], {
        cwd: nextDir,
        env: serverEnv,
        ready: /Local:\s+(http\S+)[\s\S]*Ready in/,
      });
      const response = await fetch(server.url);
      const html = await response.text();
      if (response.status !== 200)
        throw new Error(`status ${response.status}: ${html.slice(0, 500)}`);
      assertNoKey('the server-rendered page', html);
      if (!/data-scope="bank-feeds-setup" data-part="panel"/.test(html))
        throw new Error(`no kit markup in the page:\n${html.slice(0, 1500)}`);
      // The page's React Server Components payload refers to the kit's component as a client
      // module (the server only renders it to HTML), which it can only be with 'use client'.
      if (!/\\?"BankFeedsSetup\\?"\]/.test(html))
        throw new Error('BankFeedsSetup is not a client reference in the page');
    },
  );
  try {
    if (!server) {
      skip('next app: hydrates and runs the setup journey in Chromium', 'no server');
      return;
    }
    const { page, problems, violations } = await openPage(await browser());
    let reactVersion;
    await check('next app: hydrates and runs the setup journey in Chromium', async () => {
      const response = await page.goto(server.url);
      if (!response?.ok()) throw new Error(`status ${response?.status()}`);
      await page.waitForFunction(() => window.fixture?.hydrated === true);
      reactVersion = await page.evaluate(() => window.fixture.reactVersion);
      await setupJourney(page);
      assertClean([...problems, ...violations]);
    });
    if (reactVersion) console.log(`     (${label} rendered it with its own React ${reactVersion})`);
    await page.close();
    await nextMapperPage(server.url, await browser(), check);
    if (mock) {
      await checkServerOverHttp({
        check,
        label: 'next app route handlers (@bankfeeds/server)',
        url: server.url.replace(/\/$/, ''),
        mockUrl: mock.url,
        portalOrigin: portal,
      });
    }
  } finally {
    server?.stop();
    mock?.stop();
  }
}

/**
 * fixtures/next-app/app/mapper: a server component composes `<AccountMapper.Root>` and its parts
 * from `import * as AccountMapper from '@bankfeeds/react/account-mapper'`, with a server function
 * as `onSubmit`. It must server render, hydrate, and send the customer's choice to the server.
 */
async function nextMapperPage(url, context, check) {
  const mapperUrl = new URL('/mapper', url).href;
  await check(
    'next app: a server component page renders <AccountMapper.Root> parts (namespace subpath)',
    async () => {
      const response = await fetch(mapperUrl);
      const html = await response.text();
      if (response.status !== 200)
        throw new Error(`status ${response.status}: ${html.slice(0, 500)}`);
      for (const part of ['root', 'table', 'summary', 'submit']) {
        if (!new RegExp(`data-scope="account-mapper" data-part="${part}"`).test(html))
          throw new Error(`no ${part} part in the server-rendered page:\n${html.slice(0, 1500)}`);
      }
      if (!html.includes('Business Savings')) throw new Error('no account rows in the page');
      // Root is a client reference by its export name in the subpath's client module.
      if (!/\\?"Root\\?"\]/.test(html))
        throw new Error('AccountMapper.Root is not a client reference');
    },
  );
  const { page, problems, violations } = await openPage(context);
  await check(
    'next app: the server-composed mapper hydrates, and Connect calls the server function',
    async () => {
      const response = await page.goto(mapperUrl);
      if (!response?.ok()) throw new Error(`status ${response?.status()}`);
      await page.waitForFunction(() => window.fixture?.hydrated === true);
      await page.getByRole('combobox', { name: 'Xero account for Business Savings' }).click();
      await page.getByRole('option', { name: 'Create new account “Business Savings”' }).click();
      await page.getByText('1 account will be connected.').waitFor();
      await page.getByRole('button', { name: 'Connect accounts' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'The server received: acc-savings' })
        .waitFor();
      assertClean([...problems, ...violations]);
    },
  );
  await page.close();
}
