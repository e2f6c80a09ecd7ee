import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { createRef, type ComponentProps, type ReactNode } from 'react';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { DesignButton, DesignText, forwardsRef } from '../../test/parts';
import { AccountMapper, type MappingValue, type SetupRowView } from './index';

const today = '2026-03-15';
const connectNew: MappingValue = { 'acc-1': { choice: { kind: 'new' }, feedStartDate: today } };
/** A row as the client's `connectSetup` reads it, for a Row rendered by the host. */
const connectedRow: SetupRowView = {
  id: mapperAccounts[2]!.id,
  account: mapperAccounts[2]!,
  choice: { kind: 'skip' },
  feedStartDate: today,
  suggestion: null,
  problems: [],
  phase: 'connected',
  error: null,
  canChoose: false,
  canSetDate: false,
  disabled: true,
};

function Mapper(
  props: Partial<ComponentProps<typeof AccountMapper.Root>> & { children: ReactNode },
) {
  return <AccountMapper.Root accounts={mapperAccounts} today={today} {...props} />;
}

describe('AccountMapper parts: refs', () => {
  it('hands each part’s ref to its element, through forwardRef as React 18 needs', () => {
    const refs = {
      Root: createRef<HTMLDivElement>(),
      ApplyAll: createRef<HTMLDivElement>(),
      AcceptSuggestions: createRef<HTMLButtonElement>(),
      DateBounds: createRef<HTMLParagraphElement>(),
      Table: createRef<HTMLTableElement>(),
      Row: createRef<HTMLTableRowElement>(),
      TargetSelect: createRef<HTMLButtonElement>(),
      Summary: createRef<HTMLParagraphElement>(),
      Submit: createRef<HTMLButtonElement>(),
    };
    renderIn(
      <Mapper ref={refs.Root}>
        <AccountMapper.ApplyAll ref={refs.ApplyAll} />
        <AccountMapper.AcceptSuggestions ref={refs.AcceptSuggestions} />
        <AccountMapper.DateBounds ref={refs.DateBounds} />
        <AccountMapper.Table ref={refs.Table} />
        <table>
          <tbody>
            <AccountMapper.Row ref={refs.Row} row={connectedRow} />
          </tbody>
        </table>
        <AccountMapper.TargetSelect
          ref={refs.TargetSelect}
          account={mapperAccounts[0]!}
          choice={{ kind: 'skip' }}
          onChoiceChange={() => {}}
        />
        <AccountMapper.Summary ref={refs.Summary} />
        <AccountMapper.Submit ref={refs.Submit} />
      </Mapper>,
    );
    const parts: Record<keyof typeof refs, string> = {
      Root: 'root',
      ApplyAll: 'apply-all',
      AcceptSuggestions: 'accept-suggestions',
      DateBounds: 'description',
      Table: 'table',
      Row: 'row',
      // Like its className, the ref reaches the trigger users focus.
      TargetSelect: 'target-trigger',
      Summary: 'summary',
      Submit: 'submit',
    };
    for (const [name, part] of Object.entries(parts) as [keyof typeof refs, string][]) {
      expect(refs[name].current, name).toHaveAttribute('data-part', part);
      expect(forwardsRef(AccountMapper[name]), name).toBe(true);
    }
  });

  it('hands the preassembled mapper’s ref to its root', () => {
    const ref = createRef<HTMLDivElement>();
    renderIn(<AccountMapper ref={ref} accounts={mapperAccounts} today={today} />);
    expect(ref.current).toHaveAttribute('data-scope', 'account-mapper');
    expect(ref.current).toHaveAttribute('data-part', 'root');
    expect(forwardsRef(AccountMapper)).toBe(true);
  });

  it('still takes the user to the first problem when the host holds the root’s ref', async () => {
    const ref = createRef<HTMLDivElement>();
    const invalid: MappingValue = {
      'acc-1': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today },
      'acc-2': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today },
    };
    const { user } = renderIn(
      <Mapper ref={ref} value={invalid}>
        <AccountMapper.Table />
        <AccountMapper.Submit />
      </Mapper>,
    );
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    // Without a Problems part, the first row in trouble (both share the target) takes focus.
    expect(
      screen.getByRole('combobox', { name: 'Xero account for Business Current' }),
    ).toHaveFocus();
    expect(ref.current).toContainElement(document.activeElement as HTMLElement);
  });
});

