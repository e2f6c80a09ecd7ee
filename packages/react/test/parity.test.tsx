import { describe, expect, it } from 'vitest';
import { CASES } from './parity/cases';
import { playHeadless } from './parity/headless-driver';
import { playReact } from './parity/react-driver';

// One table of cases, played through the headless setup store and through the React mapper: both
// must refuse or send alike and name the same problems, because both ask the client's
// `validateDraft`.
describe.each(CASES)('Parity: $name', (testCase) => {
  it('the headless setup store', async () => {
    const result = await playHeadless(testCase);
    expect({ sent: result.sent, problems: result.problems }).toEqual(testCase.expected);
    // A refused submit is never silent: the store says it was attempted.
    expect(result.attempted).toBe(!testCase.expected.sent);
  });

  it('the React mapper', async () => {
    const result = await playReact(testCase);
    expect({ sent: result.sent, problems: result.problems }).toEqual(testCase.expected);
    // A refused Connect is never silent: a summary takes focus.
    expect(result.attempted).toBe(!testCase.expected.sent);
  });
});
