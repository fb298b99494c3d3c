import { simpleParser, type AddressObject } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Route } from '../../http/server.js';

/** A mail as the catcher received it: the SMTP envelope and the parsed message. */
export interface CaughtMail {
  id: number;
  receivedAt: string;
  /** Who the SMTP client delivered it to (RCPT TO): the recipient and everyone in cc. */
  envelopeTo: string[];
  from: string;
  to: string;
  cc: string;
  subject: string;
  messageId: string;
  references: string;
  text: string;
  html: string;
}

export interface MailCatcher {
  /** What to set SMTP_URL to. */
  smtpUrl: string;
  port: number;
  /** Every mail received, oldest first (the latest `keep`). */
  readonly mails: readonly CaughtMail[];
  /** `/dev/mails` (a page), `/dev/mails.json` and `/dev/mails/<id>.html` (one mail's HTML part). */
  route: Route;
  /**
   * Resolves with the mails kept once `enough(mails)` holds: checked now and again as each mail
   * arrives (no polling), so a test waits exactly as long as delivery takes.
   */
  until(enough: (mails: readonly CaughtMail[]) => boolean): Promise<readonly CaughtMail[]>;
  stop(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
}

function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * A real SMTP server in this process that keeps what it receives, for local use without a mail
 * provider (`pnpm start` without SMTP_URL) and for tests. No authentication and no TLS: it listens
 * on the loopback interface only.
 */
export async function startMailCatcher({ port = 0, keep = 200 }: { port?: number; keep?: number } = {}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  let nextId = 1;
  let waiters: { enough: (mails: readonly CaughtMail[]) => boolean; resolve: (mails: readonly CaughtMail[]) => void }[] = [];
  const wakeWaiters = () => {
    const done = waiters.filter((waiter) => waiter.enough(mails));
    waiters = waiters.filter((waiter) => !done.includes(waiter));
    for (const waiter of done) waiter.resolve([...mails]);
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push({
            id: nextId++,
            receivedAt: new Date().toISOString(),
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: addresses(parsed.from),
            to: addresses(parsed.to),
            cc: addresses(parsed.cc),
            subject: parsed.subject ?? '',
            messageId: parsed.messageId ?? '',
            references: Array.isArray(parsed.references) ? parsed.references.join(' ') : (parsed.references ?? ''),
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          if (mails.length > keep) mails.splice(0, mails.length - keep);
          callback();
          wakeWaiters();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const listening = (server.server.address() as AddressInfo).port;

  const route: Route = (req, res, url) => {
    if (req.method !== 'GET') return false;
    if (url.pathname === '/dev/mails.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([...mails].reverse()));
      return true;
    }
    const one = /^\/dev\/mails\/(\d+)\.html$/.exec(url.pathname);
    if (one) {
      const mail = mails.find((m) => m.id === Number(one[1]));
      // The HTML part is ours, but it is still shown with scripts and remote content blocked.
      res.writeHead(mail ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
      res.end(mail ? mail.html : 'No such mail (the catcher keeps the latest ones only).');
      return true;
    }
    if (url.pathname !== '/dev/mails') return false;
    const items = [...mails]
      .reverse()
      .map(
        (m) => `<article><h2>${escapeHtml(m.subject)}</h2>
<p><b>To</b> ${escapeHtml(m.to)}${m.cc ? ` · <b>Cc</b> ${escapeHtml(m.cc)}` : ''} · <b>From</b> ${escapeHtml(m.from)} · ${escapeHtml(m.receivedAt)} · <a href="/dev/mails/${m.id}.html">HTML part</a></p>
<pre>${escapeHtml(m.text)}</pre></article>`,
      )
      .join('\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>Mails sent (${mails.length})</title>
<style>body{font:15px system-ui;max-width:60rem;margin:2rem auto}article{border-top:1px solid #ccc}pre{white-space:pre-wrap}</style>
<h1>Mails sent by this server (${mails.length})</h1><p>The local mail catcher keeps what the API sends while no SMTP_URL is set. Newest first; reload to see more.</p>
${items || '<p>None yet. File a ticket, comment on one or close one.</p>'}`);
    return true;
  };

  return {
    smtpUrl: `smtp://127.0.0.1:${listening}`,
    port: listening,
    mails,
    route,
    until: (enough) =>
      new Promise((resolve) => {
        waiters.push({ enough, resolve });
        wakeWaiters();
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
