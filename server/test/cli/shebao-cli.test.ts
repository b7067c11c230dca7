import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runCommand } from '../helpers/run-command.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

// Each step spawns the CLI as its own process (a few seconds to start on a busy machine).
describe('npx shebao', { timeout: 120_000 }, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const shebao = (...args: string[]) =>
    runCommand([`${repositoryRoot}/bin/shebao.mjs`, ...args], { DATABASE_URL: database.url });

  it('opens a region, lists it, closes it, and the audit chain verifies', async () => {
    const opened = await shebao(
      'regions',
      'open',
      '440100',
      '--scheme',
      'employee-pension',
      '--since',
      '2024-01-01',
    );
    expect(opened.stderr).toBe('');
    expect(opened).toMatchObject({
      code: 0,
      stdout: 'Opened employee-pension online transfer in 440100 from 2024-01-01.\n',
    });

    const listed = await shebao('regions', 'list', '--scheme', 'employee-pension');
    expect(listed.stdout).toContain('440100  employee-pension  since 2024-01-01');
    expect(listed.stdout).toContain('1 open.');

    const closed = await shebao('regions', 'close', '440100', '--scheme', 'employee-pension');
    expect(closed).toMatchObject({
      code: 0,
      stdout: 'Closed employee-pension online transfer in 440100.\n',
    });

    const audit = await database.pool.query(
      `select action, actor_type from audit_log order by seq`,
    );
    expect(audit.rows).toEqual([
      { action: 'online-transfer.opened', actor_type: 'cli' },
      { action: 'online-transfer.closed', actor_type: 'cli' },
    ]);
    const verified = await shebao('audit', 'verify');
    expect(verified).toMatchObject({
      code: 0,
      stdout: 'Audit chain intact: 2 entries verified.\n',
    });
    // The check read every entry: it is audited, as the web console's is, with its result.
    const { rows: checks } = await database.pool.query(
      `select actor_type, actor_id, subject_type, subject_id, data from audit_log
        where action = 'audit-log.verified' order by seq`,
    );
    expect(checks).toEqual([
      {
        actor_type: 'cli',
        actor_id: userInfo().username,
        subject_type: 'audit-log',
        subject_id: 'audit-log',
        data: { ok: true, entries: 2, brokenAt: null },
      },
    ]);
    // And that entry is a link of the chain like any other.
    const again = await shebao('audit', 'verify');
    expect(again.stdout).toBe('Audit chain intact: 3 entries verified.\n');
  });

  it('refuses bad arguments with a clear message and exit code 64, changing nothing', async () => {
    const badScheme = await shebao(
      'regions',
      'open',
      '440100',
      '--scheme',
      'pension',
      '--since',
      '2024-01-01',
    );
    expect(badScheme.code).toBe(64);
    expect(badScheme.stderr).toContain('--scheme must be one of');
    const badDate = await shebao(
      'regions',
      'open',
      '440100',
      '--scheme',
      'medical',
      '--since',
      '2024-13-01',
    );
    expect(badDate).toMatchObject({
      code: 64,
      stderr: expect.stringContaining('--since must be a date'),
    });
    const province = await shebao(
      'regions',
      'open',
      '440000',
      '--scheme',
      'medical',
      '--since',
      '2024-01-01',
    );
    expect(province).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('REGION_NOT_A_DESTINATION'),
    });
    const unknown = await shebao('frobnicate');
    expect(unknown).toMatchObject({
      code: 64,
      stderr: expect.stringContaining('Usage: npx shebao'),
    });
    const { rows } = await database.pool.query(
      `select count(*)::int as n from online_transfer_openings where region_code in ('440100', '440000')`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('names the first broken link of a tampered audit chain and exits 2', async () => {
    const client = await database.pool.connect();
    try {
      await client.query('alter table audit_log disable trigger audit_log_no_update_or_delete');
      await client.query(
        `update audit_log set actor_id = 'someone-else' where seq = (select min(seq) from audit_log)`,
      );
      await client.query('alter table audit_log enable trigger audit_log_no_update_or_delete');
    } finally {
      client.release();
    }
    const verified = await shebao('audit', 'verify');
    expect(verified.code).toBe(2);
    expect(verified.stderr).toMatch(/Audit chain BROKEN at entry #1 .*its content was changed/);
    // A failed check is audited too, naming the link it found broken.
    const { rows: tampered } = await database.pool.query(
      `select seq::int as seq, id from audit_log order by seq limit 1`,
    );
    const { rows: checks } = await database.pool.query(
      `select actor_type, data from audit_log where action = 'audit-log.verified' order by seq desc limit 1`,
    );
    expect(checks).toEqual([
      {
        actor_type: 'cli',
        data: {
          ok: false,
          entries: 0,
          brokenAt: { seq: tampered[0].seq, id: tampered[0].id, reason: 'hash-mismatch' },
        },
      },
    ]);
  });
});
