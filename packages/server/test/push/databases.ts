import type { BankFeedsStore } from '../../src/store/types';
import { createMemoryDatabase, createMemoryStore } from './memory-store';

/**
 * One database the tests can open several stores on (as several server instances would), and
 * drop afterwards.
 */
export interface TestDatabase {
  /** A new store object on the database: one "instance". */
  open(): Promise<BankFeedsStore>;
  /** Closes every store opened and drops the database. */
  close(): Promise<void>;
}

/** The kinds of database the push job's suites run on. */
export const DATABASES: { name: string; create(): Promise<TestDatabase> }[] = [
  {
    name: 'memory',
    async create() {
      const db = createMemoryDatabase();
      return { open: async () => createMemoryStore(db), close: async () => {} };
    },
  },
];
