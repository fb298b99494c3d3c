import type { Preview } from '@storybook/react-vite';
import '../src/styles/widgets.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /At$/ } },
    // Every story is checked with axe; a violation fails its test (in Storybook and in vitest).
    a11y: { test: 'error' },
  },
};

export default preview;
