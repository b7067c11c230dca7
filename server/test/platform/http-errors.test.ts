import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

describe('errors and headers', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const expectNoLeak = (body: string) => {
    expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(body).not.toMatch(/select |insert |node_modules|\/work\//i);
  };

  it('lists every invalid field of a body with its path', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/identifiers/validate',
      payload: { kind: 'passport', value: 42, status: 'approved' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toBeTruthy();
    expect(body.messageEn).toBeTruthy();
    expect(body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'kind',
      'status',
      'value',
    ]);
    expect(body.fields.every((f: { location: string }) => f.location === 'body')).toBe(true);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/identifiers/validate',
      headers: { 'content-type': 'application/json' },
      payload: '{"kind": "citizen-id", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('MALFORMED_REQUEST');
    expectNoLeak(response.body);
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/identifiers/validate',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses TRACE', async () => {
    // light-my-request's types leave TRACE out, but it sends any method.
    const response = await t.app.inject({ method: 'TRACE' as 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(404);
  });

  it('sends the security headers and no-store on API answers', async () => {
    const response = await t.app.inject({ url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('publishes an OpenAPI 3.1 document generated from the routes', async () => {
    const response = await t.app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/identifiers/validate',
        '/api/v1/calendar/deadline',
        '/api/v1/regions',
        '/api/v1/transfer-destinations/{regionCode}',
      ]),
    );
    const docs = await t.app.inject({ url: '/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});

describe('rate limit', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ config: { rateLimitPerMinute: 3 } });
  });
  afterAll(() => t?.close());

  it('answers 429 with Retry-After past the limit', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await t.app.inject({ url: '/api/v1/regions' });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.json().code).toBe('RATE_LIMITED');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });
});
