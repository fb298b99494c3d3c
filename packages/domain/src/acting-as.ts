import { DomainError } from './errors.js';
import { viewerEmbodies, type Viewer } from './principals.js';
import type { Connection, Stakeholder, StakeholderId, StakeholderRole } from './stakeholder.js';
import { findTicketStakeholder } from './stakeholder-lookup.js';
import { describeStakeholderForPeople, listAll, listAlternatives } from './stakeholder-wording.js';
import { actableStakeholders } from './visibility.js';

/**
 * The stakeholder the viewer acts as for one change, to be recorded with it. The same rule decides
 * whom a comment is written on behalf of ("by Ana on behalf of WRT"): a user speaks only for
 * themselves or for a group (or plugin-kind principal) they belong to, and only while it is active.
 *
 * With `requestedStakeholderId`, that stakeholder must be one the viewer may act as. Without it, the
 * viewer's only actable stakeholder is chosen; when there are several the viewer must choose
 * (`stakeholder.acting_as_required`, the choices in `details.choices`), because which one they act
 * as changes what the log says and which transitions they may make.
 */
export function resolveActingAs(
  viewer: Viewer,
  stakeholders: readonly Stakeholder[],
  requestedStakeholderId?: StakeholderId | null,
): Stakeholder {
  const actable = actableStakeholders(viewer, stakeholders);
  if (requestedStakeholderId !== undefined && requestedStakeholderId !== null) {
    return checkRequested(viewer, stakeholders, actable, requestedStakeholderId);
  }
  const [only, ...others] = actable;
  if (only === undefined) throw cannotAct(viewer, stakeholders);
  if (others.length === 0) return only;
  throw new DomainError(
    'precondition',
    'stakeholder.acting_as_required',
    `You can act on this ticket as ${listAlternatives(actable.map(describeStakeholderForPeople))}; choose which one you act as.`,
    { choices: actable.map(toChoice), ...actableFacts(actable) },
  );
}

function checkRequested(
  viewer: Viewer,
  stakeholders: readonly Stakeholder[],
  actable: readonly Stakeholder[],
  requestedStakeholderId: StakeholderId,
): Stakeholder {
  const requested = findTicketStakeholder(stakeholders, requestedStakeholderId);
  const name = requested.principal.name;
  // Membership is checked before activity: someone outside WRT is not helped by hearing that WRT
  // is inactive, as if reactivating it would let them speak for it.
  if (!viewerEmbodies(viewer, requested.principal)) {
    const because = requested.principal.kind === 'user' ? `you are not ${name}` : 'you are not a member of it';
    throw new DomainError(
      'forbidden',
      'stakeholder.not_a_member',
      `You cannot act on behalf of ${name} because ${because}.${otherChoices(actable)}`,
      { stakeholderId: requested.id, choices: actable.map(toChoice), name, principalKind: requested.principal.kind, ...actableFacts(actable) },
    );
  }
  if (!requested.isActive) {
    throw new DomainError(
      'forbidden',
      'stakeholder.acting_as_inactive',
      `${name} is no longer active on this ticket; only active stakeholders can act.${otherChoices(actable)}`,
      { stakeholderId: requested.id, choices: actable.map(toChoice), name, ...actableFacts(actable) },
    );
  }
  return requested;
}

function cannotAct(viewer: Viewer, stakeholders: readonly Stakeholder[]): DomainError {
  // Called only when nothing is actable, so every stakeholder the viewer embodies is inactive.
  const inactiveNames = [
    ...new Set(
      stakeholders
        .filter((stakeholder) => viewerEmbodies(viewer, stakeholder.principal))
        .map((stakeholder) => (stakeholder.principal.kind === 'user' ? 'you' : stakeholder.principal.name)),
    ),
  ].sort((a, b) => Number(b === 'you') - Number(a === 'you'));
  if (inactiveNames.length > 0) {
    const verb = inactiveNames.length === 1 && inactiveNames[0] !== 'you' ? 'is' : 'are';
    const others = inactiveNames.filter((name) => name !== 'you');
    const you = others.length < inactiveNames.length;
    return new DomainError(
      'forbidden',
      'stakeholder.cannot_act',
      `You can read this ticket but not act on it, because ${listAll(inactiveNames)} ${verb} no longer active on it; ask one of its active stakeholders to add you again.`,
      {
        reason: 'inactive',
        // Who is inactive: the viewer (`you`), the groups they act through (`inactiveNames`, the names joined with ", "), or both.
        inactive: others.length === 0 ? 'you' : you ? 'you_and_others' : 'others',
        inactiveNames: others.join(', '),
        inactiveCount: others.length,
      },
    );
  }
  const advice = viewer.isSiteAdmin
    ? 'as a site admin, join it as a bcc stakeholder first'
    : 'ask one of its stakeholders to add you';
  return new DomainError(
    'forbidden',
    'stakeholder.cannot_act',
    `You are not a stakeholder of this ticket, so you cannot act on it; ${advice}.`,
    { reason: 'not_a_stakeholder', advice: viewer.isSiteAdmin ? 'join_as_bcc' : 'ask_to_be_added' },
  );
}

/**
 * The stakeholders the viewer may act as, for a refusal's details: as the sentence names each
 * ("WRT (assigned, actioner)"), joined with ", " (a translation has its own "or"), and how many.
 */
function actableFacts(actable: readonly Stakeholder[]): { actableAs: string; choiceCount: number } {
  return { actableAs: actable.map(describeStakeholderForPeople).join(', '), choiceCount: actable.length };
}

function otherChoices(actable: readonly Stakeholder[]): string {
  return actable.length === 0 ? '' : ` You can act as ${listAlternatives(actable.map(describeStakeholderForPeople))}.`;
}

/** One stakeholder the viewer may act as, as offered to a client that must let them choose. */
export interface ActingAsChoice {
  stakeholderId: StakeholderId;
  name: string;
  connection: Connection;
  role: StakeholderRole;
}

function toChoice(stakeholder: Stakeholder): ActingAsChoice {
  return {
    stakeholderId: stakeholder.id,
    name: stakeholder.principal.name,
    connection: stakeholder.connection,
    role: stakeholder.role,
  };
}
