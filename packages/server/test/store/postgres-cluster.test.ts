import { describe, expect, it } from 'vitest';
import {
  findServerBinaries,
  MISSING_POSTGRES,
  startPostgresCluster,
} from '../support/postgres-cluster';

describe("the tests' own PostgreSQL server", () => {
  it('says what to install on a machine without the server binaries', async () => {
    const nowhere = { debianRoot: '/nonexistent/postgresql', path: '/nonexistent/bin' };
    expect(await findServerBinaries(nowhere)).toBeNull();
    await expect(startPostgresCluster(nowhere)).rejects.toThrow(MISSING_POSTGRES);
    expect(MISSING_POSTGRES).toContain('apt-get install postgresql');
  });
});
