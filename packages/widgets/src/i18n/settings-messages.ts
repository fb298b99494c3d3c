import { defineMessages, type Messages } from '@tickets/plugin-kit/widget';
import en from './catalogs/settings/en.js';

/** The status settings' words (`<tickets-status-settings>`): a bundle of its own, so the catalogs stay by area. */
export const settingsMessages = defineMessages('widgets-settings', en, {
  es: () => import('./catalogs/settings/es.js'),
  pl: () => import('./catalogs/settings/pl.js'),
});

export type SettingsMessageKey = keyof typeof en;
export type SettingsCatalog = Messages<SettingsMessageKey>;
