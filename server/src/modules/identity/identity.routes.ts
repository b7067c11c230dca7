import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionCookie } from '../../platform/auth/session-cookie.ts';
import { revokeSession, type SessionPolicy } from '../../platform/auth/session-store.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import { sendSignInCode } from './commands/send-sign-in-code.ts';
import { signInWithCode } from './commands/sign-in-with-code.ts';
import { findAccountById } from './identity.repository.ts';
import { presentCitizenAccount } from './identity.presenter.ts';
import {
  citizenAccountSchema,
  sendCodeBodySchema,
  sendCodeResultSchema,
  signInBodySchema,
} from './identity.schemas.ts';
import type { SmsSender } from './sms/sms-sender.ts';

export interface IdentityRouteOptions {
  db: Db;
  cipher: FieldCipher;
  sms: SmsSender;
  sessionPolicy: SessionPolicy;
  isProduction: boolean;
}

/** Citizen sign-in with a phone number and a one-time code; the citizen's own account. */
export const identityRoutes: FastifyPluginAsyncZod<IdentityRouteOptions> = async (app, options) => {
  const { db, cipher, sms, sessionPolicy } = options;
  const cookie = sessionCookie(options.isProduction);

  app.post(
    '/auth/sign-in-code',
    {
      config: { policy: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity'],
        summary: 'Send a sign-in code by text message',
        body: sendCodeBodySchema,
        response: { 202: sendCodeResultSchema, ...errorResponses(400, 429, 503) },
      },
    },
    async (request, reply) => {
      const result = await sendSignInCode({ db, cipher, sms, phone: request.body.phone });
      return reply.code(202).send(result);
    },
  );

  app.post(
    '/auth/sign-in',
    {
      config: { policy: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with the code; sets the session cookie',
        body: signInBodySchema,
        response: { 200: citizenAccountSchema, ...errorResponses(400, 422, 429) },
      },
    },
    async (request, reply) => {
      const { phone, code } = request.body;
      const { token, session, account } = await signInWithCode({
        db,
        cipher,
        phone,
        code,
        sessionPolicy,
      });
      reply.setCookie(cookie.name, token, { ...cookie.options, expires: session.expiresAt });
      return presentCitizenAccount(account, phone, session, sessionPolicy);
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['identity'],
        summary: 'Sign out: ends the session at once',
        response: { 204: z.null(), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await revokeSession(db, request.session!.id);
      reply.clearCookie(cookie.name, cookie.options);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { policy: 'citizen' },
      schema: {
        tags: ['identity'],
        summary: 'The signed-in citizen',
        response: { 200: citizenAccountSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const session = request.session!;
      const account = await findAccountById(db, session.accountId);
      if (!account) throw new AppError('AUTHENTICATION_REQUIRED');
      return presentCitizenAccount(
        account,
        cipher.decrypt(account.phoneEncrypted),
        session,
        sessionPolicy,
      );
    },
  );
};
