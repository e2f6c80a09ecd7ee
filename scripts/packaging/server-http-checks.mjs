// What a bank's server built on @bankfeeds/server must do over HTTP, checked the same way for
// each consumer app (Express, Next.js route handlers) while it runs against the standalone fake
// (`bankfeeds-mock`): set-up, the customer's state, the proxy, and Codat's webhooks.

/** The customer and session the fixtures' in-file directories hold. */
export const SESSION = { header: 'x-bank-session', token: 'session-acme' };
export const ACCOUNT_ID = 'acc-acme-current';

async function call(url, { method = 'GET', headers = {}, body, session = true, origin } = {}) {
  const response = await fetch(url, {
    method,
    headers: {
      ...(session ? { [SESSION.header]: SESSION.token } : {}),
      ...(origin ? { origin } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: response.status, json, text };
}

function expectStatus(what, reply, status) {
  if (reply.status !== status) {
    throw new Error(`${what}: HTTP ${reply.status}, not ${status}: ${reply.text.slice(0, 500)}`);
  }
}

/** Waits for the fake's webhooks on their way, then lists those it finished with. */
async function sentWebhooks(mockUrl) {
  const reply = await call(`${mockUrl}/_fake/webhooks`, { session: false });
  expectStatus('GET /_fake/webhooks', reply, 200);
  return reply.json.sent;
}

/**
 * Runs the checks as named steps of `check(name, body)`. `url` is where the app serves the
 * package's routes (its base path included), `mockUrl` the fake's, `portalOrigin` the app's
 * allowed origin.
 */
export async function checkServerOverHttp({ check, label, url, mockUrl, portalOrigin }) {
  let setup;
  const ok = await check(
    `${label}: set-up creates the company and the Xero connection`,
    async () => {
      const reply = await call(`${url}/api/bank-feeds/setup`, {
        method: 'POST',
        origin: portalOrigin,
      });
      expectStatus('POST /api/bank-feeds/setup', reply, 200);
      setup = reply.json;
      if (!setup.accounts?.created?.includes(ACCOUNT_ID))
        throw new Error(`the account was not registered: ${reply.text}`);
      const state = (await call(`${mockUrl}/_fake/state`, { session: false })).json;
      const company = state.companies.find((c) => c.id === setup.companyId);
      // The customer's name has characters Codat does not keep: created without them.
      if (company?.name !== 'Acme Widgets UK Ltd')
        throw new Error(`company in the fake: ${JSON.stringify(company)}`);
      const refused = await call(`${url}/api/bank-feeds/setup`, {
        method: 'POST',
        origin: 'https://elsewhere.example',
      });
      if (refused.status !== 403) throw new Error(`another origin got HTTP ${refused.status}`);
      const anonymous = await call(`${url}/api/bank-feeds/setup`, {
        method: 'POST',
        session: false,
      });
      if (anonymous.status !== 401) throw new Error(`no session got HTTP ${anonymous.status}`);
    },
  );
  if (!ok) return;

  await check(`${label}: state is needs-auth, then mapping once Xero is authorised`, async () => {
    const before = await call(`${url}/api/bank-feeds/state`);
    expectStatus('GET /api/bank-feeds/state', before, 200);
    if (before.json.state !== 'needs-auth') throw new Error(`state before: ${before.text}`);
    // The customer's browser on the fake's consent page: Allow access.
    const page = await fetch(before.json.linkUrl, { headers: { accept: 'text/html' } });
    const action = /action="([^"]+)"/.exec(await page.text())?.[1]?.replaceAll('&amp;', '&');
    if (!action) throw new Error('no consent form at the linkUrl');
    const allowed = await fetch(new URL(action, before.json.linkUrl), { method: 'POST' });
    if (!allowed.ok) throw new Error(`Allow access: HTTP ${allowed.status}`);
    const after = await call(`${url}/api/bank-feeds/state`);
    if (after.json?.state !== 'mapping') throw new Error(`state after consent: ${after.text}`);
  });

  await check(`${label}: the proxy serves the customer's own company only`, async () => {
    const path = `/companies/${setup.companyId}/connections/${setup.connectionId}/connectionInfo/bankFeedAccounts`;
    const own = await call(`${url}/api/codat${path}`);
    expectStatus(`GET /api/codat${path}`, own, 200);
    if (!own.json.some((account) => account.id === ACCOUNT_ID))
      throw new Error(`no ${ACCOUNT_ID} in ${own.text.slice(0, 300)}`);
    const other = await call(
      `${url}/api/codat/companies/00000000-0000-4000-8000-000000000000/connections/${setup.connectionId}/connectionInfo/bankFeedAccounts`,
    );
    if (other.status === 200) throw new Error("another company's accounts were served");
    const anonymous = await call(`${url}/api/codat${path}`, { session: false });
    if (anonymous.status !== 401) throw new Error(`no session got HTTP ${anonymous.status}`);
  });

  await check(
    `${label}: Codat's webhooks reach it signed, and a redelivery is accepted`,
    async () => {
      const sent = await sentWebhooks(mockUrl);
      const connected = sent.find(
        (message) =>
          message.event.eventType === 'connection.connected' &&
          JSON.stringify(message.event).includes(setup.connectionId),
      );
      if (!connected) throw new Error(`no connection.connected among ${sent.length} webhooks`);
      if (!connected.delivered) throw new Error(`not delivered: ${connected.error}`);
      // Codat retries a message it got no answer for: the same message again is answered 2xx.
      const again = await call(`${url}/webhooks/codat`, {
        method: 'POST',
        session: false,
        headers: connected.headers,
        body: connected.body,
      });
      if (again.status < 200 || again.status > 299)
        throw new Error(`redelivery: HTTP ${again.status} ${again.text.slice(0, 300)}`);
      // A delivery whose signature does not match is refused.
      const forged = await call(`${url}/webhooks/codat`, {
        method: 'POST',
        session: false,
        headers: {
          ...connected.headers,
          'webhook-signature': 'v1,AAAA',
          'svix-signature': 'v1,AAAA',
        },
        body: connected.body,
      });
      if (forged.status < 400) throw new Error(`a forged delivery got HTTP ${forged.status}`);
    },
  );
}
