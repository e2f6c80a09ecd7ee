/**
 * The fake serves exactly the model's endpoint table: every Codat route is registered from
 * `ENDPOINTS` (method and MSW pattern derived from the template), and no handler file writes a
 * Codat path of its own.
 */
import { readdirSync } from 'node:fs';
import { ENDPOINT_NAMES, ENDPOINTS } from '@bankfeeds/model';
import { createBankFeedsHandlers } from '@bankfeeds/mocks';
import { describe, expect, it } from 'vitest';
import { handWrittenCodatPath } from '../../model/test/hand-written-paths';
import { mswPath } from '../src/handlers/endpoint-route';
import { BASE } from './helpers';

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
      expect(handWrittenCodatPath(new URL(name, folder)), `${name} writes a Codat path`).toBeNull();
    }
  });
});
