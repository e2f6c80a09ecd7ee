// axe-core 4.14 injected into the page itself: it runs rules (label-content-name-mismatch, ...)
// that older bundled copies and DOM emulators miss.
// Runs in Node; the functions passed to page.evaluate run in the page.
/* global window, document */
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe on the whole page and throws a readable list of any violations. */
export async function expectNoA11yViolations(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      count: v.nodes.length,
    }));
  });
  if (violations.length > 0) {
    const lines = violations.map(
      (v) => `  ${v.id} (${v.count}×): ${v.help} at ${v.targets.join(', ')}`,
    );
    throw new Error(
      `axe found ${violations.length} violation(s) on ${where}:\n${lines.join('\n')}`,
    );
  }
}
