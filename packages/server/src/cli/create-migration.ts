// Writes a new migration: the difference between the entities and an EMPTY scratch database
// migrated with every existing migration. Usage:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch pnpm --filter @tickets/server migration:create
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../db/orm-config.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to an empty scratch database (it will be migrated first).');
  process.exit(2);
}
const orm = await MikroORM.init(ormConfig({ url }));
try {
  await orm.migrator.up();
  const result = await orm.migrator.createMigration();
  console.log(result.fileName ? `Wrote ${result.fileName}; add it to src/db/migrations/index.ts.` : 'No changes: nothing to write.');
} finally {
  await orm.close();
}
