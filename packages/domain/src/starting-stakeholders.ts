import { DomainError } from './errors.js';
import { samePrincipal, type PrincipalLabel, type Viewer } from './principals.js';
import type { NewStakeholder } from './stakeholder.js';
import type { StakeholderToAdd } from './stakeholder-rules.js';
import { canSeeTicket } from './visibility.js';

/*
 * Who a new ticket starts with (DOMAIN.md, "Ticket types": "the stakeholders a new ticket starts
 * with, e.g. requester + the results team as assigned"). The requester is always there, first, as an
 * active `cc` stakeholder with the role `requester`: they get the "received" and "closed" mails and
 * act as the requester whatever the type says. The type's own stakeholders come after, active. The
 * same principal may appear again with another connection (a requester who is also the assignee:
 * two rows, as `planAddStakeholder` allows); an entry repeating a principal with a connection it
 * already has adds nothing, so a ticket never starts with two active rows saying the same thing.
 */

export interface StartingStakeholdersInput {
  /** Who files the ticket: the requester, or someone filing on the requester's behalf (their team). */
  readonly filer: Viewer;
  /** Who asked: the filer, or the person the type files the ticket for. */
  readonly requester: PrincipalLabel;
  /** The stakeholders the type names for a new ticket, resolved to principals, in its order. */
  readonly typeStakeholders: readonly StakeholderToAdd[];
  /** The type, for the refusal: its key and title. */
  readonly ticketType: { readonly type: string; readonly title: string };
}

export interface StartingStakeholdersPlan {
  /** The rows to insert, in this order (the requester first). Recorded by the ticket's `ticket.created` entry. */
  readonly add: readonly NewStakeholder[];
}

/**
 * The stakeholders a new ticket starts with. Refused (`forbidden`, `ticket_type.filer_would_not_see`)
 * when the filer files for someone else and could not see the ticket afterwards: filing must not
 * create a ticket its filer has lost sight of.
 */
export function planStartingStakeholders(input: StartingStakeholdersInput): StartingStakeholdersPlan {
  const requester: NewStakeholder = { principal: input.requester, connection: 'cc', role: 'requester', isActive: true };
  const add: NewStakeholder[] = [requester];
  for (const listed of input.typeStakeholders) {
    const repeated = add.some((row) => row.connection === listed.connection && samePrincipal(row.principal, listed.principal));
    if (!repeated) add.push({ ...listed, isActive: true });
  }
  if (!canSeeTicket(input.filer, add)) {
    throw new DomainError(
      'forbidden',
      'ticket_type.filer_would_not_see',
      `You cannot file this '${input.ticketType.title}' ticket for ${input.requester.name}: you would not be able to see it afterwards. Ask the team it goes to, or a site admin.`,
      { type: input.ticketType.type, requesterId: input.requester.id },
    );
  }
  return { add };
}
