// The shapes the widgets show, inferred from the API's router so they cannot drift from it.
// `@tickets/server` is imported for its TYPE only: no server code reaches the browser.
import type { AppRouter, PresentPerson } from '@tickets/server';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** Someone else who has the ticket open, and whether they are writing a comment (`tickets.events`). */
export type { PresentPerson };
type Inputs = inferRouterInputs<AppRouter>;

/** `tickets.get`: the ticket, its stakeholders, lifecycle, metadata, and what the viewer may do. */
export type TicketDetail = Outputs['tickets']['get'];
/**
 * A ticket as its page shows it: the detail without the timeline page it came with (the timeline
 * query holds that) and without who is looking (only what they may do shows).
 */
export type TicketPageDetail = Omit<TicketDetail, 'timeline' | 'viewer'> & { viewer: Omit<TicketDetail['viewer'], 'userId' | 'name'> };
export type TicketView = TicketDetail['ticket'];
export type StatusView = TicketView['status'];
export type Stakeholder = TicketDetail['stakeholders'][number];
/** A stakeholder the viewer may act as, with the moves and actions open to them as it. */
export type ActingAsChoice = TicketDetail['viewer']['actingAs'][number];
export type ActionView = ActingAsChoice['actions'][number];

/** `tickets.timeline`: a page of comments and log entries in time order. */
export type TimelinePage = Outputs['tickets']['timeline'];
export type TimelineEntry = TimelinePage['entries'][number];
export type CommentEntry = Extract<TimelineEntry, { kind: 'comment' }>;
export type LogEntryView = Extract<TimelineEntry, { kind: 'log' }>;

/** `tickets.list`: a page of the tickets the viewer may see. */
export type TicketListPage = Outputs['tickets']['list'];
export type TicketListItem = TicketListPage['items'][number];

/** One type's open tickets grouped by status (`tickets.queue`). */
export type TicketQueueView = Outputs['tickets']['queue'];
export type QueueGroupView = TicketQueueView['groups'][number];
export type QueueItemView = QueueGroupView['items'][number];
export type QueueHolderFilter = NonNullable<Inputs['tickets']['queue']['holder']>;
type ListInput = Inputs['tickets']['list'];
/** The filters, search and order a ticket list offers (a subset of `tickets.list`'s input). */
export type TicketListFilters = Pick<ListInput, 'state' | 'statusIds' | 'categories' | 'types' | 'mine' | 'myGroups' | 'search' | 'sort' | 'direction'>;
/** `tickets.listChoices`: every type and status the filters offer, with counts of the tickets the viewer may see. */
export type TicketListChoices = Outputs['tickets']['listChoices'];

/** `me`: who the token says the viewer is. */
export type Me = Outputs['me'];

/** A principal to link to a ticket: a user or group by id (or a kind a plugin registers). */
export type PrincipalInput = Inputs['stakeholders']['add']['principal'];
export type NewStakeholderInput = Pick<Inputs['stakeholders']['add'], 'principal' | 'connection' | 'role'>;
/** A person, group or plugin principal a search by name found (`stakeholders.candidates`). */
export type FoundPrincipal = Outputs['stakeholders']['candidates'][number];

/** `statuses.list`: the namespace's statuses with their usage, lifecycles and running migrations. */
export type StatusSettingsView = Outputs['statuses']['list'];
export type NamespaceStatusView = StatusSettingsView['statuses'][number];
export type NamespaceLifecycleView = StatusSettingsView['lifecycles'][number];
/** `migrations.get`: a background rewrite of tickets after a status change, with its progress. */
export type StatusMigrationView = Outputs['migrations']['get']['migrations'][number];
/** What the status settings send. */
export type NewStatusInput = Inputs['statuses']['create'];
export type StatusUpdateInput = Inputs['statuses']['update'];
export type StatusRemovalInput = Inputs['statuses']['remove'];
/** What every status settings change answers besides its own result. */
export type StatusChangeOutcome = Pick<Outputs['statuses']['update'], 'convertedToCustom' | 'migrations'>;
