import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record, startHarness, type Harness } from './support/harness';

let harness: Harness;
beforeEach(() => {
  harness = startHarness();
});
afterEach(() => harness.close());

describe('a browser that gives up', () => {
  it('aborts the call to Codat it was waiting on', async () => {
    const setup = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    let reached: () => void = () => {};
    const codatReached = new Promise<void>((resolve) => (reached = resolve));
    let codatSignal: AbortSignal | undefined;
    // Codat never answers; the call ends only if its signal aborts.
    harness.codatFetch = (_input, init) => {
      codatSignal = init?.signal ?? undefined;
      reached();
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    };
    const browser = new AbortController();
    const reply = harness.call(
      'cust-acme',
      'GET',
      `/api/codat/companies/${String(setup.companyId)}`,
      {
        signal: browser.signal,
      },
    );
    await codatReached;
    expect(codatSignal?.aborted).toBe(false);
    browser.abort();
    expect((await reply).status).toBe(499);
    expect(codatSignal?.aborted).toBe(true);
    // Not a failure of the server's: nothing logged as an error.
    expect(harness.logs.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });
});