describe('AccountMapper parts: asChild', () => {
  it('renders Submit as the host’s button, with the part’s attributes and behaviour', async () => {
    const onSubmit = vi.fn();
    const { user, rerender } = renderIn(
      <Mapper value={connectNew} onSubmit={onSubmit}>
        <AccountMapper.Submit asChild className="kit">
          <DesignButton className="mine">Go</DesignButton>
        </AccountMapper.Submit>
      </Mapper>,
    );
    const button = screen.getByRole('button', { name: 'Go' });
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(button).toHaveAttribute('data-design', 'button');
    expect(button).toHaveAttribute('data-scope', 'account-mapper');
    expect(button).toHaveAttribute('data-part', 'submit');
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveClass('kit', 'mine');
    await user.click(button);
    expect(onSubmit).toHaveBeenCalledWith(connectNew);

    rerender(
      <Mapper value={connectNew} onSubmit={onSubmit} submitting>
        <AccountMapper.Submit asChild>
          <DesignButton>Go</DesignButton>
        </AccountMapper.Submit>
      </Mapper>,
    );
    const sending = screen.getByRole('button', { name: 'Go' });
    expect(sending).toHaveAttribute('data-design', 'button');
    expect(sending).toBeDisabled();
    expect(sending).toHaveAttribute('aria-busy', 'true');
  });

  it('runs the host button’s click first; preventDefault() there keeps the mapper from submitting', async () => {
    const calls: string[] = [];
    const { user } = renderIn(
      <Mapper value={connectNew} onSubmit={() => calls.push('submit')}>
        <AccountMapper.Submit asChild>
          <DesignButton
            onClick={(event) => {
              calls.push('host');
              if (calls.length > 2) event.preventDefault();
            }}
          >
            Go
          </DesignButton>
        </AccountMapper.Submit>
      </Mapper>,
    );
    const button = screen.getByRole('button', { name: 'Go' });
    await user.click(button);
    expect(calls).toEqual(['host', 'submit']);
    await user.click(button);
    expect(calls).toEqual(['host', 'submit', 'host']);
  });

  it('fills an empty host element with the kit’s text: Submit, AcceptSuggestions, Summary, DateBounds', async () => {
    const { user } = renderIn(
      <Mapper>
        <AccountMapper.AcceptSuggestions asChild>
          <DesignButton />
        </AccountMapper.AcceptSuggestions>
        <AccountMapper.DateBounds asChild>
          <DesignText />
        </AccountMapper.DateBounds>
        <AccountMapper.Table />
        <AccountMapper.Summary asChild>
          <DesignText />
        </AccountMapper.Summary>
        <AccountMapper.Submit asChild>
          <DesignButton />
        </AccountMapper.Submit>
      </Mapper>,
    );
    expect(screen.getByRole('button', { name: 'Connect accounts' })).toHaveAttribute(
      'data-design',
      'button',
    );
    const summary = screen.getByText('0 accounts will be connected.');
    expect(summary).toHaveAttribute('data-design', 'text');
    expect(summary).toHaveAttribute('data-part', 'summary');

    // The host's text keeps the id every row's date field points to.
    const bounds = screen.getByText(/from 15 March 2025 to 15 March 2026/);
    expect(bounds).toHaveAttribute('data-design', 'text');
    expect(bounds).toHaveAttribute('data-part', 'description');
    expect(
      screen.getByRole('textbox', { name: 'Feed start date for Savings' }),
    ).toHaveAccessibleDescription(bounds.textContent!);

    const accept = screen.getByRole('button', { name: 'Accept 2 suggestions' });
    expect(accept).toHaveAttribute('data-design', 'button');
    expect(accept).toHaveAttribute('data-part', 'accept-suggestions');
    await user.click(accept);
    expect(screen.getByRole('status')).toHaveTextContent('2 suggestions accepted.');
    expect(summary).toHaveTextContent('2 accounts will be connected.');
    expect(screen.queryByRole('button', { name: /Accept/ })).toBeNull();
  });

  it('lets an onClick on AcceptSuggestions run and cancel, as on Submit', async () => {
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const { user } = renderIn(
      <Mapper>
        <AccountMapper.AcceptSuggestions onClick={onClick} />
        <AccountMapper.Summary />
      </Mapper>,
    );
    await user.click(screen.getByRole('button', { name: 'Accept 2 suggestions' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByText('0 accounts will be connected.')).toBeInTheDocument();
  });
});
