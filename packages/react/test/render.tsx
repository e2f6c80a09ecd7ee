import type { ReactElement } from 'react';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../src/i18n/i18n-context';
import { fr } from '../src/locales/fr';

/** The kit's catalog for a test's locale: French for `fr…`, else English (the default). */
export const messagesFor = (locale: string) => (locale.startsWith('fr') ? fr : undefined);

/** Renders inside the kit's i18n provider and returns a user-event instance alongside. */
export function renderIn(
  ui: ReactElement,
  { locale = 'en-GB', ...options }: RenderOptions & { locale?: string } = {},
) {
  const user = userEvent.setup();
  const result = render(
    <I18nProvider locale={locale} messages={messagesFor(locale)}>
      {ui}
    </I18nProvider>,
    options,
  );
  return { user, ...result };
}
