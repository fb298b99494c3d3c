// Every migration, in order. Listed explicitly (no folder scan) so that the same list runs under
// tsx, vitest and the compiled build. `pnpm --filter @tickets/server migration:create` writes a new
// file; add it here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123094145 } from './Migration20261123094145.js';
import { Migration20261123100500_person_history } from './Migration20261123100500_person_history.js';
import { Migration20261123121000_status_migrations } from './Migration20261123121000_status_migrations.js';
import { Migration20261123131000_intake_and_outbox } from './Migration20261123131000_intake_and_outbox.js';
import { Migration20261202160000_ticket_access } from './Migration20261202160000_ticket_access.js';
import { Migration20261202170000_write_path } from './Migration20261202170000_write_path.js';
import { Migration20261202180000_ticket_access_per_statement } from './Migration20261202180000_ticket_access_per_statement.js';
import { Migration20261203230000_competitions } from './Migration20261203230000_competitions.js';
import { Migration20261204000000_queue_index } from './Migration20261204000000_queue_index.js';
import { Migration20261204100000_ticket_presence } from './Migration20261204100000_ticket_presence.js';
import { Migration20261204120000_user_locale } from './Migration20261204120000_user_locale.js';
import { Migration20261204140000_system_reasons } from './Migration20261204140000_system_reasons.js';
import { Migration20261204150000_people_search } from './Migration20261204150000_people_search.js';
import { Migration20261204160000_ticket_search } from './Migration20261204160000_ticket_search.js';

export const CORE_MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123094145', class: Migration20261123094145 },
  { name: 'Migration20261123100500_person_history', class: Migration20261123100500_person_history },
  { name: 'Migration20261123121000_status_migrations', class: Migration20261123121000_status_migrations },
  { name: 'Migration20261123131000_intake_and_outbox', class: Migration20261123131000_intake_and_outbox },
  { name: 'Migration20261202160000_ticket_access', class: Migration20261202160000_ticket_access },
  { name: 'Migration20261202170000_write_path', class: Migration20261202170000_write_path },
  { name: 'Migration20261202180000_ticket_access_per_statement', class: Migration20261202180000_ticket_access_per_statement },
  { name: 'Migration20261203230000_competitions', class: Migration20261203230000_competitions },
  { name: 'Migration20261204000000_queue_index', class: Migration20261204000000_queue_index },
  { name: 'Migration20261204100000_ticket_presence', class: Migration20261204100000_ticket_presence },
  { name: 'Migration20261204120000_user_locale', class: Migration20261204120000_user_locale },
  { name: 'Migration20261204140000_system_reasons', class: Migration20261204140000_system_reasons },
  { name: 'Migration20261204150000_people_search', class: Migration20261204150000_people_search },
  { name: 'Migration20261204160000_ticket_search', class: Migration20261204160000_ticket_search },
];
