/**
 * What `createProxyClient` brings into a browser's bundle: neither zod nor the model's schemas,
 * alone or with all of `@bankfeeds/react`. Bundled from source, as an app's bundler would.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../../', import.meta.url));

/** The modules that end up in the bundle of `entry` (code a bundler keeps, not merely visits). */
async function bundledModules(entry: string, resolveDir: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: entry, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    splitting: true,
    outdir: 'out',
    logLevel: 'silent',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    jsx: 'automatic',
    conditions: ['@bankfeeds/source', 'import'],
    loader: { '.css': 'empty' },
  });
  const kept = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0) kept.add(input);
    }
  }
  return [...kept];
}

/** Modules of zod, of the model's schemas or of the validating client. */
const VALIDATING =
  /node_modules\/.*zod|model\/src\/(schemas|endpoints\/schemas)|as-codat-does|create-client\.ts/;

describe('the proxy client in a bundle', () => {
  it('brings no schema and no zod alone', async () => {
    const modules = await bundledModules(
      "export { createProxyClient } from '@bankfeeds/client';",
      `${packages}client`,
    );
    expect(modules.some((name) => name.includes('create-proxy-client.ts'))).toBe(true);
    expect(modules.filter((name) => VALIDATING.test(name))).toEqual([]);
  });

  it('brings none with the whole of @bankfeeds/react either', async () => {
    const modules = await bundledModules(
      "export * from '@bankfeeds/react'; export { createProxyClient } from '@bankfeeds/client';",
      `${packages}react`,
    );
    expect(modules.some((name) => name.includes('react/src/'))).toBe(true);
    expect(modules.filter((name) => VALIDATING.test(name))).toEqual([]);
  });

  it('tells them apart: the validating client brings both', async () => {
    const modules = await bundledModules(
      "export { createBankFeedsClient } from '@bankfeeds/client';",
      `${packages}client`,
    );
    expect(modules.filter((name) => VALIDATING.test(name)).length).toBeGreaterThan(0);
  });
});
