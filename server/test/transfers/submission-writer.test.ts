import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  writeSubmission,
  type SubmissionWrite,
} from '../../src/modules/transfers/commands/submission-writer.ts';
import { recordAudit, verifyAuditChain } from '../../src/platform/audit/index.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import { statementsDuring } from '../helpers/statements.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

/** A checked submission of `personId` as the command hands it to the writer. */
function submission(
  personId: string,
  overrides: { nextDeadlineOn?: string } = {},
): SubmissionWrite {
  const id = newId();
  const now = new Date();
  return {
    application: {
      id,
      personId,
      scheme: 'employee-pension',
      fromRegionCode: '510100',
      toRegionCode: '440100',
      status: 'submitted',
      contactPhoneEncrypted: 'not-encrypted-in-this-test',
      address: '广州市天河区体育西路1号',
      postCode: '510620',
      formerPersonalNumber: null,
      agentName: null,
      agentPhoneEncrypted: null,
      channel: 'web',
      submittedAt: now,
      version: 1,
      nextDeadlineOn: overrides.nextDeadlineOn ?? '2026-12-18',
    },
    action: {
      id: newId(),
      applicationId: id,
      personId,
      seq: 1,
      action: 'submitted',
      actorType: 'citizen',
      actorId: personId,
      at: now,
      deadlineOn: '2026-12-18',
    },
    event: { name: 'transfer-application.submitted', payload: { applicationId: id, personId } },
    audit: {
      actor: { type: 'citizen', id: personId },
      action: 'transfer-application.submitted',
      subjectType: 'transfer-application',
      subjectId: id,
    },
  };
}

const count = async (database: TestDatabase, query: string, values: unknown[] = []) =>
  Number((await database.pool.query<{ n: string }>(query, values)).rows[0]!.n);

describe('the submission writer (group commit)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('writes the submissions of one moment in one statement, each with its action, event and audit entry', async () => {
    const writes = Array.from({ length: 30 }, () => submission(newId()));
    let results: Awaited<ReturnType<typeof writeSubmission>>[] = [];
    const statements = await statementsDuring(async () => {
      results = await Promise.all(writes.map((write) => writeSubmission(database.db, write)));
    });
    expect(results.map((r) => r?.application.id)).toEqual(writes.map((w) => w.application.id));
    expect(results.every((r) => r?.actions.length === 1)).toBe(true);
    // One statement, its own transaction: no BEGIN, one round trip for the thirty.
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/insert into transfer_applications/);

    const ids = writes.map((w) => w.application.id);
    expect(
      await count(database, 'select count(*) n from transfer_applications where id = any($1)', [
        ids,
      ]),
    ).toBe(30);
    expect(
      await count(
        database,
        'select count(*) n from transfer_application_actions where application_id = any($1)',
        [ids],
      ),
    ).toBe(30);
    expect(
      await count(
        database,
        `select count(*) n from event_outbox where event->'payload'->>'applicationId' = any($1)`,
        [ids],
      ),
    ).toBe(30);
    // In the order given, each chained to the one before it.
    const { rows } = await database.pool.query<{ subject_id: string }>(
      'select subject_id from audit_log where subject_id = any($1) order by seq',
      [ids],
    );
    expect(rows.map((row) => row.subject_id)).toEqual(ids);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('writes one open application per person and scheme, also within one batch', async () => {
    const personId = newId();
    const [first, second] = await Promise.all([
      writeSubmission(database.db, submission(personId)),
      writeSubmission(database.db, submission(personId)),
    ]);
    expect(first?.application.personId).toBe(personId);
    expect(second).toBeUndefined();
    expect(await writeSubmission(database.db, submission(personId))).toBeUndefined();
    expect(
      await count(database, 'select count(*) n from transfer_applications where person_id = $1', [
        personId,
      ]),
    ).toBe(1);
    expect(
      await count(
        database,
        `select count(*) n from audit_log where data = '{}' and actor_id = $1`,
        [personId],
      ),
    ).toBe(1);
  });

  it('keeps the audit chain whole when batches of two processes and other audited changes interleave', async () => {
    // A second pool stands for a second server process: its own writer, its own batches.
    const other = openDatabase({ url: database.url, poolSize: 3 });
    try {
      for (let round = 0; round < 5; round++) {
        await Promise.all([
          ...Array.from({ length: 6 }, () => writeSubmission(database.db, submission(newId()))),
          ...Array.from({ length: 6 }, () => writeSubmission(other.db, submission(newId()))),
          ...Array.from({ length: 3 }, (_, i) =>
            database.db.transaction((tx) =>
              recordAudit(tx, {
                actor: { type: 'system', id: 'test' },
                action: 'other.change',
                subjectType: 'test',
                subjectId: `${round}-${i}`,
              }),
            ),
          ),
        ]);
      }
    } finally {
      await other.close();
    }
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });

  it('fails only the submission the database refuses; the others of its batch are written', async () => {
    const good = [submission(newId()), submission(newId())];
    const bad = submission(newId(), { nextDeadlineOn: 'not a date' });
    const outcomes = await Promise.allSettled(
      [good[0]!, bad, good[1]!].map((write) => writeSubmission(database.db, write)),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(
      await count(database, 'select count(*) n from transfer_applications where id = any($1)', [
        [...good, bad].map((w) => w.application.id),
      ]),
    ).toBe(2);
    expect(
      await count(database, 'select count(*) n from audit_log where subject_id = $1', [
        bad.application.id,
      ]),
    ).toBe(0);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});
