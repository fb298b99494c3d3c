import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { DomainError, validatePrincipalKinds } from '@tickets/domain';
import { type TicketTypeDefinition, validateTicketTypes } from '@tickets/plugin-kit';
import { type PluginMigration, type PrincipalKindServer, requireMetadataStore, type TicketTypeServer } from '@tickets/plugin-kit/server';

/** A plugin as configured: a whole server half, or just the (isomorphic) definition. */
export type TicketTypePlugin = TicketTypeDefinition | TicketTypeServer;

/** A plugin as its server half (a bare definition has no effects). */
export function asServer(plugin: TicketTypePlugin): TicketTypeServer {
  return 'definition' in plugin ? plugin : { definition: plugin, effects: {} };
}

/** The ticket types this deployment serves, discovered from configuration at start-up. */
export class TicketTypeRegistry {
  private readonly byKey: Map<string, TicketTypeServer>;

  constructor(plugins: readonly TicketTypePlugin[]) {
    const servers = plugins.map(asServer);
    validateTicketTypes(servers.map((server) => server.definition));
    // However a type reached us (loaded, or passed to startApi), it must keep the metadata it accepts.
    for (const server of servers) requireMetadataStore(server);
    this.byKey = new Map(servers.map((server) => [server.definition.type, server]));
    this.principalKinds = servers.flatMap((server) => server.principalKinds ?? []);
    // Two rules for one kind would make "who belongs" ambiguous: the server does not start.
    validatePrincipalKinds(this.principalKinds);
  }

  /** The principal kinds the plugins register (beyond users and groups), each with its membership rule. */
  readonly principalKinds: readonly PrincipalKindServer[];

  /** The kinds a principal may be of here: the built-in ones, then the plugins'. */
  get principalKindKeys(): string[] {
    return ['user', 'group', ...this.principalKinds.map((kind) => kind.kind)];
  }

  get all(): TicketTypeDefinition[] {
    return [...this.byKey.values()].map((server) => server.definition);
  }

  find(key: string): TicketTypeDefinition | undefined {
    return this.byKey.get(key)?.definition;
  }

  server(key: string): TicketTypeServer | undefined {
    return this.byKey.get(key);
  }

  require(key: string): TicketTypeDefinition {
    return this.requireServer(key).definition;
  }

  requireServer(key: string): TicketTypeServer {
    const server = this.byKey.get(key);
    if (!server) {
      const known = this.all.map((t) => `'${t.type}'`).join(', ') || 'none is installed';
      throw new DomainError('invalid', 'ticket_type.unknown', `There is no ticket type '${key}'. Known types: ${known}.`, { type: key });
    }
    return server;
  }

  /** The plugins' own migrations, run after the core's, each recorded under `<type>/<name>`. */
  migrations(): MigrationObject[] {
    return [...this.byKey.values()].flatMap((server) => (server.store?.migrations ?? []).map((migration) => pluginMigration(server.definition.type, migration)));
  }
}

function pluginMigration(type: string, migration: PluginMigration): MigrationObject {
  class PluginSqlMigration extends Migration {
    override async up(): Promise<void> {
      for (const sql of migration.up) this.addSql(sql);
    }
    override async down(): Promise<void> {
      for (const sql of migration.down ?? []) this.addSql(sql);
    }
  }
  return { name: `${type}/${migration.name}`, class: PluginSqlMigration };
}
