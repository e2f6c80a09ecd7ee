/**
 * An embedded database booted once per test run, for every test file to start from. A new PGlite
 * runs `initdb` in WebAssembly, seconds on a busy machine; one loaded from this template's data
 * directory (a tarball) skips it. A Vitest `globalSetup` of the `server` project: it hands the
 * tarball's path to the tests through `provide` (see `stores.ts`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';

/** The template's tarball, or `null` when it could not be made (each file boots its own). */
export type ProvidedPgliteTemplate = string | null;

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: ProvidedPgliteTemplate;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'bankfeeds-pglite-template-'));
  try {
    const db = await PGlite.create();
    const dump = await db.dumpDataDir('none');
    await db.close();
    const path = join(dir, 'template.tar');
    await writeFile(path, new Uint8Array(await dump.arrayBuffer()));
    project.provide('pgliteTemplate', path);
  } catch {
    project.provide('pgliteTemplate', null);
  }
  return () => rm(dir, { recursive: true, force: true });
}
