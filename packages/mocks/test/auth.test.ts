import { describe, expect, it } from 'vitest';
import { startFake } from './helpers';

describe('auth on the API, as Codat documents it', () => {
  it('takes Basic <API key> and answers 401 to a company access token as Bearer by default', async () => {
    const { call, companyId } = startFake();
    expect((await call('GET', `/companies/${companyId}`)).status).toBe(200);
    const token = await call('GET', `/companies/${companyId}/accessToken`);
    expect(token.status).toBe(200);
    const bearer = await call('GET', `/companies/${companyId}`, undefined, {
      headers: { Authorization: `Bearer ${token.body.accessToken}` },
    });
    expect(bearer.status).toBe(401);
    expect(bearer.body).toMatchObject({ statusCode: 401 });
  });

  it('accepts the token as Bearer only when a test opts in with acceptBearerOnApi', async () => {
    const { call, companyId } = startFake({ acceptBearerOnApi: true });
    const token = await call('GET', `/companies/${companyId}/accessToken`);
    const bearer = await call('GET', `/companies/${companyId}`, undefined, {
      headers: { Authorization: `Bearer ${token.body.accessToken}` },
    });
    expect(bearer.status).toBe(200);
  });
});
