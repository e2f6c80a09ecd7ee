import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderIn } from './render';
import { mapperAccounts } from './fixtures';
import { AccountMapper } from '../src/account-mapper';
import { ConnectionManager, type ManagedFeed } from '../src/connection-manager';
import { FeedStartDatePicker } from '../src/feed-start-date-picker';
import type { Anatomy } from '../src/internal/anatomy';
import { accountMapperAnatomy, accountMapperClassNameKeys } from '../src/account-mapper/anatomy';
import {
  connectionManagerAnatomy,
  connectionManagerClassNameKeys,
} from '../src/connection-manager/anatomy';
import {
  feedStartDatePickerAnatomy,
  feedStartDatePickerClassNameKeys,
} from '../src/feed-start-date-picker/anatomy';
import { bankFeedsSetupAnatomy } from '../src/setup/anatomy';

const today = '2026-03-15';

// The calendar module is held back until the test lets it through, so its loading status shows.
const calendarModule = vi.hoisted(() => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrive, arrived };
});
vi.mock('../src/feed-start-date-picker/calendar-day-picker', async (importOriginal) => {
  await calendarModule.arrived;
  return importOriginal();
});
// So is the mapper's target list, so its "Loading…" status shows.
const listModule = vi.hoisted(() => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrive, arrived };
});
vi.mock('../src/account-mapper/target-list', async (importOriginal) => {
  await listModule.arrived;
  return importOriginal();
});

const components: Array<{
  name: string;
  anatomy: Anatomy<string>;
  classNameKeys: readonly string[];
}> = [
  {
    name: 'AccountMapper',
    anatomy: accountMapperAnatomy,
    classNameKeys: accountMapperClassNameKeys,
  },
  {
    name: 'FeedStartDatePicker',
    anatomy: feedStartDatePickerAnatomy,
    classNameKeys: feedStartDatePickerClassNameKeys,
  },
  {
    name: 'ConnectionManager',
    anatomy: connectionManagerAnatomy,
    classNameKeys: connectionManagerClassNameKeys,
  },
  { name: 'BankFeedsSetup', anatomy: bankFeedsSetupAnatomy, classNameKeys: [] },
];

/** The README's "Parts" list item for a component, joined onto one line. */
function readmeItem(name: string): string {
  const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
  const section = readme.split('### Parts')[1]!.split('\n## ')[0]!;
  const item = section.split('\n- ').find((entry) => entry.startsWith(`**\`${name}\`**`));
  if (!item) throw new Error(`README's Parts section has no item for ${name}`);
  return item.split('\n\n')[0]!.replace(/\s+/g, ' ');
}

const codeList = (text: string) => Array.from(text.matchAll(/`([^`]+)`/g), (m) => m[1]);

describe('anatomy: the styling docs', () => {
  it.each(components)(
    'the README lists $name’s scope, parts and classNames keys as its anatomy does',
    ({ name, anatomy, classNameKeys }) => {
      const item = readmeItem(name);
      expect(item).toContain(`\`data-scope='${anatomy.scope}'\``);
      // "<name>, <scope>: <parts>. `classNames` keys: <keys>." or "... No `classNames` ...".
      const [partsText, keysText] = item.split(/(?:No )?`classNames`/);
      const parts = codeList(partsText!.split(':').slice(1).join(':'));
      expect(parts).toEqual(Object.values(anatomy.parts));
      const keys = keysText!.startsWith(' keys:') ? codeList(keysText!.split('.')[0]!) : [];
      expect(keys).toEqual([...classNameKeys]);
    },
  );
});

/** Every `data-part` rendered under a scope, so far. */
const seen = new Map<string, Set<string>>();
function collect() {
  for (const element of document.querySelectorAll<HTMLElement>('[data-scope][data-part]')) {
    const scope = element.dataset['scope']!;
    if (!seen.has(scope)) seen.set(scope, new Set());
    seen.get(scope)!.add(element.dataset['part']!);
  }
}

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

/** Every part of `anatomy` has rendered, and nothing under its scope is missing from it. */
function expectRenderedExactly(anatomy: Anatomy<string>) {
  expect([...(seen.get(anatomy.scope) ?? [])].sort()).toEqual(
    [...new Set(Object.values(anatomy.parts))].sort(),
  );
}

const twoOnOneTarget = {
  'acc-1': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today },
  'acc-2': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today },
} as const;

describe('anatomy: every part renders its data-part', () => {
  it('the account mapper renders exactly its anatomy’s parts', async () => {
    const noTargets = { ...mapperAccounts[1]!, id: 'acc-9', name: 'Loans', targetOptions: [] };
    const { user } = renderIn(
      <AccountMapper
        accounts={[...mapperAccounts, noTargets]}
        defaultValue={twoOnOneTarget}
        today={today}
      />,
    );
    collect();
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Loans' }));
    await screen.findByText('Loading…');
    collect();
    listModule.arrive();
    await screen.findByRole('listbox');
    collect();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    collect();
    cleanup();
    // Untouched suggestions offer "accept all".
    renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    collect();
    cleanup();
    renderIn(<AccountMapper accounts={[]} today={today} />);
    collect();
    cleanup();
    expectRenderedExactly(accountMapperAnatomy);
  });

  it('the feed start date picker renders exactly its anatomy’s parts', async () => {
    const { user } = renderIn(<FeedStartDatePicker defaultValue="2020-01-01" today={today} />);
    collect();
    await user.click(screen.getByRole('button', { name: /calendar/i }));
    await screen.findByText('Loading calendar…');
    collect();
    calendarModule.arrive();
    await screen.findByRole('grid');
    collect();
    cleanup();
    expectRenderedExactly(feedStartDatePickerAnatomy);
  });

  it('the connection manager renders exactly its anatomy’s parts', async () => {
    const { user } = renderIn(
      <ConnectionManager
        feeds={feeds}
        organisationName="Acme Ltd"
        connectionStatus="Unlinked"
        onReconnect={() => {}}
        onAddAccounts={() => {}}
        onDisconnect={() => {}}
      />,
    );
    collect();
    await user.click(screen.getByRole('button', { name: 'Disconnect Business Current' }));
    collect();
    cleanup();
    const linked = renderIn(
      <ConnectionManager
        feeds={feeds}
        connectionStatus="Linked"
        connectedSince="2026-01-02T10:00:00Z"
        lastSync="2026-03-14T09:00:00Z"
        onEndConnection={() => {}}
      />,
    );
    await linked.user.click(screen.getByRole('button', { name: 'Disconnect from Xero' }));
    collect();
    cleanup();
    for (const props of [
      { connectionStatus: 'Unlinked', connectionEnded: true, onReconnect: () => {} },
      { status: 'loading' },
      { status: 'error', error: new Error('offline') },
      { feeds: [] },
    ] as const) {
      renderIn(<ConnectionManager feeds={feeds} {...props} />);
      collect();
      cleanup();
    }
    expectRenderedExactly(connectionManagerAnatomy);
  });
});
