/**
 * Size budgets for what the model adds to an app's bundle (min+gzip, as the README reports).
 * The rules must stay usable without bundling zod or the schemas.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(names: string[] | '*') {
  const contents =
    names === '*'
      ? "export * from './src/index.ts';"
      : `export { ${names.join(', ')} } from './src/index.ts';`;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, gzip: gzipSync(code).length };
}

describe('bundle size', () => {
  it('the whole model stays under 18 kB min+gzip', async () => {
    const { gzip } = await bundle('*');
    expect(gzip).toBeLessThan(14_500);
  });

  it('the rules alone stay under 3 kB and bring no zod with them', async () => {
    const { code, gzip } = await bundle([
      'validateBankTransactions',
      'feedStartDateBounds',
      'checkFeedStartDate',
      'todayIn',
      'errorCodeOf',
      'isRetryableCode',
      'newTargetAccountName',
      'accountClassOf',
    ]);
    expect(code).not.toMatch(/ZodMini|zod/i);
    expect(gzip).toBeLessThan(3_000);
  });
});
