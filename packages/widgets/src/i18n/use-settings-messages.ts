import { useMessages } from '@tickets/plugin-kit/widget';
import { settingsMessages } from './settings-messages.js';

/**
 * The status settings' messages in the reader's language. System statuses and categories are the
 * core bundle's words (`statusName`, `categoryName` with `useWidgetsMessages().t`).
 */
export function useSettingsMessages() {
  return useMessages(settingsMessages);
}
