import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { isStaffPolicy, staffPolicyRoles, type StaffPolicy } from '../http/route-policy.ts';
import { sessionCookie } from './session-cookie.ts';
import { findActiveSession, type ActiveSession, type SessionPolicy } from './session-store.ts';

/**
 * A signed-in staff member as the platform sees them. The staff module owns the accounts and
 * answers `findStaff`; the platform only needs the role and the agency for its checks.
 */
export interface StaffIdentity {
  id: string;
  username: string;
  displayName: string;
  role: string;
  /** The agency's city-level region code; null for administrators. */
  agencyRegionCode: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, on routes whose policy requires one. */
    session: ActiveSession | undefined;
    /** The signed-in staff member, on staff routes. */
    staff: StaffIdentity | undefined;
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
  options: {
    db: Db;
    isProduction: boolean;
    policy: SessionPolicy;
    /** The enabled, activated staff account behind a session; undefined otherwise. */
    findStaff: (accountId: string) => Promise<StaffIdentity | undefined>;
  },
): Promise<void> {
  const cookieSpec = sessionCookie(options.isProduction);
  await app.register(cookie);
  app.decorateRequest('session', undefined);
  app.decorateRequest('staff', undefined);

  const activeSession = async (request: FastifyRequest) => {
    const token = request.cookies[cookieSpec.name];
    return token ? findActiveSession(options.db, token, options.policy) : undefined;
  };

  const requireCitizen = async (request: FastifyRequest) => {
    const session = await activeSession(request);
    if (!session) throw new AppError('AUTHENTICATION_REQUIRED');
    if (session.accountKind !== 'citizen') throw new AppError('ROLE_NOT_ALLOWED');
    request.session = session;
  };

  const requireStaff = (policy: StaffPolicy) => {
    const roles: readonly string[] = staffPolicyRoles[policy];
    return async (request: FastifyRequest) => {
      const session = await activeSession(request);
      if (!session) throw new AppError('AUTHENTICATION_REQUIRED');
      if (session.accountKind !== 'staff') throw new AppError('ROLE_NOT_ALLOWED');
      // Looked up on every request: a disabled account loses access at once.
      const staff = await options.findStaff(session.accountId);
      if (!staff) throw new AppError('AUTHENTICATION_REQUIRED');
      if (!roles.includes(staff.role)) throw new AppError('ROLE_NOT_ALLOWED');
      request.session = session;
      request.staff = staff;
    };
  };

  app.addHook('onRoute', (route) => {
    const policy = route.config?.policy;
    const check =
      policy === 'citizen' ? requireCitizen : isStaffPolicy(policy) ? requireStaff(policy) : null;
    if (!check) return;
    // Before validation: a caller who may not use the route learns nothing about its body rules.
    route.preValidation = [check, ...toArray(route.preValidation)];
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
