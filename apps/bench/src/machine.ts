import { cpus, totalmem } from 'node:os';
import { withClient } from './bench-database.js';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  date: string;
}

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const postgres = await withClient(databaseUrl, async (client) => (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? 'unknown');
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}
