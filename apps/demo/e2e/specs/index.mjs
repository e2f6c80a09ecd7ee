// Every browser test, in the order they run.
import { portalTests } from './portal.mjs';
import { transactionTests } from './transactions.mjs';

export const specs = [...portalTests, ...transactionTests];
