import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsAccountMapper, BankFeedsConnectionManager, BankFeedsSetup } from '../src';
import { renderKit, TODAY } from './kit';
import { forwardsRef } from './parts';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };

describe('Components bound to the provider: refs', () => {
  it('hands BankFeedsSetup’s ref to its root, which still moves focus step by step', async () => {
    const ref = createRef<HTMLDivElement>();
    const { user } = renderKit(server, <BankFeedsSetup ref={ref} />);
    expect(ref.current).toHaveAttribute('data-scope', 'bank-feeds-setup');
    expect(ref.current).toHaveAttribute('data-part', 'root');
    expect(forwardsRef(BankFeedsSetup)).toBe(true);
    // Connect one account, then manage: the manager's heading takes focus, found through the
    // root's own ref, which the host's must not replace.
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Business Savings' }));
    await user.click(await screen.findByRole('option', { name: /Create new account/ }));
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    await screen.findByRole('heading', { name: 'Your bank feeds are set up' }, slow);
    await user.click(screen.getByRole('button', { name: 'Manage bank feeds' }));
    const title = await screen.findByRole('heading', { name: 'Your bank feeds in Xero' }, slow);
    await waitFor(() => expect(title).toHaveFocus());
  });

  it('hands the bound mapper’s and manager’s refs to their roots', async () => {
    const mapper = createRef<HTMLDivElement>();
    const { unmount } = renderKit(server, <BankFeedsAccountMapper ref={mapper} />);
    expect(mapper.current).toHaveAttribute('data-scope', 'account-mapper');
    expect(forwardsRef(BankFeedsAccountMapper)).toBe(true);
    await screen.findAllByRole('combobox', { name: /Xero account for/ }, slow);
    unmount();

    const manager = createRef<HTMLDivElement>();
    renderKit(server, <BankFeedsConnectionManager ref={manager} />);
    expect(manager.current).toHaveAttribute('data-scope', 'connection-manager');
    expect(forwardsRef(BankFeedsConnectionManager)).toBe(true);
    await screen.findByRole('table', { name: 'Your bank feeds in Xero' }, slow);
  });
});
