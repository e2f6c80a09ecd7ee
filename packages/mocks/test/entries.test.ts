import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every module specifier a source file reaches, following relative imports. */
function reachable(
  entry: string,
  seen = new Set<string>(),
  found = new Set<string>(),
): Set<string> {
  if (seen.has(entry)) return found;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const [, specifier] of text.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
    if (!specifier!.startsWith('.')) {
      found.add(specifier!);
      continue;
    }
    const base = resolve(dirname(entry), specifier!);
    const file = [`${base}.ts`, `${base}/index.ts`].find((candidate) => {
      try {
        readFileSync(candidate);
        return true;
      } catch {
        return false;
      }
    });
    if (file) reachable(file, seen, found);
  }
  return found;
}

describe('entry points', () => {
  it('keeps msw/node and msw/browser out of the main entry', () => {
    const imports = reachable(`${SRC}/index.ts`);
    expect(imports).toContain('msw');
    expect(imports).not.toContain('msw/node');
    expect(imports).not.toContain('msw/browser');
    expect(reachable(`${SRC}/node.ts`)).not.toContain('msw/browser');
    expect(reachable(`${SRC}/browser.ts`)).not.toContain('msw/node');
    expect(reachable(`${SRC}/server/index.ts`)).not.toContain('msw/browser');
  });

  it('exports the documented names', async () => {
    const main = await import('@bankfeeds/mocks');
    const node = await import('@bankfeeds/mocks/node');
    expect(typeof main.createFakeCodat).toBe('function');
    expect(typeof main.createBankFeedsHandlers).toBe('function');
    expect(typeof node.setupBankFeedsServer).toBe('function');
    const server = await import('@bankfeeds/mocks/server');
    expect(typeof server.startMockServer).toBe('function');
    const { handlers, fake, byDomain } = main.createBankFeedsHandlers({ scenario: 'empty' });
    expect(handlers.length).toBe(Object.values(byDomain).flat().length);
    expect(fake.scenario).toBe('empty');
  });
});
