#!/usr/bin/env node
/* global window */
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
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  killGroup,
  packAll,
  root,
  writeCounts,
} from './lib.mjs';
import { assertClean, assertStrictPolicy, openPage, setupJourney } from './browser-checks.mjs';
import { filesUnder, must, npmInstall } from './consumer-install.mjs';
import { nextApp } from './next-consumer.mjs';

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

function assertNoKey(label, text) {
  if (text.includes(API_KEY) || text.includes(API_KEY_BASE64))
    throw new Error(`${label} holds the API key`);
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

    await nextApp({
      tarballs,
      browser: async () => {
        await openBrowser();
        return context;
      },
      nextDir,
      apiKey: API_KEY,
      assertNoKey,
      check,
      skip,
    });
  } finally {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  if (installedFor === null) console.log('The packed kit never installed.');
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
