// Development (the development token key, the mail catcher, /dev/mails, the demo site) only when it
// is asked for; every other spelling of NODE_ENV an operator might type is production.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { deploymentMode, developmentOnlyRefusal } from '../src/deployment-mode.js';

describe('deploymentMode', () => {
  it.each([undefined, '', 'development', 'Development', ' DEVELOPMENT ', 'development\n'])('reads NODE_ENV=%j as development', (nodeEnv) => {
    expect(deploymentMode(nodeEnv)).toBe('development');
    expect(developmentOnlyRefusal('The demo site', nodeEnv)).toBeNull();
  });

  it.each(['production', 'Production', 'PRODUCTION', 'production ', ' production', 'prod', 'staging', 'test', 'dev', 'developmentx'])(
    'reads NODE_ENV=%j as production, and a development start refuses it pointing at the production start',
    (nodeEnv) => {
      expect(deploymentMode(nodeEnv)).toBe('production');
      expect(developmentOnlyRefusal('The demo site', nodeEnv)).toMatch(/runs only in development.*pnpm start:production/);
    },
  );
});

describe('configuration in production', () => {
  it.each(['production', 'Production', 'prod', 'production '])('with NODE_ENV=%j refuses to start without a token key, PostgreSQL and SMTP, naming each', (NODE_ENV) => {
    expect(() => loadConfig({ NODE_ENV })).toThrow(/TOKEN_SECRET: In production set TOKEN_SECRET[\s\S]*DATABASE_URL: In production set DATABASE_URL[\s\S]*SMTP_URL: In production set SMTP_URL/);
  });

  it('accepts a production configuration that names all three', () => {
    const config = loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'Zq3vN8kL1pR7sT0wX5yB2cD9eF4gH6jM', DATABASE_URL: 'postgres://tickets@db:5432/tickets', SMTP_URL: 'smtp://mail:587' });
    expect(deploymentMode(config.NODE_ENV)).toBe('production');
  });

  it('needs none of them in development', () => {
    expect(deploymentMode(loadConfig({}).NODE_ENV)).toBe('development');
  });
});
