import type { Preview } from '@storybook/react-vite';
import { createElement } from 'react';
import '../src/styles/widgets.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /At$/ } },
    // Every story is checked with axe; a violation fails its test (in Storybook and in vitest).
    a11y: { test: 'error' },
  },
  // Every story inside the widgets' root, as the custom elements render them: a standalone component
  // (a badge, the composer) gets the widgets' font, size and colours, not the browser's serif.
  decorators: [(Story) => createElement('div', { className: 'tk-root' }, createElement(Story))],
};

export default preview;
