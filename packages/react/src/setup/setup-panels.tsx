'use client';
import type { MouseEvent, ReactNode, Ref } from 'react';
import { useI18n } from '../i18n/i18n-context';

const scope = 'bank-feeds-setup';

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
    <Heading ref={headingRef} tabIndex={-1} data-scope={scope} data-part="heading">
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
      data-scope={scope}
      data-part="steps"
      aria-label={t('setup.step', {
        current: current + 1,
        total: 3,
        name: t(`setup.step.${step}`),
      })}
    >
      {steps.map((name, index) => (
        <li
          key={name}
          data-scope={scope}
          data-part="step"
          data-state={index < current ? 'complete' : index === current ? 'current' : 'upcoming'}
          aria-current={index === current ? 'step' : undefined}
        >
          {t(`setup.step.${name}`)}
        </li>
      ))}
    </ol>
  );
}

/** Asks the user to authorise Xero; the link opens Xero in a new tab. */
export function ConnectPanel({
  linkUrl,
  watching,
  onOpen,
  onCheck,
  heading,
}: {
  linkUrl: string | null;
  watching: boolean;
  onOpen(event: MouseEvent<HTMLAnchorElement>): void;
  onCheck(): void;
  heading: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section data-scope={scope} data-part="panel" data-state="connect">
      {heading}
      <p>{t('setup.needsAuth.body')}</p>
      <div data-scope={scope} data-part="actions">
        {linkUrl ? (
          <a
            href={linkUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-scope={scope}
            data-part="link"
            data-variant="primary"
            onClick={onOpen}
          >
            {t('setup.needsAuth.connect')}
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
