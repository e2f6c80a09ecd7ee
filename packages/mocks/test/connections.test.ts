import { describe, expect, it } from 'vitest';
import { startFake } from './helpers';

const LINK = 'https://link-api.codat.io';

describe('connections', () => {
  it('creates a Xero connection in PendingAuth with a linkUrl', async () => {
    const { call } = startFake();
    const company = (await call('POST', '/companies', { name: 'New Co' })).body;
    const created = await call('POST', `/companies/${company.id}/connections`, {
      platformKey: 'gbol',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      status: 'PendingAuth',
      platformName: 'Xero',
      integrationKey: 'gbol',
      sourceType: 'Accounting',
    });
    expect(created.body.linkUrl).toMatch(
      new RegExp(
        `^${LINK}/companies/${company.id}/connections/${created.body.id}/start\\?otp=\\d{6}$`,
      ),
    );
    const listed = await call('GET', `/companies/${company.id}/connections`);
    expect(listed.body).toMatchObject({ totalResults: 1, pageNumber: 1, pageSize: 100 });
    // Every read hands out a fresh single-use link; the rest is the same.
    const { linkUrl: _listedLink, ...listedRest } = listed.body.results[0];
    const { linkUrl: _createdLink, ...createdRest } = created.body;
    expect(listedRest).toEqual(createdRest);
    expect(listed.body.results[0].linkUrl).not.toBe(created.body.linkUrl);
    const { linkUrl: _companyLink, ...companyRest } = (
      await call('GET', `/companies/${company.id}`)
    ).body.dataConnections[0];
    expect(companyRest).toEqual(createdRest);
  });

  it('refuses a platform key that is not 4 lower-case letters, and platforms other than Xero', async () => {
    const { call, companyId } = startFake();
    const bad = await call('POST', `/companies/${companyId}/connections`, { platformKey: 'GBOL1' });
    expect(bad.status).toBe(400);
    expect(bad.body.validation.errors[0].itemId).toBe('platformKey');
    const other = await call('POST', `/companies/${companyId}/connections`, {
      platformKey: 'hcws',
    });
    expect(other.status).toBe(400);
    expect(other.body.error).toContain('Xero (gbol) only');
  });

  it('runs the simulated Xero consent: the linkUrl page, then authorize makes it Linked', async () => {
    const { call, companyId, connectionId } = startFake({ scenario: 'needsAuth' });
    const path = `/companies/${companyId}/connections/${connectionId}`;
    const connection = (await call('GET', path)).body;
    const page = await fetch(connection.linkUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('Connect to Xero');
    const otp = new URL(connection.linkUrl).searchParams.get('otp');
    expect(html).toContain(`action="authorize?otp=${otp}"`);
    expect(html).toContain('Harbour Coffee Roasters Ltd');

    const authorize = new URL(`authorize?otp=${otp}`, connection.linkUrl).href;
    const authorized = await fetch(authorize, { method: 'POST' });
    expect(authorized.status).toBe(200);
    expect(await authorized.json()).toMatchObject({ id: connectionId, status: 'Linked' });
    expect((await call('GET', path)).body.status).toBe('Linked');
    const fresh = (await call('GET', path)).body.linkUrl;
    const asPage = await fetch(fresh.replace('/start?', '/authorize?'), {
      method: 'POST',
      headers: { Accept: 'text/html' },
    });
    expect(await asPage.text()).toContain('Connected to Xero');
  });

  it('keeps the status when the user declines, listing the refusal', async () => {
    const { call, connectionPath } = startFake({ scenario: 'needsAuth' });
    const connection = (await call('GET', connectionPath)).body;
    const denied = await fetch(connection.linkUrl.replace('/start?', '/deny?'), { method: 'POST' });
    const body = await denied.json();
    expect(body.status).toBe('PendingAuth');
    expect(body.dataConnectionErrors[0]).toMatchObject({ statusCode: '403', status: 'Active' });
    const again = (await call('GET', connectionPath)).body.linkUrl;
    const linked = await call(
      'POST',
      again.replace(LINK, '').replace('/start?', '/authorize?'),
      undefined,
      { base: LINK },
    );
    expect(linked.body.status).toBe('Linked');
    expect(linked.body.dataConnectionErrors[0].status).toBe('Resolved');
  });

  it('uses the linkBaseUrl option for linkUrls and the consent routes', async () => {
    const { call, fake, companyId, connectionId } = startFake({
      linkBaseUrl: 'http://localhost:5173/fake-link/',
    });
    const connection = (await call('GET', `/companies/${companyId}/connections/${connectionId}`))
      .body;
    expect(connection.linkUrl).toMatch(
      `http://localhost:5173/fake-link/companies/${companyId}/connections/${connectionId}/start?otp=`,
    );
    expect((await fetch(connection.linkUrl)).status).toBe(200);
    expect(fake.linkBaseUrl).toBe('http://localhost:5173/fake-link');
  });

  it('unlinks only a Linked connection', async () => {
    const { call, connectionPath } = startFake();
    const unlinked = await call('PATCH', connectionPath, { status: 'Unlinked' });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.status).toBe('Unlinked');
    const again = await call('PATCH', connectionPath, { status: 'Unlinked' });
    expect(again.status).toBe(400);
    expect(again.body.error).toContain('Only Linked connections can be unlinked');
    const wrong = await call('PATCH', connectionPath, { status: 'Linked' });
    expect(wrong.status).toBe(400);
    // Data is kept: the source accounts are still there.
    expect(
      (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).body,
    ).toHaveLength(6);
  });

  it('deletes a connection with 200 and no body; it then reads 404 with Codat text', async () => {
    const { call, connectionPath, connectionId } = startFake();
    const deleted = await call('DELETE', connectionPath);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('');
    const read = await call('GET', connectionPath);
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({
      statusCode: 404,
      error: `Data connection ${connectionId} not found`,
    });
  });

  it('reaches Deauthorized through the fake, and consent again makes it Linked', async () => {
    const { call, fake, companyId, connectionId, connectionPath } = startFake();
    fake.deauthorizeConnection(companyId, connectionId);
    const read = await call('GET', connectionPath);
    expect(read.body.status).toBe('Deauthorized');
    expect(read.body.dataConnectionErrors.at(-1)).toMatchObject({
      statusCode: '401',
      status: 'Active',
    });
    expect(fake.authorizeConnection(companyId, connectionId).status).toBe('Linked');
  });
});
