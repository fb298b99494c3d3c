// What production must be told instead of falling back to a development default. Each missing
// setting is its own issue, so the refusal names every one at once.
import type { z } from 'zod';

interface ProductionRelevantSettings {
  DATABASE_URL?: string | undefined;
  TOKEN_SECRET?: string | undefined;
  TOKEN_PUBLIC_KEY?: string | undefined;
  SMTP_URL?: string | undefined;
}

export function requireProductionSettings(env: ProductionRelevantSettings, ctx: z.RefinementCtx): void {
  if (!env.TOKEN_SECRET && !env.TOKEN_PUBLIC_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: ['TOKEN_SECRET'],
      message: "In production set TOKEN_SECRET (the host site's HS256 secret) or TOKEN_PUBLIC_KEY with TOKEN_ALGORITHM: the development key is for local use only.",
    });
  }
  if (!env.DATABASE_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['DATABASE_URL'],
      message: 'In production set DATABASE_URL to your PostgreSQL server (postgres://user:password@host:5432/tickets): the embedded database is for local use only.',
    });
  } else if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'DATABASE_URL must be a PostgreSQL address starting with postgres:// or postgresql://.' });
  }
  if (!env.SMTP_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['SMTP_URL'],
      message: 'In production set SMTP_URL (smtp://user:password@host:587 or smtps://…:465) so people get their ticket mails: the local mail catcher is for development only.',
    });
  }
}
