import { allOf, onlyGroup, rejectionInput, type TicketActionDefinition, whileOpen } from '@tickets/plugin-kit';
import { z } from 'zod';
import type { AnonymizationStored } from './anonymization-stored.js';
import { TEAM } from './lifecycle.js';

const NoInput = z.object({});

/** The kit's rule for every type's rejections: 3 to 1,000 characters. */
export const RejectInput = rejectionInput('request');

// Who may act comes first: someone outside the team is told so, whatever state the ticket is in.
export const anonymizationActions = {
  anonymize: {
    title: 'Anonymize',
    description: 'Replaces the personal data of the account (and, in scope "account and profile", of the competitor profile) as the preview shows. Safe to run twice.',
    input: NoInput,
    can: allOf(onlyGroup(TEAM, 'anonymize'), whileOpen),
  },
  refreshPreview: {
    title: 'Refresh the preview',
    description: 'Reads the directory again and stores what anonymizing would replace now.',
    input: NoInput,
    can: allOf(onlyGroup(TEAM, 'refreshPreview'), whileOpen),
  },
  reject: {
    title: 'Reject the request',
    input: RejectInput,
    can: allOf(onlyGroup(TEAM, 'reject'), whileOpen),
  },
} satisfies Record<string, TicketActionDefinition<AnonymizationStored>>;
