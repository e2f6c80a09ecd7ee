import { CompanyAccessTokenSchema } from '@bankfeeds/model';
import type { FakeContext } from './context';
import { requireCompany } from './lookup';
import type { WireOf } from './state';
import { checkedReply } from './validate';

/** `accessToken` as Codat sends it. */
export type CompanyAccessTokenBody = WireOf<typeof CompanyAccessTokenSchema>;

/** Seconds a company access token lives (one day). */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 86400;

/** `GET /companies/{id}/accessToken`: a new bearer token for that company only. */
export function mintAccessToken(ctx: FakeContext, companyId: string): CompanyAccessTokenBody {
  requireCompany(ctx, companyId);
  const accessToken = `fake-${ctx.random.hex(40)}`;
  ctx.state.accessTokens.set(accessToken, { companyId, expired: false });
  return checkedReply(
    CompanyAccessTokenSchema,
    { expiresIn: ACCESS_TOKEN_LIFETIME_SECONDS, accessToken, tokenType: 'Bearer' },
    'access token',
  );
}

/** The company a live token belongs to, or `null` when the fake never minted it or it expired. */
export function companyOfToken(ctx: FakeContext, token: string): string | null {
  const record = ctx.state.accessTokens.get(token);
  return record && !record.expired ? record.companyId : null;
}

/** Lets every token minted so far expire (to test a client's token refresh). */
export function expireAccessTokens(ctx: FakeContext): void {
  for (const record of ctx.state.accessTokens.values()) record.expired = true;
}
