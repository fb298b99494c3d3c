// The one place that decides whether this process is a local development run or a deployment.
// Development turns on things that are safe only on a developer's machine (the development token
// key, the mail catcher and /dev/mails, the demo site that signs tokens for whoever its cookie
// names), so it must be asked for: NODE_ENV unset or `development` (any case, spaces trimmed).
// Every other value — `production`, `Production`, `prod`, `staging`, `test`, a typo — is production.
import { z } from 'zod';

export type DeploymentMode = 'development' | 'production';

/** NODE_ENV as the environment gives it (possibly unset or empty), read as a mode. */
export const DeploymentModeSchema = z
  .string()
  .optional()
  .transform((nodeEnv): DeploymentMode => {
    const spelled = (nodeEnv ?? '').trim().toLowerCase();
    return spelled === '' || spelled === 'development' ? 'development' : 'production';
  });

export function deploymentMode(nodeEnv: string | undefined): DeploymentMode {
  return DeploymentModeSchema.parse(nodeEnv);
}

/** The command that runs Tickets for real. */
export const PRODUCTION_START = 'pnpm start:production';

/**
 * Why a development-only start (the demo site, the API's development start) refuses to run, for
 * a NODE_ENV that is not development; null when it may run.
 */
export function developmentOnlyRefusal(what: string, nodeEnv: string | undefined): string | null {
  if (deploymentMode(nodeEnv) === 'development') return null;
  return (
    `${what} runs only in development, and NODE_ENV is ${JSON.stringify(nodeEnv)}. ` +
    'Development falls back to a development token key and a local mail catcher that shows every mail to anyone, so it never runs in production. ' +
    `To run Tickets in production use \`${PRODUCTION_START}\` (it needs TOKEN_SECRET or TOKEN_PUBLIC_KEY, DATABASE_URL and SMTP_URL); ` +
    'to run it locally, unset NODE_ENV or set it to development.'
  );
}
