import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '@bankfeeds/model';
import { startFake } from './helpers';

describe('companies', () => {
  it('creates a company, stripping characters Codat does not allow from its name', async () => {
    const { call } = startFake();
    const created = await call('POST', '/companies', {
      name: 'Company (Codat[1])',
      description: 'Bakery',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: 'Company Codat1',
      description: 'Bakery',
      dataConnections: [],
    });
    expect(created.body.redirect).toBe(`https://link.codat.io/company/${created.body.id}`);
    const read = await call('GET', `/companies/${created.body.id}`);
    expect(read.body).toEqual(created.body);
  });

  it('refuses a body without a name with Codat 400 and one validation item per problem', async () => {
    const { call } = startFake();
    const reply = await call('POST', '/companies', { description: 'no name' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      statusCode: 400,
      error: 'Error processing request - not valid.',
    });
    expect(reply.body.validation.errors[0]).toMatchObject({
      itemId: 'name',
      validatorName: 'CreateCompany',
    });
    expect(reply.body.correlationId).toMatch(/^[0-9a-f]{32}$/);
    const broken = await call('POST', '/companies', '{"name": ');
    expect(broken.status).toBe(400);
  });

  it('lists companies in pages with the _links envelope, filters and orders', async () => {
    const { call } = startFake();
    for (const name of ['Alpha Ltd', 'Bravo Ltd', 'Charlie Ltd', 'Delta Ltd'])
      await call('POST', '/companies', { name });
    const first = await call('GET', '/companies?page=1&pageSize=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ pageNumber: 1, pageSize: 2, totalResults: 5 });
    expect(first.body.results).toHaveLength(2);
    expect(first.body._links).toEqual({
      self: { href: '/companies' },
      current: { href: '/companies?page=1&pageSize=2' },
      next: { href: '/companies?page=2&pageSize=2' },
    });
    const last = await call('GET', '/companies?page=3&pageSize=2');
    expect(last.body.results).toHaveLength(1);
    expect(last.body._links.next).toBeUndefined();
    expect(last.body._links.previous).toEqual({ href: '/companies?page=2&pageSize=2' });

    const filtered = await call(
      'GET',
      `/companies?query=${encodeURIComponent('name~ltd && name!=Bravo Ltd')}&orderBy=-name`,
    );
    expect(filtered.body.results.map((c: { name: string }) => c.name)).toEqual([
      'Harbour Coffee Roasters Ltd',
      'Delta Ltd',
      'Charlie Ltd',
      'Alpha Ltd',
    ]);
    expect(filtered.body.totalResults).toBe(4);

    const unknown = await call('GET', '/companies?query=colour%3Dred');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe(
      'Error parsing query - Could not resolve property colour on Company',
    );
    const badSize = await call('GET', '/companies?pageSize=5001');
    expect(badSize.status).toBe(400);
  });

  it('updates with PATCH (absent or null fields untouched) and replaces with PUT', async () => {
    const { call, companyId } = startFake();
    const patched = await call('PATCH', `/companies/${companyId}`, {
      description: 'Roasters',
      name: null,
    });
    expect(patched.body).toMatchObject({
      name: 'Harbour Coffee Roasters Ltd',
      description: 'Roasters',
    });
    const replaced = await call('PUT', `/companies/${companyId}`, {
      name: 'Harbour Coffee',
      tags: { region: 'uk' },
    });
    expect(replaced.body).toMatchObject({
      name: 'Harbour Coffee',
      // Codat sends an empty description as "" (its "With no description" example), never null.
      description: '',
      tags: { region: 'uk' },
    });
  });

  it('deletes a company with its connections; it then reads 404 with Codat text', async () => {
    const { call, companyId, connectionPath } = startFake();
    const deleted = await call('DELETE', `/companies/${companyId}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const read = await call('GET', `/companies/${companyId}`);
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({
      statusCode: 404,
      service: 'ClientsApi',
      error: `No company was found with ID ${companyId}`,
      canBeRetried: 'Unknown',
      detailedErrorCode: 0,
    });
    expect((await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).status).toBe(
      404,
    );
  });

  it("answers Codat's 402 past 50 companies (Codat's free-trial limit)", async () => {
    const { call } = startFake();
    // The scenario's company is the first of 50.
    for (let i = 2; i <= 50; i++)
      expect((await call('POST', '/companies', { name: `Company ${i}` })).status).toBe(200);
    const refused = await call('POST', '/companies', { name: 'Company 51' });
    expect(refused.status).toBe(402);
    expect(refused.body).toMatchObject({
      statusCode: 402,
      service: 'PublicApi',
      error: 'CompanyValidationException: Company limit exceeded',
      validation: {
        errors: [
          {
            itemId: 'Company',
            message:
              'Company limit exceeded. Learn more at https://docs.codat.io/docs/environments-1',
            validatorName: 'CreateCompany',
          },
        ],
        warnings: [],
      },
    });
    expect(errorCodeOf({ status: refused.status, body: refused.body })).toBe(
      'company-limit-reached',
    );
    expect((await call('GET', '/companies?pageSize=100')).body.totalResults).toBe(50);
  });

  it('takes a companyLimit option', async () => {
    const { call } = startFake({ companyLimit: 1 });
    expect((await call('POST', '/companies', { name: 'Second' })).status).toBe(402);
  });
});

describe('auth and access tokens', () => {
  it('answers 401 with Codat body without credentials', async () => {
    const { call } = startFake();
    const reply = await call('GET', '/companies', undefined, { headers: { Authorization: '' } });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({
      statusCode: 401,
      service: 'PublicApi',
      error: 'Unauthorized',
    });
    expect(
      (await call('GET', '/companies', undefined, { headers: { Authorization: 'Basic' } })).status,
    ).toBe(401);
  });

  it('mints a one-day bearer token that works for its own company only (when Bearer is accepted)', async () => {
    const { call, companyId, connectionPath } = startFake({ acceptBearerOnApi: true });
    const other = (await call('POST', '/companies', { name: 'Other' })).body.id;
    const token = await call('GET', `/companies/${companyId}/accessToken`);
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ expiresIn: 86400, tokenType: 'Bearer' });
    const bearer = { headers: { Authorization: `Bearer ${token.body.accessToken}` } };
    expect(
      (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`, undefined, bearer)).status,
    ).toBe(200);
    const elsewhere = await call('GET', `/companies/${other}`, undefined, bearer);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error).toBe(
      'You are using an outdated API key or a key not associated with that resource.',
    );
    expect((await call('GET', '/companies', undefined, bearer)).status).toBe(403);
    expect(
      (await call('GET', '/companies', undefined, { headers: { Authorization: 'Bearer made-up' } }))
        .status,
    ).toBe(401);
  });

  it('lets tokens expire so a client can test its refresh', async () => {
    const { call, fake, companyId } = startFake({ acceptBearerOnApi: true });
    const { accessToken } = fake.getAccessToken(companyId);
    fake.expireAccessTokens();
    const reply = await call('GET', `/companies/${companyId}`, undefined, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(reply.status).toBe(401);
  });

  it('skips auth with auth: none', async () => {
    const { call } = startFake({ auth: 'none' });
    expect(
      (await call('GET', '/companies', undefined, { headers: { Authorization: '' } })).status,
    ).toBe(200);
  });

  it('answers Codat 404 for an unknown path', async () => {
    const { call } = startFake();
    const reply = await call('GET', '/nothing/here');
    expect(reply.status).toBe(404);
    expect(reply.body.statusCode).toBe(404);
  });
});

