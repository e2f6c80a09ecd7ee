import { describe, expect, it } from 'vitest';
import type { FaultRule } from '@bankfeeds/mocks';
import { TODAY, startFake } from './helpers';

const PUSH =
  '/companies/:companyId/connections/:connectionId/push/bankAccounts/:accountId/bankTransactions';

const body = {
  accountId: 'acc-001',
  transactions: [
    {
      id: 't1',
      date: TODAY,
      description: 'Coffee beans',
      amount: -20,
      balance: 12430.2,
      transactionType: 'Debit',
    },
  ],
};

/** A push through a fault that strikes after the fake, and what Xero holds after it. */
async function pushThrough(fault: Omit<FaultRule, 'method' | 'path' | 'when'>) {
  const fake = startFake({ faults: [{ ...fault, when: 'after', method: 'POST', path: PUSH }] });
  const path = `${fake.connectionPath}/push/bankAccounts/acc-001/bankTransactions`;
  return { ...fake, push: () => fake.call('POST', path, body) };
}

describe('faults after the fake: the request is applied, then its reply is lost or replaced', () => {
  it('a 504 from a gateway: the caller sees the gateway page, and the line landed', async () => {
    const { push, fake, connectionId } = await pushThrough({ kind: 'status', status: 504 });
    const reply = await push();
    expect(reply.status).toBe(504);
    expect(reply.headers.get('content-type')).toBe('text/html');
    expect(reply.text).toContain('504 Gateway Time-out');
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1']);
  });

  it('a 502 likewise; another status answers with Codat body', async () => {
    const bad = await pushThrough({ kind: 'status', status: 502, times: 1 });
    expect((await bad.push()).text).toContain('502 Bad Gateway');
    expect(bad.fake.statementLines(bad.connectionId, 'acc-001')).toHaveLength(1);

    const codat = await pushThrough({ kind: 'status', status: 500 });
    const reply = await codat.push();
    expect(reply.status).toBe(500);
    expect(reply.body).toMatchObject({ statusCode: 500 });
    expect(codat.fake.statementLines(codat.connectionId, 'acc-001')).toHaveLength(1);
  });

  it('a dropped connection: the caller sees a network error, and the line landed', async () => {
    const { push, fake, connectionId } = await pushThrough({ kind: 'network' });
    await expect(push()).rejects.toThrow(TypeError);
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1']);
  });

  it('a hung reply: the caller gives up (or the connection drops), and the line landed', async () => {
    const { fake, connectionPath, connectionId, call } = startFake({
      faults: [{ kind: 'timeout', when: 'after', method: 'POST', path: PUSH }],
    });
    const controller = new AbortController();
    const pushed = call(
      'POST',
      `${connectionPath}/push/bankAccounts/acc-001/bankTransactions`,
      body,
      { signal: controller.signal },
    );
    // The fake applied the request before the reply hung; Xero writes it before the next call.
    await expect
      .poll(() => fake.statementLines(connectionId, 'acc-001').length, { timeout: 10_000 })
      .toBe(1);
    controller.abort();
    await expect(pushed).rejects.toThrow(/abort/i);
  });

  it('a garbled 200: the real status, the real body cut mid-JSON, and the line landed', async () => {
    const { push, fake, connectionId } = await pushThrough({ kind: 'malformed' });
    const reply = await push();
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/json');
    expect(() => JSON.parse(reply.text)).toThrow(SyntaxError);
    expect(reply.text.startsWith('{"')).toBe(true);
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1']);
  });

  it('hides a refusal too: the caller sees 504 for a 400, and nothing was written', async () => {
    const { call, fake, connectionPath, connectionId } = startFake({
      faults: [{ kind: 'status', status: 504, when: 'after', method: 'POST', path: PUSH }],
    });
    const reply = await call(
      'POST',
      `${connectionPath}/push/bankAccounts/acc-001/bankTransactions`,
      { accountId: 'acc-001' },
    );
    expect(reply.status).toBe(504);
    expect(fake.statementLines(connectionId, 'acc-001')).toEqual([]);
  });

  it('a fault before the fake (the default) applies nothing', async () => {
    const { call, fake, connectionPath, connectionId } = startFake({
      faults: [{ kind: 'status', status: 504, method: 'POST', path: PUSH }],
    });
    const reply = await call(
      'POST',
      `${connectionPath}/push/bankAccounts/acc-001/bankTransactions`,
      body,
    );
    expect(reply.status).toBe(504);
    expect(fake.statementLines(connectionId, 'acc-001')).toEqual([]);
  });

  it('hits the same requests for the same seed', async () => {
    const pattern = async (seed: number) => {
      const { call, server } = startFake({
        seed,
        faults: [{ kind: 'status', status: 502, when: 'after', probability: 0.3 }],
      });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await call('GET', '/companies')).status);
      server.close();
      return statuses.map((s) => (s === 502 ? 'x' : '.')).join('');
    };
    const a = await pattern(3);
    expect(await pattern(3)).toBe(a);
    expect(a).toContain('x');
    expect(a).toContain('.');
  });
});
