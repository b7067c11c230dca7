import { randomUUID } from 'node:crypto';
import type { TransferApplicationStatus } from '../../../../domain/transfer/application-status.ts';
import { newId } from '../../../src/platform/ids.ts';
import type { TestDatabase } from '../../helpers/test-app.ts';

type Pool = TestDatabase['pool'];

/**
 * An application row written directly, for the deadline watch and the supervisor views: they
 * read only the case's columns, so no person, form or history is needed behind it.
 */
export async function insertCase(
  pool: Pool,
  fields: {
    status?: TransferApplicationStatus;
    nextDeadlineOn: string | null;
    deadlineState?: 'on-time' | 'due-soon' | 'overdue' | null;
    fromRegionCode?: string;
    toRegionCode?: string;
    scheme?: string;
    submittedAt?: Date;
  },
): Promise<string> {
  const id = newId();
  await pool.query(
    `insert into transfer_applications (id, person_id, scheme, from_region_code, to_region_code,
       status, contact_phone_encrypted, address, post_code, channel, submitted_at, version,
       next_deadline_on, deadline_state)
     values ($1, $2, $3, $4, $5, $6, 'not-a-real-ciphertext', '测试地址', '518000', 'web', $7, 1, $8, $9)`,
    [
      id,
      randomUUID(),
      fields.scheme ?? 'employee-pension',
      fields.fromRegionCode ?? '440100',
      fields.toRegionCode ?? '440300',
      fields.status ?? 'submitted',
      fields.submittedAt ?? new Date(),
      fields.nextDeadlineOn,
      fields.deadlineState ?? null,
    ],
  );
  return id;
}

/** One action of a case's history, written directly (who, what, when, for which agency). */
export async function insertAction(
  pool: Pool,
  applicationId: string,
  action: {
    seq: number;
    action: string;
    at: Date;
    agencyRegionCode?: string | null;
  },
): Promise<void> {
  const staff = action.agencyRegionCode !== undefined && action.agencyRegionCode !== null;
  await pool.query(
    `insert into transfer_application_actions (id, application_id, person_id, seq, action,
       actor_type, actor_id, at, agency_region_code)
     select $1, id, person_id, $2, $3, $4, $5, $6, $7 from transfer_applications where id = $8`,
    [
      newId(),
      action.seq,
      action.action,
      staff ? 'staff' : 'citizen',
      staff ? 'test-staff' : 'test-citizen',
      action.at,
      action.agencyRegionCode ?? null,
      applicationId,
    ],
  );
}

/** The stored standing and the day it was set, per application id. */
export async function standings(
  pool: Pool,
  ids: string[],
): Promise<Record<string, { state: string | null; checkedOn: string | null }>> {
  const { rows } = await pool.query<{ id: string; state: string | null; checked: string | null }>(
    `select id, deadline_state as state, deadline_checked_on as checked
     from transfer_applications where id = any($1::uuid[])`,
    [ids],
  );
  return Object.fromEntries(rows.map((r) => [r.id, { state: r.state, checkedOn: r.checked }]));
}
