import { createSetupStore, type BankFeedsClient, type TargetChoice } from '@bankfeeds/client';
import {
  BankFeedMappingSchema,
  ConnectionSchema,
  SourceAccountSchema,
  type BankFeedMapping,
} from '@bankfeeds/model';
import { TARGETS, TODAY, type ParityCase } from './cases';

export const idOf = (name: string) => `acc-${name.toLowerCase()}`;

const choiceOf = (choice: string | undefined): TargetChoice =>
  !choice || choice === 'skip'
    ? { kind: 'skip' }
    : choice === 'new'
      ? { kind: 'new' }
      : { kind: 'existing', targetAccountId: choice };

/** Plays a case through the headless setup store: loads it, chooses, submits, reads `problems`. */
export function playHeadless(testCase: ParityCase) {
  const sent: unknown[] = [];
  const client = {
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
  const { send } = store.getState();
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
  send({
    type: 'LOAD.DONE',
    connection: ConnectionSchema.parse({
      id: 'k',
      integrationId: 'i',
      integrationKey: 'gbol',
      sourceId: 's',
      sourceType: 'Accounting',
      platformName: 'Xero',
      linkUrl: 'https://link.example/start',
      status: 'Linked',
      created: '2026-01-01T00:00:00Z',
    }),
    sourceAccounts: testCase.accounts.map((account) =>
      SourceAccountSchema.parse({
        id: idOf(account.name),
        accountName: account.name,
        accountType: 'checking',
        accountNumber: null,
        currency: account.currency ?? 'GBP',
        balance: 100,
        status: account.connectedTo ? 'connected' : 'pending',
      }),
    ),
    mappings,
    companyInfo: {
      companyName: 'Org',
      planType: null,
      currencies: [],
      ...(testCase.organisation ?? { baseCurrency: 'GBP', multicurrencyEnabled: true }),
    },
  });
  for (const account of testCase.accounts) {
    if (account.connectedTo) continue;
    const id = idOf(account.name);
    send({ type: 'ROW.CHOOSE', sourceAccountId: id, choice: choiceOf(account.choice) });
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
