import { defineTicketType, invalidWords } from '@tickets/plugin-kit';
import { z } from 'zod';

/** The teams a person may write to through the contact form, by their group name. */
export const CONTACT_TEAMS = ['WST', 'WRT', 'WCAT'] as const;

/**
 * What the type's schema says of a field, as its words `invalid.<name>` (`invalidWords` below): the
 * server half's words hold each in Spanish and Polish, so the API says a refused field in the
 * reader's language.
 */
const INVALID = {
  chooseTeam: `Choose the team to contact: ${CONTACT_TEAMS.join(', ')}.`,
  messageTooShort: 'Write at least a sentence (10 characters) so the team knows what you need.',
  messageTooLong: 'A message can be at most 5,000 characters long.',
} as const;

export const ContactMetadata = z.object({
  team: z.enum(CONTACT_TEAMS, { message: INVALID.chooseTeam }),
  message: z.string().trim().min(10, INVALID.messageTooShort).max(5000, INVALID.messageTooLong),
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
  words: { ...invalidWords(INVALID) },
});
