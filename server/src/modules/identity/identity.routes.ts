import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionCookie } from '../../platform/auth/session-cookie.ts';
import {
  revokeSession,
  type ActiveSession,
  type SessionPolicy,
} from '../../platform/auth/session-store.ts';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { errorResponses } from '../../platform/http/error-responses.ts';
import { sendSignInCode } from './commands/send-sign-in-code.ts';
import { signInWithCode } from './commands/sign-in-with-code.ts';
import { bindPersonToAccount } from './commands/bind-person-to-account.ts';
import { getCitizenAccount } from './queries/get-citizen-account.ts';
import { presentCitizenAccount } from './identity.presenter.ts';
import {
  bindPersonBodySchema,
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
  /** REAL_PERSON_AUTH_FRESH_MINUTES. */
  freshMinutes: number;
}

/** Citizen sign-in with a phone number and a one-time code; the citizen's own account. */
export const identityRoutes: FastifyPluginAsyncZod<IdentityRouteOptions> = async (app, options) => {
  const { db, cipher, sms, sessionPolicy, freshMinutes } = options;
  const cookie = sessionCookie(options.isProduction);
  const present = async (accountId: string, session: ActiveSession) =>
    presentCitizenAccount(
      await getCitizenAccount({ db, cipher, accountId, freshMinutes }),
      session,
      sessionPolicy,
    );

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
      return present(account.id, session);
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
    async (request) => present(request.session!.accountId, request.session!),
  );

  app.post(
    '/me/person',
    {
      config: { policy: 'citizen', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity'],
        summary: 'Bind the account to a person of the registry by name and ID number',
        body: bindPersonBodySchema,
        response: { 200: citizenAccountSchema, ...errorResponses(400, 401, 403, 409, 422, 429) },
      },
    },
    async (request) => {
      const session = request.session!;
      await bindPersonToAccount({ db, cipher, accountId: session.accountId, ...request.body });
      return present(session.accountId, session);
    },
  );
};
