import type { InsuranceScheme } from '../../../../domain/schemes.ts';
import { staffSession } from '../../helpers/staff.ts';
import { citizenOf, demoPerson, type TestApp } from '../transfer-helpers.ts';

/** The contact phone every test application gives (a valid mobile: the scan must never see it). */
export const CONTACT_PHONE = '13800138000';

/**
 * The demo person `key` applies, through the citizen API, to move `scheme` along their story's
 * move; the application as the citizen got it back (201).
 */
export async function submitApplicationOf(
  t: TestApp,
  key: string,
  scheme: InsuranceScheme = 'employee-pension',
): Promise<{ id: string; version: number; citizenCookie: string }> {
  const person = demoPerson(key);
  if (!person.move) throw new Error(`${key} does not move`);
  const citizen = await citizenOf(t, key, { authenticated: true });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/transfer-applications',
    headers: { cookie: citizen.cookie },
    remoteAddress: citizen.remoteAddress,
    payload: {
      scheme,
      destinationRegion: person.move.to,
      fromRegion: person.move.from,
      contactPhone: CONTACT_PHONE,
      address: '示例市示例路1号',
      postCode: '510620',
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`${key} could not apply: ${response.statusCode} ${response.body}`);
  const { id, version } = response.json();
  return { id, version, citizenCookie: citizen.cookie };
}

/** The applicant's own view of the application (GET /me/transfer-applications/:id). */
export async function applicantView(t: TestApp, citizenCookie: string, id: string) {
  const response = await t.app.inject({
    url: `/api/v1/me/transfer-applications/${id}`,
    headers: { cookie: citizenCookie },
  });
  if (response.statusCode !== 200) throw new Error(`applicant view ${response.statusCode}`);
  return response.json();
}

/** A signed-in demo staff member (`demo.<region>.staff`) calling the agency API. */
export async function staffMember(t: TestApp, username: string) {
  const { cookie, staffId } = await staffSession(t.database, username);
  const call = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    t.app.inject({
      method,
      url: `/api/v1/agency${url}`,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    });
  return {
    staffId,
    get: (url: string) => call('GET', url),
    post: (url: string, payload: Record<string, unknown>) => call('POST', url, payload),
    accept: (id: string, version: number) => call('POST', `/cases/${id}/accept`, { version }),
    reject: (id: string, body: Record<string, unknown>) =>
      call('POST', `/cases/${id}/reject`, body),
    reveal: (id: string, field: string, reason = '核对申请人身份信息') =>
      call('POST', `/cases/${id}/reveal`, { field, reason }),
    casePage: (id: string) => call('GET', `/cases/${id}`),
  };
}

export type StaffMember = Awaited<ReturnType<typeof staffMember>>;

/** A valid rejection: a reason code and an explanation long enough. */
export const rejection = (version: number) => ({
  version,
  reasonCode: 'BACK_PAYMENT_NEEDS_DOCUMENTS',
  explanation: '请提供2024年一次性补缴所依据的劳动仲裁裁决书后重新申请。',
});

/** The payloads of the outbox events of this name, oldest first. */
export async function emittedEvents(t: TestApp, name: string): Promise<Record<string, unknown>[]> {
  const { rows } = await t.database.pool.query<{ payload: Record<string, unknown> }>(
    `select event->'payload' as payload from event_outbox where name = $1 order by id`,
    [name],
  );
  return rows.map((r) => r.payload);
}

/** What the database holds of a case: its status, version and timeline actions. */
export async function storedCase(t: TestApp, id: string) {
  const { rows } = await t.database.pool.query<{ status: string; version: number }>(
    'select status, version from transfer_applications where id = $1',
    [id],
  );
  const actions = await t.database.pool.query<{ action: string }>(
    'select action from transfer_application_actions where application_id = $1 order by seq',
    [id],
  );
  return { ...rows[0]!, actions: actions.rows.map((r) => r.action) };
}
