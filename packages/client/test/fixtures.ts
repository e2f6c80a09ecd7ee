// Wire-format payloads for unit tests (the fake in @bankfeeds/mocks covers the integration tests).
export const COMPANY_ID = '8a210b68-6988-11ed-a1eb-0242ac120002';
export const CONNECTION_ID = '2e9d2c44-f675-40ba-8049-353bfcb5e171';

export const company = {
  id: COMPANY_ID,
  name: 'Bakery Ltd',
  redirect: `https://link.codat.io/company/${COMPANY_ID}`,
};

export function connection(status = 'Linked') {
  return {
    id: CONNECTION_ID,
    integrationId: 'bf083d72-62c7-493e-aec9-81b4dbba7e2c',
    integrationKey: 'gbol',
    sourceId: '8a6c5a6c-7a7a-4b8a-9b4a-0a0a0a0a0a0a',
    sourceType: 'Accounting',
    platformName: 'Xero',
    linkUrl: `https://link-api.codat.io/companies/${COMPANY_ID}/connections/${CONNECTION_ID}/start`,
    status,
    created: '2026-01-01T00:00:00Z',
  };
}

export function sourceAccount(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    accountName: `Account ${id}`,
    accountType: 'checking',
    accountNumber: `0000${id}`,
    currency: 'GBP',
    balance: 100,
    status: 'pending',
    ...extra,
  };
}

export function mapping(sourceAccountId: string, extra: Record<string, unknown> = {}) {
  return {
    sourceAccountId,
    sourceAccountName: `Account ${sourceAccountId}`,
    sourceAccountNumber: `0000${sourceAccountId}`,
    sourceCurrency: 'GBP',
    status: 'pending',
    targetAccountOptions: [
      { id: 't1', name: 'Business Current', accountNumber: '11111111' },
      { id: 't2', name: 'Savings', accountNumber: '22222222' },
    ],
    ...extra,
  };
}

export const companyInfo = { companyName: 'Bakery Ltd (Xero)', baseCurrency: 'GBP' };

export function pushOperation(
  key: string,
  status = 'Pending',
  extra: Record<string, unknown> = {},
) {
  return {
    companyId: COMPANY_ID,
    pushOperationKey: key,
    dataConnectionKey: CONNECTION_ID,
    requestedOnUtc: '2026-06-01T00:00:00Z',
    status,
    statusCode: status === 'Failed' ? 400 : 200,
    dataType: 'bankTransactions',
    ...extra,
  };
}

export function page<T>(results: T[], pageNumber = 1, totalResults = results.length, next = false) {
  return {
    results,
    pageNumber,
    pageSize: results.length || 100,
    totalResults,
    _links: {
      self: { href: '/x' },
      current: { href: '/x' },
      ...(next ? { next: { href: '/x?next' } } : {}),
    },
  };
}
