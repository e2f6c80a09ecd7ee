import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity, StrictMode, useEffect, useState, type ReactNode } from 'react';
import { createBankFeedsClient, type BankFeedsClient, type SetupStore } from '@bankfeeds/client';
import { createBankFeedsHandlers } from '@bankfeeds/mocks';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsConnectionManager, BankFeedsProvider, useSetupStore } from '../src';
import { BASE_URL, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };

/** A fresh fake behind the shared server, and a client for it (through the bank's proxy). */
function freshFake() {
  const { handlers, fake } = createBankFeedsHandlers({
    baseUrl: BASE_URL,
    today: TODAY,
    auth: 'none',
  });
  server.resetHandlers(...handlers);
  const client = createBankFeedsClient({
    baseUrl: BASE_URL,
    auth: { type: 'none' },
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
  });
  return { fake, client };
}

function Kit({
  client,
  ids,
  children,
}: {
  client: BankFeedsClient;
  ids: { companyId: string; connectionId: string };
  children: ReactNode;
}) {
  return (
    <BankFeedsProvider
      client={client}
      {...ids}
      locale="en-GB"
      today={TODAY}
      poll={{ confirm: { initialDelayMs: 5, maxDelayMs: 20 } }}
    >
      {children}
    </BankFeedsProvider>
  );
}

/** Hides and shows `children` the way a host's tabs would, with React's `<Activity>`. */
function Tabs({ children }: { children: ReactNode }) {
  const [visible, setVisible] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setVisible((v) => !v)}>
        {visible ? 'Hide' : 'Show'}
      </button>
      <Activity mode={visible ? 'visible' : 'hidden'}>{children}</Activity>
    </>
  );
}

/** Waits out anything a store schedules for "later" (a timer, a microtask). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function disconnectEveryday(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Disconnect Everyday' }, slow));
  const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect Everyday?' });
  await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
  await screen.findByText('Everyday is disconnected. You can connect it again.', {}, slow);
}

describe('hide and show, remount, StrictMode: never a frozen view', () => {
  it('still disconnects a feed after the whole kit was hidden and shown with <Activity>', async () => {
    const { fake, client } = freshFake();
    const user = userEvent.setup();
    render(
      <Tabs>
        <Kit client={client} ids={fake.ids}>
          <BankFeedsConnectionManager />
        </Kit>
      </Tabs>,
    );
    await screen.findByRole('table', { name: 'Your bank feeds in Xero' }, slow);
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    await settle();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await disconnectEveryday(user);
  });

  it('loads again a view hidden while it was loading', async () => {
    const { fake, client } = freshFake();
    const user = userEvent.setup();
    render(
      <Tabs>
        <Kit client={client} ids={fake.ids}>
          <BankFeedsConnectionManager />
        </Kit>
      </Tabs>,
    );
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    await settle();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByRole('button', { name: 'Disconnect Everyday' }, slow);
  });

  it('still works in StrictMode (double effects) and after a remount', async () => {
    const { fake, client } = freshFake();
    const user = userEvent.setup();
    function Remount({ children }: { children: ReactNode }) {
      const [key, setKey] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setKey((k) => k + 1)}>
            Remount
          </button>
          <div key={key}>{children}</div>
        </>
      );
    }
    render(
      <StrictMode>
        <Kit client={client} ids={fake.ids}>
          <Remount>
            <BankFeedsConnectionManager />
          </Remount>
        </Kit>
      </StrictMode>,
    );
    await screen.findByRole('table', { name: 'Your bank feeds in Xero' }, slow);
    await user.click(screen.getByRole('button', { name: 'Remount' }));
    await settle();
    await disconnectEveryday(user);
  });
});

describe('every mounted view is current after a change of connections', () => {
  it('shows a feed connected through the setup journey in the manager without a refresh', async () => {
    const { fake, client } = freshFake();
    let setup: SetupStore | undefined;
    function Journey() {
      const store = useSetupStore();
      useEffect(() => {
        setup = store;
      }, [store]);
      return null;
    }
    render(
      <Kit client={client} ids={fake.ids}>
        <Journey />
        <BankFeedsConnectionManager />
      </Kit>,
    );
    const table = await screen.findByRole('table', { name: 'Your bank feeds in Xero' }, slow);
    expect(within(table).queryByRole('row', { name: /Business Savings/ })).toBeNull();
    await waitFor(() => expect(setup!.getState().status).toBe('mapping'), slow);
    const state = setup!.getState();
    const savings = state.rowIds.find(
      (id) => state.rows[id]!.sourceAccount.accountName === 'Business Savings',
    )!;
    act(() => {
      setup!.getState().chooseTarget(savings, { kind: 'new' });
      setup!.getState().submit();
    });
    await within(table).findByRole('row', { name: /Business Savings/ }, slow);
  });
});
