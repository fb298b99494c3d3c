import type { TicketTypeDefinition } from '@tickets/plugin-kit';
import { z } from 'zod';
import type { Route } from '../../http/server.js';
import type { TicketTypeRegistry } from '../ticket-types/ticket-type-registry.js';
import { INTAKE_TICKETS_PATH } from './intake-route.js';
import { IntakeTicketCreated, IntakeTicketRequest } from './intake-request.js';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), as a client must send it. */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  // What JSON Schema cannot say (a refinement, a transform's output) is left to the server's check.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function componentName(type: string): string {
  return `Ticket_${type.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/** One request body per ticket type: the common fields, `type` fixed, `metadata` by the type's own schema. */
function requestSchemaOf(type: TicketTypeDefinition): JsonSchema {
  const metadataOptional = type.metadata.safeParse({}).success;
  const schema = IntakeTicketRequest.extend({
    type: z.literal(type.type),
    metadata: metadataOptional ? type.metadata.optional() : type.metadata,
  });
  let json: JsonSchema;
  try {
    json = jsonSchemaOf(schema);
  } catch {
    json = jsonSchemaOf(IntakeTicketRequest.extend({ type: z.literal(type.type) }));
  }
  return { title: type.title, ...(type.description ? { description: type.description } : {}), ...json };
}

const errorResponse = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/**
 * The intake contract as an OpenAPI 3.1 document, made from the same zod schemas the server checks
 * requests with — the common fields and every served ticket type's metadata — so it cannot drift.
 */
export function intakeOpenApiDocument(ticketTypes: TicketTypeRegistry): JsonSchema {
  const types = ticketTypes.all;
  const variants = Object.fromEntries(types.map((type) => [componentName(type.type), requestSchemaOf(type)]));
  const requestSchema =
    types.length === 0
      ? jsonSchemaOf(IntakeTicketRequest)
      : {
          oneOf: types.map((type) => ({ $ref: `#/components/schemas/${componentName(type.type)}` })),
          discriminator: { propertyName: 'type', mapping: Object.fromEntries(types.map((type) => [type.type, `#/components/schemas/${componentName(type.type)}`])) },
        };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tickets intake',
      version: '1.0.0',
      description:
        'How a host site files tickets for its users, server to server. Authenticate with an API key (`pnpm api-key create <name>`). ' +
        'Send an `Idempotency-Key` (e.g. a UUID made once per form submission) so that a retried request returns the first ticket instead of filing a second. ' +
        'Every refusal is `{ "error": { "code", "message", "fieldErrors": [{ "path", "message" }] } }`.',
    },
    paths: {
      [INTAKE_TICKETS_PATH]: {
        post: {
          operationId: 'fileTicket',
          summary: 'File a ticket of a type for a user of the host site',
          security: [{ bearerApiKey: [] }, { headerApiKey: [] }],
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'Makes the request safe to retry: the same key with the same body answers the first ticket (200); with another body, 422.',
              schema: { type: 'string', minLength: 1, maxLength: 255 },
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: requestSchema } } },
          responses: {
            '201': {
              description: 'The ticket was filed. `Location` is its page on the host site.',
              headers: { Location: { schema: { type: 'string' } } },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/TicketFiled' } } },
            },
            '200': {
              description: 'A retry with the same Idempotency-Key and body: the first ticket (header `Idempotent-Replayed: true`).',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/TicketFiled' } } },
            },
            '400': errorResponse('The body or a header is not valid: `fieldErrors` names each field (`metadata.…` for the ticket type\'s details).'),
            '401': errorResponse('No API key, an unknown one, or a revoked one.'),
            '404': errorResponse('Nothing at this path.'),
            '409': errorResponse('The ticket changed meanwhile, or a request with this Idempotency-Key is still being processed.'),
            '413': errorResponse('The body is too large.'),
            '415': errorResponse('The body is not `application/json`.'),
            '422': errorResponse('The requester is not known, or the Idempotency-Key was used for another request.'),
            '429': errorResponse('Too many requests for this API key (`domainCode` `rate_limit.intake`), or too many refused for a missing or unknown key from this address (`rate_limit.failed-sign-ins`).', {
              'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } },
              RateLimit: { description: 'What is left of the budget and when it is whole again (draft-ietf-httpapi-ratelimit-headers), e.g. `"intake";r=0;t=12`.', schema: { type: 'string' } },
              'RateLimit-Policy': { description: 'The budget, e.g. `"intake";q=60;w=60` (60 requests per 60 s).', schema: { type: 'string' } },
            }),
            '500': errorResponse('Something went wrong on our side; nothing was filed.'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerApiKey: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer tk_…' },
        headerApiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas: {
        ...variants,
        TicketFiled: jsonSchemaOf(IntakeTicketCreated),
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'fieldErrors'],
              properties: {
                code: { type: 'string', examples: ['BAD_REQUEST', 'UNAUTHORIZED', 'TOO_MANY_REQUESTS'] },
                message: { type: 'string', description: 'What is wrong, in words a person can act on.' },
                fieldErrors: {
                  type: 'array',
                  items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string', examples: ['metadata.reason'] }, message: { type: 'string' } } },
                },
                domainCode: { type: ['string', 'null'], description: 'For a broken domain rule, its stable code.' },
              },
            },
          },
        },
      },
    },
  };
}

/** `GET /openapi.json`: the intake contract of this deployment (with the ticket types it serves). */
export function openApiRoute(ticketTypes: TicketTypeRegistry): Route {
  let document: string | null = null;
  return (req, res, url) => {
    if (url.pathname !== '/openapi.json' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    document ??= JSON.stringify(intakeOpenApiDocument(ticketTypes), null, 2);
    // Readable from any origin, so API tools in a browser can load it; it holds no secret.
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(req.method === 'HEAD' ? undefined : document);
    return true;
  };
}
