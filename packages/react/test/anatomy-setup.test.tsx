import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsSetup } from '../src';
import { bankFeedsSetupAnatomy } from '../src/setup/anatomy';
import { renderKit, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };
const CONNECTION = '/companies/:companyId/connections/:connectionId';

/** The `data-part` of every element under the setup's own scope, so far. */
const seen = new Set<string>();
function collect() {
  const selector = `[data-scope="${bankFeedsSetupAnatomy.scope}"][data-part]`;
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    seen.add(element.dataset['part']!);
  }
}

describe('anatomy: every part renders its data-part', () => {
  it('the setup journey renders exactly its anatomy’s parts', async () => {
    // Mapping, with a close button: the header, the step list and the live region.
    renderKit(server, <BankFeedsSetup onClose={() => {}} />);
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    collect();
    cleanup();
    // Xero not yet authorised: the connect panel, its heading and its link.
    renderKit(server, <BankFeedsSetup />, { scenario: 'needsAuth' });
    await screen.findByRole('link', {}, slow);
    collect();
    cleanup();
    // The connection cannot be read: the error panel's alert.
    renderKit(server, <BankFeedsSetup />, {
      faults: [{ method: 'GET', path: CONNECTION, kind: 'status', status: 404 }],
    });
    await screen.findByRole('alert', {}, slow);
    collect();
    cleanup();
    expect([...seen].sort()).toEqual(Object.values(bankFeedsSetupAnatomy.parts).sort());
  });
});
