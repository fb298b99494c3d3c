import type { Stakeholder, Viewer } from '@tickets/domain';
import type { PlaygroundProps } from '../playground.js';
import { type PlaygroundScene, playgroundScene, type SceneTicketType } from './playground-scene.js';

const RITA: Stakeholder = { id: 11, principal: { kind: 'user', id: 2, name: 'Rita Lopes' }, connection: 'cc', role: 'requester', isActive: true };
const RITA_VIEWER: Viewer = { userId: 2, name: 'Rita Lopes', isSiteAdmin: false, memberships: [] };

export interface TeamScene<Metadata> extends Omit<PlaygroundScene<Metadata>, 'actingAs' | 'stakeholders' | 'viewer'> {
  /** The group assigned to every ticket of the type (its `startingStakeholders`). */
  readonly team: string;
  /** Seen by Rita, who filed it, instead of by Wes Turner, a member of `team`. */
  readonly requester?: boolean;
}

/**
 * The scene most types need: Rita filed the ticket (cc, requester), `team` is assigned to it
 * (actioner), and the viewer is Wes Turner of that team acting for it or, with `requester`, Rita;
 * each action judged by its own `can` for that viewer (`playgroundScene`).
 */
export function teamScene<Metadata>(
  ticketType: SceneTicketType<NoInfer<Metadata>>,
  { team, requester = false, ...scene }: TeamScene<Metadata>,
): Pick<PlaygroundProps<Metadata>, 'ticket' | 'metadata' | 'actions'> {
  const group = { kind: 'group', id: 1, name: team } as const;
  const assigned: Stakeholder = { id: 12, principal: group, connection: 'assigned', role: 'actioner', isActive: true };
  const member: Viewer = { userId: 7, name: 'Wes Turner', isSiteAdmin: false, memberships: [group] };
  return playgroundScene(ticketType, { ...scene, stakeholders: [RITA, assigned], actingAs: requester ? RITA : assigned, viewer: requester ? RITA_VIEWER : member });
}
