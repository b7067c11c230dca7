import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PERSONS } from '../../src/modules/persons/index.ts';
import { signInBound, signInCitizen } from '../helpers/citizen.ts';
import { createTestApp } from '../helpers/test-app.ts';

describe('GET /api/v1/me/transfer-calculator/input: the calculator on one’s own record', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t.close());

  it('gives the bound person’s recorded history, which the calculator takes as it is', async () => {
    // Demo person 2: eight years in Chengdu (suspended), contributing in Guangzhou since 2024-10.
    const { cookie } = await signInBound(t, '14000000102', {
      name: '周子航',
      citizenId: '510104199008211358',
    });
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/transfer-calculator/input',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const input = response.json();
    expect(input).toMatchObject({
      person: { sex: 'male', birthDate: '1990-08-21', hukouRegion: '510104' },
      fromRegion: '510100',
      destinationRegion: '440100',
    });
    expect(input.history.length).toBeGreaterThan(1);
    expect(input.history.map((p: { region: string }) => p.region)).toEqual(
      expect.arrayContaining(['510100', '440100']),
    );

    const calculated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/transfer-calculator',
      payload: {
        person: input.person,
        fromRegion: input.fromRegion,
        destinationRegion: input.destinationRegion,
        transferDate: '2026-11-02',
        history: input.history,
      },
    });
    expect(calculated.statusCode).toBe(200);
    expect(calculated.json().pooledFundFen).toBeGreaterThan(0);
    const expected = DEMO_PERSONS.find((p) => p.citizenId === '510104199008211358')?.move?.expected;
    expect(expected && 'benefitRegion' in expected).toBe(true);
    if (expected && 'benefitRegion' in expected) {
      expect(calculated.json().benefitRegion).toBe(expected.benefitRegion);
    }
  });

  it('answers 422 PERSON_NOT_BOUND before binding, and 401 without a session', async () => {
    const { cookie } = await signInCitizen(t, '14000000199');
    const unbound = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/transfer-calculator/input',
      headers: { cookie },
    });
    expect(unbound.statusCode).toBe(422);
    expect(unbound.json().code).toBe('PERSON_NOT_BOUND');
    const anonymous = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/transfer-calculator/input',
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
