import { XERO_PLATFORM_KEY, type Connection } from '@bankfeeds/model';

/** The kinds of platform a Codat connection points at (a Xero connection is `Accounting`). */
export type ConnectionSourceType = Connection['sourceType'];

/**
 * A connection as `onConnection` receives it: the shape of Codat's `ConnectionCallbackArgs`, so a
 * handler written for Codat's component takes it unchanged.
 */
export interface BankFeedsConnectionDetails {
  connectionId: string;
  integrationId: string;
  /** Codat's platform key (`gbol` for Xero). */
  integrationKey: string;
  platformName: string;
  sourceId: string;
  sourceType: ConnectionSourceType;
}

/**
 * A connection waiting for consent, as `onConnectionStarted` receives it: Codat's shape plus
 * where the user will authorise it and whether the journey has just created it.
 */
export interface ConnectionStartedDetails extends BankFeedsConnectionDetails {
  /** Xero's authorisation page (a one-time link: the journey reads a fresh one to open it). */
  linkUrl: string;
  /** Whether the journey created the connection now (rather than finding it). */
  created: boolean;
}

/** A connection the customer ended, as `onDisconnect` receives it: Codat's shape, and how. */
export interface ConnectionEndedDetails extends BankFeedsConnectionDetails {
  /** `unlink`: it stays, `Unlinked`, and can be authorised again; `delete`: it is gone. */
  mode: 'unlink' | 'delete';
}

/** A Codat connection as the journey's callbacks report it. */
export function connectionDetails(connection: Connection): BankFeedsConnectionDetails {
  return {
    connectionId: connection.id,
    integrationId: connection.integrationId,
    // Codat always sends it; the model keeps it optional, and the kit works with Xero only.
    integrationKey: connection.integrationKey ?? XERO_PLATFORM_KEY,
    platformName: connection.platformName,
    sourceId: connection.sourceId,
    sourceType: connection.sourceType,
  };
}
