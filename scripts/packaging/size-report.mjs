#!/usr/bin/env node
// What the kit's bundles are made of: bundles an import of the built packages the way size-limit
// does (esbuild, minified, react and react-dom left out), then prints the min+gzip size and the
// minified bytes each package contributes. Usage: node scripts/packaging/size-report.mjs
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from './lib.mjs';

const cases = [
  ['client: everything', `export * from '@bankfeeds/client';`],
  ['client: createBankFeedsClient', `export { createBankFeedsClient } from '@bankfeeds/client';`],
  ['client: createProxyClient', `export { createProxyClient } from '@bankfeeds/client';`],
  ['client: createSetupStore', `export { createSetupStore } from '@bankfeeds/client';`],
  ['client: createConnectionsStore', `export { createConnectionsStore } from '@bankfeeds/client';`],
  ['client: pushTransactions', `export { pushTransactions } from '@bankfeeds/client';`],
  ['model: everything', `export * from '@bankfeeds/model';`],
  ['react: everything', `export * from '@bankfeeds/react';`],
];

function owner(path) {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (match) return match[1];
  const local = /packages\/([^/]+)\//.exec(path);
  return local ? `@bankfeeds/${local[1]}` : path;
}

async function bundle(contents, external = []) {
  return build({
    stdin: { contents, resolveDir: `${root}/packages/react`, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', ...external],
    logLevel: 'error',
  });
}
const gzip = (result) => gzipSync(result.outputFiles[0].contents, { level: 9 }).length;

for (const [label, contents] of cases) {
  const result = await bundle(contents);
  const code = result.outputFiles[0].contents;
  const byOwner = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      byOwner.set(owner(path), (byOwner.get(owner(path)) ?? 0) + bytesInOutput);
    }
  }
  const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
  console.log(
    `\n${label}: ${kb(gzipSync(code, { level: 9 }).length)} min+gzip (${kb(code.length)} min)`,
  );
  // A package's gzip cost: the bundle's gzip size minus that of the bundle without it, so it
  // includes what only that package pulls in (the model's figure includes zod).
  const total = gzip(result);
  for (const [name, bytes] of [...byOwner].sort((a, b) => b[1] - a[1])) {
    if (bytes < 1000) continue;
    const without =
      name.startsWith('@bankfeeds/') && contents.includes(name)
        ? null
        : await bundle(contents, [name, `${name}/*`]);
    const cost = without ? ` ~${kb(total - gzip(without)).padStart(9)} gzip` : '';
    console.log(`  ${name.padEnd(34)} ${kb(bytes).padStart(9)} min${cost}`);
  }
}
