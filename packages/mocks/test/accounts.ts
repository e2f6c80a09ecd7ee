/** A valid v2 source account body (GBP current account), for tests that need one on a connection. */
export const gbpAccount = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  accountName: `Account ${id}`,
  accountType: 'checking',
  accountNumber: '12345678',
  sortCode: '40-47-84',
  currency: 'GBP',
  balance: 100,
  ...extra,
});
