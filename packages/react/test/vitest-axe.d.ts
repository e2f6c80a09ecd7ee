// vitest-axe 0.1.0 augments the legacy global `Vi.Assertion`; Vitest 4 reads `Assertion` from
// the 'vitest' module, so the matcher is declared there.
import type { AxeMatchers } from 'vitest-axe/matchers';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Assertion<_T = any> extends AxeMatchers {}
}
