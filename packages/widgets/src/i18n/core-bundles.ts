import { kitMessages, type MessageBundle } from '@tickets/plugin-kit/widget';
import { queueMessages } from './queue-messages.js';
import { settingsMessages } from './settings-messages.js';
import { ticketMessages } from './ticket-messages.js';
import { widgetsMessages } from './widgets-messages.js';

/**
 * Every bundle of the core widgets, and the kit's (the shared parts of every playground): an element
 * loads each one's catalog before its first render, a test checks them all.
 */
export const CORE_BUNDLES: readonly MessageBundle[] = [widgetsMessages, ticketMessages, settingsMessages, queueMessages, kitMessages];
