// The client README's resume example (test/examples/push-with-resume.ts, quoted in the README
// word for word) run against the fake: a push dies after its first request, the next run carries
// on from the saved checkpoint, and every line reaches the account once, in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PushCheckpoint } from '../src';
import { pushWithResume, type CheckpointStore } from './examples/push-with-resume';
import { fakeClient, fastClock, makeLines, startFake, TODAY } from './fake-helpers';

const example = new URL('./examples/push-with-resume.ts', import.meta.url);
const readme = new URL('../README.md', import.meta.url);

/**
 * A store standing in for a table. While `dies` says so, a save fails as if the process had died
 * there: the push stops, and only what was saved before survives.
 */
function memoryStore(dies: (checkpoint: PushCheckpoint) => boolean) {
  const rows = new Map<string, PushCheckpoint>();
  const store: CheckpointStore = {
    load: async (accountId) => rows.get(accountId) ?? null,
    save: async (accountId, checkpoint) => {
      if (dies(checkpoint)) throw new Error('the process died');
      rows.set(accountId, structuredClone(checkpoint));
    },
    clear: async (accountId) => void rows.delete(accountId),
  };
  return { store, rows };
}

describe('the README example: pushTransactions with resume', () => {
  it('is quoted in the client README as it is compiled and run here', () => {
    expect(readFileSync(readme, 'utf8')).toContain(readFileSync(example, 'utf8'));
  });

  it('resumes after a crash and writes every line once, in order', async () => {
    const fake = startFake();
    const accounts = await fakeClient().listSourceAccounts(fake.companyId, fake.connectionId);
    const account = accounts.find((a) => a.status === 'connected')!;
    const target = { client: fakeClient(), ...fake, accountId: account.id };
    const lines = makeLines(2500);
    const options = { today: TODAY, clock: fastClock().clock };
    let crashing = true;
    const { store, rows } = memoryStore(
      (checkpoint) => crashing && checkpoint.chunks[0]!.state === 'success',
    );

    await expect(pushWithResume(target, lines, store, options)).rejects.toThrow('the process died');
    // The first of three requests went out; its outcome was never saved.
    expect(rows.get(account.id)!.chunks.map((c) => c.state)).toEqual([
      'accepted',
      'pending',
      'pending',
    ]);

    crashing = false;
    const result = await pushWithResume(target, lines, store, options);
    expect(result.status).toBe('success');
    const sent = fake.requests
      .filter((r) => r.method === 'POST' && r.path.endsWith('/bankTransactions'))
      .flatMap((r) => (r.body as { transactions: { id: string }[] }).transactions.map((t) => t.id));
    expect(sent).toEqual(lines.map((l) => l.id));
    expect(rows.has(account.id)).toBe(false);
  });
});
