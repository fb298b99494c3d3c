import { allOf, defineTicketType, invalidWords, onlyGroup, whileOpen } from '@tickets/plugin-kit';
import { z } from 'zod';

/** The group that handles these tickets (a group name in the host site's directory). */
export const TEAM = 'WST';

/**
 * What the type's schemas say of a field, as its words `invalid.<name>` (`invalidWords` below): the
 * server half's words hold each in Spanish and Polish, so the API says a refused field in the
 * reader's language.
 */
const INVALID = {
  pageNotAnAddress: 'Paste the address of the page where it happens.',
  descriptionTooShort: 'Describe what happens in a sentence or two.',
  descriptionTooLong: 'A description can be at most 5,000 characters long.',
  noteTooLong: 'A note can be at most 500 characters long.',
} as const;

/** What the person files. */
export const BugReport = z.object({
  // http(s) only: a `javascript:` or `data:` address is no page of the site, and would be a trap as a link.
  page: z.url({ protocol: /^https?$/, error: INVALID.pageNotAnAddress }),
  description: z.string().trim().min(10, INVALID.descriptionTooShort).max(5000, INVALID.descriptionTooLong),
});

/** What the type keeps: the report and the team's note. */
export const BugReportStored = BugReport.extend({ note: z.string().nullable() });
export type BugReportStored = z.infer<typeof BugReportStored>;

const note = z.string().trim().max(500, INVALID.noteTooLong).optional();

export const ticketType = defineTicketType({
  type: 'bug-report',
  title: 'Report a bug',
  metadata: BugReport,
  storedMetadata: BugReportStored,
  lifecycle: {
    statuses: [
      { name: 'Reported', category: 'triage', color: '#737278' },
      { name: 'Confirmed', category: 'to_do', color: '#1f75cb' },
      { name: 'Fixed', category: 'done', color: '#108548' },
      { name: 'Not a bug', category: 'canceled', color: '#dd2b0e' },
      { name: 'Duplicate', category: 'canceled', color: '#dd2b0e' },
    ],
    defaults: { open: 'Reported', closed: 'Fixed', duplicate: 'Duplicate' },
  },
  transitions: {
    Reported: { to: ['Confirmed', 'Not a bug', 'Duplicate'], by: [{ group: TEAM }] },
    Confirmed: { to: ['Fixed', 'Not a bug'], by: [{ group: TEAM }] },
  },
  // WST is assigned to every new ticket; the requester is added by the core.
  startingStakeholders: () => [{ principal: { group: TEAM }, connection: 'assigned', role: 'actioner' }],
  // The English of what the actions' checks say only WST may do, of what the log says they did and
  // of what the schemas say of a field; the server half's `words` hold the other languages, every key.
  words: {
    'doing.confirm': 'confirm a bug',
    'doing.markFixed': 'mark a bug as fixed',
    'change.note': 'note',
    'summary.confirmed': 'Confirmed the bug.',
    'summary.markedFixed': 'Marked the bug as fixed.',
    ...invalidWords(INVALID),
  },
  actions: {
    confirm: {
      title: 'Confirm the bug',
      input: z.object({ note }),
      can: allOf(whileOpen, onlyGroup(TEAM, 'confirm')),
    },
    markFixed: {
      title: 'Mark as fixed',
      input: z.object({ note }),
      can: allOf(whileOpen, onlyGroup(TEAM, 'markFixed')),
    },
  },
});

export default ticketType;
