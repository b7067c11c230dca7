import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/modules/admin/queries/list-audit-entries.ts';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

/** Reading the audit log is itself on record: who read it, with which filter, when. */
describe('reads of the audit log', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let auditadmin: { cookie: string; staffId: string };
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    auditadmin = await staffSession(t.database, 'demo.auditadmin');
  });
  afterAll(() => t.close());

  const read = (path: string, cookie = auditadmin.cookie) =>
    t.app.inject({ method: 'GET', url: `/api/v1/admin/audit-log${path}`, headers: { cookie } });

  /** The audit log's own entries about reads, straight from the table, oldest first. */
  const readEntries = async () =>
    (
      await t.database.pool.query<{
        seq: string;
        occurred_at: Date;
        actor_type: string;
        actor_id: string;
        action: string;
        subject_type: string;
        data: Record<string, unknown>;
      }>(
        `select seq, occurred_at, actor_type, actor_id, action, subject_type, data
           from audit_log where action like 'audit-log.%' order by seq`,
      )
    ).rows;

  it('records each page read with the reader, the filter and how many entries it returned', async () => {
    const before = new Date();
    const first = await read('?actorType=system&limit=1');
    expect(first.statusCode).toBe(200);
    const { nextBefore } = first.json();
    expect(nextBefore).not.toBeNull();
    const next = await read(`?actorType=system&limit=1&before=${nextBefore}`);
    expect(next.statusCode).toBe(200);

    const recorded = await readEntries();
    expect(recorded).toHaveLength(2);
    expect(recorded.map((e) => e.data)).toEqual([
      { filter: { actorType: 'system' }, limit: 1, returned: 1 },
      { filter: { actorType: 'system', beforeSeq: nextBefore }, limit: 1, returned: 1 },
    ]);
    for (const entry of recorded) {
      expect(entry).toMatchObject({
        actor_type: 'admin',
        actor_id: auditadmin.staffId,
        action: 'audit-log.read',
        subject_type: 'audit-log',
      });
      expect(entry.occurred_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    }
    // The next read shows the last one as the newest entry, with the reader's user name; a page
    // never shows its own entry, which is appended after the read.
    const [newest] = (await read('?limit=1')).json().entries;
    expect(newest).toMatchObject({
      seq: Number(recorded[1]!.seq),
      action: 'audit-log.read',
      actor: { type: 'admin', id: auditadmin.staffId, username: 'demo.auditadmin' },
    });
  });

  it('records each chain verification with its result, and the chain still verifies', async () => {
    const first = await read('/verification');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ ok: true, brokenAt: null });
    const [verified] = (await readEntries()).filter((e) => e.action === 'audit-log.verified');
    expect(verified).toMatchObject({
      actor_type: 'admin',
      actor_id: auditadmin.staffId,
      data: { ok: true, entries: first.json().entries, brokenAt: null },
    });
    // The reads' entries are links of the chain like any other.
    const second = (await read('/verification')).json();
    expect(second).toMatchObject({ ok: true, entries: first.json().entries + 1 });
  });

  it('keeps no ID or phone number typed into a filter', async () => {
    await listAuditEntries({
      db: t.database.db,
      actor: { type: 'admin', id: auditadmin.staffId },
      // The standard's example ID number and a mobile number, as someone might search for them.
      filter: { subjectType: 'person 13812345678', subjectId: '11010519491231002X' },
      limit: 5,
    });
    const last = (await readEntries()).at(-1)!;
    expect(last.data).toEqual({
      filter: { subjectType: 'person 138****5678', subjectId: '1101**********002X' },
      limit: 5,
      returned: 0,
    });
  });

  it('answers nothing when the read cannot be recorded', async () => {
    await t.database.pool.query(`
      create function refuse_audit_reads() returns trigger language plpgsql as $$
      begin
        if new.action like 'audit-log.%' then raise exception 'audit log unavailable'; end if;
        return new;
      end $$;
      create trigger refuse_audit_reads before insert on audit_log
        for each row execute function refuse_audit_reads();`);
    try {
      const count = (await readEntries()).length;
      const list = await read('');
      expect(list.statusCode).toBe(500);
      expect(list.json()).not.toHaveProperty('entries');
      const verification = await read('/verification');
      expect(verification.statusCode).toBe(500);
      expect(verification.json()).not.toHaveProperty('ok');
      expect(await readEntries()).toHaveLength(count);
    } finally {
      await t.database.pool.query(`
        drop trigger refuse_audit_reads on audit_log;
        drop function refuse_audit_reads();`);
    }
  });

  it('records nothing for someone who may not read the log', async () => {
    const count = (await readEntries()).length;
    const { cookie } = await staffSession(t.database, 'demo.sysadmin');
    expect((await read('', cookie)).statusCode).toBe(403);
    expect((await read('/verification', cookie)).statusCode).toBe(403);
    expect(await readEntries()).toHaveLength(count);
  });
});
