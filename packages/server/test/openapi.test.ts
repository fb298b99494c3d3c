import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../src/modules/intake/api-key-store.js';
import { startTestApi, userId } from './support/test-api.js';

const t = await startTestApi();

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, { post: { parameters: { name: string; in: string }[]; requestBody: { content: Record<string, { schema: { oneOf: { $ref: string }[] } }> } } }>;
  components: {
    schemas: Record<string, { properties: Record<string, { const?: string }>; required?: string[] }>;
    securitySchemes: Record<string, { type: string; scheme?: string; name?: string }>;
  };
}

async function fetchDocument(): Promise<OpenApiDocument> {
  const response = await fetch(`${t.api.url}/openapi.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json');
  return (await response.json()) as OpenApiDocument;
}

describe('the intake contract at /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = await fetchDocument();
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('describes one request body per served ticket type, with that type’s metadata schema', async () => {
    const document = await fetchDocument();
    const variants = document.paths['/intake/v1/tickets']!.post.requestBody.content['application/json']!.schema.oneOf.map((v) => v.$ref.split('/').pop()!);
    const types = t.api.services.ticketTypes.all.map((type) => type.type);
    expect(variants.map((name) => document.components.schemas[name]!.properties.type!.const)).toEqual(types);
    const reviewed = document.components.schemas['Ticket_reviewed-request']!;
    expect(reviewed.required).toEqual(expect.arrayContaining(['type', 'title', 'requester', 'metadata']));
    expect(reviewed.properties.metadata).toMatchObject({ properties: { reason: { type: 'string', minLength: 3 } }, required: ['reason'] });
  });

  it('is enough to file a ticket with plain fetch, the way a Rails app would', async () => {
    const document = await fetchDocument();
    const [path] = Object.keys(document.paths);
    const keyHeader = Object.values(document.components.securitySchemes).find((scheme) => scheme.type === 'apiKey')!.name!;
    const idempotencyHeader = document.paths[path!]!.post.parameters.find((p) => p.in === 'header')!.name;
    const { key } = await createApiKey(t.api.services.orm.em.fork(), 'rails host');

    const response = await fetch(new URL(path!, t.api.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [keyHeader]: key, [idempotencyHeader]: 'contact-form-42' },
      body: JSON.stringify({ type: 'plain-request', title: 'My results are missing', requester: { userId: userId('john') }, metadata: { note: 'Helsinki Open 2025' } }),
    });

    expect(response.status).toBe(201);
    const body = (await response.json()) as { ticket: Record<string, unknown> };
    expect(Object.keys(body.ticket).sort()).toEqual([...(document.components.schemas.TicketFiled as unknown as { properties: { ticket: { required: string[] } } }).properties.ticket.required].sort());
    const detail = await t.client('john').tickets.get.query({ ticketId: body.ticket.id as number });
    expect(detail.ticket.title).toBe('My results are missing');
  });
});
