import type { Decorator, Preview } from '@storybook/react-vite';

/**
 * Every story renders inside a frame that sets the language and the theme from the toolbar (or
 * from a story's own `globals`), so "French" and "dark" are one click away in any story.
 */
const withFrame: Decorator = (Story, { globals }) => {
  const locale = globals.locale === 'fr' ? 'fr' : 'en';
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  return (
    <div lang={locale} data-theme={theme} className="story-frame">
      <Story />
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
    layout: 'padded',
    // An axe violation fails the story's test, not just a warning in the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
