import { actableStakeholders, createTicket, DomainError, planStartingStakeholders, type PrincipalLabel, type StakeholderToAdd, userActor } from '@tickets/domain';
import type { StartingStakeholder, TicketTypeDefinition } from '@tickets/plugin-kit';
import { sql } from '@tickets/sql';
import type { PluginDirectory, SqlClient, TicketTypeServer } from '@tickets/plugin-kit/server';
import { InvalidFields, refusingField } from '../../input/invalid-fields.js';
import type { Directory } from '../../directory/directory.js';
import { directoryFor, pluginDirectoryFor } from '../../request/app-services.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { appendLogs } from '../logs/log-store.js';
import { insertStakeholders } from '../stakeholders/stakeholder-store.js';
import { ensureTypeLifecycle } from '../statuses/install-type-lifecycle.js';
import { StatusCatalog } from '../statuses/status-catalog.js';

const NewTicketId = TicketRow.pick({ id: true });

export interface CreateTicketRequest {
  type: string;
  title: string;
  metadata?: unknown;
}

/** Checks metadata with the type's own schema; refusals carry paths under `metadata`. */
export function parseMetadata(type: TicketTypeDefinition, metadata: unknown): unknown {
  const parsed = type.metadata.safeParse(metadata ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ['metadata', ...issue.path] }));
  throw new InvalidFields(`The details of this '${type.title}' ticket are not valid: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, issues);
}

export async function resolveStarting(directory: Directory, type: TicketTypeDefinition, starting: readonly StartingStakeholder[]): Promise<StakeholderToAdd[]> {
  const groupNames = starting.flatMap((s) => ('group' in s.principal ? [s.principal.group] : []));
  const groups = await directory.groupsByName(groupNames);
  const refs = starting.flatMap((s) => ('user' in s.principal ? [{ kind: 'user', id: s.principal.user }] : 'kind' in s.principal ? [s.principal] : []));
  const users = await directory.labels(refs);
  return starting.map((s) => {
    let principal: PrincipalLabel | undefined;
    if ('group' in s.principal) {
      const name = s.principal.group;
      principal = groups.find((g) => g.name.toLowerCase() === name.toLowerCase());
      if (!principal) throw new DomainError('not_found', 'ticket_type.unknown_group', `Ticket type '${type.type}' starts its tickets with group '${name}', which the directory does not have.`, { group: name });
    } else if ('kind' in s.principal) {
      const ref = s.principal;
      principal = users.get(`${ref.kind}:${ref.id}`);
      if (!principal) throw new DomainError('not_found', 'ticket_type.unknown_principal', `Ticket type '${type.type}' starts this ticket with ${ref.kind} #${ref.id}, which the directory does not have.`, { ...ref });
    } else {
      principal = users.get(`user:${s.principal.user}`);
      if (!principal) throw new DomainError('not_found', 'ticket_type.unknown_user', `Ticket type '${type.type}' starts its tickets with user #${s.principal.user}, who is not in the directory.`, { userId: s.principal.user });
    }
    return { principal, connection: s.connection, role: s.role };
  });
}

/**
 * Who the ticket is about, and so its requester: the user the type names (someone filed on their
 * behalf, e.g. the results team for a person who wrote to them), else the filer.
 */
async function requesterOf(
  ctx: AuthedContext,
  server: TicketTypeServer,
  directory: Directory,
  plugin: { db: SqlClient; directory: PluginDirectory },
  metadata: unknown,
): Promise<PrincipalLabel> {
  const filer: PrincipalLabel = { kind: 'user', id: ctx.viewer.userId, name: ctx.viewer.name };
  const userId = (await server.requesterOf?.({ ...plugin, filerId: ctx.viewer.userId, metadata })) ?? ctx.viewer.userId;
  if (userId === ctx.viewer.userId) return filer;
  const label = (await directory.labels([{ kind: 'user', id: userId }])).get(`user:${userId}`);
  if (!label) {
    throw new DomainError('not_found', 'ticket_type.unknown_requester', `Ticket type '${server.definition.type}' files this ticket for user #${userId}, who is not in the directory.`, {
      userId,
    });
  }
  return label;
}

/**
 * Files a ticket for the viewer: validates the type's metadata, installs the type's lifecycle on first
 * use, and stores the ticket, its starting stakeholders (the requester first) and its creation log
 * (with the "received" mail it causes) in one transaction.
 */
export async function fileTicket(ctx: AuthedContext, request: CreateTicketRequest): Promise<{ id: number; version: number }> {
  const server = refusingField('type', () => ctx.services.ticketTypes.requireServer(request.type));
  const type = server.definition;
  const metadata = parseMetadata(type, request.metadata);
  const namespaceId = ctx.services.namespace.id;
  const filed = await ctx.em.transactional(async (tx) => {
    const directory = directoryFor(ctx.services, tx);
    const catalog = await ensureTypeLifecycle(tx, namespaceId, type, await StatusCatalog.loadLocked(tx, namespaceId, 'use'));
    const lifecycle = catalog.lifecycleFor(type.type);
    const db = sqlOf(tx);
    const { id } = await db.one(sql`select nextval(pg_get_serial_sequence('tickets', 'id'))::int as id`, NewTicketId);
    const now = new Date().toISOString();
    const change = createTicket({ id, ticketType: type.type, title: request.title, lifecycle, now });
    const plugin = { db, directory: pluginDirectoryFor(ctx.services, tx) };
    // The type keeps its metadata in its own table; the ticket points to that row.
    const metadataId = server.store
      ? await server.store.insert({
          ...plugin,
          namespaceId,
          ticketId: change.facts.id,
          requesterId: ctx.viewer.userId,
          requester: ctx.viewer,
          metadata,
        })
      : null;
    await db.run(
      sql`insert into tickets (id, namespace_id, type, title, state, status_id, version, created_by_user_id, closed_at, metadata_id)
          values (${change.facts.id}, ${namespaceId}, ${type.type}, ${request.title}, ${change.facts.state}::ticket_state, ${change.facts.statusId}, 1,
                  ${ctx.viewer.userId}, ${change.facts.closedAt}, ${metadataId})`,
    );
    // Runs after store.insert, whose checks decide who may file for someone else.
    const requester = await requesterOf(ctx, server, directory, plugin, metadata);
    const typeStakeholders = await resolveStarting(directory, type, type.startingStakeholders?.({ requesterId: requester.id, metadata }) ?? []);
    const starting = planStartingStakeholders({ filer: ctx.viewer, requester, typeStakeholders, ticketType: type });
    const stored = await insertStakeholders(tx, namespaceId, change.facts.id, starting.add);
    // The requester comes first, so a filer acts as the requester; filed on someone's behalf, the filer is no
    // stakeholder of their own and acts for one they belong to (their team).
    const acting = actableStakeholders(ctx.viewer, stored)[0];
    await appendLogs(tx, {
      namespaceId,
      ticketId: change.facts.id,
      actor: userActor(ctx.viewer),
      actingStakeholderId: acting?.id ?? null,
      events: change.events,
      // The "received" mail: written by the outbox writer once this commits.
      mail: { version: 1, status: catalog.status(change.facts.statusId)?.name ?? change.facts.state, state: change.facts.state },
    });
    return { id: change.facts.id, version: 1 };
  });
  // Nested in an open transaction (the intake's), the mail is not committed yet: the writer's poll finds it.
  if (!ctx.em.isInTransaction()) ctx.services.mailWriter?.wake();
  return filed;
}
