import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createBankFeedsClient } from '../src';

// A long-running server makes millions of requests: a client must not keep any of their replies
// once the call has returned.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('replies are not kept after a call', () => {
  it('lets go of each reply once it is parsed', async () => {
    const refs: WeakRef<object>[] = [];
    const client = createBankFeedsClient({
      baseUrl: 'https://api.codat.io',
      auth: { type: 'apiKey', apiKey: 'test-key' },
      fetch: async () => {
        const response = new Response(JSON.stringify({ value: 'x'.repeat(1000) }), {
          headers: { 'content-type': 'application/json' },
        });
        refs.push(new WeakRef(response.headers));
        return response;
      },
    });
    for (let i = 0; i < 5; i++) {
      await client.getCompany('8a210b68-6988-11ed-a1eb-0242ac120002').catch(() => undefined);
    }
    await nextTask();
    gc();
    await nextTask();
    expect(refs).toHaveLength(5);
    expect(refs.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
  });
});
