#!/usr/bin/env node
// @bankfeeds/server as a bank's server receives it: the kit packed with `pnpm pack`, installed
// from those tarballs (express, pg and PGlite from the npm registry, through npm's cache) into
// fixtures/express-server outside the workspace, and run against the standalone fake of Codat
// (`bankfeeds-mock` from the packed @bankfeeds/mocks), which delivers its signed webhooks to the
// app. scripts/packaging/server-http-checks.mjs then checks set-up, state, the proxy and the
// webhooks over HTTP.
// Usage: node scripts/packaging/server-consumers.mjs [json-report-path]
// Env: KEEP_FIXTURES=1 keeps the temporary directory.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
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
  writeCounts,
} from './lib.mjs';
import { installPackedKit } from './consumer-install.mjs';
import { checkServerOverHttp } from './server-http-checks.mjs';

const reportPath = process.argv[2];
const FIXTURE = 'express-server';
const API_KEY = `codat-fixture-key-${randomBytes(12).toString('hex')}`;
const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const PORTAL = 'http://127.0.0.1:3999';
const RUN_LIMIT_MS = 5 * 60_000;

const started = Date.now();
const temp = mkdtempSync(join(tmpdir(), 'bankfeeds-server-consumers-'));
const appDir = join(temp, FIXTURE);
const { check, results } = createChecks(60_000);
const seconds = secondsSince;

/** The fixture's manifest with the kit from its tarballs. */
function manifest(tarballs) {
  const own = JSON.parse(readFileSync(join(root, 'fixtures', FIXTURE, 'package.json'), 'utf8'));
  for (const pkg of PACKAGES) {
    if (own.dependencies[pkg.name]) own.dependencies[pkg.name] = `file:${tarballs[pkg.name]}`;
  }
  return { ...own, overrides: NPM_OVERRIDES };
}

async function main() {
  const tarballs = {};
  const packed = await check(`pack the kit (pnpm pack, ${PACKAGES.length} packages)`, async () => {
    for (const pkg of PACKAGES) {
      if (!existsSync(join(pkg.pkgDir, 'dist'))) throw new Error(`${pkg.name} is not built`);
    }
    Object.assign(tarballs, await packAll(join(temp, 'tarballs')));
    cpSync(join(root, 'fixtures', FIXTURE), appDir, {
      recursive: true,
      filter: (source) => !/\/(node_modules|data)(\/|$)/.test(source),
    });
  });
  if (!packed) return;

  const installed = await check(
    'express server: install @bankfeeds/server from its tarball (npm, outside the workspace)',
    async () => {
      await installPackedKit(appDir, manifest(tarballs), { scripts: true });
    },
    300_000,
  );
  if (!installed) return;

  const appPort = await freePort();
  let mock;
  let app;
  const ready = await check('express server: starts on PGlite against bankfeeds-mock', async () => {
    mock = await startServer(
      [
        join(appDir, 'node_modules/@bankfeeds/mocks/dist/cli.js'),
        ...['--port', '0', '--scenario', 'empty'],
        ...['--webhook-secret', WEBHOOK_SECRET],
        ...['--webhook-url', `http://127.0.0.1:${appPort}/webhooks/codat`],
      ],
      { cwd: appDir, ready: /listening on (http:\/\/\S+)/ },
    );
    app = await startServer(['server.mjs'], {
      cwd: appDir,
      env: {
        PORT: String(appPort),
        CODAT_BASE_URL: mock.url,
        CODAT_API_KEY: API_KEY,
        CODAT_WEBHOOK_SECRET: WEBHOOK_SECRET,
        PORTAL_URL: PORTAL,
      },
      ready: /listening (http:\/\/\S+)/,
    });
  });
  try {
    if (ready) {
      await checkServerOverHttp({
        check,
        label: 'express server',
        url: app.url,
        mockUrl: mock.url,
        portalOrigin: PORTAL,
      });
      await check('express server: no API key or webhook secret in its output', async () => {
        const output = app.output();
        if (output.includes(API_KEY) || output.includes(WEBHOOK_SECRET))
          throw new Error('a secret was written to the output');
      });
    }
  } finally {
    app?.stop();
    mock?.stop();
  }
}

const deadline = setTimeout(() => {
  console.log(`FAIL the server consumer checks took over ${RUN_LIMIT_MS / 60_000} minutes`);
  finish(1);
}, RUN_LIMIT_MS);

function finish(forced = 0) {
  clearTimeout(deadline);
  for (const pid of startedServers) killGroup(pid);
  if (process.env.KEEP_FIXTURES) console.log(`kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
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
    console.log(`FAIL server consumer checks crashed: ${error?.stack ?? error}`);
    finish(1);
  },
);
