// Ticket types made up for the core's tests: the core never names a real plugin.
import { allOf, defineTicketType, invalidWords, onlyGroup, refuse, requestLifecycle, saying, whileOpen } from '@tickets/plugin-kit';
import { definePrincipalKindServer, defineSqlStore, defineTicketTypeServer, MetadataFieldError, sql } from '@tickets/plugin-kit/server';
import { z } from 'zod';
import { jsonTestStore } from './json-test-store.js';

/** Uses the system lifecycle; the results team is assigned. */
export const plainRequest = defineTicketType({
  type: 'plain-request',
  title: 'Plain request',
  metadata: z.object({ note: z.string().max(200).optional() }),
  startingStakeholders: () => [{ principal: { group: 'WRT' }, connection: 'assigned', role: 'actioner' }],
});

/** Ships its own lifecycle and restricts who may decide. */
export const reviewedRequest = defineTicketType({
  type: 'reviewed-request',
  title: 'Reviewed request',
  metadata: z.object({ reason: z.string().min(3, 'Say in a few words why.') }),
  // Requested → Under review → Applied, or Rejected / Duplicate: the statuses of edit-person's.
  lifecycle: requestLifecycle({ inProgress: { name: 'Under review' }, done: { name: 'Applied' } }),
  transitions: {
    Requested: { to: ['Under review', 'Rejected', 'Duplicate'] },
    'Under review': { to: ['Applied', 'Rejected', 'Requested', 'Duplicate'], by: [{ group: 'WRT' }] },
  },
  startingStakeholders: () => [{ principal: { group: 'WRT' }, connection: 'assigned', role: 'actioner' }],
});


/** What counted-request's schemas say of a field (its words `invalid.*`, so said in Spanish too). */
const COUNTED_INVALID = { byAtLeastOne: 'Increment by at least 1.', byAtMostTen: 'Increment by at most 10.' } as const;

/** Keeps metadata in its own table and offers actions; the shape every team's plugin has. */
export const countedRequest = defineTicketType({
  type: 'counted-request',
  title: 'Counted request',
  metadata: z.object({ start: z.number().int().min(0) }),
  storedMetadata: z.object({ count: z.number().int() }),
  actions: {
    increment: {
      title: 'Increment',
      input: z.object({ by: z.number().int().min(1, COUNTED_INVALID.byAtLeastOne).max(10, COUNTED_INVALID.byAtMostTen) }),
      can: allOf(whileOpen, onlyGroup('WRT', 'increment')),
    },
    explode: {
      title: 'Explode',
      input: z.object({}),
      can: onlyGroup('WRT', 'explode'),
    },
  },
  words: {
    'doing.increment': 'increment the counter',
    'doing.explode': 'explode',
    'change.count': 'count',
    'summary.counted': 'Counted up to {count}.',
    'refusal.unlucky': 'Start anywhere but at {start}.',
    ...invalidWords(COUNTED_INVALID),
  },
  startingStakeholders: () => [{ principal: { group: 'WRT' }, connection: 'assigned', role: 'actioner' }],
});

export const countedRequestServer = defineTicketTypeServer(countedRequest, {
  // Spanish only: a Polish reader gets its words in English, the kit's sentences in Polish.
  words: {
    es: {
      title: 'Solicitud contada',
      'action.increment.title': 'Incrementar',
      'action.explode.title': 'Explotar',
      'doing.increment': 'incrementar el contador',
      'doing.explode': 'explotar',
      'change.count': 'cuenta',
      'summary.counted': 'Contado hasta {count}.',
      'invalid.byAtLeastOne': 'Incrementa al menos en 1.',
      'invalid.byAtMostTen': 'Incrementa como mucho en 10.',
      'refusal.unlucky': 'Empieza en cualquier número menos en {start}.',
    },
  },
  store: defineSqlStore(countedRequest, {
    table: 'test_counted_requests',
    migrations: [{ name: '001-create', up: ['create table test_counted_requests (id serial primary key, namespace_id int not null, count int not null)'] }],
    async file({ metadata }) {
      // A rule of the type's own, said in its words (so in the reader's language).
      if (metadata.start === 13) throw new MetadataFieldError('counted.unlucky', ['start'], { definition: countedRequest, refusal: refuse('unlucky', { start: metadata.start }) });
      return { count: metadata.start };
    },
  }),
  effects: {
    async increment({ metadata, input }) {
      const count = metadata.count + input.by;
      return {
        summary: saying('counted', { count }),
        metadata: { count },
        changes: [{ field: 'count', label: 'count', before: metadata.count, after: count }],
        moveTo: count >= 10 ? 'Done' : 'In progress',
      };
    },
    async explode() {
      throw new Error('The effect failed half-way.');
    },
  },
});

export const plainRequestServer = defineTicketTypeServer(plainRequest, { store: jsonTestStore('test_plain_requests'), effects: {} });
export const reviewedRequestServer = defineTicketTypeServer(reviewedRequest, {
  store: jsonTestStore('test_reviewed_requests'),
  effects: {},
  words: { es: { title: 'Solicitud revisada', 'status.Requested': 'Solicitada', 'status.Under review': 'En revisión', 'status.Applied': 'Aplicada' } },
});

export const TEST_TICKET_TYPES = [plainRequestServer, reviewedRequestServer, countedRequestServer];

/**
 * Two principal kinds over the directory's competition tables, as a plugin registers them: a
 * competition's Delegates, and its organisers. Two rules over one table show that the rule decides.
 */
export const TEST_PRINCIPAL_KINDS = [
  definePrincipalKindServer({
    kind: 'competition',
    title: 'Competition',
    description: 'A competition; its Delegates belong to it.',
    principals: sql`select id, name from competitions`,
    members: sql`select competition_id as principal_id, user_id from competition_staff where role = 'delegate'`,
  }),
  definePrincipalKindServer({
    kind: 'organising-team',
    title: 'Organising team',
    description: "A competition's organisers.",
    principals: sql`select id, name || ' organisers' as name from competitions`,
    members: sql`select competition_id as principal_id, user_id from competition_staff where role = 'organiser'`,
  }),
];

/** A plain request whose plugin also brings the principal kinds above. */
export const TEST_TICKET_TYPES_WITH_KINDS = [
  defineTicketTypeServer(plainRequest, { store: jsonTestStore('test_plain_requests'), effects: {}, principalKinds: TEST_PRINCIPAL_KINDS }),
  reviewedRequestServer,
  countedRequestServer,
];

/**
 * Takes plain requests that turn out to be corrections: whoever moves one says why. Ships its own
 * lifecycle (Requested, In progress, Applied, Rejected, Duplicate) and assigns WST.
 */
export const correctionRequest = defineTicketType({
  type: 'correction-request',
  title: 'Correction request',
  metadata: z.object({ reason: z.string({ error: 'Say in a few words why.' }).trim().min(3, 'Say in a few words why.'), movedFrom: z.string().optional() }),
  lifecycle: requestLifecycle({ inProgress: { name: 'In progress' }, done: { name: 'Applied' } }),
  startingStakeholders: () => [{ principal: { group: 'WST' }, connection: 'assigned', role: 'actioner' }],
  moveIn: { from: ['plain-request'], fields: [{ key: 'reason', label: 'Why is it a correction?' }] },
});

export const correctionRequestServer = defineTicketTypeServer(correctionRequest, {
  store: jsonTestStore('test_correction_requests'),
  effects: {},
  moveIn: ({ ticket, given }) => ({ reason: given['reason'], movedFrom: ticket.title }),
});
