// The entry points' last resort: what escapes every `try` is logged with pino; the process keeps
// serving after an unawaited rejection or one connection's failure, and stops (exit 1, open
// requests finished first) after any other uncaught exception, for its supervisor to restart.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./fixtures/stray-error-process.ts', import.meta.url));

function run(kind: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', SCRIPT, kind], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

describe('errors nothing caught', () => {
  it('an unawaited rejection is logged and the process keeps serving', async () => {
    const { code, output } = await run('rejection');
    expect(output).toContain('nobody awaited this');
    expect(output).toContain('the server keeps serving');
    expect(output).toContain('still serving');
    expect(code).toBe(0);
  });

  it("one connection's reset thrown from a callback is logged and the process keeps serving", async () => {
    const { code, output } = await run('reset');
    expect(output).toContain('ECONNRESET');
    expect(output).toContain('still serving');
    expect(code).toBe(0);
  });

  it('any other uncaught exception is logged as fatal, open requests finish, and the process exits 1', async () => {
    const { code, output } = await run('bug');
    expect(output).toContain('cannot read properties of undefined');
    expect(output).toContain('"level":60');
    expect(output).toContain('stopped open requests');
    expect(output).not.toContain('still serving');
    expect(code).toBe(1);
  });
});
