/** The endpoint table against Codat's OpenAPI file, and the path filling every consumer uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENDPOINT_NAMES,
  ENDPOINT_SCHEMAS,
  ENDPOINTS,
  fillPath,
  pathPattern,
  type PathParams,
} from '@bankfeeds/model';

const spec = JSON.parse(
  readFileSync(new URL('../spec/codat-bank-feeds.openapi.json', import.meta.url), 'utf8'),
) as { paths: Record<string, Record<string, unknown>> };

describe('ENDPOINTS', () => {
  it('names only operations of Codat’s OpenAPI file, each once', () => {
    const seen = new Set<string>();
    for (const name of ENDPOINT_NAMES) {
      const { method, path } = ENDPOINTS[name];
      expect(spec.paths[path]?.[method.toLowerCase()], `${name}: ${method} ${path}`).toBeDefined();
      expect(seen.has(`${method} ${path}`), `${name} repeats ${method} ${path}`).toBe(false);
      seen.add(`${method} ${path}`);
    }
  });

  it('marks a retry safe for every method but POST', () => {
    for (const name of ENDPOINT_NAMES) {
      const { method, idempotent } = ENDPOINTS[name];
      expect(idempotent, name).toBe(method !== 'POST');
    }
  });

  it('has schemas for exactly the endpoints of the table', () => {
    expect(Object.keys(ENDPOINT_SCHEMAS).sort()).toEqual([...ENDPOINT_NAMES].sort());
  });
});

describe('fillPath', () => {
  it('fills every parameter as one encoded segment', () => {
    expect(
      fillPath(ENDPOINTS.updateSourceAccount.path, {
        companyId: 'c 1',
        connectionId: 'k/2',
        accountId: 'a?3',
      }),
    ).toBe('/companies/c%201/connections/k%2F2/connectionInfo/bankFeedAccounts/a%3F3');
  });

  it('refuses a parameter missing at run time', () => {
    const params = {} as PathParams<typeof ENDPOINTS.getCompany.path>;
    expect(() => fillPath(ENDPOINTS.getCompany.path, params)).toThrow(
      'Missing path parameter companyId',
    );
  });

  it('rewrites a template for another router', () => {
    expect(pathPattern(ENDPOINTS.getPushOperation.path, (name) => `:${name}`)).toBe(
      '/companies/:companyId/push/:pushOperationKey',
    );
  });
});

describe('README: endpoint table', () => {
  it('example, as written', () => {
    const { method, path, idempotent } = ENDPOINTS.getConnection;
    expect([method, path, idempotent]).toEqual([
      'GET',
      '/companies/{companyId}/connections/{connectionId}',
      true,
    ]);
    expect(fillPath(path, { companyId: 'c1', connectionId: 'k1' })).toBe(
      '/companies/c1/connections/k1',
    );
    expect(pathPattern(path, (name) => `:${name}`)).toBe(
      '/companies/:companyId/connections/:connectionId',
    );
  });
});
