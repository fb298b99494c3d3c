import type { SettingsCatalog } from '../../settings-messages.js';

export default {
  'settings.heading': 'Estados',
} satisfies SettingsCatalog;
