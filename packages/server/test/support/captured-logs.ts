import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';

/** One log line the API wrote, as pino serialises it. */
export interface CapturedLog {
  level: number;
  msg: string;
  code?: string;
  path?: string;
  err?: { type?: string; message?: string; code?: string };
}

/**
 * A logger for an API a test starts in-process, keeping every line at `level` and above: a test that
 * asserts "never a 500" can then say which error the API met, not only that one happened.
 */
export function capturingLogger(level: pino.Level = 'error'): { logger: Logger; lines: CapturedLog[] } {
  const lines: CapturedLog[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as CapturedLog);
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}
