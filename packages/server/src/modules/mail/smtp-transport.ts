import { createTransport, type Mail } from 'nodemailer';
import { SEND_TIMEOUT_MS } from './outbox-worker.js';

/**
 * The SMTP connection mails leave by, from SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`).
 * Bounded timeouts, so an unreachable server fails a send (and schedules a retry) instead of
 * hanging the worker.
 */
export function smtpTransport(url: string): Mail {
  return createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: SEND_TIMEOUT_MS });
}
