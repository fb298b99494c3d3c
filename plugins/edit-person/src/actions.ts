import { type ActionCheckContext, allOf, onlyGroup, type Refusal, refuse, rejectionInput, type TicketActions, whileOpen } from '@tickets/plugin-kit';
import { z } from 'zod';
import type { EditPersonStored } from './edit-person-stored.js';
import { INVALID } from './invalid-sentences.js';
import { TEAM } from './lifecycle.js';
import { FieldChange, PersonFieldName } from './person-fields.js';

/**
 * A `can` check: only the stakeholder who asked (acting as the requester). `doing` names the type's
 * `doing.<name>` phrase, as in `onlyGroup`, so the sentence reads in the reader's language.
 */
export function onlyRequester(doing: string): (context: ActionCheckContext<unknown>) => true | Refusal {
  return (context) => (context.actingAs.role === 'requester' ? true : refuse('onlyRequester', undefined, { doing: `doing.${doing}` }));
}

const teamWhileOpen = (doing: string) => allOf(whileOpen, onlyGroup(TEAM, doing));

/**
 * The team works on the request (fields, sync, apply, reject); the requester may only withdraw it.
 * Whether the profile is in sync with the old values needs the directory, so the apply effects
 * check that, not `can`.
 */
export const editPersonActions = {
  addField: {
    title: 'Add a field',
    description: 'Ask for one more field to change; its current value is read from the profile.',
    input: FieldChange,
    can: teamWhileOpen('addField'),
  },
  editField: {
    title: 'Edit a field',
    description: 'Change the new value requested for a field.',
    input: FieldChange,
    can: teamWhileOpen('editField'),
  },
  dropField: {
    title: 'Drop a field',
    description: 'Leave a field out of the change.',
    input: z.object({ field: PersonFieldName }),
    can: teamWhileOpen('dropField'),
  },
  syncOldValues: {
    title: 'Sync the old values',
    description: 'Read the current values from the profile again, when it changed since the request was filed.',
    input: z.object({}),
    can: teamWhileOpen('syncOldValues'),
  },
  applyAsFix: {
    title: 'Apply as fix',
    description: 'Correct a mistake in the profile: the old values were never true, so no history is kept.',
    input: z.object({}),
    can: teamWhileOpen('applyChange'),
  },
  applyAsUpdate: {
    title: 'Apply as update',
    description: "Record a real change (e.g. a new name): the old values are kept in the person's history.",
    input: z.object({}),
    can: teamWhileOpen('applyChange'),
  },
  reject: {
    title: 'Reject',
    description: 'Refuse the change, saying why.',
    input: rejectionInput('request'),
    can: teamWhileOpen('reject'),
  },
  withdraw: {
    title: 'Withdraw the request',
    description: 'The requester no longer wants the change.',
    input: z.object({ reason: z.string().trim().max(500, INVALID.withdrawalTooLong).optional() }),
    can: allOf(whileOpen, onlyRequester('withdraw')),
  },
} satisfies TicketActions<z.ZodType<EditPersonStored>>;
