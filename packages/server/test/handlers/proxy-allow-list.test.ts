/** The proxy's allow-list is a list of endpoint names; methods and paths are the model's table's. */
import { readdirSync } from 'node:fs';
import { ENDPOINTS } from '@bankfeeds/model';
import { describe, expect, it } from 'vitest';
import { handWrittenCodatPath } from '../../../model/test/hand-written-paths';
import { BROWSER_ENDPOINTS, PROXY_ROUTES } from '../../src/proxy/allow-list';

describe('the proxy’s allow-list', () => {
  it('allows exactly the listed endpoints, with the table’s method and path', () => {
    expect(PROXY_ROUTES.map((route) => route.name)).toEqual([...BROWSER_ENDPOINTS]);
    for (const route of PROXY_ROUTES) {
      const { method, path } = ENDPOINTS[route.name];
      expect(`${route.method} ${route.path}`, route.name).toBe(`${method} ${path}`);
      // The per-customer check needs the company in every allowed path.
      expect(route.path.startsWith('/companies/{companyId}'), route.name).toBe(true);
    }
  });

  it('writes no Codat path by hand', () => {
    const folder = new URL('../../src/proxy/', import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('allow-list.ts');
    for (const name of files) {
      expect(handWrittenCodatPath(new URL(name, folder)), `${name} writes a Codat path`).toBeNull();
    }
  });
});
