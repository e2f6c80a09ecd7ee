// Every browser test, in the order they run.
import { portalTests } from './portal.mjs';

export const specs = [...portalTests];
