import type { FastifyRequest } from 'fastify';
import './authenticate.ts';

/**
 * A route's rate limit counted for each signed-in member of staff, not for each address: the staff
 * of one office share an address. Counted once the session is known (the preHandler hook, after
 * the route's policy has checked it); `scope` keeps each route's count apart.
 */
export function perStaffMemberLimit(scope: string, maxPerMinute: number) {
  return {
    max: maxPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `${scope}:${request.staff?.id ?? request.ip}`,
  };
}
