import pino from 'pino';
import { expect } from 'vitest';
import type { SmsSender } from '../../src/modules/identity/index.ts';
import { moduleBackgroundWork } from '../../src/modules/index.ts';
import { selectCaseForStep } from '../../src/modules/transfers/agency/agency-case-access.ts';
import {
  recordAgencyStep,
  type AgencyStep,
} from '../../src/modules/transfers/agency/record-agency-step.ts';
import { startWorker } from '../../src/platform/jobs/start-worker.ts';
import type { TestApp } from '../transfers/transfer-helpers.ts';

/**
 * Runs the background worker as `npm start` does (the outbox relay, the modules' subscriptions,
 * tasks and crontab) until no event waits in the outbox and no job is left, then stops it: every
 * event written so far has been delivered.
 */
export async function deliverPendingEvents(
  t: Pick<TestApp, 'database' | 'cipher' | 'sms'>,
  sms: SmsSender = t.sms,
): Promise<void> {
  const runner = await startWorker({
    pool: t.database.pool,
    db: t.database.db,
    log: pino({ level: 'silent' }),
    ...moduleBackgroundWork({ db: t.database.db, cipher: t.cipher, sms }),
  });
  try {
    await expect
      .poll(
        async () =>
          (
            await t.database.pool.query(
              `select (select count(*) from event_outbox)::int
                    + (select count(*) from graphile_worker.jobs)::int as n`,
            )
          ).rows[0].n,
        { timeout: 20_000, interval: 100 },
      )
      .toBe(0);
  } finally {
    await runner.stop();
  }
}

/**
 * The events not yet delivered: those waiting in the outbox, oldest first, then those the relay
 * (or a test) already queued as dispatch-event jobs.
 */
export async function pendingEventPayloads(t: TestApp): Promise<Record<string, unknown>[]> {
  const { rows } = await t.database.pool.query(
    `select event from (select 0 as place, id::text as ord, event from event_outbox
                       union all
                       select 1, lpad(j.id::text, 20, '0'), j.payload from graphile_worker._private_jobs j
                         join graphile_worker._private_tasks k on k.id = j.task_id
                        where k.identifier = 'dispatch-event') pending
      order by place, ord`,
  );
  return rows.map((row) => row.event);
}

/** An agency step taken by the demo staff of `regionCode`, through the one step recorder. */
export async function takeAgencyStep(
  t: TestApp,
  applicationId: string,
  step: AgencyStep,
  regionCode: string,
  options: { reasonCode?: string; note?: string } = {},
): Promise<void> {
  const { rows } = await t.database.pool.query<{ id: string }>(
    'select id from staff_accounts where username = $1',
    [`demo.${regionCode}.staff`],
  );
  const actor = {
    id: rows[0]!.id,
    displayName: `演示经办员 ${regionCode}`,
    role: 'agency_staff',
    agencyRegionCode: regionCode,
  };
  await t.database.db.transaction(async (tx) => {
    const side = step === 'out-done' ? 'transfer-out' : 'transfer-in';
    const application = await selectCaseForStep(tx, actor, applicationId, side);
    await recordAgencyStep(tx, {
      application,
      actor,
      step,
      version: application.version,
      reasonCode: options.reasonCode ?? null,
      note: options.note ?? null,
    });
  });
}