describe('the tags filter of GET /companies', () => {
  /** The fake with three tagged companies beside the scenario's untagged one. */
  async function tagged() {
    const started = startFake();
    for (const [name, tags] of [
      ['Alpha Ltd', { region: 'uk', team: 'invoice-finance' }],
      ['Bravo Ltd', { region: 'us', team: 'lending' }],
      ['Charlie Ltd', { region: 'UK', uid: 'cust_42' }],
    ] as const)
      await started.call('POST', '/companies', { name, tags });
    const names = async (tags: string, extra = '') => {
      const reply = await started.call(
        'GET',
        `/companies?tags=${encodeURIComponent(tags)}${extra}`,
      );
      expect(reply.status).toBe(200);
      return reply.body.results.map((c: { name: string }) => c.name);
    };
    return { ...started, names };
  }

  it('keeps the companies whose tags equal, differ from or contain the value', async () => {
    const { names } = await tagged();
    // Values compare without regard to case, as in `query`.
    expect(await names('region=uk')).toEqual(['Alpha Ltd', 'Charlie Ltd']);
    // A company without the tag differs from any value.
    expect(await names('region!=uk')).toEqual(['Harbour Coffee Roasters Ltd', 'Bravo Ltd']);
    expect(await names('team~finance')).toEqual(['Alpha Ltd']);
    expect(await names('uid="cust_42"')).toEqual(['Charlie Ltd']);
    expect(await names('colour=red')).toEqual([]);
  });

  it('joins conditions with && (all must hold), spaces allowed, as in the OpenAPI example', async () => {
    const { names } = await tagged();
    expect(await names('region = uk && team = invoice-finance')).toEqual(['Alpha Ltd']);
    expect(await names('region=uk && team!=invoice-finance')).toEqual(['Charlie Ltd']);
    expect(await names('region=uk && region=us')).toEqual([]);
  });

  it('works with query, orderBy and paging; totalResults and _links follow the filter', async () => {
    const { call, names } = await tagged();
    expect(await names('region=uk', '&orderBy=-name')).toEqual(['Charlie Ltd', 'Alpha Ltd']);
    expect(await names('region=uk', `&query=${encodeURIComponent('name~alpha')}`)).toEqual([
      'Alpha Ltd',
    ]);
    const first = await call(
      'GET',
      `/companies?pageSize=1&tags=${encodeURIComponent('region=uk')}`,
    );
    expect(first.body).toMatchObject({ totalResults: 2, results: [{ name: 'Alpha Ltd' }] });
    expect(first.body._links.next).toEqual({
      href: '/companies?page=2&pageSize=1&tags=region%3Duk',
    });
    const next = await call('GET', first.body._links.next.href);
    expect(next.body.results.map((c: { name: string }) => c.name)).toEqual(['Charlie Ltd']);
    // An empty filter filters nothing.
    expect((await call('GET', '/companies?tags=')).body.totalResults).toBe(4);
  });

  it('answers a malformed filter with Codat 400 "Malformed query"', async () => {
    const { call } = await tagged();
    for (const tags of [
      'region',
      'region>uk',
      'region==uk',
      '=uk',
      'region=',
      'region=uk &&',
      'region=uk || region=us',
      '{region=uk}',
    ]) {
      const reply = await call('GET', `/companies?tags=${encodeURIComponent(tags)}`);
      expect(reply.status, tags).toBe(400);
      expect(reply.body, tags).toMatchObject({
        statusCode: 400,
        service: 'ClientsApi',
        error: 'Error parsing query - Malformed query.',
        canBeRetried: 'Unknown',
        detailedErrorCode: 0,
      });
      expect(reply.body.correlationId).toMatch(/^[0-9a-f]{32}$/);
      expect(errorCodeOf({ status: reply.status, body: reply.body }), tags).toBe('bad-request');
    }
  });
});
