import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderIn } from '../../test/render';
import { ConnectionManager } from './index';

// The confirmations' chunk is refused once (a portal gone offline), then served again.
const dialogsModule = vi.hoisted(() => ({ refusals: 1 }));
vi.mock('./connection-manager-dialogs', async (importOriginal) => {
  if (dialogsModule.refusals > 0) {
    dialogsModule.refusals -= 1;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

beforeAll(() => {
  // jsdom has no requestIdleCallback: the idle prefetch never runs here, the click loads the chunk.
  vi.stubGlobal('requestIdleCallback', () => 0);
});
afterAll(() => vi.unstubAllGlobals());

describe('ConnectionManager: ending the connection when the question’s code cannot load', () => {
  it('says so, keeps focus on the button, and the next ask loads it', async () => {
    const { user } = renderIn(
      <ConnectionManager feeds={[]} connectionStatus="Linked" onEndConnection={() => {}} />,
    );
    const end = screen.getByRole('button', { name: 'Disconnect from Xero' });
    await user.click(end);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The confirmation couldn’t load. Try again.',
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(end).toHaveFocus();
    await user.click(end);
    expect(await screen.findByRole('alertdialog')).toHaveAccessibleName('Disconnect from Xero?');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
