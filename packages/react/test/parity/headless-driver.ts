import { createSetupStore, type BankFeedsClient } from '@bankfeeds/client';
import {
  BankFeedMappingSchema,
  ConnectionSchema,
  SourceAccountSchema,
  type BankFeedMapping,
} from '@bankfeeds/model';
import { SKIP, TARGETS, TODAY, type ParityCase } from './cases';

export const idOf = (name: string) => `acc-${name.toLowerCase()}`;

/**
 * Plays a case through the headless setup store as an integrator does: it loads the case from
 * a client, then chooses, submits and reads `problems`.
 */
export async function playHeadless(testCase: ParityCase) {
  const sent: unknown[] = [];
  const mappings: BankFeedMapping[] = testCase.accounts.map((account) =>
    BankFeedMappingSchema.parse({
      sourceAccountId: idOf(account.name),
      sourceAccountName: account.name,
      sourceCurrency: account.currency ?? 'GBP',
      status: account.connectedTo ? 'connected' : 'pending',
      ...(account.connectedTo
        ? { targetAccountId: account.connectedTo, targetAccountName: 'Xero', feedStartDate: TODAY }
        : {}),
      targetAccountOptions: TARGETS,
    }),
  );
  const connection = ConnectionSchema.parse({
    id: 'k',
    integrationId: 'i',
    integrationKey: 'gbol',
    sourceId: 's',
    sourceType: 'Accounting',
    platformName: 'Xero',
    linkUrl: 'https://link.example/start',
    status: 'Linked',
    created: '2026-01-01T00:00:00Z',
  });
  const sourceAccounts = testCase.accounts.map((account) =>
    SourceAccountSchema.parse({
      id: idOf(account.name),
      accountName: account.name,
      accountType: 'checking',
      accountNumber: null,
      currency: account.currency ?? 'GBP',
      balance: 100,
      status: account.connectedTo ? 'connected' : 'pending',
    }),
  );
  const companyInfo = {
    companyName: 'Org',
    planType: null,
    currencies: [],
    ...(testCase.organisation ?? { baseCurrency: 'GBP', multicurrencyEnabled: true }),
  };
  const client = {
    getConnection: () => Promise.resolve(connection),
    listSourceAccounts: () => Promise.resolve(sourceAccounts),
    getMappings: () => Promise.resolve(mappings),
    getCompanyInformation: () => Promise.resolve(companyInfo),
    createMapping: (...args: unknown[]) => {
      sent.push(args);
      return new Promise(() => {});
    },
  } as unknown as BankFeedsClient;
  const store = createSetupStore({
    client,
    companyId: 'c',
    connectionId: 'k',
    today: TODAY,
    autoLoad: false,
  });
  store.start();
  await new Promise<void>((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (state.status !== 'loading') resolve(unsubscribe());
    });
  });
  const { send } = store.getState();
  for (const account of testCase.accounts) {
    if (account.connectedTo) continue;
    const id = idOf(account.name);
    send({ type: 'ROW.CHOOSE', sourceAccountId: id, choice: account.choice ?? SKIP });
    if (account.date !== undefined) {
      send({ type: 'ROW.SET_START_DATE', sourceAccountId: id, feedStartDate: account.date });
    }
  }
  store.getState().submit();
  const state = store.getState();
  store.stop();
  const problems: Record<string, string[]> = {};
  for (const account of testCase.accounts) {
    const list = state.rows[idOf(account.name)]!.problems;
    if (list.length > 0) problems[account.name] = list.map((problem) => problem.code);
  }
  return { sent: sent.length > 0, problems, attempted: state.submitAttempted };
}
