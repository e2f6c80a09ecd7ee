// Every browser test, in the order they run.
import { journeyTests } from './journey.mjs';
import { portalTests } from './portal.mjs';
import { scenarioTests } from './scenarios.mjs';
import { transactionTests } from './transactions.mjs';

export const specs = [...portalTests, ...journeyTests, ...scenarioTests, ...transactionTests];
