import { type Logger, pino } from 'pino';
import { type Config, loadConfig } from '../config.js';
import { handleStrayErrors } from './stray-errors.js';
import { stopOnSignals } from './stop-on-signals.js';

/** What a start command (the API's development and production starts, the demo's) adds to the common run. */
export interface StartCommand<Running extends { stop(): Promise<void> }> {
  /** Why it must not run here (a development-only start under production), checked before anything is read; null to run. */
  readonly refusal?: string | null;
  /** Who says they could not start, e.g. `Tickets API`. */
  readonly name: string;
  /** How a configuration that does not load is said; the loader's own words by default. */
  configProblem?(message: string): string;
  start(config: Config, logger: Logger): Promise<Running>;
  /** What it prints once it listens: where, and what to do next. */
  banner(running: Running, config: Config): string;
}

const said = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs a start command the one way every command does: a refusal or a configuration that does not
 * load exits with 2 and a failed start with 1, each said in words on stderr (an operator reads them
 * before any log); once listening, it prints the banner, stops cleanly on SIGINT/SIGTERM and logs
 * what escapes every request (`handleStrayErrors`).
 */
export async function runStart<Running extends { stop(): Promise<void> }>(command: StartCommand<Running>): Promise<void> {
  if (command.refusal) {
    console.error(command.refusal);
    process.exit(2);
  }
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(command.configProblem ? command.configProblem(said(error)) : said(error));
    process.exit(2);
  }
  let running: Running;
  try {
    running = await command.start(config, logger);
  } catch (error) {
    console.error(`${command.name} could not start: ${said(error)}`);
    process.exit(1);
  }
  console.log(command.banner(running, config));
  stopOnSignals(running, logger);
  handleStrayErrors(running, logger);
}
