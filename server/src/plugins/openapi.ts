// The OpenAPI 3 document (GET /docs/json) built from the same route schemas that validate requests,
// and its browsable UI at /docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

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
      },
      tags: [
        { name: 'system', description: 'Health' },
        { name: 'framework', description: 'Plans, goals, targets, priorities, outcomes, KPIs' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

export default fp(openapi, { name: 'openapi' });
