// A small test runner: each test gets a fresh tab, a time limit, and a screenshot when it fails.
import { clearTimeout, setTimeout } from 'node:timers';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const resultsDir = new URL('../../test-results/', import.meta.url).pathname;

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs tests one after another (2 shared cores: no parallel tabs) and returns the counts. */
export async function runTests(tests, { context, baseUrl, only, timeoutMs = 45_000 }) {
  const counts = { passed: 0, failed: 0 };
  for (const test of tests) {
    if (only && !test.name.includes(only)) continue;
    const started = Date.now();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await withTimeout(test.run({ page, baseUrl, context }), timeoutMs, test.name);
      if (errors.length) throw new Error(`uncaught error in the page: ${errors.join('; ')}`);
      counts.passed += 1;
      console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      counts.failed += 1;
      console.log(
        `  ✗ ${test.name} (${Date.now() - started} ms)\n    ${String(error?.stack ?? error)
          .split('\n')
          .join('\n    ')}`,
      );
      await mkdir(resultsDir, { recursive: true });
      const file = join(resultsDir, `${test.name.replace(/[^a-z0-9]+/gi, '-')}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.log(`    screenshot: ${file}`);
    } finally {
      await page.close().catch(() => {});
    }
  }
  return counts;
}
