// The core tables. Entities are declared with `defineEntity` (no decorators: tsx/esbuild emits no
// decorator metadata) and listed explicitly; the schema itself is owned by the committed migrations,
// and a test checks that these definitions and the migrated schema agree.
import { defineEntity, p } from '@mikro-orm/core';
import { Category, Connection, StakeholderRole, TicketState } from '@tickets/domain';

const createdAt = () => p.datetime().onCreate(() => new Date());

export const NamespaceEntity = defineEntity({
  name: 'Namespace',
  tableName: 'namespaces',
  properties: {
    id: p.integer().primary().autoincrement(),
    key: p.string().length(64).unique(),
    name: p.string().length(128),
    usesCustomStatuses: p.boolean().default(false),
    /** The lifecycle of types attached to none; null while the namespace uses the system statuses. */
    defaultLifecycleId: p.integer().nullable(),
    createdAt: createdAt(),
  },
});

export const PersonEntity = defineEntity({
  name: 'Person',
  tableName: 'persons',
  properties: {
    id: p.integer().primary().autoincrement(),
    wcaId: p.string().length(10).unique(),
    name: p.string().length(255),
    countryIso2: p.string().length(2),
    dateOfBirth: p.date().nullable(),
    gender: p.string().length(1).nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
});

export const UserEntity = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    id: p.integer().primary().autoincrement(),
    name: p.string().length(255),
    email: p.string().length(255).nullable(),
    isSiteAdmin: p.boolean().default(false),
    personId: p.integer().nullable().index(),
    anonymizedAt: p.datetime().nullable(),
    createdAt: createdAt(),
  },
});

export const UserGroupEntity = defineEntity({
  name: 'UserGroup',
  tableName: 'user_groups',
  properties: {
    id: p.integer().primary().autoincrement(),
    key: p.string().length(32).unique(),
    name: p.string().length(128),
    email: p.string().length(255).nullable(),
  },
});

export const GroupMembershipEntity = defineEntity({
  name: 'GroupMembership',
  tableName: 'group_memberships',
  properties: {
    groupId: p.integer().primary(),
    userId: p.integer().primary().index(),
    isLead: p.boolean().default(false),
  },
});

export const CompetitionEntity = defineEntity({
  name: 'Competition',
  tableName: 'competitions',
  properties: {
    id: p.integer().primary().autoincrement(),
    key: p.string().length(32).unique(),
    name: p.string().length(255),
  },
});

/** Who runs a competition: its Delegates and organisers. */
export const CompetitionStaffEntity = defineEntity({
  name: 'CompetitionStaff',
  tableName: 'competition_staff',
  properties: {
    competitionId: p.integer().primary(),
    userId: p.integer().primary().index(),
    role: p.string().length(16).primary(),
  },
});

export const TicketEntity = defineEntity({
  name: 'Ticket',
  tableName: 'tickets',
  properties: {
    id: p.integer().primary().autoincrement(),
    namespaceId: p.integer(),
    type: p.string().length(64),
    title: p.string().length(255),
    state: p.enum(TicketState.options).nativeEnumName('ticket_state'),
    /** A system-defined status id (≤ 1000) or a custom status id. */
    statusId: p.integer(),
    version: p.integer().default(1),
    createdByUserId: p.integer(),
    duplicateOfId: p.integer().nullable(),
    /** The row of this ticket's metadata in its type's own table. */
    metadataId: p.integer().nullable(),
    createdAt: createdAt(),
    updatedAt: p.datetime().onCreate(() => new Date()),
    closedAt: p.datetime().nullable(),
  },
  indexes: [
    { name: 'tickets_namespace_state_updated_idx', properties: ['namespaceId', 'state', 'updatedAt', 'id'] },
    { name: 'tickets_namespace_status_id_idx', properties: ['namespaceId', 'statusId', 'id'] },
    { name: 'tickets_namespace_status_updated_idx', properties: ['namespaceId', 'statusId', 'updatedAt', 'id'] },
    { name: 'tickets_namespace_type_updated_idx', properties: ['namespaceId', 'type', 'updatedAt', 'id'] },
    { name: 'tickets_namespace_created_idx', properties: ['namespaceId', 'createdAt', 'id'] },
    { name: 'tickets_created_by_idx', properties: ['createdByUserId'] },
  ],
});

export const TicketStakeholderEntity = defineEntity({
  name: 'TicketStakeholder',
  tableName: 'ticket_stakeholders',
  properties: {
    id: p.integer().primary().autoincrement(),
    namespaceId: p.integer(),
    ticketId: p.integer(),
    principalKind: p.string().length(32),
    principalId: p.integer(),
    connection: p.enum(Connection.options).nativeEnumName('stakeholder_connection'),
    role: p.enum(StakeholderRole.options).nativeEnumName('stakeholder_role'),
    isActive: p.boolean().default(true),
    createdAt: createdAt(),
    deactivatedAt: p.datetime().nullable(),
  },
  indexes: [
    { name: 'ticket_stakeholders_ticket_idx', properties: ['ticketId'] },
    { name: 'ticket_stakeholders_principal_idx', properties: ['principalKind', 'principalId', 'ticketId'] },
  ],
});

