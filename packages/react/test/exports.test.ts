// The namespace subpaths are the main entry's parts under short names (the same objects, so they
// share its React contexts), and the preassembled components carry those same parts.
import { describe, expect, test } from 'vitest';
import * as Kit from '@bankfeeds/react';
import * as AccountMapper from '@bankfeeds/react/account-mapper';
import * as ConnectionManager from '@bankfeeds/react/connection-manager';
import * as FeedStartDatePicker from '@bankfeeds/react/feed-start-date-picker';

const subpaths = {
  AccountMapper: AccountMapper as Record<string, unknown>,
  ConnectionManager: ConnectionManager as Record<string, unknown>,
  FeedStartDatePicker: FeedStartDatePicker as Record<string, unknown>,
};

describe.each(Object.entries(subpaths))('@bankfeeds/react subpath of %s', (component, parts) => {
  const preassembled = (Kit as Record<string, unknown>)[component] as Record<string, unknown>;
  const names = Object.keys(parts).sort();

  test('exports the parts of the preassembled component, no more, no fewer', () => {
    const attached = Object.keys(preassembled).filter((key) => /^[A-Z]/.test(key));
    expect(names).toEqual(attached.sort());
  });

  test.each(names)('%s is the main entry’s part, by its full name and on the component', (name) => {
    expect(parts[name]).toBe((Kit as Record<string, unknown>)[`${component}${name}`]);
    expect(parts[name]).toBe(preassembled[name]);
  });
});
