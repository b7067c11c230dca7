import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { citizenOf, type TestApp } from './transfer-helpers.ts';

describe('POST /api/v1/me/transfer-applications/eligibility', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  const ask = async (key: string, payload: Record<string, unknown>) => {
    const { cookie } = await citizenOf(t, key);
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/me/transfer-applications/eligibility',
      headers: { cookie },
      payload,
    });
  };

  it.each([
    ['closed-destination-hotan', '653200', 'DESTINATION_NOT_ONLINE', []],
    ['not-yet-contributing', '320100', 'NOT_CONTRIBUTING_AT_DESTINATION', []],
    ['old-place-still-contributing', '330100', 'OLD_ACCOUNT_NOT_SUSPENDED', []],
    ['arrears', '350200', 'ARREARS_AT_OLD_PLACE', []],
    // She holds no relationship anywhere else: nothing at the destination, nothing to move.
    [
      'drawing-pension',
      '370200',
      'DRAWING_PENSION',
      ['NOT_CONTRIBUTING_AT_DESTINATION', 'NO_RECORD_AT_OLD_PLACE'],
    ],
    ['temporary-account-man', '320500', 'TEMPORARY_ACCOUNT_CASE', []],
    ['temporary-account-woman', '330100', 'TEMPORARY_ACCOUNT_CASE', []],
    ['open-application', '610100', 'OPEN_APPLICATION_EXISTS', []],
    [
      'deceased',
      '440300',
      'PERSON_DECEASED',
      ['NOT_CONTRIBUTING_AT_DESTINATION', 'NO_RECORD_AT_OLD_PLACE'],
    ],
    ['first-job', '350200', 'NO_RECORD_AT_OLD_PLACE', []],
  ] as const)(
    '%s applying to %s: not eligible, %s explained',
    async (key, destinationRegion, code, also) => {
      const response = await ask(key, { scheme: 'employee-pension', destinationRegion });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.eligible).toBe(false);
      const reason = body.reasons.find((r: { code: string }) => r.code === code);
      expect(reason).toBeDefined();
      expect(reason.zh.length).toBeGreaterThan(10);
      expect(reason.en.length).toBeGreaterThan(10);
      expect(body.reasons.map((r: { code: string }) => r.code).sort()).toEqual(
        [code, ...also].sort(),
      );
    },
  );

  it('the temporary-account case explains what happens instead', async () => {
    const body = (
      await ask('temporary-account-man', {
        scheme: 'employee-pension',
        destinationRegion: '320500',
      })
    ).json();
    const reason = body.reasons.find((r: { code: string }) => r.code === 'TEMPORARY_ACCOUNT_CASE');
    expect(reason.zh).toContain('临时缴费账户');
    expect(reason.en).toContain('temporary contribution account');
  });

  it('the standard cross-province case is eligible and prefills the old place', async () => {
    const response = await ask('cross-province', {
      scheme: 'employee-pension',
      destinationRegion: '440100',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.eligible).toBe(true);
    expect(body.reasons).toEqual([]);
    expect(body.prefill).toMatchObject({
      scheme: 'employee-pension',
      fromRegion: '510100',
      toRegion: '440100',
      fromAgency: { regionCode: '510100' },
      toAgency: { regionCode: '440100' },
    });
    expect(body.prefill.formerPersonalNumber).toMatch(/^510100/);
  });

  it('answers for the serving city when the destination is a county', async () => {
    const body = (
      await ask('cross-province', { scheme: 'employee-pension', destinationRegion: '440106' })
    ).json();
    expect(body.eligible).toBe(true);
    expect(body.prefill.toRegion).toBe('440100');
  });

  it('needs a bound person (422 PERSON_NOT_BOUND) and a signed-in citizen (401)', async () => {
    const { cookie } = await citizenOf(t, null);
    const payload = { scheme: 'employee-pension', destinationRegion: '440100' };
    const unbound = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/transfer-applications/eligibility',
      headers: { cookie },
      payload,
    });
    expect(unbound.statusCode).toBe(422);
    expect(unbound.json().code).toBe('PERSON_NOT_BOUND');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/transfer-applications/eligibility',
      payload,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses unknown properties and an unknown region', async () => {
    const extra = await ask('cross-province', {
      scheme: 'employee-pension',
      destinationRegion: '440100',
      eligible: true,
    });
    expect(extra.statusCode).toBe(400);
    const unknown = await ask('cross-province', {
      scheme: 'employee-pension',
      destinationRegion: '999999',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