export const TicketCommentEntity = defineEntity({
  name: 'TicketComment',
  tableName: 'ticket_comments',
  properties: {
    id: p.integer().primary().autoincrement(),
    namespaceId: p.integer(),
    ticketId: p.integer(),
    body: p.text(),
    authorUserId: p.integer(),
    actingStakeholderId: p.integer(),
    createdAt: createdAt(),
  },
  indexes: [{ name: 'ticket_comments_ticket_idx', properties: ['ticketId', 'id'] }],
});

export const TicketLogEntity = defineEntity({
  name: 'TicketLog',
  tableName: 'ticket_logs',
  properties: {
    id: p.integer().primary().autoincrement(),
    namespaceId: p.integer(),
    ticketId: p.integer(),
    eventType: p.string().length(64),
    /** The whole domain LogEvent: its before/after values as JSON. */
    event: p.json<Record<string, unknown>>(),
    actorUserId: p.integer().nullable(),
    systemReason: p.string().length(255).nullable(),
    actingStakeholderId: p.integer().nullable(),
    createdAt: createdAt(),
  },
  indexes: [{ name: 'ticket_logs_ticket_idx', properties: ['ticketId', 'id'] }],
});

export const CustomStatusEntity = defineEntity({
  name: 'CustomStatus',
  tableName: 'custom_statuses',
  properties: {
    id: p.integer().primary().autoincrement(),
    namespaceId: p.integer(),
    name: p.string().length(32),
    color: p.string().length(7),
    description: p.string().length(128).nullable(),
    category: p.enum(Category.options).nativeEnumName('status_category'),
    position: p.integer().default(0),
    systemOrigin: p.integer().nullable(),
    createdAt: createdAt(),
  },
  indexes: [{ name: 'custom_statuses_namespace_idx', properties: ['namespaceId'] }],
});

export const LifecycleEntity = defineEntity({
  name: 'Lifecycle',
  tableName: 'lifecycles',
  properties: {
    id: p.integer().primary().autoincrement(),
    namespaceId: p.integer(),
    name: p.string().length(64),
    defaultOpenStatusId: p.integer(),
    defaultClosedStatusId: p.integer(),
    defaultDuplicateStatusId: p.integer(),
    createdAt: createdAt(),
  },
  indexes: [{ name: 'lifecycles_namespace_idx', properties: ['namespaceId'] }],
});

export const LifecycleStatusEntity = defineEntity({
  name: 'LifecycleStatus',
  tableName: 'lifecycle_statuses',
  properties: {
    lifecycleId: p.integer().primary(),
    statusId: p.integer().primary(),
    namespaceId: p.integer(),
  },
});

export const TicketTypeLifecycleEntity = defineEntity({
  name: 'TicketTypeLifecycle',
  tableName: 'ticket_type_lifecycles',
  properties: {
    namespaceId: p.integer().primary(),
    ticketType: p.string().length(64).primary(),
    lifecycleId: p.integer().index(),
  },
});

export const StatusMappingEntity = defineEntity({
  name: 'StatusMapping',
  tableName: 'status_mappings',
  properties: {
    id: p.integer().primary().autoincrement(),
    namespaceId: p.integer(),
    fromStatusId: p.integer(),
    toStatusId: p.integer(),
    /** The status migration that rewrites the tickets and retires this mapping. */
    migrationId: p.integer().index('status_mappings_migration_idx'),
    /** The lifecycle whose tickets it applies to; null for every lifecycle of the namespace. */
    lifecycleId: p.integer().nullable(),
    /** The ticket type it applies to (a type moved to another lifecycle); null for every type. */
    ticketType: p.string().length(64).nullable(),
    /** The removed status as it was named ({ id, name, category }), for the log entries. */
    fromLabel: p.json<Record<string, unknown>>(),
    createdAt: createdAt(),
    retiredAt: p.datetime().nullable(),
  },
  indexes: [{ name: 'status_mappings_namespace_idx', properties: ['namespaceId', 'fromStatusId'] }],
});

/** One background rewrite of tickets after a status change, with its progress. */
export const StatusMigrationEntity = defineEntity({
  name: 'StatusMigration',
  tableName: 'status_migrations',
  properties: {
    id: p.integer().primary().autoincrement(),
    namespaceId: p.integer(),
    /** Why the tickets move; the system actor's reason in each log entry. */
    reason: p.string().length(255),
    /** Tickets on the removed statuses when the change was made. */
    total: p.integer().default(0),
    /** Tickets the job has rewritten so far. */
    moved: p.integer().default(0),
    batches: p.integer().default(0),
    longestBatchMs: p.integer().default(0),
    createdAt: createdAt(),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
  },
  indexes: [{ name: 'status_migrations_namespace_idx', properties: ['namespaceId', 'id'] }],
});

export const CORE_ENTITIES = [
  NamespaceEntity,
  PersonEntity,
  UserEntity,
  UserGroupEntity,
  GroupMembershipEntity,
  CompetitionEntity,
  CompetitionStaffEntity,
  TicketEntity,
  TicketStakeholderEntity,
  TicketCommentEntity,
  TicketLogEntity,
  CustomStatusEntity,
  LifecycleEntity,
  LifecycleStatusEntity,
  TicketTypeLifecycleEntity,
  StatusMappingEntity,
  StatusMigrationEntity,
];
