// Screenshots for the README, rewritten only on request (UPDATE_SCREENSHOTS=1) so that a normal
// run never touches committed files.
/* global document */
import { mkdir } from 'node:fs/promises';

const dir = new URL('../../../../docs/screenshots/', import.meta.url).pathname;
const enabled = process.env.UPDATE_SCREENSHOTS === '1';

export async function saveScreen(page, name) {
  if (!enabled) return;
  await mkdir(dir, { recursive: true });
  // Let the fonts and any transitions settle so the picture is stable.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${dir}${name}.png`, fullPage: false });
}
