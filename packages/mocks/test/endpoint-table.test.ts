/**
 * The fake serves exactly the model's endpoint table: every Codat route is registered from
 * `ENDPOINTS` (method and MSW pattern derived from the template), and no handler file writes a
 * Codat path of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ENDPOINT_NAMES, ENDPOINTS } from '@bankfeeds/model';
import { createBankFeedsHandlers } from '@bankfeeds/mocks';
import { describe, expect, it } from 'vitest';
import { mswPath } from '../src/handlers/endpoint-route';
import { BASE } from './helpers';

/** Pieces of Codat paths; a string literal holding one is a path written by hand. */
const CODAT_PATH =
  /['"`][^'"`\n]*(\/companies|\/connections|connectionInfo|bankFeedAccounts|bankFeeds\/|\/push)/;

/** A source file without its comments (which may quote Codat's paths) and module specifiers. */
function code(file: URL): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/from\s+['"][^'"]+['"]/g, '');
}

describe('the mocks’ routes', () => {
  it('are the table’s endpoints, each once, and nothing else under the API', () => {
    const { byDomain } = createBankFeedsHandlers();
    const { link: _link, fallback: _fallback, ...api } = byDomain;
    const served = Object.values(api)
      .flat()
      .map((handler) => `${handler.info.method} ${String(handler.info.path)}`);
    const table = ENDPOINT_NAMES.map(
      (name) => `${ENDPOINTS[name].method} ${BASE}${mswPath(ENDPOINTS[name].path)}`,
    );
    expect(served.sort()).toEqual(table.sort());
  });

  it('write no Codat path by hand in the handler files', () => {
    const folder = new URL('../src/handlers/', import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const hit = CODAT_PATH.exec(code(new URL(name, folder)));
      expect(hit?.[0], `${name} writes a Codat path`).toBeUndefined();
    }
  });
});
