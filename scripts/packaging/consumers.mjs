#!/usr/bin/env node
/* global window, document */
// The kit as a bank's portal receives it: every package packed with `pnpm pack`, installed from
// those tarballs (third-party packages from the npm registry, through npm's own cache) into apps
// outside the workspace, built, and opened in Debian's Chromium:
// - fixtures/vite-app: a Vite single-page app, served with a strict CSP by csp-server.mjs;
// - fixtures/ssr-app: React's renderToPipeableStream on a node:http server, hydrateRoot in the
//   browser, a nonce-based strict CSP, and the Codat API key used on the server only;
// - fixtures/next-app: the Next.js App Router, built with `next build` and served by `next start`:
//   a server component page imports BankFeedsSetup straight from the kit and renders it inside the
//   app's own 'use client' provider, so it builds, server renders and hydrates only if the packed
//   kit kept its 'use client' directive; and a second page, a server component composing
//   `<AccountMapper.Root>` and its parts from `import * as AccountMapper from
//   '@bankfeeds/react/account-mapper'`, with a server function as `onSubmit`. Its route handlers
//   (app/api/bank-feeds, app/api/codat, app/webhooks/codat) serve @bankfeeds/server on PGlite
//   against the packed `bankfeeds-mock`, checked over HTTP by server-http-checks.mjs.
// The Vite and SSR apps run the setup journey on the mock API once per React version (19 and 18);
// the Next app once, in a directory of its own with its own React pin, because Next renders App
// Router pages with the React it vendors whichever react the app installs. On 2 cores the Next app
// adds about 30 s to the step's 27 s: npm install 15 s (19 s with an empty npm cache), next build
// 9 s, the server render and the journey in Chromium 2.5 s.
// Usage: node scripts/packaging/consumers.mjs [json-report-path]
// Env: CHROMIUM_PATH (default /usr/bin/chromium); BANKFEEDS_REACT_VERSIONS (default 19.3.1,18.3.1,
// the Vite and SSR apps only); KEEP_FIXTURES=1 keeps the temporary directories.
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import {
  NPM_OVERRIDES,
  PACKAGES,
  createChecks,
  startServer,
  startedServers,
  secondsSince,
  freePort,
  killGroup,
  packAll,
  root,
  run,
  writeCounts,
} from './lib.mjs';
import { checkServerOverHttp } from './server-http-checks.mjs';

const reportPath = process.argv[2];
const REACT_VERSIONS = (process.env.BANKFEEDS_REACT_VERSIONS ?? '19.3.1,18.3.1').split(',');
const FIXTURES = ['vite-app', 'ssr-app'];
const NEXT_FIXTURE = 'next-app';
// A fresh key each run: finding it in a bundle can only mean the bundle captured it.
const API_KEY = `codat-fixture-key-${randomBytes(12).toString('hex')}`;
const API_KEY_BASE64 = Buffer.from(API_KEY).toString('base64');
const RUN_LIMIT_MS = 6 * 60_000;

const started = Date.now();
const temp = mkdtempSync(join(tmpdir(), 'bankfeeds-consumers-'));
// Apart from `temp`, so nothing in the Next app resolves from the other apps' node_modules.
const nextTemp = mkdtempSync(join(tmpdir(), 'bankfeeds-next-'));
const nextDir = join(nextTemp, NEXT_FIXTURE);
const { check, results } = createChecks(90_000);
const seconds = secondsSince;

function skip(name, reason) {
  results.push({ name, ok: false });
  console.log(`FAIL ${name} (not run: ${reason})`);
}

