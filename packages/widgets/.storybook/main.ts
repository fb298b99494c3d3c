import type { StorybookConfig } from '@storybook/react-vite';
import { type Alias, defaultClientConditions } from 'vite';
import { isReactAsPreact } from '../build/react-as-preact.js';

// Stories live in stories/ (not src/: nothing of theirs reaches the bundle), fed by src/fixtures;
// each plugin's playground has its stories in plugins/<name>/stories/, shown (and tested) here too.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)', '../../../plugins/*/stories/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => {
    // vite.config.ts is the embed bundle's: its production `process.env.NODE_ENV` would hide React's
    // development warnings in stories (Storybook already leaves out its `build` section).
    const { 'process.env.NODE_ENV': _bundleMode, ...define } = viteConfig.define ?? {};
    // Storybook's own preview (React, axe) is large by nature; only the widgets' bundle has a budget.
    // The embed bundle runs on Preact; the stories show (and test) the components on React itself.
    const alias = Array.isArray(viteConfig.resolve?.alias) ? (viteConfig.resolve.alias as Alias[]).filter((entry) => !isReactAsPreact(entry)) : viteConfig.resolve?.alias;
    // Workspace packages resolve to their TypeScript sources (`source` export condition), so
    // Storybook runs on a fresh clone before anything is built (their `default` is an unbuilt dist/).
    const conditions = ['source', ...(viteConfig.resolve?.conditions ?? defaultClientConditions)];
    // The embed build's loader step expects the embed's own entries, which Storybook's build has not.
    const plugins = (viteConfig.plugins ?? []).filter((plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'tickets-embed-loader'));
    return { ...viteConfig, plugins, define, resolve: { ...viteConfig.resolve, alias, conditions }, build: { ...viteConfig.build, chunkSizeWarningLimit: 1500 } };
  },
};

export default config;
