// The OpenAPI 3 document (GET /docs/json) built from the same route schemas that validate requests,
// and its browsable UI at /docs. Every operation is named after its entry in the shared route table
// (its operationId, what client generators call the method) and says how it is authenticated, from the
// same table the auth plugin enforces.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { api, type RouteDefinition } from '@rbm/shared/api';
import type { FastifyInstance, FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { SESSION_COOKIE } from '../modules/auth/auth.service.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The route table's entries by "METHOD /url", with their names. */
const OPERATIONS = new Map<string, { name: string; route: RouteDefinition }>(
  Object.entries(api).map(([name, route]) => [`${route.method} ${route.url}`, { name, route }]),
);

type SecurityRequirement = Record<string, string[]>;

/**
 * How an operation is authenticated: public operations need nothing; reads take the session cookie or an
 * API token; changes from a browser session also need the session's CSRF token in a header.
 */
export function securityOf(route: RouteDefinition): SecurityRequirement[] {
  if (route.auth.permission === 'public') return [];
  const session: SecurityRequirement =
    SAFE_METHODS.has(route.method) || route.auth.csrf === false
      ? { sessionCookie: [] }
      : { sessionCookie: [], csrfToken: [] };
  return [session, { apiToken: [] }];
}

/** The document's entry for one registered route: its table name and security added to its schema. */
export function describeOperation(method: string, url: string, schema: FastifySchema): FastifySchema {
  const found = OPERATIONS.get(`${method} ${url}`);
  if (!found) return schema;
  return { ...schema, operationId: found.name, security: securityOf(found.route) } as FastifySchema;
}

async function openapi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'RBM dashboard API',
        version: '1.0.0',
        description:
          'Results-based management of a strategic plan: framework, KPIs and their quarterly values, reviews, ' +
          'roll-ups and reports. Errors are application/problem+json with a stable `code`.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'This server: the API and the web client share one address' }],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Set by POST /api/auth/login',
          },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: "The session's CSRF token (from sign-in or GET /api/auth/session), on every change",
          },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'A personal API token, created on the account page; no CSRF token needed',
          },
        },
      },
      tags: [
        { name: 'system', description: 'Health' },
        { name: 'framework', description: 'Plans, goals, targets, priorities, outcomes, KPIs' },
      ],
    },
    transform: ({ schema, url, route }) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      return { schema: describeOperation(String(methods[0]), url, schema), url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

export default fp(openapi, { name: 'openapi' });
