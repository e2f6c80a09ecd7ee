import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderIn } from '../../test/render';
import { FeedStartDatePicker } from './index';

// The calendar's chunk is refused once (a portal gone offline), then served again.
const calendarModule = vi.hoisted(() => ({ refusals: 1 }));
vi.mock('./calendar-day-picker', async (importOriginal) => {
  if (calendarModule.refusals > 0) {
    calendarModule.refusals -= 1;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

beforeAll(() => {
  // jsdom has no requestIdleCallback: the idle prefetch never runs here, opening loads the chunk.
  vi.stubGlobal('requestIdleCallback', () => 0);
});
afterAll(() => vi.unstubAllGlobals());

describe('FeedStartDatePicker: a calendar whose code cannot load', () => {
  it('says so in its status (in French too), and opening it again loads it', async () => {
    const { user } = renderIn(<FeedStartDatePicker today="2026-03-15" />, { locale: 'fr-FR' });
    const trigger = screen.getByRole('button', { name: 'Choisir la date dans un calendrier' });
    await user.click(trigger);
    const status = await screen.findByText(/Le calendrier n’a pas pu se charger/);
    expect(status).toHaveAttribute('role', 'status');
    await user.keyboard('{Escape}');
    await user.click(trigger);
    expect(await screen.findByRole('grid')).toBeInTheDocument();
    expect(screen.queryByText(/Le calendrier n’a pas pu se charger/)).toBeNull();
  });
});
