import type { SettingsCatalog } from '../../settings-messages.js';

export default {
  'settings.heading': 'Statusy',
} satisfies SettingsCatalog;
