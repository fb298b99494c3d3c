// Runs one of the repository's start commands (`pnpm start`, `pnpm start:production`) as an
// operator would — its own process group, from the repository root, with only the environment the
// test gives it — and reports either that it is listening (the address it printed) or that it
// exited, with everything it wrote. No timers: it waits for one of those two states.
import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from '../../src/config.js';

/** Settings a test runner or the developer's shell may hold that would change what a start does. */
const INHERITED_SETTINGS = [
  'NODE_ENV', 'DATABASE_URL', 'TICKETS_DATA_DIR', 'TOKEN_SECRET', 'TOKEN_PUBLIC_KEY', 'TOKEN_ALGORITHM', 'TOKEN_ISSUER',
  'TOKEN_AUDIENCE', 'SMTP_URL', 'PORT', 'HOST', 'SEED_DEMO', 'TICKET_TYPES', 'ALLOWED_ORIGINS', 'PUBLIC_URL',
];

export type StartOutcome =
  | { kind: 'listening'; url: string; output(): string; stop(): Promise<void> }
  | { kind: 'exited'; code: number | null; output: string };

/**
 * Starts `pnpm <script>` (or `pnpm <args…>`) with `env` on top of this process's environment minus its Tickets
 * settings. `listening` matches the line that gives the address (group 1: `http://host:port`).
 */
export async function runStartCommand(script: string | readonly string[], env: Record<string, string>, listening: RegExp): Promise<StartOutcome> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_SETTINGS.includes(name)));
  // detached: the process group is pnpm and the node process it starts, so stop() ends both.
  const child: ChildProcess = spawn('pnpm', typeof script === 'string' ? [script] : [...script], { cwd: REPO_ROOT, env: { ...base, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return untilListening(child, listening, async () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The whole group has exited already.
    }
  });
}

/**
 * Follows a started process until it prints the line `listening` matches (group 1: its address)
 * or exits, and reports which, with everything it wrote. `kill` asks it to stop; `stop()` also
 * waits until it has.
 */
export function untilListening(child: ChildProcess, listening: RegExp, kill: () => Promise<void> | void): Promise<StartOutcome> {
  let output = '';
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return new Promise<StartOutcome>((resolve) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = listening.exec(output);
      if (!match?.[1]) return;
      child.stdout?.off('data', collect);
      child.stderr?.off('data', collect);
      child.stdout?.on('data', (more: Buffer) => (output += more.toString('utf8')));
      child.stderr?.on('data', (more: Buffer) => (output += more.toString('utf8')));
      resolve({
        kind: 'listening',
        url: match[1],
        output: () => output,
        stop: async () => {
          await kill();
          await closed;
        },
      });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    void closed.then((code) => resolve({ kind: 'exited', code, output }));
  });
}
