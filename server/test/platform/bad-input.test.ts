import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';

/**
 * Whatever anyone sends, the answer is a clear 2xx/4xx with a stable code — never a 500, never a
 * stack trace (issue 2, "Done when").
 */
describe('any input to the public API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true, config: { rateLimitPerMinute: 1_000_000 } });
  });
  afterAll(() => t?.close());

  const expectClearAnswer = (response: { statusCode: number; body: string }) => {
    expect([200, 400, 404, 405, 413, 415, 422]).toContain(response.statusCode);
    if (response.statusCode >= 400) {
      const body = JSON.parse(response.body) as { code: string; message: string };
      expect(body.code).toMatch(/^[A-Z_]+$/);
      expect(body.message.length).toBeGreaterThan(0);
      expect(response.body).not.toMatch(/\bat .+:\d+:\d+|node_modules|SELECT |Error:/);
    }
  };

  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', ' ', '%', '../', '440100', '2024-02-30'),
  );

  it('answers the destination inquiry clearly for any code and scheme', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (code, scheme) => {
        const url = `/api/v1/transfer-destinations/${encodeURIComponent(code)}?scheme=${encodeURIComponent(scheme)}`;
        expectClearAnswer(await t.app.inject({ url }));
      }),
      { numRuns: 150 },
    );
  });

  it('answers the deadline calculator clearly for any query', async () => {
    const anyNumber = fc.oneof(fc.integer(), fc.double(), anyText).map(String);
    await fc.assert(
      fc.asyncProperty(anyText, anyNumber, fc.boolean(), async (from, days, working) => {
        const name = working ? 'workingDays' : 'calendarDays';
        const url = `/api/v1/calendar/deadline?from=${encodeURIComponent(from)}&${name}=${encodeURIComponent(days)}`;
        expectClearAnswer(await t.app.inject({ url }));
      }),
      { numRuns: 150 },
    );
  });

  it('answers the identifier check clearly for any JSON body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        expectClearAnswer(
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/identifiers/validate',
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('answers the region list clearly for any query', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(anyText), fc.option(anyText), async (parentCode, q) => {
        const query = new URLSearchParams();
        if (parentCode !== null) query.set('parentCode', parentCode);
        if (q !== null) query.set('q', q);
        const url = `/api/v1/regions?${query.toString()}`;
        expectClearAnswer(await t.app.inject({ url }));
      }),
      { numRuns: 100 },
    );
  });

  it('answers a path whose percent escapes do not decode as a malformed request, in its own words', async () => {
    for (const url of [
      '/api/v1/transfer-destinations/%E0%A4%A?scheme=employee-pension',
      '/api/v1/regions/%zz',
      '/my-applications/%E0%A4%A',
    ]) {
      const answer = await t.app.inject({ url });
      expectClearAnswer(answer);
      expect(answer.statusCode, url).toBe(400);
      expect(answer.json(), url).toEqual({
        code: 'MALFORMED_REQUEST',
        message: expect.any(String),
        messageEn: expect.any(String),
      });
    }
  });
});
