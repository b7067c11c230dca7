import { DEMO_PERSONS, type DemoPerson } from '../../src/modules/persons/index.ts';
import { bindPersonToAccount } from '../../src/modules/identity/commands/bind-person-to-account.ts';
import type { createTestApp } from '../helpers/test-app.ts';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The demo person with this story key. */
export function demoPerson(key: string): DemoPerson {
  const person = DEMO_PERSONS.find((p) => p.key === key);
  if (!person) throw new Error(`No demo person ${key}`);
  return person;
}

let citizens = 0;
const bound = new WeakMap<TestApp, Map<string, Citizen>>();

interface Citizen {
  cookie: string;
  accountId: string;
  remoteAddress: string;
}

/**
 * A citizen bound to the demo person `key` (null: bound to nobody), signed in with a fresh phone
 * and client address (below the per-address limits); a person binds to one account only, so the
 * same person's citizen is reused within an app. With `authenticated`, a real-person
 * authentication is passed through the development verifier first.
 */
export async function citizenOf(
  t: TestApp,
  key: string | null,
  options: { authenticated?: boolean } = {},
): Promise<Citizen> {
  const known = key === null ? undefined : bound.get(t)?.get(key);
  const citizen = known ?? (await signInNew(t, key));
  if (options.authenticated) {
    const post = (url: string, payload?: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url,
        remoteAddress: citizen.remoteAddress,
        headers: { cookie: citizen.cookie },
        ...(payload ? { payload } : {}),
      });
    const consent = { noticeVersion: '2026-01', accepted: true };
    const started = await post('/api/v1/me/verification', { method: 'face', consent });
    if (started.statusCode !== 201) throw new Error(`verification answered ${started.statusCode}`);
    const confirmed = await post('/api/v1/me/verification/development-confirm');
    if (confirmed.statusCode !== 200) throw new Error(`confirm answered ${confirmed.statusCode}`);
  }
  return citizen;
}

async function signInNew(t: TestApp, key: string | null): Promise<Citizen> {
  citizens++;
  const phone = `139${String(40_000_000 + citizens * 97).padStart(8, '0')}`;
  const remoteAddress = `10.77.${Math.floor(citizens / 250)}.${citizens % 250}`;
  const post = (url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, remoteAddress, payload });
  await post('/api/v1/auth/sign-in-code', { phone });
  const code = /验证码是 (\d{6})/.exec(t.sms.messages()[0]?.text ?? '')?.[1] ?? '';
  const response = await post('/api/v1/auth/sign-in', { phone, code });
  if (response.statusCode !== 200) throw new Error(`sign-in answered ${response.statusCode}`);
  const session = response.cookies.find((c) => c.name === 'shebao_session')?.value;
  const { rows } = await t.database.pool.query<{ id: string }>(
    'select id from citizen_accounts where phone_index = $1',
    [t.cipher.blindIndex('phone', phone)],
  );
  const citizen = { cookie: `shebao_session=${session}`, accountId: rows[0]!.id, remoteAddress };
  if (key === null) return citizen;
  const person = demoPerson(key);
  await bindPersonToAccount({
    db: t.database.db,
    cipher: t.cipher,
    accountId: citizen.accountId,
    name: person.name,
    citizenId: person.citizenId,
  });
  if (!bound.has(t)) bound.set(t, new Map());
  bound.get(t)!.set(key, citizen);
  return citizen;
}
