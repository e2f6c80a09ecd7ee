import type { ErrorCode } from '@bankfeeds/model';
import type { ConsentFailureReason, SetupStatus } from '@bankfeeds/client';

/** The journey's screens. */
export type SetupStep = 'loading' | 'connect' | 'map' | 'done' | 'manage' | 'error';

/** An error as the host's `onError` receives it (the shape of Codat's embedded component, typed). */
export interface BankFeedsErrorEvent {
  code: ErrorCode;
  /** Technical message (English); show the kit's translated text to users instead. */
  message: string;
  correlationId: string | null;
  status: number | null;
  retryable: boolean;
  /** `false` when nothing the user can do here will fix it: the host should step in (e.g. unmount). */
  userRecoverable: boolean;
  /** The source account it concerns, for a failed feed. */
  sourceAccountId: string | null;
}

/** Every analytics event the journey emits, discriminated by `type`. Carries no personal data. */
export type BankFeedsEvent =
  | { type: 'step.viewed'; step: SetupStep }
  | { type: 'status.changed'; status: SetupStatus }
  | { type: 'xero.link.opened'; connectionId: string }
  | { type: 'connection.linked'; connectionId: string }
  /** Xero's consent failed: the user cancelled, or Codat or Xero refused it. */
  | { type: 'connection.failed'; connectionId: string; reason: ConsentFailureReason }
  | { type: 'mapping.submitted'; count: number }
  | { type: 'feed.connected'; sourceAccountId: string }
  | { type: 'feed.failed'; sourceAccountId: string; code: ErrorCode }
  | { type: 'feed.disconnected'; sourceAccountId: string }
  | { type: 'setup.completed'; connected: number; failed: number }
  | { type: 'error'; code: ErrorCode; userRecoverable: boolean }
  | { type: 'finished' }
  | { type: 'closed' };