async function must(command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.code}\n${result.output.slice(-4000)}`,
    );
  }
  return result.output;
}

/** The union of the fixtures' dependencies, with the kit from its tarballs and React pinned. */
function consumerManifest(tarballs, reactVersion) {
  const dependencies = {};
  for (const fixture of FIXTURES) {
    const manifest = JSON.parse(
      readFileSync(join(root, 'fixtures', fixture, 'package.json'), 'utf8'),
    );
    for (const [name, version] of Object.entries({
      ...manifest.dependencies,
      ...manifest.devDependencies,
    })) {
      if (dependencies[name] && dependencies[name] !== version) {
        throw new Error(`fixtures disagree on ${name}: ${dependencies[name]} vs ${version}`);
      }
      dependencies[name] = version;
    }
  }
  // The kit's packages the fixtures use, from the tarballs (the browser apps need no server).
  for (const pkg of PACKAGES) {
    if (dependencies[pkg.name]) dependencies[pkg.name] = `file:${tarballs[pkg.name]}`;
  }
  dependencies.react = reactVersion;
  dependencies['react-dom'] = reactVersion;
  return {
    name: 'bankfeeds-consumers',
    private: true,
    type: 'module',
    dependencies,
    overrides: NPM_OVERRIDES,
  };
}

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

async function npmInstall(dir, manifest, reactVersion) {
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  await must(
    'npm',
    [
      'install',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    { cwd: dir, timeoutMs: 240_000 },
  );
  const installed = JSON.parse(
    readFileSync(join(dir, 'node_modules/react/package.json'), 'utf8'),
  ).version;
  if (installed !== reactVersion)
    throw new Error(`react ${installed} installed, not ${reactVersion}`);
  // The kit must come from the tarballs, never from the registry or a workspace link.
  for (const pkg of PACKAGES.filter((kit) => manifest.dependencies[kit.name])) {
    const pkgDir = join(dir, 'node_modules', pkg.name);
    const built = readFileSync(join(pkg.pkgDir, 'dist/index.js'));
    if (
      existsSync(join(pkgDir, 'src')) ||
      !readFileSync(join(pkgDir, 'dist/index.js')).equals(built)
    ) {
      throw new Error(`${pkg.name} in node_modules is not the packed package`);
    }
    for (const other of PACKAGES) {
      if (existsSync(join(pkgDir, 'node_modules', other.name))) {
        throw new Error(`${pkg.name} got its own copy of ${other.name}`);
      }
    }
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
}

function assertNoKey(label, text) {
  if (text.includes(API_KEY) || text.includes(API_KEY_BASE64))
    throw new Error(`${label} holds the API key`);
}

/** Opens a page that records CSP violations apart from other console errors and uncaught errors. */
async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  const violations = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/^CSP violation|Content Security Policy/.test(text)) violations.push(text);
    else problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return { page, problems, violations };
}

/** The setup journey of the kit's own tests, by role and name as a user would find things. */
async function setupJourney(page) {
  await page.getByRole('heading', { name: 'Choose accounts' }).waitFor({ timeout: 20_000 });
  await page.getByRole('combobox', { name: 'Xero account for Business Savings' }).click();
  await page.getByRole('option', { name: 'Create new account “Business Savings”' }).click();
  const date = page.getByRole('textbox', { name: 'Feed start date for Business Savings' });
  await date.fill('01/02/2026');
  await date.press('Enter');
  await page.getByRole('button', { name: 'Connect accounts' }).click();
  await page.getByRole('heading', { name: 'Your bank feeds are set up' }).waitFor();
  // Counts the feeds connected in this session only: the one already there is not among them.
  await page.getByText('1 account connected.').waitFor();
  await page.getByRole('button', { name: 'Manage bank feeds' }).click();
  await page.getByRole('table', { name: 'Your bank feeds in Xero' }).waitFor();
}

function assertClean(problems) {
  if (problems.length) throw new Error(problems.join('\n'));
}

/** The response's policy must be strict: no unsafe-inline or unsafe-eval anywhere. */
function assertStrictPolicy(response) {
  const policy = response?.headers()['content-security-policy'] ?? '';
  if (
    !/script-src 'self'/.test(policy) ||
    !/style-src 'self' 'nonce-/.test(policy) ||
    /unsafe-/.test(policy)
  ) {
    throw new Error(`not a strict policy: ${policy}`);
  }
}

async function main() {
  const tarballs = {};
  let installedFor = null;
  let context;
  const profile = mkdtempSync(join(tmpdir(), 'bankfeeds-chromium-'));
  const openBrowser = async () => {
    if (context) return;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', ...chromiumArgs],
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(15_000);
  };
  const copyFixture = (fixture, dest) =>
    cpSync(join(root, 'fixtures', fixture), dest, {
      recursive: true,
      filter: (source) => !/\/(node_modules|dist|\.next)(\/|$)/.test(source),
    });

  await check(`pack the kit (pnpm pack, ${PACKAGES.length} packages)`, async () => {
    for (const pkg of PACKAGES) {
      if (!existsSync(join(pkg.pkgDir, 'dist'))) throw new Error(`${pkg.name} is not built`);
    }
    Object.assign(tarballs, await packAll(join(temp, 'tarballs')));
    for (const fixture of FIXTURES) copyFixture(fixture, join(temp, fixture));
    copyFixture(NEXT_FIXTURE, nextDir);
  });

  try {
    for (const reactVersion of REACT_VERSIONS) {
      const react = `React ${reactVersion}`;
      const installed = Object.keys(tarballs).length
        ? await check(
            `install the packed kit with ${react} (npm, outside the workspace)`,
            async () => {
              await npmInstall(temp, consumerManifest(tarballs, reactVersion), reactVersion);
              installedFor = reactVersion;
              const worker = join(temp, 'node_modules/msw/lib/mockServiceWorker.js');
              for (const fixture of FIXTURES) {
                mkdirSync(join(temp, fixture, 'public'), { recursive: true });
                cpSync(worker, join(temp, fixture, 'public/mockServiceWorker.js'));
              }
            },
            300_000,
          )
        : false;
      const vite = join(temp, 'node_modules/.bin/vite');
      const buildEnv = { CODAT_API_KEY: API_KEY, NODE_ENV: 'production' };

      // Types as a TypeScript portal sees them, once (the React 19 types are the installed ones).
      if (installed && reactVersion === REACT_VERSIONS[0]) {
        await check(
          'vite app: typechecks against the packed declarations (tsc, bundler resolution)',
          () =>
            must(join(temp, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], {
              cwd: join(temp, 'vite-app'),
            }),
        );
      }

      const viteDir = join(temp, 'vite-app');
      const viteOut = `dist/react-${reactVersion}`;
      const viteBuilt = installed
        ? await check(`vite app (${react}): builds`, () =>
            must(vite, ['build', '--outDir', viteOut, '--emptyOutDir', '--logLevel', 'warn'], {
              cwd: viteDir,
              env: buildEnv,
            }),
          )
        : (skip(`vite app (${react}): builds`, 'install failed'), false);

      const ssrDir = join(temp, 'ssr-app');
      const ssrBuilt = installed
        ? await check(
            `ssr app (${react}): builds (browser bundle and server render module)`,
            async () => {
              await must(vite, ['build', '--logLevel', 'warn'], { cwd: ssrDir, env: buildEnv });
              await must(vite, ['build', '--ssr', 'src/entry-server.tsx', '--logLevel', 'warn'], {
                cwd: ssrDir,
                env: buildEnv,
              });
            },
          )
        : (skip(`ssr app (${react}): builds`, 'install failed'), false);

      if (viteBuilt || ssrBuilt) {
        await check(`no API key in the browser assets (${react})`, async () => {
          const dirs = [
            viteBuilt && join(viteDir, viteOut),
            ssrBuilt && join(ssrDir, 'dist/client'),
          ];
          for (const dir of dirs.filter(Boolean)) {
            for (const file of filesUnder(dir)) assertNoKey(file, readFileSync(file, 'utf8'));
          }
        });
      }

      if (viteBuilt || ssrBuilt) await openBrowser();

      if (viteBuilt) {
        const server = await startServer(
          [join(root, 'scripts/packaging/csp-server.mjs'), join(viteDir, viteOut)],
          {
            cwd: viteDir,
          },
        );
        try {
          const { page, problems, violations } = await openPage(context);
          await check(`vite app (${react}): setup journey in Chromium`, async () => {
            assertStrictPolicy(await page.goto(server.url));
            await setupJourney(page);
            const version = await page.evaluate(() => window.fixture?.reactVersion);
            if (version !== reactVersion) throw new Error(`the page runs React ${version}`);
            assertClean(problems);
          });
          await check(
            `vite app (${react}): the client refuses an API key in the browser unless allowed`,
            async () => {
              const refused = await page.evaluate(
                (key) => window.fixture.tryApiKey(key, false),
                API_KEY,
              );
              if (refused !== 'api-key-in-browser') throw new Error(`without the flag: ${refused}`);
              const allowed = await page.evaluate(
                (key) => window.fixture.tryApiKey(key, true),
                API_KEY,
              );
              if (allowed !== 'created')
                throw new Error(`with dangerouslyAllowApiKeyInBrowser: ${allowed}`);
              assertClean(problems);
            },
          );
          await check(`vite app (${react}): no CSP violation under a strict policy`, async () =>
            assertClean(violations),
          );
          await page.close();
        } finally {
          server.stop();
        }
      }

      if (ssrBuilt) {
        let server;
        await check(
          `ssr app (${react}): server renders the kit with the API key kept on the server`,
          async () => {
            server = await startServer(['server.mjs'], {
              cwd: ssrDir,
              env: { CODAT_API_KEY: API_KEY },
            });
            const response = await fetch(server.url);
            const html = await response.text();
            if (response.status !== 200)
              throw new Error(`status ${response.status}: ${html.slice(0, 500)}`);
            assertNoKey('the server-rendered page', html);
            if (!/data-part="panel"/.test(html))
              throw new Error(`no kit markup in the page:\n${html.slice(0, 1500)}`);
            // The company name came from Codat through the server's API-key client.
            if (!html.includes('Signed in as ')) throw new Error('no company name in the page');
          },
        );
        try {
          if (server) {
            const { page, problems, violations } = await openPage(context);
            await check(`ssr app (${react}): hydrates and runs the setup journey`, async () => {
              assertStrictPolicy(await page.goto(server.url));
              await page.waitForFunction(() => window.fixture?.hydrated === true);
              const version = await page.evaluate(() => window.fixture.reactVersion);
              if (version !== reactVersion) throw new Error(`the page runs React ${version}`);
              await setupJourney(page);
              assertClean(problems);
            });
            await check(`ssr app (${react}): no CSP violation under a strict policy`, async () =>
              assertClean(violations),
            );
            await page.close();
          } else {
            skip(`ssr app (${react}): hydrates and runs the setup journey`, 'no server');
          }
        } finally {
          server?.stop();
        }
      }
    }

    await nextApp(tarballs, async () => {
      await openBrowser();
      return context;
    });
  } finally {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  if (installedFor === null) console.log('The packed kit never installed.');
}

/**
 * The Next.js App Router app, once, in its own directory. No strict CSP here: the Vite and SSR apps
 * check the kit under one, and Next would need a nonce middleware of the app's own for it.
 */
async function nextApp(tarballs, browser) {
  const manifest = nextManifest(tarballs);
  const label = `Next.js ${manifest.dependencies.next}`;
  const nextBin = join(nextDir, 'node_modules/next/dist/bin/next');
  // The key is in the build's and the server's environment, as on a portal's own servers; the app
  // uses none, and none may reach the browser.
  const env = { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', CODAT_API_KEY: API_KEY };

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
    await nextMapperPage(server.url, await browser());
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
async function nextMapperPage(url, context) {
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

const deadline = setTimeout(() => {
  console.log(`FAIL the consumer checks took over ${RUN_LIMIT_MS / 60_000} minutes`);
  finish(1);
}, RUN_LIMIT_MS);

function finish(forced = 0) {
  clearTimeout(deadline);
  for (const pid of startedServers) killGroup(pid);
  if (process.env.KEEP_FIXTURES) console.log(`kept ${temp} and ${nextTemp}`);
  else {
    rmSync(temp, { recursive: true, force: true });
    rmSync(nextTemp, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + forced;
  writeCounts(reportPath, passed, failed);
  console.log(`${passed} passed, ${failed} failed (${seconds(started)}s)`);
  process.exit(failed === 0 ? 0 : 1);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(1));
main().then(
  () => finish(),
  (error) => {
    console.log(`FAIL consumer checks crashed: ${error?.stack ?? error}`);
    finish(1);
  },
);
