// The namespace subpaths carry the very parts of the main entry, under short names, with their
// props' types: `AccountMapper.RootProps` is `AccountMapperRootProps`.
import { describe, expectTypeOf, test } from 'vitest';
import * as AccountMapper from '@bankfeeds/react/account-mapper';
import * as ConnectionManager from '@bankfeeds/react/connection-manager';
import * as FeedStartDatePicker from '@bankfeeds/react/feed-start-date-picker';
import {
  AccountMapperRoot,
  AccountMapperRow,
  ConnectionManagerFeedTable,
  FeedStartDatePickerCalendar,
  type AccountMapperRootProps,
  type ConnectionManagerRootProps,
  type FeedStartDatePickerRootProps,
} from '@bankfeeds/react';

describe('namespace subpaths', () => {
  test('each part is the main entry’s part', () => {
    expectTypeOf(AccountMapper.Root).toEqualTypeOf(AccountMapperRoot);
    expectTypeOf(AccountMapper.Row).toEqualTypeOf(AccountMapperRow);
    expectTypeOf(ConnectionManager.FeedTable).toEqualTypeOf(ConnectionManagerFeedTable);
    expectTypeOf(FeedStartDatePicker.Calendar).toEqualTypeOf(FeedStartDatePickerCalendar);
  });

  test('props types come with short names', () => {
    expectTypeOf<AccountMapper.RootProps>().toEqualTypeOf<AccountMapperRootProps>();
    expectTypeOf<ConnectionManager.RootProps>().toEqualTypeOf<ConnectionManagerRootProps>();
    expectTypeOf<FeedStartDatePicker.RootProps>().toEqualTypeOf<FeedStartDatePickerRootProps>();
  });
});
