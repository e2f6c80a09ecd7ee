import type { Random } from '../random';
import type { FakeContext } from './context';
import type { ConnectionRecord } from './state';

/**
 * Codat's `linkUrl`s carry a one-time password (`…/start?otp=742271`): a link works once and
 * expires one day after it was handed out even if unused; reading the connection again gives a
 * new one (`docs/auth-flow/build/build-your-own-authorization-journey.md`). The fake hands out a
 * fresh password on every read of a connection (get, list, create, and a company's
 * `dataConnections`), from a seeded generator of its own so the data's ids never depend on how
 * often a connection was read.
 */

/** A link's lifetime: one day, on the fake's clock. */
export const LINK_LIFETIME_MS = 86_400_000;

/** The connection's link, without the password. */
export function linkBaseOf(ctx: FakeContext, connection: ConnectionRecord): string {
  return `${ctx.linkBaseUrl}/companies/${connection.companyId}/connections/${connection.id}`;
}

/** Forgets passwords that can no longer be used, so frequent reads do not grow the record. */
function prune(ctx: FakeContext, connection: ConnectionRecord): void {
  const now = ctx.peekTime();
  for (const [otp, record] of connection.linkPasswords)
    if (record.state === 'used' || now >= record.expiresAt) connection.linkPasswords.delete(otp);
}

/** A fresh `linkUrl` with a new six-digit one-time password that works for one day. */
export function issueLinkUrl(
  ctx: FakeContext,
  connection: ConnectionRecord,
  random: Random = ctx.linkRandom,
): string {
  prune(ctx, connection);
  let otp: string;
  do otp = String(random.int(1_000_000)).padStart(6, '0');
  while (connection.linkPasswords.has(otp));
  connection.linkPasswords.set(otp, {
    expiresAt: ctx.peekTime() + LINK_LIFETIME_MS,
    state: 'issued',
  });
  return `${linkBaseOf(ctx, connection)}/start?otp=${otp}`;
}

/** What happened to a link that was used. */
export type LinkUse = 'ok' | 'expired-or-used';

/**
 * Uses a link's password: `open` shows the consent page (once), `decide` allows or cancels
 * (once; the page's buttons carry the password it was opened with). An unknown, expired or
 * already used password is refused, and the connection is left as it is.
 */
export function spendLinkPassword(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  otp: string | null,
  step: 'open' | 'decide',
): LinkUse {
  const connection = ctx.state.connections.get(connectionId);
  const record =
    otp === null || connection?.companyId !== companyId
      ? undefined
      : connection.linkPasswords.get(otp);
  if (!record || record.state === 'used' || ctx.peekTime() >= record.expiresAt)
    return 'expired-or-used';
  if (step === 'open') {
    if (record.state !== 'issued') return 'expired-or-used';
    record.state = 'opened';
  } else record.state = 'used';
  return 'ok';
}
