import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsSetup } from '../src';
import { renderKit, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Every mapping request the kit sends (recorded as it starts), then its body. */
const posted: unknown[] = [];
server.events.on('request:start', ({ request }) => {
  if (request.method === 'POST' && request.url.includes('bankFeedAccounts/mapping')) {
    const index = posted.push(request.url) - 1;
    void request
      .clone()
      .json()
      .then((body: unknown) => (posted[index] = body));
  }
});
afterEach(() => {
  posted.length = 0;
});

const slow = { timeout: 4000 };

describe('What is sent is what the screen shows', () => {
  it('does not connect a feed whose typed start date was refused, and takes the customer to the problem', async () => {
    const { user } = renderKit(server, <BankFeedsSetup />);
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Business Savings' }));
    await user.click(await screen.findByRole('option', { name: /Create new account/ }));

    const date = screen.getByRole('textbox', { name: 'Feed start date for Business Savings' });
    await user.clear(date);
    // More than a year before today (15 March 2026): refused on screen.
    await user.type(date, '01/01/2024{Enter}');
    expect(date).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    const summary = await screen.findByRole('region', { name: /Fix 1 problem before connecting/ });
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: /Business Savings/ });
    await user.click(link);
    expect(date).toHaveFocus();
    // Nothing left for Codat: not the refused day, and not today in its place.
    expect(posted).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Choose accounts' })).toBeInTheDocument();
  });
});
