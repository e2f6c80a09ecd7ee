import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe } from 'vitest-axe';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { I18nProvider } from '../i18n/i18n-context';
import { AccountMapper } from './index';

// The list's chunk is refused while `refusals` lasts (a portal gone offline), then held back
// until a test lets it through, as a slow network would.
const listModule = vi.hoisted(() => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { requested: 0, refusals: 0, arrive, arrived };
});
vi.mock('./target-list', async (importOriginal) => {
  listModule.requested += 1;
  if (listModule.refusals > 0) {
    listModule.refusals -= 1;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  await listModule.arrived;
  return importOriginal();
});

const today = '2026-03-15';
const idle: IdleRequestCallback[] = [];

beforeAll(() => {
  // jsdom has no requestIdleCallback; the prefetch is run by hand below, when a test says so.
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
});
afterAll(() => vi.unstubAllGlobals());

describe('AccountMapper.TargetSelect: the list loaded on first open', () => {
  it('types a pick on the closed trigger without the list, and prefetches it once when idle', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    trigger.focus();
    await user.keyboard('d');
    expect(trigger).toHaveTextContent('Don’t connect');
    expect(listModule.requested).toBe(0);
    // One prefetch for the page however many rows: the list's, and the calendar's.
    expect(idle).toHaveLength(2);
    // A prefetch refused while nobody opened a list says nothing.
    listModule.refusals = 1;
    for (const prefetch of idle) prefetch({ didTimeout: false, timeRemaining: () => 50 });
    await waitFor(() => expect(listModule.requested).toBe(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when the list cannot load (in French too), and the next open loads it', async () => {
    listModule.refusals = 1;
    const { user, container } = renderIn(
      <AccountMapper accounts={mapperAccounts} today={today} />,
      {
        locale: 'fr-FR',
      },
    );
    const trigger = screen.getByRole('combobox', { name: 'Compte Xero pour Savings' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La liste des comptes Xero n’a pas pu être chargée. Réessayez.',
    );
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).not.toHaveAttribute('aria-busy');
    expect(trigger).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();
    // The next open asks again; the chunk is slow this time.
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(trigger).toHaveAttribute('aria-busy', 'true');
    expect(trigger).toHaveAttribute('data-loading', '');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Chargement…')).toHaveAttribute('role', 'status');
    expect(await axe(container)).toHaveNoViolations();
    expect(listModule.requested).toBe(3);
  });

  it('says it is opening, cancels on Escape, and opens with focus in the list when it comes', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    // A mouse press leaves focus where it was; the trigger takes it while the list is coming.
    await user.click(trigger);
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading…')).toHaveAttribute('role', 'status');
    await user.keyboard('{Escape}');
    expect(trigger).not.toHaveAttribute('aria-busy');
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(trigger).toHaveFocus();
    // Leaving the trigger cancels an opening too: that list will not pop up later.
    const business = screen.getByRole('combobox', { name: 'Xero account for Business Current' });
    act(() => business.focus());
    await user.keyboard('{Enter}');
    expect(business).toHaveAttribute('aria-busy', 'true');
    act(() => trigger.focus());
    expect(business).not.toHaveAttribute('aria-busy');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => listModule.arrive());
    const listbox = await screen.findByRole('listbox', { name: 'Xero account for Savings' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', listbox.id);
    expect(trigger).not.toHaveAttribute('aria-busy');
    expect(screen.queryByText('Loading…')).toBeNull();
    // Focus goes into the list, on the row's choice ("Don't connect" for a row with no other), as
    // when the list was already here.
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Don’t connect' })).toHaveFocus(),
    );
    expect(screen.getAllByRole('listbox')).toHaveLength(1);
    expect(business).toHaveAttribute('aria-expanded', 'false');
    // One request served every attempt since the refusal.
    expect(listModule.requested).toBe(3);
  });

  it('opens at once, with nothing said, once the list is here', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    await user.click(trigger);
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    expect(trigger).not.toHaveAttribute('aria-busy');
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('hydrates server markup without a mismatch once the list is here', async () => {
    const ui = (
      <I18nProvider locale="en-GB">
        <AccountMapper accounts={mapperAccounts} today={today} />
      </I18nProvider>
    );
    const html = renderToString(ui);
    expect(html).not.toContain('role="listbox"');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, ui, { onRecoverableError: recoverable }),
    );
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});

describe('the target list stays out of the first load', () => {
  it('is imported, as code, by nothing but its loader’s import()', () => {
    const dir = join(import.meta.dirname, '..');
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
    );
    const importers = sources.filter((file) =>
      /^(?:import|export) (?!type )[^;]*from '[./]*(?:account-mapper\/)?target-list'/m.test(
        readFileSync(join(dir, file), 'utf8'),
      ),
    );
    expect(importers).toEqual([]);
    const loader = readFileSync(join(dir, 'account-mapper', 'target-list-loader.ts'), 'utf8');
    expect(loader).toContain("import('./target-list')");
  });
});
