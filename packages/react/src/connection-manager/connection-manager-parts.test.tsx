import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createRef, useState, type ComponentProps, type ReactNode } from 'react';
import { renderIn } from '../../test/render';
import { DesignButton, DesignHeading, forwardsRef } from '../../test/parts';
import { ConnectionManager, type ManagedFeed } from './index';

const feeds: ManagedFeed[] = [
  {
    sourceAccountId: 'a1',
    sourceName: 'Business Current',
    accountNumber: '12345678',
    currency: 'GBP',
    targetName: 'Main account',
    feedStartDate: '2026-01-05',
    status: 'connected',
  },
];

function Manager(
  props: Partial<ComponentProps<typeof ConnectionManager.Root>> & { children: ReactNode },
) {
  return (
    <ConnectionManager.Root
      feeds={feeds}
      organisationName="Acme Ltd"
      connectionStatus="Linked"
      {...props}
    />
  );
}

describe('ConnectionManager parts: refs', () => {
  it('hands each part’s ref to its element, through forwardRef as React 18 needs', async () => {
    const refs = {
      Root: createRef<HTMLDivElement>(),
      Title: createRef<HTMLHeadingElement>(),
      Organisation: createRef<HTMLDListElement>(),
      FeedTable: createRef<HTMLTableElement>(),
      AddAccounts: createRef<HTMLButtonElement>(),
      DisconnectDialog: createRef<HTMLDivElement>(),
    };
    const { user } = renderIn(
      <Manager ref={refs.Root} onAddAccounts={() => {}} onDisconnect={() => {}}>
        <ConnectionManager.Title ref={refs.Title} />
        <ConnectionManager.Organisation ref={refs.Organisation} />
        <ConnectionManager.FeedTable ref={refs.FeedTable} />
        <ConnectionManager.AddAccounts ref={refs.AddAccounts} />
        <ConnectionManager.DisconnectDialog ref={refs.DisconnectDialog} />
      </Manager>,
    );
    await user.click(screen.getByRole('button', { name: 'Disconnect Business Current' }));
    // The dialog's module loads on demand: wait for it.
    await screen.findByRole('alertdialog');
    const parts: Record<keyof typeof refs, string> = {
      Root: 'root',
      Title: 'title',
      // Props and the ref reach the list; a header around it holds Reconnect.
      Organisation: 'organisation',
      FeedTable: 'table',
      AddAccounts: 'add-accounts',
      DisconnectDialog: 'dialog',
    };
    for (const [name, part] of Object.entries(parts) as [keyof typeof refs, string][]) {
      expect(refs[name].current, name).toHaveAttribute('data-part', part);
      expect(forwardsRef(ConnectionManager[name]), name).toBe(true);
    }
  });

  it('hands Status’s ref to whichever it shows: loading, or the alert', () => {
    const ref = createRef<HTMLDivElement>();
    const { rerender } = renderIn(
      <Manager status="loading">
        <ConnectionManager.Status ref={ref} />
      </Manager>,
    );
    expect(ref.current).toHaveAttribute('data-part', 'loading');
    rerender(
      <Manager status="error" error={{ code: 'network-error' }}>
        <ConnectionManager.Status ref={ref} />
      </Manager>,
    );
    expect(ref.current).toBe(screen.getByRole('alert'));
    expect(forwardsRef(ConnectionManager.Status)).toBe(true);
  });

  it('hands the preassembled manager’s ref to its root', () => {
    const ref = createRef<HTMLDivElement>();
    renderIn(<ConnectionManager ref={ref} feeds={feeds} />);
    expect(ref.current).toHaveAttribute('data-scope', 'connection-manager');
    expect(ref.current).toHaveAttribute('data-part', 'root');
    expect(forwardsRef(ConnectionManager)).toBe(true);
  });
});

describe('ConnectionManager parts: asChild', () => {
  it('names the table with the host’s heading and returns focus to it after a disconnect', async () => {
    const root = createRef<HTMLDivElement>();
    function Stateful() {
      const [list, setList] = useState(feeds);
      return (
        <Manager ref={root} feeds={list} onDisconnect={() => setList([])} onAddAccounts={() => {}}>
          <ConnectionManager.Title asChild>
            <DesignHeading />
          </ConnectionManager.Title>
          <ConnectionManager.FeedTable />
          <ConnectionManager.DisconnectDialog />
        </Manager>
      );
    }
    const { user } = renderIn(<Stateful />);
    // The empty host heading gets the kit's title.
    const heading = screen.getByRole('heading', { level: 3, name: 'Your bank feeds in Xero' });
    expect(heading).toHaveAttribute('data-design', 'heading');
    expect(heading).toHaveAttribute('data-part', 'title');
    expect(screen.getByRole('table', { name: 'Your bank feeds in Xero' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Disconnect Business Current' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByText(/Business Current is disconnected/)).toBeInTheDocument();
    expect(heading).toHaveFocus();
  });

  it('leads on from the host’s button, unless its own click prevents it', async () => {
    const onAddAccounts = vi.fn();
    const { user } = renderIn(
      <Manager onAddAccounts={onAddAccounts}>
        <ConnectionManager.AddAccounts asChild>
          <DesignButton>Add more</DesignButton>
        </ConnectionManager.AddAccounts>
        <ConnectionManager.AddAccounts asChild>
          <DesignButton onClick={(event) => event.preventDefault()}>Not now</DesignButton>
        </ConnectionManager.AddAccounts>
      </Manager>,
    );
    const button = screen.getByRole('button', { name: 'Add more' });
    expect(button).toHaveAttribute('data-design', 'button');
    expect(button).toHaveAttribute('data-part', 'add-accounts');
    await user.click(button);
    expect(onAddAccounts).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(onAddAccounts).toHaveBeenCalledTimes(1);
  });
});
