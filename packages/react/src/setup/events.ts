import type { ErrorCode } from '@bankfeeds/model';
import type { SetupDomainEvent } from '@bankfeeds/client';

/** The journey's screens. */
export type SetupStep = 'loading' | 'connect' | 'map' | 'done' | 'manage' | 'error';

/**
 * An error as the host's `onError` receives it: Codat's `ErrorCallbackArgs` (`correlationId?`,
 * `message?`, `errorCode?`, `userRecoverable`), so a handler written for Codat's component takes
 * it unchanged, plus the kit's typed `code` and details.
 */
export interface BankFeedsErrorEvent {
  code: ErrorCode;
  /** Technical message (English); show the kit's translated text to users instead. */
  message: string;
  /**
   * Codat's detailed error code when the reply had one, else the HTTP status; absent for a
   * failure that never got a reply (network, timeout). As Codat's `errorCode`.
   */
  errorCode?: number;
  /** Codat's correlation id, to quote to support; absent when there is none (never `null`). */
  correlationId?: string;
  status: number | null;
  retryable: boolean;
  /** `false` when nothing the user can do here will fix it: the host should step in (e.g. unmount). */
  userRecoverable: boolean;
  /** The source account it concerns, for a failed feed. */
  sourceAccountId: string | null;
}

/**
 * Every analytics event the journey emits, discriminated by `type`. Carries no personal data.
 * The setup machine's own events ({@link SetupDomainEvent}: status, link, feeds, completion,
 * errors) come from the store as it emits them, the same a headless integrator gets; the journey
 * adds those of its screens and buttons.
 */
export type BankFeedsEvent =
  | SetupDomainEvent
  | { type: 'step.viewed'; step: SetupStep }
  | { type: 'xero.link.opened'; connectionId: string }
  | { type: 'feed.disconnected'; sourceAccountId: string }
  /** The customer ended the Xero connection from the manager (`unlink` or `delete`). */
  | { type: 'connection.ended'; connectionId: string; mode: 'unlink' | 'delete' }
  /** The journey failed to open Xero's page (reading a fresh link). */
  | { type: 'error'; code: ErrorCode; userRecoverable: boolean }
  | { type: 'finished' }
  | { type: 'closed' };
