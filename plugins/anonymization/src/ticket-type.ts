import { defineTicketType } from '@tickets/plugin-kit';
import { anonymizationActions } from './actions.js';
import { AnonymizationRequest } from './anonymization-request.js';
import { AnonymizationStored } from './anonymization-stored.js';
import { ANONYMIZATION_LIFECYCLE, ANONYMIZATION_TRANSITIONS, TEAM } from './lifecycle.js';

export const anonymizationType = defineTicketType({
  type: 'anonymization',
  title: 'Anonymize an account',
  description: 'A person asks to be forgotten: their account only, or their account and competitor profile.',
  metadata: AnonymizationRequest,
  storedMetadata: AnonymizationStored,
  lifecycle: ANONYMIZATION_LIFECYCLE,
  transitions: ANONYMIZATION_TRANSITIONS,
  // The results team is assigned to every request; the requester is added by the core.
  startingStakeholders: () => [{ principal: { group: TEAM }, connection: 'assigned', role: 'actioner' }],
  actions: anonymizationActions,
  // The English of what its actions' checks (actions.ts) say only WRT may do; the server half's
  // `words` hold the other languages, every key.
  words: {
    'doing.anonymize': 'anonymize an account',
    'change.preview': 'preview',
    'doing.refreshPreview': 'refresh the preview of an anonymization',
    'doing.reject': 'reject an anonymization request',
  },
});
