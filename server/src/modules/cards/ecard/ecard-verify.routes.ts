import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../platform/http/error-responses.ts';
import { presentVerification } from './ecard.presenter.ts';
import { publicKeysSchema, verificationSchema, verifyBodySchema } from './ecard.schemas.ts';
import type { EcardRouteContext } from './ecard-routes-context.ts';
import { verifyEcardToken } from './queries/verify-ecard-token.ts';

/**
 * What hospitals and offices call, signed in or not: verify a QR code, and the public keys to
 * verify one offline (docs/INTEGRATIONS.md).
 */
export const ecardVerifyRoutes: FastifyPluginAsyncZod<EcardRouteContext> = async (app, options) => {
  const { db, keyring, referenceKey, now, presenterContext, config } = options;

  app.post(
    '/ecard/verify',
    {
      // Generous: a hospital's counters verify through one address all day long.
      config: {
        policy: 'public',
        rateLimit: { max: 10 * config.rateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['cards'],
        summary:
          'Verify an e-card QR code: 200 { valid: true, holderName (masked), cardState, regionName } or 200 { valid: false, reason }',
        body: verifyBodySchema,
        response: { 200: verificationSchema, ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const [verification, context] = await Promise.all([
        verifyEcardToken({ db, keyring, referenceKey, token: request.body.token, now: now() }),
        presenterContext(),
      ]);
      return presentVerification(verification, context);
    },
  );

  app.get(
    '/ecard/public-keys',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['cards'],
        summary:
          'The public keys (JWK, Ed25519) that sign e-card QR codes: the current one first, then retired ones still accepted',
        response: { 200: publicKeysSchema },
      },
    },
    async (_request, reply) => {
      // Public and the same for everyone: offline verifiers may keep it for five minutes, and a
      // verifier's web page on another site may read it.
      reply.header('cache-control', 'public, max-age=300');
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('access-control-allow-origin', '*');
      return { keys: [...keyring.jwks] };
    },
  );
};
