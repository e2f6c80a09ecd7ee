/**
 * Codat sends timestamps with a 7-digit fraction of a second (`2023-03-21T17:17:58.9235368Z`,
 * its push docs), and the fake does too. The model reads them without losing the day or time.
 */
import { describe, expect, it } from 'vitest';
import {
  ConnectionSchema,
  DATE_TIME_PATTERN,
  PushOperationSchema,
  SourceAccountSchema,
  localDateTimeKey,
  toCalendarDate,
} from '@bankfeeds/model';

const SEVEN = '2023-03-21T17:17:58.9235368Z';

describe('7-digit fractional timestamps', () => {
  it('match the DateTime pattern and read to the right day and time', () => {
    expect(DATE_TIME_PATTERN.test(SEVEN)).toBe(true);
    expect(toCalendarDate(SEVEN)).toBe('2023-03-21');
    expect(localDateTimeKey(SEVEN)).toBe('2023-03-21T17:17:58');
    expect(toCalendarDate('2023-11-10T11:23:48.0000000Z')).toBe('2023-11-10');
  });

  it('are kept as sent on connections, source accounts and push operations', () => {
    const connection = ConnectionSchema.parse({
      id: 'ee2eb431-c0fa-4dc9-93fa-d29781c12bcd',
      integrationId: 'bf083d72-62c7-493e-aec9-81b4dbba7e2c',
      sourceId: 'bdd831ce-eebd-4896-89a7-20e5ee8989ee',
      platformName: 'Xero',
      linkUrl: 'https://link-api.codat.io/start',
      status: 'Linked',
      lastSync: '2022-10-27T10:22:43.6464237Z',
      created: SEVEN,
      sourceType: 'Accounting',
      dataConnectionErrors: [
        { statusCode: '403', erroredOnUtc: SEVEN, status: 'Resolved', resolvedOnUtc: SEVEN },
      ],
    });
    expect(connection.lastSync).toBe('2022-10-27T10:22:43.6464237Z');
    expect(connection.dataConnectionErrors?.[0]?.resolvedOnUtc).toBe(SEVEN);

    const account = SourceAccountSchema.parse({
      id: 'acc-1',
      accountName: 'Current',
      accountType: 'checking',
      accountNumber: '12345678',
      sortCode: '40-47-84',
      currency: 'GBP',
      balance: 1,
      modifiedDate: '2023-01-09T13:46:59.4019628Z',
      status: 'pending',
    });
    expect(account.modifiedDate).toBe('2023-01-09T13:46:59.4019628Z');

    const operation = PushOperationSchema.parse({
      companyId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      pushOperationKey: '3fa85f64-5717-4562-b3fc-2c963f66afa7',
      dataConnectionKey: '3fa85f64-5717-4562-b3fc-2c963f66afa8',
      requestedOnUtc: SEVEN,
      completedOnUtc: '2023-03-21T17:18:01.0000001Z',
      status: 'Success',
      statusCode: 200,
    });
    expect(operation.requestedOnUtc).toBe(SEVEN);
    expect(Date.parse(operation.requestedOnUtc)).toBe(Date.UTC(2023, 2, 21, 17, 17, 58, 923));
  });
});
