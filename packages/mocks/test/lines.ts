import { TODAY } from './helpers';

/** A valid statement line dated the fake's today; its sign picks Credit or Debit. */
export const line = (id: string, amount: number, balance: number) => ({
  id,
  date: TODAY,
  description: `Line ${id}`,
  amount,
  balance,
  transactionType: amount >= 0 ? 'Credit' : 'Debit',
});

/** The push endpoint of a source account on a connection. */
export function pushPath(connectionPath: string, accountId = 'acc-001') {
  return `${connectionPath}/push/bankAccounts/${accountId}/bankTransactions`;
}
