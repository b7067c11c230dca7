import { openSession } from '../../src/platform/auth/session-store.ts';
import type { TestDatabase } from './test-app.ts';

/**
 * A session for a demo staff account, opened directly in the store: most tests are about what
 * staff may do, not about signing in (server/test/staff/staff-sign-in.test.ts covers that
 * through the route, TOTP included — and a TOTP code is good for one sign-in only).
 */
export async function staffSession(
  database: TestDatabase,
  username: string,
): Promise<{ cookie: string; staffId: string }> {
  const { rows } = await database.pool.query<{ id: string }>(
    'select id from staff_accounts where username = $1',
    [username],
  );
  const staffId = rows[0]?.id;
  if (!staffId) throw new Error(`no staff account ${username}`);
  const { token } = await openSession(
    database.db,
    { kind: 'staff', id: staffId },
    { idleMinutes: 30, absoluteHours: 12 },
  );
  return { cookie: `shebao_session=${token}`, staffId };
}
