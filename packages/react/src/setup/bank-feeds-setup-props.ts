import type { HTMLAttributes, ReactNode } from 'react';
import type {
  BankFeedsConnectionDetails,
  ConnectionEndedDetails,
  ConnectionStartedDetails,
} from './connection-details';
import type { BankFeedsErrorEvent, BankFeedsEvent } from './events';
import type { SetupView } from './setup-step';

/** Props of {@link BankFeedsSetup}. Every callback may change after mount; the latest one is called. */
export interface BankFeedsSetupProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError'> {
  /**
   * The journey has a Xero connection waiting for consent: it created it, found it, or was given
   * it (once per connection). Codat's moment to register the source accounts: return a promise
   * and "Connect Xero" waits for it; Xero is never opened while the connection has no account.
   * Takes a handler written for Codat's `onConnectionStarted` unchanged. @default undefined
   */
  onConnectionStarted?:
    ((connection: ConnectionStartedDetails) => void | PromiseLike<unknown>) | undefined;
  /** The Xero connection became `Linked` (Codat's `onConnection`). @default undefined */
  onConnection?: ((connection: BankFeedsConnectionDetails) => void) | undefined;
  /**
   * The user pressed Finish, with the accounts connected and failed in this session (Codat's
   * `onFinish()` takes it unchanged); unmount the journey then. @default undefined (no Finish button)
   */
  onFinish?: ((details: { connected: string[]; failed: string[] }) => void) | undefined;
  /** The user closed the journey; unmount it. @default undefined (no Close button) */
  onClose?: (() => void) | undefined;
  /**
   * Something failed, in Codat's `ErrorCallbackArgs` shape and more; `userRecoverable: false`
   * means the host should step in (Codat: unmount). @default undefined
   */
  onError?: ((error: BankFeedsErrorEvent) => void) | undefined;
  /**
   * What the manager's "Disconnect from Xero" does: `unlink` (the default: the connection can be
   * authorised again) or `delete` (removed for good). @default 'unlink'
   */
  disconnectMode?: 'unlink' | 'delete' | undefined;
  /** The customer ended the Xero connection from the manager (Codat's `onDisconnect`). @default undefined */
  onDisconnect?: ((connection: ConnectionEndedDetails) => void) | undefined;
  /** The customer chose to connect Xero again (Codat's `onReconnect`). @default undefined */
  onReconnect?: ((connection: BankFeedsConnectionDetails | null) => void) | undefined;
  /**
   * Codat's component's options, for a drop-in: `options.nonce` is the page's CSP nonce (as
   * the provider's `nonce`, which wins when both are given). @default undefined
   */
  options?: { nonce?: string | undefined } | undefined;
  /** Every step of the journey, typed, for analytics. @default undefined */
  onEvent?: ((event: BankFeedsEvent) => void) | undefined;
  /** Opens Xero's authorisation page. @default a new browser tab */
  openLink?: ((url: string) => void) | undefined;
  /** Where "Contact your bank" leads. @default undefined */
  supportHref?: string | undefined;
  /** The journey's title; `null` hides it. @default the translated title */
  heading?: ReactNode | undefined;
  /** Level of the journey's title; steps use the next level. @default 2 */
  headingLevel?: 2 | 3 | undefined;
  /**
   * The screen to start on. `auto` fits the customer's state: a returning customer whose accounts
   * are all connected starts on the manager (with a way to add accounts); otherwise mapping, with
   * connected accounts shown as such. `setup` always starts on mapping. @default 'auto'
   */
  initialView?: SetupView | undefined;
}
