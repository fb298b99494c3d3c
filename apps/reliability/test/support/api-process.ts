// The API as its own operating-system process (apps/api/src/main.ts, as `pnpm start` runs it), so a
// test can SIGKILL it mid-request and start it again on the same database.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SUITE_RATE_LIMITS } from '@tickets/server/testing';

const API_MAIN = fileURLToPath(new URL('../../../api/src/main.ts', import.meta.url));

export interface ApiProcess {
  url: string;
  pid: number;
  /** Kills the process at once (no shutdown, open requests cut) and waits until it is gone. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', API_MAIN], {
    // The development start: under vitest NODE_ENV is `test`, which it (rightly) refuses as not development.
    // The suite's load (16 clients as one user) is far over a person's rate limits: raised here, as in startTestApi.
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'fatal', ...SUITE_RATE_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString('utf8'));
  child.stderr?.on('data', collect);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API process did not start within 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      collect(chunk);
      const match = /running at (http:\/\/[^\s/]+)\/trpc/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API process exited (${code}) before it listened:\n${output}`));
    });
  });
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await gone;
  };
  return { url, pid: child.pid ?? -1, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}
