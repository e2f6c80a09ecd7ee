#!/usr/bin/env node
// publint and are-the-types-wrong on each published package, as npm would receive it: every
// package is packed with `pnpm pack`, and both tools read that tarball. Any message from either
// tool (suggestions included) fails. Run after the build.
// Usage: node scripts/packaging/check.mjs [json-report-path]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { PACKAGES, packAll, root, run, writeCounts } from './lib.mjs';

const reportPath = process.argv[2];
const attw = join(root, 'node_modules/.bin/attw');
const started = Date.now();
const temp = mkdtempSync(join(tmpdir(), 'bankfeeds-check-'));
let passed = 0;
let failed = 0;
const result = (ok, label, detail = '') => {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? `\n${detail}` : ''}`);
};

try {
  for (const pkg of PACKAGES) {
    if (!existsSync(join(pkg.pkgDir, 'dist'))) {
      throw new Error(`${pkg.name} has no dist/: build first (pnpm exec turbo run build)`);
    }
  }
  const tarballs = await packAll(temp);
  const outcomes = await Promise.all(
    PACKAGES.map(async (pkg) => {
      const tarball = tarballs[pkg.name];
      // Stylesheets have no types to resolve; attw checks the code entry points.
      const stylesheets = Object.keys(pkg.manifest.exports ?? {}).filter((key) =>
        key.endsWith('.css'),
      );
      const exclude = stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : [];
      const [lint, types] = await Promise.all([
        (async () => {
          const buffer = readFileSync(tarball);
          const { messages, pkg: packed } = await publint({
            pack: {
              tarball: buffer.buffer.slice(
                buffer.byteOffset,
                buffer.byteOffset + buffer.byteLength,
              ),
            },
            level: 'suggestion',
            strict: true,
          });
          return messages.map((m) => `  publint ${m.type}: ${formatMessage(m, packed) ?? m.code}`);
        })(),
        run(attw, [tarball, ...exclude, '--format', 'ascii', '--no-emoji', '--no-color'], {
          timeoutMs: 60_000,
        }),
      ]);
      return { pkg, lint, types };
    }),
  );
  for (const { pkg, lint, types } of outcomes) {
    result(lint.length === 0, `publint ${pkg.name}`, lint.join('\n'));
    result(types.code === 0, `attw ${pkg.name}`, types.code === 0 ? '' : types.output);
  }
  // React Server Components: the React entry (hooks, context) is a client module in both formats;
  // the headless packages stay usable on the server, so they carry no directive.
  for (const pkg of PACKAGES) {
    const wanted = pkg.dir === 'react';
    const wrong = ['dist/index.js', 'dist/index.cjs'].filter((file) => {
      const code = readFileSync(join(pkg.pkgDir, file), 'utf8');
      return /^['"]use client['"];/.test(code) !== wanted;
    });
    result(
      wrong.length === 0,
      `${pkg.name}: ${wanted ? '"use client" on the entry' : 'no "use client" directive'}`,
      wrong.length ? `  ${wrong.join(', ')}` : '',
    );
  }
  // What a bank's developer reads first on npm: install, a quick start, the licence.
  for (const pkg of PACKAGES) {
    const readmeFile = join(pkg.pkgDir, 'README.md');
    const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';
    const install = new RegExp(`(npm (install|i)|pnpm add|yarn add)[^\\n]*${pkg.name}`);
    const missing = [
      !readme && 'README.md',
      readme && !install.test(readme) && `an install command for ${pkg.name}`,
      readme && !/^#+ .*(quick ?start|getting started)/im.test(readme) && 'a "Quick start" section',
      !existsSync(join(pkg.pkgDir, 'LICENSE')) && 'LICENSE',
    ].filter(Boolean);
    result(
      missing.length === 0,
      `${pkg.name}: README (install, quick start) and LICENSE`,
      missing.length ? `  missing: ${missing.join(', ')}` : '',
    );
  }
  const react = PACKAGES.find((pkg) => pkg.dir === 'react');
  result(
    existsSync(join(react.pkgDir, 'dist/styles.css')) &&
      react.manifest.exports['./styles.css']?.default === './dist/styles.css',
    `${react.name}: ./styles.css exported from dist/styles.css`,
  );
} catch (error) {
  result(false, 'packaging check', String(error?.stack ?? error));
} finally {
  rmSync(temp, { recursive: true, force: true });
}
writeCounts(reportPath, passed, failed);
console.log(`${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)}s)`);
process.exit(failed === 0 ? 0 : 1);
