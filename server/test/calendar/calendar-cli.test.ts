import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_ARRANGEMENT_2027 } from '../../../domain/calendar/holiday-arrangement.example.ts';
import { useLoadedArrangements } from '../../../domain/calendar/index.ts';
import { repositoryRoot, runCommand } from '../helpers/run-command.ts';
import { createTestApp } from '../helpers/test-app.ts';

// Each step spawns the CLI as its own process (a few seconds to start on a busy machine), while
// the app of this test file runs as the server that must learn of the load.
describe('npx shebao calendar', { timeout: 120_000 }, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    dir = await mkdtemp(path.join(tmpdir(), 'shebao-calendar-'));
  });
  afterAll(async () => {
    useLoadedArrangements([]);
    await rm(dir, { recursive: true, force: true });
    await t?.close();
  });

  const shebao = (...args: string[]) =>
    runCommand([`${repositoryRoot}/bin/shebao.mjs`, ...args], { DATABASE_URL: t.database.url });
  const file = async (name: string, content: string) => {
    const at = path.join(dir, name);
    await writeFile(at, content);
    return at;
  };
  const counts = async () =>
    (
      await t.database.pool.query(
        `select (select count(*)::int from holiday_arrangements) as arrangements,
                (select count(*)::int from holiday_arrangement_days) as days,
                (select count(*)::int from audit_log where action = 'holiday-arrangements.loaded') as audits`,
      )
    ).rows[0];
  const yearsServed = async () =>
    (await t.app.inject({ url: '/api/v1/calendar/years' })).json().years as {
      year: number;
      source: string;
    }[];

  it('refuses a file that is not JSON, or not a valid arrangement, with exit 65 and every problem, loading nothing', async () => {
    const notJson = await shebao('calendar', 'load', await file('notice.txt', '2027年元旦放假'));
    expect(notJson.code).toBe(65);
    expect(notJson.stdout).toBe('');
    expect(notJson.stderr).toMatch(/^Nothing was loaded: cannot read .*notice\.txt as JSON/);

    const wrong = structuredClone(EXAMPLE_ARRANGEMENT_2027);
    wrong.holidays[1]!.workingDays = ['2027-02-17'];
    wrong.holidays[3]!.from = '2027-05-03';
    const invalid = await shebao(
      'calendar',
      'load',
      await file('wrong.json', JSON.stringify(wrong)),
    );
    expect(invalid.code).toBe(65);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('Nothing was loaded: ');
    expect(invalid.stderr).toContain('wrong.json has 1 problem:');
    expect(invalid.stderr).toContain(
      '  $.holidays[1].workingDays[0]: 2027-02-17 is a Wednesday: a make-up working day (调休上班) is a Saturday or Sunday',
    );

    const wrongYear = { ...structuredClone(EXAMPLE_ARRANGEMENT_2027), year: 2028 };
    const refused = await shebao(
      'calendar',
      'load',
      await file('wrong-year.json', JSON.stringify(wrongYear)),
    );
    expect(refused.code).toBe(65);
    expect(refused.stderr).toContain(
      '$.holidays[0].from: 2027-01-01 is outside the 2028 arrangement',
    );

    expect(await counts()).toEqual({ arrangements: 0, days: 0, audits: 0 });
    expect((await yearsServed()).at(-1)).toEqual({
      year: 2026,
      source: 'package',
      notice: null,
      loadedAt: null,
    });
  });

  it('refuses a year after a gap, even when the file itself is valid', async () => {
    const later = [
      {
        year: 2028,
        notice: '示例 2028',
        holidays: [
          { name: '元旦', from: '2028-01-01', to: '2028-01-03', workingDays: [] },
          { name: '春节', from: '2028-01-25', to: '2028-02-01', workingDays: ['2028-02-05'] },
          { name: '清明节', from: '2028-04-02', to: '2028-04-04', workingDays: [] },
          { name: '劳动节', from: '2028-05-01', to: '2028-05-03', workingDays: [] },
          { name: '端午节', from: '2028-05-27', to: '2028-05-29', workingDays: [] },
          { name: '中秋节、国庆节', from: '2028-10-01', to: '2028-10-07', workingDays: [] },
        ],
      },
    ];
    const refused = await shebao(
      'calendar',
      'load',
      await file('2028.json', JSON.stringify(later)),
    );
    expect(refused.code).toBe(65);
    expect(refused.stderr).toContain(
      'year 2028: 2028 cannot be loaded before 2027: working days are counted without a gap',
    );
    expect(await counts()).toEqual({ arrangements: 0, days: 0, audits: 0 });
  });

  it('loads a valid year, audited, and the running server counts with it at once', async () => {
    const at = await file('2027.json', JSON.stringify(EXAMPLE_ARRANGEMENT_2027, null, 2));
    const loaded = await shebao('calendar', 'load', at);
    expect(loaded.stderr).toBe('');
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain(
      `Loaded 2027 (${EXAMPLE_ARRANGEMENT_2027.notice}): 29 days off, 5 make-up working days.`,
    );
    expect(loaded.stdout).toContain('0 open deadlines counted again.');
    expect(loaded.stdout).toMatch(
      /Deadlines checked on \d{4}-\d{2}-\d{2} .*provisional from 2027-12-25/,
    );
    expect(await counts()).toEqual({ arrangements: 1, days: 34, audits: 1 });
    // The server of this test learns of it through NOTIFY, not by being told in-process.
    await expect
      .poll(async () => (await yearsServed()).at(-1), { timeout: 15_000 })
      .toMatchObject({ year: 2027, source: 'loaded' });
    const deadline = await t.app.inject({
      url: '/api/v1/calendar/deadline?from=2027-01-20&workingDays=15',
    });
    expect(deadline.json()).toEqual({ deadline: '2027-02-17', provisional: false });

    const listed = await shebao('calendar', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('2004–2026  from the chinese-days package');
    expect(listed.stdout).toMatch(/2027 {2}loaded \S+ by cli:\S+: 示例：2027年部分节假日安排/);
    expect(listed.stdout).toContain(
      'Deadlines reaching 2027-12-25 or later are provisional until 2028 is loaded.',
    );

    const again = await shebao('calendar', 'load', at);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      '5 make-up working days, replacing the arrangement loaded before.',
    );
    expect(await counts()).toEqual({ arrangements: 1, days: 34, audits: 2 });
  });
});
