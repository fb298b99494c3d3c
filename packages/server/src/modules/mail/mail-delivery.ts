import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import { deploymentMode } from '../../deployment-mode.js';
import type { Route } from '../../http/server.js';
import { type MailCatcher, startMailCatcher } from './mail-catcher.js';
import { MailOutboxWorker } from './outbox-worker.js';
import { smtpTransport } from './smtp-transport.js';

/** How this process sends mail: the outbox worker (when there is somewhere to send to) and the local catcher. */
export interface MailDelivery {
  /** Null when no SMTP_URL is set and no catcher runs: mails then wait in the outbox. */
  worker: MailOutboxWorker | null;
  /** The in-process catcher `pnpm start` runs when SMTP_URL is unset; its mails are at `/dev/mails`. */
  catcher: MailCatcher | null;
  routes: Route[];
  stop(): Promise<void>;
}

export async function startMailDelivery(orm: MikroORM, config: Config, logger: Logger, { catcher: wantCatcher }: { catcher: boolean }): Promise<MailDelivery> {
  // The catcher shows every mail to anyone who opens /dev/mails: development only, whoever asks.
  const catcher = !config.SMTP_URL && wantCatcher && deploymentMode(config.NODE_ENV) === 'development' ? await startMailCatcher() : null;
  const smtpUrl = config.SMTP_URL ?? catcher?.smtpUrl;
  const worker = smtpUrl
    ? new MailOutboxWorker(orm, smtpTransport(smtpUrl), logger, {
        from: config.MAIL_FROM,
        pollMs: config.MAIL_POLL_MS,
        retryBaseMs: config.MAIL_RETRY_BASE_MS,
        maxAttempts: config.MAIL_MAX_ATTEMPTS,
      })
    : null;
  if (!worker) logger.info('No SMTP_URL: mails are kept in the outbox (mail_outbox) and not sent');
  worker?.start();
  return {
    worker,
    catcher,
    routes: catcher ? [catcher.route] : [],
    async stop() {
      await worker?.stop();
      await catcher?.stop();
    },
  };
}
