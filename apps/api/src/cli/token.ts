// `pnpm token <user>` prints a token for a demo user (name or id), signed with the configured
// HS256 secret or the local development secret the API uses when none is configured.
import { DEMO_USERS, findDemoUser, issueToken, loadConfig, loadTokenKey } from '@tickets/server';

const [who, expiresIn = '8h'] = process.argv.slice(2);
if (!who) {
  console.error(`Usage: pnpm token <user> [expiry]\nDemo users: ${DEMO_USERS.map((u) => `${u.login} (#${u.id})`).join(', ')}`);
  process.exit(2);
}
const demo = findDemoUser(who);
const userId = demo?.id ?? (/^\d+$/.test(who) ? Number(who) : null);
if (!userId) {
  console.error(`'${who}' is neither a demo user nor a user id. Demo users: ${DEMO_USERS.map((u) => u.login).join(', ')}.`);
  process.exit(2);
}
const config = loadConfig();
console.log(await issueToken(await loadTokenKey(config), userId, { expiresIn, config }));
