// Migrates one template database per test run; every test file then copies it (fast) instead of
// migrating its own.
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { ormConfig } from '../../src/db/orm-config.js';
import { databaseUrl, onServer } from './database-server.js';

export default async function setup(project: TestProject) {
  // On PGlite each file's API starts its own embedded database and migrates it.
  if (process.env.TEST_DATABASE === 'pglite') {
    project.provide('templateDatabase', '');
    return;
  }
  const template = `tickets_template_${process.pid}`;
  await onServer(async (client) => {
    await client.query(`drop database if exists ${template}`);
    await client.query(`create database ${template}`);
  });
  const orm = await MikroORM.init(ormConfig({ url: databaseUrl(template), poolSize: 1 }));
  try {
    await orm.migrator.up();
  } finally {
    await orm.close();
  }
  project.provide('templateDatabase', template);
  return async () => {
    await onServer((client) => client.query(`drop database if exists ${template} with (force)`));
  };
}
