import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffPolicyRoles, type RoutePolicy } from '../../src/platform/http/route-policy.ts';
import { signInCitizen } from '../helpers/citizen.ts';
import { staffSession } from '../helpers/staff.ts';
import { createTestApp } from '../helpers/test-app.ts';

/**
 * SECURITY.md: "A test walks the route table × roles and fails on any unexpected 2xx." Every API
 * route is called as every kind of caller; a caller its policy does not admit must get 401 (no
 * session) or 403 (wrong role) — before any validation, so an empty body is enough.
 */
const callers = [
  'anonymous',
  'citizen',
  'agency_staff',
  'agency_supervisor',
  'sysadmin',
  'secadmin',
  'auditadmin',
] as const;
type Caller = (typeof callers)[number];

function admits(policy: RoutePolicy, caller: Caller): boolean {
  if (policy === 'public') return true;
  if (policy === 'citizen') return caller === 'citizen';
  return (staffPolicyRoles[policy] as readonly string[]).includes(caller);
}

describe('the route table × roles', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const cookies = new Map<Caller, string | undefined>();
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    cookies.set('anonymous', undefined);
    cookies.set('citizen', (await signInCitizen(t, '14000000101')).cookie);
    cookies.set('agency_staff', (await staffSession(t.database, 'demo.440300.staff')).cookie);
    cookies.set(
      'agency_supervisor',
      (await staffSession(t.database, 'demo.440300.supervisor')).cookie,
    );
    for (const admin of ['sysadmin', 'secadmin', 'auditadmin'] as const) {
      cookies.set(admin, (await staffSession(t.database, `demo.${admin}`)).cookie);
    }
  });
  afterAll(() => t.close());

  it('declares a policy for every API route, and every kind of policy is in use', () => {
    const policies = new Set(t.app.routePolicies.map((route) => route.policy));
    expect(t.app.routePolicies.length).toBeGreaterThan(20);
    expect(policies).toContain('public');
    expect(policies).toContain('citizen');
    expect(policies).toContain('staff');
    expect(policies).toContain('sysadmin');
  });

  it('answers 401/403 to every caller a route does not admit', async () => {
    const unexpected: string[] = [];
    let request = 0;
    for (const route of t.app.routePolicies) {
      const url = route.url.replace(/:[A-Za-z]+/g, randomUUID());
      for (const caller of callers) {
        if (admits(route.policy, caller)) continue;
        const cookie = cookies.get(caller);
        const response = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: cookie ? { cookie } : {},
          // Per-route rate limits count per address; each call comes from its own.
          remoteAddress: `10.${Math.floor(++request / 250)}.${request % 250}.1`,
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        const expected = caller === 'anonymous' ? 401 : 403;
        if (response.statusCode !== expected) {
          unexpected.push(`${route.method} ${route.url} as ${caller}: ${response.statusCode}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
  });
});
