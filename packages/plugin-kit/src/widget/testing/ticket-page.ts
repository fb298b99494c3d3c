import type { Connection, Stakeholder } from '@tickets/domain';
import type { ActionView, AnyPlaygroundDefinition, PlaygroundProps, PlaygroundStatus, PlaygroundTicket } from '../playground.js';

/** The props of the widgets' `TicketPage` a role story sets: the page as the viewer acting in that role sees it. */
export interface TicketPageScene {
  readonly detail: {
    ticket: Omit<PlaygroundTicket, 'actingAs' | 'stakeholders' | 'statuses'> & { duplicateOfId: number | null };
    stakeholders: Stakeholder[];
    lifecycle: { id: number; name: string; statuses: PlaygroundStatus[] };
    metadata: unknown;
    viewer: {
      canAct: boolean;
      actingAs: {
        stakeholderId: number;
        name: string;
        connection: Connection;
        role: PlaygroundTicket['actingAs']['role'];
        allowedStatusIds: number[];
        actions: ActionView[];
        stakeholderChanges: { add: Connection[]; handOver: number[]; deactivate: number[] };
        moveTargets: never[];
      }[];
    };
  };
  readonly timeline: readonly never[];
  readonly actingAsId: number | null;
  readonly playgrounds: readonly AnyPlaygroundDefinition[];
  readonly headingLevel: 2;
  readonly runAction: PlaygroundProps['runAction'];
  onActingAsChange(): void;
  onSetStatus(): void;
  onComment(): void;
  onAddStakeholder(): void;
  onHandOver(): void;
  onDeactivate(): void;
  onSearchPeople(): Promise<never[]>;
}

const nothing = () => {};
const nobody = async (): Promise<never[]> => [];

/**
 * The whole ticket page with this playground registered, for the viewer of `props.ticket.actingAs`
 * (no status moves, no timeline): `<TicketPage {...ticketPageFor(playground, args)} />` shows which
 * view, if any, the page picks for their role.
 */
export function ticketPageFor(playground: AnyPlaygroundDefinition, { ticket, metadata, actions, runAction }: PlaygroundProps): TicketPageScene {
  const { actingAs, stakeholders, statuses, ...shown } = ticket;
  return {
    detail: {
      ticket: { ...shown, duplicateOfId: null },
      stakeholders: [...stakeholders],
      lifecycle: { id: 1, name: ticket.typeTitle, statuses: [...statuses] },
      metadata,
      viewer: {
        canAct: true,
        actingAs: [{ ...actingAs, allowedStatusIds: [], actions: [...actions], stakeholderChanges: { add: ['cc'], handOver: [], deactivate: [] }, moveTargets: [] }],
      },
    },
    timeline: [],
    actingAsId: actingAs.stakeholderId,
    playgrounds: [playground],
    headingLevel: 2,
    runAction,
    onActingAsChange: nothing,
    onSetStatus: nothing,
    onComment: nothing,
    onAddStakeholder: nothing,
    onHandOver: nothing,
    onDeactivate: nothing,
    onSearchPeople: nobody,
  };
}

/**
 * The same page for a viewer who may read the ticket but not act on it — a site admin who has not
 * joined it, a stakeholder no longer active: the API offers them no stakeholder to act as, so the
 * page shows no playground and says they can only read.
 */
export function readOnlyTicketPageFor(playground: AnyPlaygroundDefinition, props: PlaygroundProps): TicketPageScene {
  const page = ticketPageFor(playground, props);
  return { ...page, detail: { ...page.detail, viewer: { canAct: false, actingAs: [] } }, actingAsId: null };
}
