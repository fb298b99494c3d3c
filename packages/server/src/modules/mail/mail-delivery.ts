import type { Route } from '../../http/server.js';
import { deploymentMode } from '../../deployment-mode.js';
import type { AppServices } from '../../request/app-services.js';
import { type MailCatcher, startMailCatcher } from './mail-catcher.js';
import { MailOutboxWorker } from './outbox-worker.js';
import { PendingMailWriter } from './pending-mail-writer.js';
import { smtpTransport } from './smtp-transport.js';

/**
 * How this process handles mail: the writer that turns log entries into outbox mails (always), the
 * outbox worker that sends them (when there is somewhere to send to) and the local catcher.
 */
export interface MailDelivery {
  /** Writes the mails changes caused into `mail_outbox`, after their commit (see `PendingMailWriter`); not started here. */
  writer: PendingMailWriter;
  /** Null when no SMTP_URL is set and no catcher runs: mails then wait in the outbox. */
  worker: MailOutboxWorker | null;
  /** The in-process catcher `pnpm start` runs when SMTP_URL is unset; its mails are at `/dev/mails`. */
  catcher: MailCatcher | null;
  routes: Route[];
  stop(): Promise<void>;
}

export async function startMailDelivery(services: AppServices, { catcher: wantCatcher }: { catcher: boolean }): Promise<MailDelivery> {
  const { orm, config, logger } = services;
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
  // Started by the caller once the server listens (see `PendingMailWriter.start`).
  const writer = new PendingMailWriter(services, { pollMs: config.MAIL_POLL_MS, onWritten: () => worker?.wake() });
  worker?.start();
  return {
    writer,
    worker,
    catcher,
    routes: catcher ? [catcher.route] : [],
    async stop() {
      await writer.stop();
      await worker?.stop();
      await catcher?.stop();
    },
  };
}
