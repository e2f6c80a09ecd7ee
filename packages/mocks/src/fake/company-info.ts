import { CompanyInformationSchema, type CompanyInformation } from '@bankfeeds/model';
import type { FakeContext } from './context';
import { connectionNotLinked } from './errors';
import { requireConnection } from './lookup';
import type { WireOf } from './state';
import { checkedReply } from './validate';

/** `bankFeeds/info` as Codat sends it. */
export type CompanyInformationBody = WireOf<typeof CompanyInformationSchema>;

/**
 * `GET …/bankFeeds/info`: the Xero organisation behind the connection. Codat keeps it once the
 * user has consented, so only a connection never authorised (`PendingAuth`) answers 400.
 */
export function getCompanyInformation(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
): CompanyInformationBody {
  const connection = requireConnection(ctx, companyId, connectionId);
  if (connection.status === 'PendingAuth')
    throw connectionNotLinked(connectionId, connection.status);
  const organisation = connection.organisation;
  const body: CompanyInformationBody = {
    companyName: organisation.name,
    baseCurrency: organisation.baseCurrency,
    planType: organisation.planType,
    multicurrencyEnabled: organisation.multicurrencyEnabled,
    currencies: [...organisation.currencies] satisfies CompanyInformation['currencies'],
  };
  return checkedReply(CompanyInformationSchema, body, 'company information');
}
