import { I18nProvider } from '@bankfeeds/react';
import { fr } from '@bankfeeds/react/locales/fr';
import type { Decorator, Preview } from '@storybook/react-vite';
// Inlined so the "unstyled" stories can leave it out: the kit's theme is opt-in.
import kitStyles from '../packages/react/src/styles.css?inline';

/**
 * Every story renders inside a frame that sets the language and the theme from the toolbar (or
 * from a story's own `globals`), so "French" and "dark" are one click away in any story.
 * `parameters.unstyled: true` leaves out styles.css, to show the bare parts.
 */
const withFrame: Decorator = (Story, { globals, parameters }) => {
  const locale = globals.locale === 'fr' ? 'fr-FR' : 'en-GB';
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  const styled = parameters.unstyled !== true;
  return (
    <div
      lang={locale.slice(0, 2)}
      data-theme={theme}
      style={{
        padding: '1rem',
        background: styled ? 'var(--bf-background)' : undefined,
        color: styled ? 'var(--bf-foreground)' : undefined,
        fontFamily: styled ? 'var(--bf-font-family)' : undefined,
      }}
    >
      {styled && <style>{kitStyles}</style>}
      <I18nProvider locale={locale} messages={globals.locale === 'fr' ? fr : undefined}>
        <Story />
      </I18nProvider>
    </div>
  );
};

const preview: Preview = {
  decorators: [withFrame],
  initialGlobals: { locale: 'en', theme: 'light' },
  globalTypes: {
    locale: {
      description: 'Language of the kit',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
      },
    },
    theme: {
      description: 'Colour scheme of the kit’s styles.css',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
  },
  parameters: {
    layout: 'fullscreen',
    // An axe violation fails the story's test, not just a warning in the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
