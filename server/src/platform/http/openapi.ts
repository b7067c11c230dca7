import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * The OpenAPI 3.1 document, generated from the route schemas: `/openapi.json`, browsable at `/docs`.
 * The web app's API client is generated from the same document (`npm run api:generate`).
 */
export async function registerOpenApi(
  app: FastifyInstance,
  options: { version: string },
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shebao (社保) API',
        description:
          'Public and authenticated services of the Shebao social insurance platform. Errors are JSON ' +
          '`{ code, message, messageEn, fields? }`; see docs/API.md for every code.',
        version: options.version,
      },
      tags: [
        { name: 'platform', description: 'Health and service information' },
        { name: 'identifiers', description: 'Citizen ID and unified social credit code checks' },
        { name: 'calendar', description: 'Working days and legal deadlines' },
        { name: 'regions', description: 'Regions, agencies and online transfer destinations' },
        { name: 'identity', description: 'Citizen sign-in and the signed-in account' },
        {
          name: 'calculator',
          description: 'Public calculators: what a pension transfer moves, and where it is claimed',
        },
      ],
    },
    transform: jsonSchemaTransform,
    // Schemas with a `.meta({ id })` become shared components the document refers to.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
