import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PERSONS } from '../../src/modules/persons/index.ts';
import { signInCitizen } from '../helpers/citizen.ts';
import { createTestApp } from '../helpers/test-app.ts';

const chen = DEMO_PERSONS[0]!;

describe('binding the account to a person of the registry', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  const bind = (cookie: string, payload: { name: string; citizenId: string }) =>
    t.app.inject({ method: 'POST', url: '/api/v1/me/person', headers: { cookie }, payload });

  it('gives the same 422 for an unknown ID number and a wrong name, and binds nothing', async () => {
    const { cookie } = await signInCitizen(t, '13900001001');
    const wrongName = await bind(cookie, { name: '陈晓', citizenId: chen.citizenId });
    const unknown = await bind(cookie, { name: chen.name, citizenId: '11010519491231002X' });
    expect(wrongName.statusCode).toBe(422);
    expect(wrongName.json().code).toBe('PERSON_NOT_MATCHED');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toEqual(wrongName.json());
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ personBound: false, person: null });
  });

  it('binds with the ID number typed with spaces and a lower-case x, shows the person masked, and audits it', async () => {
    const { cookie, accountId } = await signInCitizen(t, '13900001002');
    const typed = chen.citizenId.replace(/(.{6})(.{8})/, '$1 $2 ').toLowerCase();
    const response = await bind(cookie, { name: ` ${chen.name} `, citizenId: typed });
    expect(response.statusCode).toBe(200);
    const expectedPerson = {
      name: `${chen.name[0]}**`,
      citizenId: `${chen.citizenId.slice(0, 4)}**********${chen.citizenId.slice(-4)}`,
    };
    expect(response.json()).toMatchObject({ personBound: true, person: expectedPerson });
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.json()).toMatchObject({
      personBound: true,
      person: expectedPerson,
      realPersonAuthenticatedUntil: null,
    });
    const audit = await t.database.pool.query(
      `select action, actor_id from audit_log where action = 'citizen.person-bound'`,
    );
    expect(audit.rows).toEqual([{ action: 'citizen.person-bound', actor_id: accountId }]);
  });

  it('refuses a person already bound to another account with 409', async () => {
    const { cookie } = await signInCitizen(t, '13900001003');
    const response = await bind(cookie, { name: chen.name, citizenId: chen.citizenId });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('PERSON_ALREADY_BOUND');
    const { rows } = await t.database.pool.query(
      'select count(*)::int as n from citizen_accounts where person_id is not null',
    );
    expect(rows[0].n).toBe(1);
  });

  it('limits binding attempts to five a minute', async () => {
    const { cookie } = await signInCitizen(t, '13900001004');
    // Four attempts were made above; the fifth is allowed, the sixth answers 429.
    await bind(cookie, { name: '某某', citizenId: chen.citizenId });
    const limited = await bind(cookie, { name: '某某', citizenId: chen.citizenId });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
