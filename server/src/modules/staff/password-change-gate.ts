import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error.ts';

/** What a staff member whose password must change may still do: change it, look, or leave. */
const OPEN_WHILE_CHANGE_DUE = new Set([
  'POST /api/v1/staff/password',
  'GET /api/v1/staff/me',
  'POST /api/v1/staff/sign-out',
]);

/**
 * A preHandler for every route (app.ts): a staff member whose password is past the rotation
 * period gets 403 PASSWORD_CHANGE_REQUIRED everywhere else until they change it.
 */
export async function requirePasswordChangeFirst(request: FastifyRequest): Promise<void> {
  const staff = request.staff;
  if (!staff || !('passwordChangeRequired' in staff) || !staff.passwordChangeRequired) return;
  if (OPEN_WHILE_CHANGE_DUE.has(`${request.method} ${request.routeOptions.url}`)) return;
  throw new AppError('PASSWORD_CHANGE_REQUIRED');
}
