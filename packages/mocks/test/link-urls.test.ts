/**
 * Codat's linkUrls are single-use: each read of a connection hands out a new link with a one-time
 * password, which opens the consent page once and expires one day after it was handed out.
 */
import { describe, expect, it } from 'vitest';
import { startFake } from './helpers';

const DAY_MS = 86_400_000;

describe('single-use, expiring linkUrls', () => {
  it('gives a fresh link with a six-digit one-time password on every read', async () => {
    const { call, companyId, connectionPath } = startFake({ scenario: 'needsAuth' });
    const first = (await call('GET', connectionPath)).body.linkUrl;
    const second = (await call('GET', connectionPath)).body.linkUrl;
    const listed = (await call('GET', `/companies/${companyId}/connections`)).body.results[0]
      .linkUrl;
    for (const link of [first, second, listed]) expect(link).toMatch(/\/start\?otp=\d{6}$/);
    expect(new Set([first, second, listed]).size).toBe(3);
  });

  it('opens the consent page once; a second visit shows the expired-link page and changes nothing', async () => {
    const { call, connectionPath } = startFake({ scenario: 'needsAuth' });
    const link = (await call('GET', connectionPath)).body.linkUrl;
    expect((await fetch(link)).status).toBe(200);
    const again = await fetch(link);
    expect(again.status).toBe(401);
    expect(await again.text()).toContain('This link has expired or was already used');
    expect((await call('GET', connectionPath)).body.status).toBe('PendingAuth');
    // The page first opened still decides, once.
    const authorize = link.replace('/start?', '/authorize?');
    expect((await fetch(authorize, { method: 'POST' })).status).toBe(200);
    expect((await fetch(authorize, { method: 'POST' })).status).toBe(401);
    expect((await call('GET', connectionPath)).body.status).toBe('Linked');
  });

  it("lets the opened page's buttons decide once, and a decided link authorise nothing more", async () => {
    const { call, fake, companyId, connectionId, connectionPath } = startFake({
      scenario: 'needsAuth',
    });
    const link = (await call('GET', connectionPath)).body.linkUrl;
    const html = await (await fetch(link)).text();
    const action = /action="(deny\?otp=\d{6})"/.exec(html)![1]!;
    const denied = await fetch(new URL(action, link), { method: 'POST' });
    expect((await denied.json()).status).toBe('PendingAuth');
    const allow = await fetch(new URL(action.replace('deny', 'authorize'), link), {
      method: 'POST',
    });
    expect(allow.status).toBe(401);
    expect(fake.getConnection(companyId, connectionId).status).toBe('PendingAuth');
  });

  it('expires an unused link one day after it was handed out, on the fake clock', async () => {
    const { call, fake, connectionPath } = startFake({ scenario: 'needsAuth' });
    const link = (await call('GET', connectionPath)).body.linkUrl;
    fake.advanceClock(DAY_MS);
    const page = await fetch(link);
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('This link has expired or was already used');
    expect((await fetch(link.replace('/start?', '/authorize?'), { method: 'POST' })).status).toBe(
      401,
    );
    expect((await call('GET', connectionPath)).body.status).toBe('PendingAuth');
    // Reading the connection again gives a link that works.
    const fresh = (await call('GET', connectionPath)).body.linkUrl;
    expect((await fetch(fresh)).status).toBe(200);
  });

  it('refuses a link without its password', async () => {
    const { call, connectionPath } = startFake({ scenario: 'needsAuth' });
    const link = (await call('GET', connectionPath)).body.linkUrl;
    const bare = link.replace(/\?otp=\d+$/, '');
    expect((await fetch(bare)).status).toBe(401);
    expect((await fetch(bare.replace(/start$/, 'authorize'), { method: 'POST' })).status).toBe(401);
    expect((await call('GET', connectionPath)).body.status).toBe('PendingAuth');
  });
});
