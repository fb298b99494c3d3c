import type { Preview } from '@storybook/react-vite';
import { LanguageProvider } from '@tickets/plugin-kit/widget';
import { installPseudoLocale, PSEUDO_LOCALE } from '@tickets/plugin-kit/widget/testing';
import { createElement } from 'react';
import '../src/styles/widgets.css';

// The pseudo-locale: every text 40 % longer and accented, so truncation and untranslated words show.
installPseudoLocale();

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /At$/ } },
    // Every story is checked with axe; a violation fails its test (in Storybook and in vitest).
    a11y: { test: 'error' },
  },
  // The language every story speaks, from the toolbar (English by default; right to left mirrors the layout).
  globalTypes: {
    locale: {
      description: 'The language the widgets speak',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'pl', title: 'Polski' },
          { value: PSEUDO_LOCALE, title: 'Pseudo (longer, accented)' },
          { value: 'en-rtl', title: 'Right to left (English)' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en' },
  // Every story inside the widgets' root, as the custom elements render them: a standalone component
  // (a badge, the composer) gets the widgets' font, size and colours, not the browser's serif.
  decorators: [
    (Story, context) => {
      const chosen = String(context.globals['locale'] ?? 'en');
      const rtl = chosen.endsWith('-rtl');
      const locale = rtl ? chosen.slice(0, -4) : chosen;
      return createElement(
        LanguageProvider,
        { wanted: [locale], locale },
        createElement('div', { className: 'tk-root', lang: locale, dir: rtl ? 'rtl' : 'ltr' }, createElement(Story)),
      );
    },
  ],
};

export default preview;
