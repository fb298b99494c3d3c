import { defineTicketType } from '@tickets/plugin-kit';
import { z } from 'zod';

/** The teams a person may write to through the contact form, by their group name. */
export const CONTACT_TEAMS = ['WST', 'WRT', 'WCAT'] as const;

export const ContactMetadata = z.object({
  team: z.enum(CONTACT_TEAMS, { message: `Choose the team to contact: ${CONTACT_TEAMS.join(', ')}.` }),
  message: z
    .string()
    .trim()
    .min(10, 'Write at least a sentence (10 characters) so the team knows what you need.')
    .max(5000, 'A message can be at most 5,000 characters long.'),
});
export type ContactMetadata = z.infer<typeof ContactMetadata>;

/**
 * A question to one team. Uses the namespace's system lifecycle (To do → In progress → Done) and
 * lets anyone who may act move it; the chosen team is assigned.
 */
export const contactTicketType = defineTicketType({
  type: 'contact',
  title: 'Contact a team',
  description: 'A question or request to one of the teams, from the contact form.',
  metadata: ContactMetadata,
  startingStakeholders: ({ metadata }) => [{ principal: { group: metadata.team }, connection: 'assigned', role: 'actioner' }],
});
