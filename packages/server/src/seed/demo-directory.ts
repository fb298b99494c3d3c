// The demo directory `pnpm start` seeds into an empty database: the WCA namespace, its teams, and one
// person for each part people play. Ids are fixed so `pnpm token rita` and the demo page can name them.
export const DEMO_NAMESPACE = { key: 'wca', name: 'World Cube Association' } as const;

export const DEMO_GROUPS = [
  { id: 1, key: 'WRT', name: 'WCA Results Team', email: 'results@example.org' },
  { id: 2, key: 'WST', name: 'WCA Software Team', email: 'software@example.org' },
  { id: 3, key: 'WCAT', name: 'WCA Competition Announcement Team', email: 'competitions@example.org' },
  { id: 4, key: 'Delegates', name: 'WCA Delegates', email: 'delegates@example.org' },
] as const;

export const DEMO_PERSONS = [
  { id: 1, wcaId: '2019LOPE01', name: 'Rita Lopes', countryIso2: 'PT', dateOfBirth: '1998-04-12', gender: 'f' },
  { id: 2, wcaId: '2015SMIT02', name: 'John Smith', countryIso2: 'GB', dateOfBirth: '1990-01-30', gender: 'm' },
  { id: 3, wcaId: '2012KOWA01', name: 'Ana Kowalska', countryIso2: 'PL', dateOfBirth: '1994-07-03', gender: 'f' },
] as const;

export const DEMO_USERS = [
  { id: 1, login: 'sam', name: 'Sam Admin', email: 'sam@example.org', isSiteAdmin: true, personId: null, groups: [] },
  { id: 2, login: 'rita', name: 'Rita Lopes', email: 'rita@example.org', isSiteAdmin: false, personId: 1, groups: [] },
  { id: 3, login: 'ana', name: 'Ana Kowalska', email: 'ana@example.org', isSiteAdmin: false, personId: 3, groups: [{ key: 'WRT', lead: true }] },
  { id: 4, login: 'ben', name: 'Ben Okafor', email: 'ben@example.org', isSiteAdmin: false, personId: null, groups: [{ key: 'WRT', lead: false }] },
  { id: 5, login: 'dora', name: 'Dora Delegate', email: 'dora@example.org', isSiteAdmin: false, personId: null, groups: [{ key: 'Delegates', lead: false }] },
  { id: 6, login: 'dan', name: 'Dan Delegate', email: 'dan@example.org', isSiteAdmin: false, personId: null, groups: [{ key: 'Delegates', lead: false }] },
  { id: 7, login: 'wes', name: 'Wes Software', email: 'wes@example.org', isSiteAdmin: false, personId: null, groups: [{ key: 'WST', lead: true }] },
  { id: 8, login: 'cat', name: 'Cat Competitions', email: 'cat@example.org', isSiteAdmin: false, personId: null, groups: [{ key: 'WCAT', lead: true }] },
  { id: 9, login: 'john', name: 'John Smith', email: 'john@example.org', isSiteAdmin: false, personId: null, groups: [] },
  { id: 10, login: 'olga', name: 'Olga Organiser', email: 'olga@example.org', isSiteAdmin: false, personId: null, groups: [] },
] as const;

/**
 * Competitions and who runs them. Dora delegates Porto, Dan delegates Warsaw; Olga organises Porto
 * but is no Delegate, so the competition principal does not admit her.
 */
export const DEMO_COMPETITIONS = [
  { id: 1, key: 'PortoOpen2026', name: 'Porto Open 2026', staff: [{ login: 'dora', role: 'delegate' }, { login: 'olga', role: 'organiser' }] },
  { id: 2, key: 'WarsawSpring2026', name: 'Warsaw Spring 2026', staff: [{ login: 'dan', role: 'delegate' }] },
] as const;

/** A demo user by id or login name ('rita'), or undefined. */
export function findDemoUser(nameOrId: string) {
  const needle = nameOrId.trim().toLowerCase();
  return DEMO_USERS.find((user) => String(user.id) === needle || user.login === needle);
}
