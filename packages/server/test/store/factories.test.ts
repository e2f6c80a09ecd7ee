import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPgliteStore, createPostgresStore } from '../../src/index';
import { freshPostgresDatabase } from '../support/stores';

const BOOT_TIMEOUT_MS = 120_000;
const link = { customerId: 'customer-1', companyId: 'company-1', connectionId: 'connection-1' };

describe('createPgliteStore', () => {
  it(
    'keeps its data in memory without a directory',
    async () => {
      const store = await createPgliteStore();
      await store.links.set(link);
      expect(await store.links.get(link.customerId)).toEqual(link);
      await store.close();
    },
    BOOT_TIMEOUT_MS,
  );

  it(
    'keeps its data in the directory across close and reopen',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'bankfeeds-pglite-'));
      try {
        const dataDir = join(dir, 'data');
        const first = await createPgliteStore({ dataDir });
        await first.links.set(link);
        await first.close();
        expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
        const reopened = await createPgliteStore({ dataDir });
        expect(await reopened.links.get(link.customerId)).toEqual(link);
        await reopened.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    BOOT_TIMEOUT_MS,
  );
});

describe('createPostgresStore', () => {
  it('keeps its data in the database across close and reopen', async () => {
    const connectionString = await freshPostgresDatabase();
    const first = await createPostgresStore({ connectionString });
    await first.links.set(link);
    await first.close();
    const reopened = await createPostgresStore({ connectionString });
    expect(await reopened.links.get(link.customerId)).toEqual(link);
    await reopened.close();
  });
});
