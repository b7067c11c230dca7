import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

describe('POST /api/v1/identifiers/validate', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const validate = (payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/identifiers/validate',
      payload: payload as object,
    });

  it('accepts a valid citizen ID typed with spaces and a lower-case x, with its details', async () => {
    const response = await validate({ kind: 'citizen-id', value: '110105 19491231 002x' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      valid: true,
      normalized: '11010519491231002X',
      errors: [],
      details: { birthDate: '1949-12-31', sex: 'female', regionCode: '110105' },
    });
  });

  it('upgrades a 15-digit legacy number', async () => {
    const body = (await validate({ kind: 'citizen-id', value: '110105491231002' })).json();
    expect(body).toMatchObject({ valid: true, normalized: '11010519491231002X' });
  });

  it('explains a wrong check character in both languages', async () => {
    const body = (await validate({ kind: 'citizen-id', value: '110105194912310021' })).json();
    expect(body.valid).toBe(false);
    expect(body.details).toBeUndefined();
    expect(body.errors).toEqual([
      { code: 'BAD_CHECK_CHARACTER', message: expect.any(String), messageEn: expect.any(String) },
    ]);
  });

  it('checks unified social credit codes without citizen details', async () => {
    expect((await validate({ kind: 'credit-code', value: '91110000600037341L' })).json()).toEqual({
      valid: true,
      normalized: '91110000600037341L',
      errors: [],
    });
    const bad = (await validate({ kind: 'credit-code', value: '91110000600037341N' })).json();
    expect(bad.valid).toBe(false);
    expect(bad.errors.map((e: { code: string }) => e.code)).toEqual(['BAD_CHECK_CHARACTER']);
  });

  it('answers a malformed request with 400 and every field', async () => {
    const missingKind = await validate({ value: '11010519491231002X' });
    expect(missingKind.statusCode).toBe(400);
    expect(missingKind.json().fields.map((f: { path: string }) => f.path)).toEqual(['kind']);
    const nonString = await validate({ kind: 'citizen-id', value: 11010519491231 });
    expect(nonString.statusCode).toBe(400);
    expect(nonString.json().fields.map((f: { path: string }) => f.path)).toEqual(['value']);
    const empty = await t.app.inject({ method: 'POST', url: '/api/v1/identifiers/validate' });
    expect(empty.statusCode).toBe(400);
  });
});
