// The browser half of the `anonymization` type: its playground on the ticket page. Import it as
// `@tickets/plugin-anonymization/widget` and register it with the widgets (`registerPlaygrounds`
// or the `playgrounds` prop). Zod-free: it imports the type's values only from zod-free modules.
import { definePlayground } from '@tickets/plugin-kit/widget';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { AnonymizationReview } from './AnonymizationReview.js';
import { anonymizationMessages } from './i18n/messages.js';

export { AnonymizationReview } from './AnonymizationReview.js';
export { PreviewTable, type PreviewTableProps } from './PreviewTable.js';
export { anonymizationMessages } from './i18n/messages.js';

/** The results team (actioners) review and anonymize; the requester has no playground. */
export const playground = definePlayground<AnonymizationStored>({
  type: 'anonymization',
  views: { actioner: AnonymizationReview, requester: null },
  messages: anonymizationMessages,
});

export default playground;
