import { allOf, onlyGroup, type TicketActionDefinition, whileOpen } from '@tickets/plugin-kit';
import { z } from 'zod';
import { MAX_REASON_LENGTH } from './anonymization-request.js';
import type { AnonymizationStored } from './anonymization-stored.js';
import { TEAM } from './lifecycle.js';

const NoInput = z.object({});

export const RejectInput = z.object({
  reason: z
    .string({ error: 'Say why the request is rejected; the requester reads it.' })
    .trim()
    .min(1, 'Say why the request is rejected; the requester reads it.')
    .max(MAX_REASON_LENGTH, `A reason can be at most ${MAX_REASON_LENGTH.toLocaleString('en')} characters long.`),
});

// Who may act comes first: someone outside the team is told so, whatever state the ticket is in.
export const anonymizationActions = {
  anonymize: {
    title: 'Anonymize',
    description: 'Replaces the personal data of the account (and, in scope "account and profile", of the competitor profile) as the preview shows. Safe to run twice.',
    input: NoInput,
    can: allOf(onlyGroup(TEAM, 'anonymize an account'), whileOpen),
  },
  refreshPreview: {
    title: 'Refresh the preview',
    description: 'Reads the directory again and stores what anonymizing would replace now.',
    input: NoInput,
    can: allOf(onlyGroup(TEAM, 'refresh the preview of an anonymization'), whileOpen),
  },
  reject: {
    title: 'Reject the request',
    input: RejectInput,
    can: allOf(onlyGroup(TEAM, 'reject an anonymization request'), whileOpen),
  },
} satisfies Record<string, TicketActionDefinition<AnonymizationStored>>;
