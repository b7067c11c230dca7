import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import { completeFaceVerification } from './commands/complete-face-verification.ts';
import { redeemCounterCode } from './commands/redeem-counter-code.ts';
import { startRealPersonVerification } from './commands/start-real-person-verification.ts';
import { realPersonAuthenticatedUntil } from './queries/real-person-freshness.ts';
import { findAccountById } from './identity.repository.ts';
import {
  counterCodeBodySchema,
  faceResultBodySchema,
  startVerificationBodySchema,
  verificationResultSchema,
  verificationStartedSchema,
} from './verification.schemas.ts';
import type { IdentityVerifier } from './verification/identity-verifier.ts';

export interface VerificationRouteOptions {
  db: Db;
  cipher: FieldCipher;
  verifier: IdentityVerifier;
  freshMinutes: number;
}

/** Real-person authentication (实人认证): consent and start, the face result, the counter code. */
export const verificationRoutes: FastifyPluginAsyncZod<VerificationRouteOptions> = async (
  app,
  { db, cipher, verifier, freshMinutes },
) => {
  const freshUntil = async (accountId: string) => {
    const account = await findAccountById(db, accountId);
    const until = await realPersonAuthenticatedUntil({
      db,
      accountId,
      personId: account?.personId ?? null,
      withinMinutes: freshMinutes,
    });
    return until?.toISOString() ?? null;
  };

  app.post(
    '/me/verification',
    {
      config: { policy: 'citizen', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity'],
        summary: 'Consent to and start a real-person authentication',
        body: startVerificationBodySchema,
        response: {
          201: verificationStartedSchema,
          ...errorResponses(400, 401, 403, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const started = await startRealPersonVerification({
        db,
        cipher,
        verifier,
        accountId: request.session!.accountId,
        ...request.body,
        returnTo: `${request.protocol}://${request.host}/me/verification/return`,
      });
      return reply.code(201).send(started);
    },
  );

  app.post(
    '/me/verification/face-result',
    {
      config: { policy: 'citizen', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity'],
        summary: "Hand in the face-verification provider's signed result",
        body: faceResultBodySchema,
        response: { 200: verificationResultSchema, ...errorResponses(400, 401, 403, 422, 429) },
      },
    },
    async (request) => {
      const accountId = request.session!.accountId;
      const { result } = await completeFaceVerification({
        db,
        verifier,
        accountId,
        providerResult: request.body,
      });
      return { result, realPersonAuthenticatedUntil: await freshUntil(accountId) };
    },
  );

  app.post(
    '/me/verification/counter-code',
    {
      config: { policy: 'citizen', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity'],
        summary: 'Authenticate with a counter code (柜台核验码) issued by agency staff',
        body: counterCodeBodySchema,
        response: { 200: verificationResultSchema, ...errorResponses(400, 401, 403, 422, 429) },
      },
    },
    async (request) => {
      const accountId = request.session!.accountId;
      await redeemCounterCode({ db, cipher, accountId, code: request.body.code });
      return {
        result: 'passed' as const,
        realPersonAuthenticatedUntil: await freshUntil(accountId),
      };
    },
  );
};
