'use client';
import type { MouseEvent, ReactNode, Ref } from 'react';
import type { ConsentFailure } from '@bankfeeds/client';
import { useI18n } from '../i18n/i18n-context';
import { bankFeedsSetupAnatomy } from './anatomy';

/** A step's heading; focus moves here when the step changes. */
export function PanelHeading({
  level,
  headingRef,
  children,
}: {
  level: 2 | 3 | 4;
  headingRef: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  const Heading = `h${level}` as const;
  return (
    <Heading ref={headingRef} tabIndex={-1} {...bankFeedsSetupAnatomy.attrs('heading')}>
      {children}
    </Heading>
  );
}

/** The step list: where the user is in the journey. */
export function StepIndicator({ step }: { step: 'connect' | 'map' | 'done' }) {
  const { t } = useI18n();
  const steps = ['connect', 'map', 'done'] as const;
  const current = steps.indexOf(step);
  return (
    <ol
      {...bankFeedsSetupAnatomy.attrs('steps')}
      aria-label={t('setup.step', {
        current: current + 1,
        total: 3,
        name: t(`setup.step.${step}`),
      })}
    >
      {steps.map((name, index) => (
        <li
          key={name}
          {...bankFeedsSetupAnatomy.attrs('step')}
          data-state={index < current ? 'complete' : index === current ? 'current' : 'upcoming'}
          aria-current={index === current ? 'step' : undefined}
        >
          {t(`setup.step.${name}`)}
        </li>
      ))}
    </ol>
  );
}

/**
 * Asks the user to authorise Xero; the link opens Xero in a new tab. After a failed consent it
 * says why, in an alert, and the same link (a fresh one is read on click) tries again. While the
 * bank registers the accounts (`preparing`), or when the connection has none (`noAccounts`:
 * Xero's consent would fail), there is no link to follow, and the panel says why.
 */
export function ConnectPanel({
  linkUrl,
  watching,
  preparing,
  noAccounts,
  failure,
  onOpen,
  onCheck,
  heading,
}: {
  linkUrl: string | null;
  watching: boolean;
  preparing: boolean;
  noAccounts: boolean;
  /** Why the last consent failed; `null` before any try or while waiting. */
  failure: ConsentFailure | null;
  onOpen(event: MouseEvent<HTMLAnchorElement>): void;
  onCheck(): void;
  heading: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section
      {...bankFeedsSetupAnatomy.attrs('panel')}
      data-state={failure ? 'connect-failed' : 'connect'}
    >
      {heading}
      {failure ? (
        <div role="alert" {...bankFeedsSetupAnatomy.attrs('alert')} data-code={failure.reason}>
          <p data-part="alert-message">{t(`setup.authFailed.${failure.reason}`)}</p>
        </div>
      ) : (
        <p>{t('setup.needsAuth.body')}</p>
      )}
      {preparing ? (
        <p role="status" data-part="hint">
          {t('setup.needsAuth.preparing')}
        </p>
      ) : noAccounts ? (
        <div role="alert" {...bankFeedsSetupAnatomy.attrs('alert')} data-code="no-source-accounts">
          <p data-part="alert-message">{t('setup.needsAuth.noAccounts')}</p>
        </div>
      ) : null}
      <div {...bankFeedsSetupAnatomy.attrs('actions')}>
        {preparing || noAccounts ? (
          // Xero's consent fails without an account: no way there until the bank has added one.
          <button type="button" data-variant="primary" disabled>
            {t('setup.needsAuth.connect')}
          </button>
        ) : null}
        {noAccounts && !preparing ? (
          <button type="button" onClick={onCheck}>
            {t('setup.needsAuth.checkAccounts')}
          </button>
        ) : null}
        {linkUrl && !preparing && !noAccounts ? (
          <a
            href={linkUrl}
            target="_blank"
            rel="noopener noreferrer"
            {...bankFeedsSetupAnatomy.attrs('link')}
            data-variant="primary"
            onClick={onOpen}
          >
            {t(failure ? 'setup.authFailed.retry' : 'setup.needsAuth.connect')}
          </a>
        ) : null}
        {watching ? (
          <button type="button" onClick={onCheck}>
            {t('setup.needsAuth.check')}
          </button>
        ) : null}
      </div>
      {watching ? <p data-part="hint">{t('setup.needsAuth.waiting')}</p> : null}
    </section>
  );
}
