#!/usr/bin/env node
// The portal's real-browser tests: the built demo in Debian's Chromium, driven by playwright-core,
// with axe on every page. Usage: node apps/demo/e2e/run.mjs [summary.json] [name filter]
// Expects apps/demo/dist (vite build). UPDATE_SCREENSHOTS=1 rewrites docs/screenshots/*.png.
import { clearTimeout, setTimeout } from 'node:timers';
import { writeFile } from 'node:fs/promises';
import { launchBrowser } from './support/browser.mjs';
import { runTests } from './support/harness.mjs';
import { startPreview } from './support/server.mjs';
import { specs } from './specs/index.mjs';

const [summaryPath, only] = process.argv.slice(2);
// The whole run stops by itself, whatever hangs.
const watchdog = setTimeout(() => {
  console.error('e2e: the whole run took longer than 150 s; stopping.');
  process.exit(1);
}, 150_000);

const started = Date.now();
let counts = { passed: 0, failed: 0 };
let server;
let browser;
try {
  server = await startPreview();
  browser = await launchBrowser();
  console.log(`e2e: ${server.url}`);
  counts = await runTests(specs, { context: browser.context, baseUrl: server.url, only });
} catch (error) {
  console.error('e2e: could not run:', error);
  counts.failed += 1;
} finally {
  await browser?.close();
  server?.stop();
  clearTimeout(watchdog);
}

console.log(
  `\ne2e: ${counts.passed} passed, ${counts.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
if (summaryPath) {
  const summary = {
    numPassedTests: counts.passed,
    numFailedTests: counts.failed,
    numPendingTests: 0,
    numTodoTests: 0,
  };
  await writeFile(summaryPath, JSON.stringify(summary, null, 2));
}
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
