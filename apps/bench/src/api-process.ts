// The API under test runs as its own process, exactly as `pnpm start` runs it (apps/api/src/main.ts),
// so the load generator, the browser and the API never share an event loop.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const API_MAIN = fileURLToPath(new URL('../../api/src/main.ts', import.meta.url));

/**
 * The bench measures the API, not its rate limits: a few users make thousands of calls a minute,
 * far over a person's budgets (RATE_LIMIT_* in the API's README), so it raises them.
 */
const BENCH_RATE_LIMITS = {
  RATE_LIMIT_READS: '100000000',
  RATE_LIMIT_WRITES: '100000000',
  RATE_LIMIT_POSTS: '100000000',
  RATE_LIMIT_FAILED_SIGN_INS: '100000000',
  INTAKE_RATE_LIMIT: '100000000',
};

export interface ApiProcess {
  url: string;
  /** The API's process id (to read its memory). */
  pid: number;
  stop(): Promise<void>;
}

export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  // API_NODE_ARGS: Node's own options for the API process only (`--cpu-prof --cpu-prof-dir=/tmp/prof`
  // profiles it; NODE_OPTIONS may not carry those, and would profile the load generator too).
  const nodeArgs = process.env.API_NODE_ARGS?.split(' ').filter((arg) => arg !== '') ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', '--conditions=source', API_MAIN], {
    // The development start refuses any NODE_ENV but development (see the API's deployment-mode.ts).
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...BENCH_RATE_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The API did not start within 60 s. It printed:\n${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /running at (http:\/\/[^\s/]+)\/trpc/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API stopped with exit code ${code} before it listened. It printed:\n${out}`));
    });
  });
  child.stdout?.resume();
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
