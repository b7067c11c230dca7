import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

/**
 * Changing a password is limited to five attempts a minute for each member of staff (each may
 * guess the current password), not for each address: staff of one office share an address.
 */
describe('the password change limit', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t.close());

  const attempt = (cookie: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/password',
      headers: { cookie },
      remoteAddress: '203.0.113.7',
      payload: {
        currentPassword: 'a wrong guess at it',
        newPassword: 'lanterns over the west lake',
      },
    });

  it('refuses a sixth attempt within the minute of the same member, not of a colleague at the same address', async () => {
    const { cookie: guesser } = await staffSession(t.database, 'demo.440100.staff');
    const { cookie: colleague } = await staffSession(t.database, 'demo.440100.supervisor');
    for (let i = 0; i < 5; i++) {
      const wrong = await attempt(guesser);
      expect(wrong.statusCode, `attempt ${i + 1}`).toBe(400);
    }
    const sixth = await attempt(guesser);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe('RATE_LIMITED');

    const other = await attempt(colleague);
    expect(other.statusCode).toBe(400);
    expect(other.json().code).not.toBe('RATE_LIMITED');
  });
});
