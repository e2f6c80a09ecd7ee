import type { SetupRowView } from '@bankfeeds/client';

// Lookups over the machine's row views, made once per set of rows rather than once per question.

const choosers = new WeakMap<readonly SetupRowView[], Map<string, SetupRowView[]>>();

/**
 * The rows that chose each Xero account, by its id: worked out once per set of rows, when a
 * target list first asks (a list asks for every target it shows).
 */
export function choosersOf(rows: readonly SetupRowView[]): ReadonlyMap<string, SetupRowView[]> {
  let found = choosers.get(rows);
  if (!found) {
    found = new Map();
    for (const row of rows) {
      if (row.choice.kind !== 'existing') continue;
      const list = found.get(row.choice.targetAccountId);
      if (list) list.push(row);
      else found.set(row.choice.targetAccountId, [row]);
    }
    choosers.set(rows, found);
  }
  return found;
}

/**
 * Account names by id, kept while every row's account is: an edit makes new row views but keeps
 * their accounts, so `nameOf` (and with it the rows' actions) stays the same object.
 */
export function createNameIndex() {
  let accounts: readonly SetupRowView['account'][] = [];
  let names = new Map<string, string>();
  return (rows: readonly SetupRowView[]): ReadonlyMap<string, string> => {
    const next = rows.map((row) => row.account);
    if (next.length !== accounts.length || next.some((account, i) => account !== accounts[i])) {
      accounts = next;
      names = new Map(next.map((account) => [account.id, account.name]));
    }
    return names;
  };
}
