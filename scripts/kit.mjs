#!/usr/bin/env node
// The two front-door commands, `npm run demo` and `npm test`, on a machine with only Node and npm:
// get the pinned pnpm (through npx when it is not installed), install the locked dependencies,
// then run the demo or every check and test, ending with one `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runInOwnGroup } from './process-group.mjs';

const root = new URL('..', import.meta.url).pathname;
const PNPM_VERSION = '10.34.9';
const reports = join(root, '.reports');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function pnpm(...args) {
  const [command, ...prefix] = pnpmCommand();
  return run(command, [...prefix, ...args]);
}

function install() {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : ['--frozen-lockfile', '--prefer-offline'];
  if (pnpm('install', ...frozen) !== 0) {
    console.error('Could not install the dependencies (pnpm install failed).');
    process.exit(1);
  }
}

/** Test counts from a Vitest JSON report, or null when the run wrote none. */
function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTests ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function test() {
  install();
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const steps = [];
  const step = (name, args, counts) => {
    const started = Date.now();
    console.log(`\n::: ${name}`);
    const status = pnpm('exec', ...args);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    steps.push({ name, ok: status === 0, seconds, counts: counts?.() ?? null });
  };

  const report = (name) => join(reports, `${name}.json`);
  step('typecheck', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']);
  step('typecheck stories', ['tsc', '-p', '.storybook/tsconfig.json']);
  step('lint', ['eslint', '.', '--max-warnings=0']);
  step('format', ['prettier', '--check', '.', '--log-level=warn']);
  step(
    'unit tests (vitest: model, mocks, client, server on PGlite and PostgreSQL, server example, react in jsdom)',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report('vitest')}`],
    () => vitestCounts(report('vitest')),
  );
  step(
    'react in Chromium (vitest browser mode)',
    [
      'vitest',
      'run',
      '--config',
      'packages/react/vitest.browser.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report('react-browser')}`,
    ],
    () => vitestCounts(report('react-browser')),
  );
  step('build packages and demo', ['turbo', 'run', 'build', '--output-logs=errors-only']);
  step(
    'packages: publint, are-the-types-wrong, contents',
    ['node', 'scripts/packaging/check.mjs', report('packaging')],
    () => vitestCounts(report('packaging')),
  );
  step('size budgets (size-limit)', ['size-limit']);
  step(
    'demo in Chromium (walkthroughs, axe)',
    ['node', 'apps/demo/e2e/run.mjs', report('e2e')],
    () => vitestCounts(report('e2e')),
  );
  step('storybook static build', [
    'storybook',
    'build',
    '-c',
    '.storybook',
    '-o',
    'storybook-static',
    '--quiet',
  ]);
  step(
    'stories as tests in Chromium (play, axe)',
    [
      'vitest',
      'run',
      '--config',
      '.storybook/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report('storybook')}`,
    ],
    () => vitestCounts(report('storybook')),
  );
  step(
    'packed tarballs in consumer apps (Vite, SSR, Next.js App Router, React 18 and 19, strict CSP)',
    ['node', 'scripts/packaging/consumers.mjs', report('consumers')],
    () => vitestCounts(report('consumers')),
  );
  step(
    'packed @bankfeeds/server in an Express app on PGlite, against bankfeeds-mock over HTTP',
    ['node', 'scripts/packaging/server-consumers.mjs', report('server-consumers')],
    () => vitestCounts(report('server-consumers')),
  );

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  console.log('\nSummary');
  for (const { name, ok, seconds, counts } of steps) {
    // A check without its own test count (typecheck, lint, format) counts as one test.
    const result = counts ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
    if (!ok && result.failed === 0) result.failed = 1; // a crashed runner is a failure
    passed += result.passed;
    failed += result.failed;
    skipped += result.skipped;
    const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : '';
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail} ${seconds}s`);
  }
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed === 0 && steps.every((s) => s.ok) ? 0 : 1);
}

async function demo() {
  install();
  // In a process group of its own, with this command's stop signals passed on: killing this
  // command's pid (or Ctrl-C) stops pnpm and Vite too.
  const [command, ...prefix] = pnpmCommand();
  process.exit(
    await runInOwnGroup(command, [...prefix, '--filter', '@bankfeeds/demo', 'run', 'demo'], {
      cwd: root,
    }),
  );
}

const command = process.argv[2];
if (command === 'test') test();
else if (command === 'demo') await demo();
else {
  console.error('usage: node scripts/kit.mjs test|demo');
  process.exit(2);
}
