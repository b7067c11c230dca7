import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import { completeFaceVerification } from './commands/complete-face-verification.ts';
import { verificationResultSchema } from './verification.schemas.ts';
import {
  DEVELOPMENT_CONFIRMATION,
  type DevelopmentFaceVerifier,
} from './verification/development-face-verifier.ts';

/**
 * DEVELOPMENT ONLY — `POST /api/v1/me/verification/development-confirm`: the citizen's "yes, it is
 * me" stands in for a face. Registered only with the development face verifier, which the
 * configuration refuses in production.
 */
export const developmentFaceRoutes: FastifyPluginAsyncZod<{
  db: Db;
  verifier: DevelopmentFaceVerifier;
  freshMinutes: number;
}> = async (app, { db, verifier, freshMinutes }) => {
  app.post(
    '/me/verification/development-confirm',
    {
      config: { policy: 'citizen' },
      schema: {
        hide: true,
        summary: 'DEVELOPMENT ONLY: pass the pending face authentication without a face',
        response: { 200: verificationResultSchema, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { result, completedAt } = await completeFaceVerification({
        db,
        verifier,
        accountId: request.session!.accountId,
        providerResult: DEVELOPMENT_CONFIRMATION,
      });
      return {
        result,
        realPersonAuthenticatedUntil: new Date(
          completedAt.getTime() + freshMinutes * 60_000,
        ).toISOString(),
      };
    },
  );
};
