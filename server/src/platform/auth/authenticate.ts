import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { sessionCookie } from './session-cookie.ts';
import { findActiveSession, type ActiveSession, type SessionPolicy } from './session-store.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, on routes whose policy requires one. */
    session: ActiveSession | undefined;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sessions from the cookie, and the checks every route gets from its declared policy:
 * `citizen` routes answer 401 without a live citizen session. Cookie-authenticated writes must
 * come from this site: a cross-site Origin or Sec-Fetch-Site is refused (SameSite=Strict is the
 * first line; this is the second).
 */
export async function registerAuthentication(
  app: FastifyInstance,
  options: { db: Db; isProduction: boolean; policy: SessionPolicy },
): Promise<void> {
  const cookieSpec = sessionCookie(options.isProduction);
  await app.register(cookie);
  app.decorateRequest('session', undefined);

  app.addHook('onRoute', (route) => {
    if (route.config?.policy !== 'citizen') return;
    const requireCitizen = async (request: FastifyRequest) => {
      const token = request.cookies[cookieSpec.name];
      const session = token
        ? await findActiveSession(options.db, token, options.policy)
        : undefined;
      if (!session || session.accountKind !== 'citizen')
        throw new AppError('AUTHENTICATION_REQUIRED');
      request.session = session;
    };
    route.preHandler = [requireCitizen, ...toArray(route.preHandler)];
  });

  app.addHook('onRequest', async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || !request.cookies?.[cookieSpec.name]) return;
    if (!isSameSite(request)) throw new AppError('CROSS_SITE_REQUEST');
  });
}

function isSameSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export { sessionCookie };
