#!/usr/bin/env node
/* global window, requestAnimationFrame -- page.evaluate callbacks run in the browser */
// The mapper with 1,000 accounts as a person feels it: a production build of a tiny page
// (`page.tsx`), served over HTTP, driven in Debian's Chromium by playwright-core. For each of
// ~20 rows it opens the target list and picks a Xero account with the mouse, and measures each
// from the input event's time stamp to the next painted frame, two ways:
//   - a probe: requestAnimationFrame, then a message posted from it (see page.tsx);
//   - the Event Timing API: the interaction's `duration` (INP's measure, rounded to 8 ms).
// It also loads the page several times for the first render (the first commit, its paint, and
// the paint with every row in the DOM). It reports; it never fails on speed.
//
//   pnpm --filter @bankfeeds/react bench:interaction [-- --rows 20 --loads 10 --json out.json]
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../../../scripts/chromium.mjs';

const { values: options } = parseArgs({
  // `pnpm … bench:interaction -- --rows 5` passes the `--` on: drop it.
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
  options: {
    rows: { type: 'string', default: '20' },
    loads: { type: 'string', default: '10' },
    json: { type: 'string' },
    // Records a Chromium trace of the interactions and prints where the main thread's time went.
    trace: { type: 'string' },
  },
});
const ROWS = Number(options.rows);
const LOADS = Number(options.loads);
const here = new URL('.', import.meta.url).pathname;
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves a directory on 127.0.0.1 at a free port. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^\/+/, '');
    try {
      const body = await readFile(join(dir, path || 'index.html'));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

const ms = (v) => (v === undefined ? '—' : `${v.toFixed(0)} ms`);
function line(name, s) {
  console.log(
    `${name.padEnd(44)} median ${ms(s.median).padStart(7)}  p95 ${ms(s.p95).padStart(7)}  (min ${ms(s.min)}, max ${ms(s.max)}, n=${s.n})`,
  );
}

/** The Event Timing duration of the interaction whose event had this time stamp. */
function interactionDuration(events, timeStamp) {
  const entry = events.find((e) => Math.abs(e.startTime - timeStamp) < 0.5 && e.interactionId);
  if (!entry) return undefined;
  return Math.max(
    ...events.filter((e) => e.interactionId === entry.interactionId).map((e) => e.duration),
  );
}

/** Prints the renderer main thread's time per kind of work, per interaction (nested work counts twice). */
function summariseTrace(events, interactions) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== main?.pid || e.tid !== main?.tid || !e.dur) continue;
    // Thread time where Chromium records it: what the work cost, whatever else the cores ran.
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
  }
  console.log(`\nMain thread per interaction (open or pick), top kinds of work (thread time):`);
  for (const [name, total] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    console.log(`  ${name.padEnd(28)} ${(total / interactions).toFixed(1).padStart(7)} ms`);
  }
}

const out = await mkdtemp(join(tmpdir(), 'mapper-bench-'));
let server;
let browser;
try {
  console.log('Building the page (Vite, production)…');
  await build({ configFile: join(here, 'vite.config.ts'), build: { outDir: out } });
  server = await serve(out);
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  page.setDefaultTimeout(30_000);

  // First render: a fresh load each time.
  const firstCommit = [];
  const firstPaint = [];
  const allRows = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(server.url);
    const first = await page.waitForFunction(() => window.probe?.firstRender);
    const { commit, paint } = await first.jsonValue();
    firstCommit.push(commit);
    firstPaint.push(paint);
    allRows.push(await (await page.waitForFunction(() => window.probe.allRows)).jsonValue());
  }

  if (options.trace) {
    await browser.startTracing(page, {
      path: options.trace,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
    });
  }
  // Interactions, on rows spread through the table (one in ten rows is connected: skipped).
  const open = { probe: [], timing: [] };
  const pick = { probe: [], timing: [] };
  for (let n = 0; n < ROWS; n++) {
    const spread = 1 + ((n * 47) % 898);
    const index = spread % 10 === 0 ? spread + 1 : spread;
    const row = page.locator('tbody tr').nth(index);
    const trigger = row.locator('[data-part="target-trigger"]');
    await trigger.scrollIntoViewIfNeeded();
    // Let the scroll settle into a painted frame before pressing.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));

    const box = await trigger.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.evaluate(() => window.probe.arm('pointerdown'));
    await page.mouse.down();
    const opened = await page.evaluate(() => window.probe.done);
    await page.mouse.up();
    open.probe.push(opened.toPaint);

    // A different existing target each time, so no two rows share one.
    const option = page.locator('[role="option"]').nth(n % 90);
    await option.scrollIntoViewIfNeeded();
    const itemBox = await option.boundingBox();
    await page.mouse.move(itemBox.x + itemBox.width / 2, itemBox.y + itemBox.height / 2);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    await page.evaluate(() => window.probe.arm('pointerup'));
    await page.mouse.down();
    await page.mouse.up();
    const picked = await page.evaluate(() => window.probe.done);
    pick.probe.push(picked.toPaint);
    await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
    // Idle between interactions, as between a person's clicks.
    await page.waitForTimeout(200);

    const events = await page.evaluate(() => window.probe.events);
    const openDuration = interactionDuration(events, opened.timeStamp);
    const pickDuration = interactionDuration(events, picked.timeStamp);
    // Under 16 ms Chromium reports no entry: the interaction was faster than the threshold.
    open.timing.push(openDuration ?? 16);
    pick.timing.push(pickDuration ?? 16);
  }

  if (options.trace) {
    const trace = JSON.parse((await browser.stopTracing()).toString());
    summariseTrace(trace.traceEvents ?? trace, ROWS * 2);
  }

  const results = {
    firstRenderCommit: stats(firstCommit),
    firstRenderPaint: stats(firstPaint),
    allRowsPaint: stats(allRows),
    pickToPaint: stats(pick.probe),
    pickEventTiming: stats(pick.timing),
    openToPaint: stats(open.probe),
    openEventTiming: stats(open.timing),
  };
  const version = browser.version();
  console.log(`\nMapper, 1,000 accounts × 500 targets, production build, Chromium ${version}`);
  line('first render: mount to committed DOM', results.firstRenderCommit);
  line('first render: mount to first paint', results.firstRenderPaint);
  line('all 1,000 rows: mount to painted', results.allRowsPaint);
  line('choose a Xero account: release to next paint', results.pickToPaint);
  line('choose a Xero account: Event Timing duration', results.pickEventTiming);
  line('open a row\u2019s list: press to next paint', results.openToPaint);
  line('open a row\u2019s list: Event Timing duration', results.openEventTiming);
  if (options.json) await writeFile(options.json, JSON.stringify(results, null, 2));
} finally {
  await browser?.close();
  server?.close();
  await rm(out, { recursive: true, force: true });
}
