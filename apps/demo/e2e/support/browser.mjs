// Debian's Chromium through playwright-core: no browser download, a fresh profile every run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';

export async function launchBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'northwind-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', ...chromiumArgs],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    reducedMotion: 'reduce',
  });
  // Bounded waits everywhere: a missing element fails in seconds instead of hanging the run.
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const close = async () => {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  };
  return { context, close };
}
