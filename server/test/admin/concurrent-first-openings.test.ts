import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOnlineTransfer } from '../../src/modules/regions/index.ts';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

/**
 * Two administrators open the same closed region at once, each from a page that showed it
 * closed (`expectedOpenSince: null`): the database decides which one came first, and the other
 * answers 409 like any stale write, leaving no trace.
 */
describe('two administrators opening the same closed region at once', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let cookies: string[];
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    // Two sessions: the admin console open in two places.
    cookies = [
      (await staffSession(t.database, 'demo.sysadmin')).cookie,
      (await staffSession(t.database, 'demo.sysadmin')).cookie,
    ];
    // Each insert of an opening takes a while, so that both requests have read the region as
    // closed before either commits — the window in which a check in the application cannot see
    // the other's row.
    await t.database.pool.query(`
      create function slow_opening_insert() returns trigger language plpgsql as $$
      begin perform pg_sleep(0.3); return new; end $$;
      create trigger slow_opening_insert before insert on online_transfer_openings
        for each row execute function slow_opening_insert();`);
  });
  afterAll(() => t.close());

  const open = (cookie: string, regionCode: string, openSince: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/regions/${regionCode}/openings`,
      headers: { cookie },
      payload: { scheme: 'employee-pension', openSince, expectedOpenSince: null },
    });

  /** What the database holds about the region: its opening rows, audit entries and events. */
  const traces = async (regionCode: string) => {
    const db = t.database.pool;
    const openings = await db.query(
      `select open_since from online_transfer_openings
        where region_code = $1 and scheme = 'employee-pension'`,
      [regionCode],
    );
    const audit = await db.query(
      `select data from audit_log where action = 'online-transfer.opened' and subject_id = $1 order by seq`,
      [regionCode],
    );
    const events = await db.query(
      `select event as payload from event_outbox
        where name = 'online-transfer.opened' and event->'payload'->>'regionCode' = $1
        order by id`,
      [regionCode],
    );
    return {
      openSince: openings.rows.map((r) => r.open_since),
      audited: audit.rows.map((r) => r.data.openSince),
      events: events.rows.map((r) => r.payload.payload.openSince),
    };
  };

  // Golog, Hotan and Nagqu have not opened employee pension in the demo registry.
  it.each(['632600', '653200', '540600'])(
    'in %s: exactly one succeeds, the other answers 409 with the winner’s date',
    async (regionCode) => {
      expect((await traces(regionCode)).openSince).toEqual([]);
      const answers = await Promise.all([
        open(cookies[0]!, regionCode, '2024-01-01'),
        open(cookies[1]!, regionCode, '2025-06-01'),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      const winner = answers.find((a) => a.statusCode === 200)!.json();
      const loser = answers.find((a) => a.statusCode === 409)!.json();
      expect(winner.previousSince).toBeNull();
      const openSince = winner.opening.openSince;
      expect(loser).toMatchObject({ code: 'CONFLICT', details: { openSince } });
      // Nothing of the refused change: one row with the winner's date, one audit entry, one event.
      expect(await traces(regionCode)).toEqual({
        openSince: [openSince],
        audited: [openSince],
        events: [openSince],
      });
    },
  );

  it('without a version check (the CLI), the later first opening is a change of the earlier', async () => {
    const open = (openSince: string) =>
      openOnlineTransfer({
        db: t.database.db,
        actor: { type: 'cli', id: 'test' },
        regionCode: '429021',
        scheme: 'employee-pension',
        openSince,
      });
    const both = await Promise.all([open('2024-01-01'), open('2025-06-01')]);
    const [first, later] = both[0].previousSince === null ? both : [both[1], both[0]];
    expect(first.previousSince).toBeNull();
    expect(later.previousSince).toBe(first.openSince);
    expect(await traces('429021')).toEqual({
      openSince: [later.openSince],
      audited: [first.openSince, later.openSince],
      events: [first.openSince, later.openSince],
    });
  });
});
