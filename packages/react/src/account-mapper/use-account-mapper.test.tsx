import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { AccountMapper, useAccountMapper } from './index';

const today = '2026-03-15';

/** A host's own layout: a list of its rows instead of the kit's table. */
function OwnRows() {
  const { rows, selected } = useAccountMapper();
  return (
    <table aria-label="My accounts">
      <caption>{selected} will connect</caption>
      <tbody>
        {rows.map((row) => (
          <AccountMapper.Row key={row.id} row={row} />
        ))}
      </tbody>
    </table>
  );
}

describe('useAccountMapper', () => {
  it('gives a custom layout the rows the mapper renders, as the client reads them', async () => {
    const { user } = renderIn(
      <AccountMapper.Root
        accounts={mapperAccounts}
        today={today}
        defaultValue={{ 'acc-1': { choice: { kind: 'new' }, feedStartDate: today } }}
      >
        <OwnRows />
      </AccountMapper.Root>,
    );
    const table = screen.getByRole('table', { name: 'My accounts' });
    expect(within(table).getAllByRole('row')).toHaveLength(mapperAccounts.length);
    expect(table).toHaveTextContent('1 will connect');
    // The rows are the kit's, wired to the same machine: a choice there counts here.
    const second = mapperAccounts[1]!;
    await user.click(screen.getByRole('combobox', { name: `Xero account for ${second.name}` }));
    await user.click(await screen.findByRole('option', { name: /Create new account/ }));
    expect(table).toHaveTextContent('2 will connect');
  });

  it('says where it must be used', () => {
    expect(() => renderIn(<OwnRows />)).toThrow(
      'useAccountMapper() must be used within <AccountMapper.Root>.',
    );
  });
});
