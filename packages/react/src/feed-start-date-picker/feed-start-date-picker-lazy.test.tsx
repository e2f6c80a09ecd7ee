import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { renderIn } from '../../test/render';
import { I18nProvider } from '../i18n/i18n-context';
import { fr } from '../locales/fr';
import { createLazyModuleLoader, type CalendarModule } from './calendar-loader';
import { FeedStartDatePicker } from './index';

// The calendar module is held back until a test lets it through, as a slow network would.
const calendarModule = vi.hoisted(() => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { requested: 0, arrive, arrived };
});
vi.mock('./calendar-day-picker', async (importOriginal) => {
  calendarModule.requested += 1;
  await calendarModule.arrived;
  return importOriginal();
});

const today = '2026-03-15';
const idle: IdleRequestCallback[] = [];

beforeAll(() => {
  // jsdom has no requestIdleCallback; the prefetch is run by hand below, when a test says so.
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
});
afterAll(() => vi.unstubAllGlobals());

describe('FeedStartDatePicker: the calendar loaded on first open', () => {
  it('asks for the calendar only once the browser is idle, once for every picker', async () => {
    renderIn(
      <>
        <FeedStartDatePicker today={today} />
        <FeedStartDatePicker today={today} />
      </>,
    );
    expect(calendarModule.requested).toBe(0);
    expect(idle).toHaveLength(1);
    idle[0]!({ didTimeout: false, timeRemaining: () => 50 });
    await waitFor(() => expect(calendarModule.requested).toBe(1));
  });

  it('takes a typed date while the calendar is still on its way', async () => {
    const onValueChange = vi.fn();
    const { user } = renderIn(<FeedStartDatePicker today={today} onValueChange={onValueChange} />);
    await user.type(screen.getByRole('textbox', { name: 'Feed start date' }), '01/02/2026{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-02-01', { source: 'input' });
  });

  it('says it is loading (in French too), and Escape still closes it', async () => {
    const { user } = renderIn(<FeedStartDatePicker today={today} />, { locale: 'fr-FR' });
    const trigger = screen.getByRole('button', { name: 'Choisir la date dans un calendrier' });
    await user.click(trigger);
    expect(screen.getByRole('group', { name: 'Calendrier' })).toContainElement(
      screen.getByRole('status'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Chargement du calendrier…');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Calendrier' })).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('shows the days and moves focus to the chosen one when the calendar arrives', async () => {
    const { user } = renderIn(<FeedStartDatePicker today={today} defaultValue="2026-03-02" />);
    await user.click(screen.getByRole('button', { name: 'Choose the date on a calendar' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading calendar…');
    await act(async () => calendarModule.arrive());
    await screen.findByRole('grid');
    expect(screen.queryByText('Loading calendar…')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toHaveAccessibleName('Monday, 2 March 2026, selected'),
    );
  });

  it('hydrates server markup of an open calendar without a mismatch, then shows the days', async () => {
    const ui = (
      <I18nProvider locale="fr-FR" messages={fr}>
        <FeedStartDatePicker today={today} defaultOpen />
      </I18nProvider>
    );
    const html = renderToString(ui);
    expect(html).toContain('Chargement du calendrier…');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    // The module is already here in this browser; the first render still matches the server's.
    const root = await act(async () =>
      hydrateRoot(container, ui, { onRecoverableError: recoverable }),
    );
    expect(container.querySelector('[role="grid"]')).not.toBeNull();
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});

describe('the lazy module loader', () => {
  it('shares one request, and tries again after a refused one', async () => {
    const module = {} as CalendarModule;
    const importer = vi
      .fn<() => Promise<CalendarModule>>()
      .mockRejectedValueOnce(new Error('chunk refused'))
      .mockResolvedValue(module);
    const loader = createLazyModuleLoader(importer);
    const seen: string[] = [];
    loader.subscribe(() => seen.push(loader.getSnapshot().status));
    const first = loader.load();
    expect(loader.load()).toBe(first);
    await expect(first).rejects.toThrow('chunk refused');
    await expect(loader.load()).resolves.toBe(module);
    expect(importer).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['loading', 'failed', 'loading', 'loaded']);
  });
});

describe('the calendar library stays out of the first load', () => {
  it('is imported, as code, by the calendar module alone', () => {
    const dir = join(import.meta.dirname, '..');
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
    );
    const importers = sources.filter((file) =>
      /^(?:import|export) (?!type )[^;]*from 'react-day-picker'/m.test(
        readFileSync(join(dir, file), 'utf8'),
      ),
    );
    expect(importers).toEqual([join('feed-start-date-picker', 'calendar-day-picker.tsx')]);
  });
});
