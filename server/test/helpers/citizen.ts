import type { FastifyInstance } from 'fastify';
import { bindPersonToAccount } from '../../src/modules/identity/commands/bind-person-to-account.ts';
import type { DevelopmentSmsOutbox } from '../../src/modules/identity/index.ts';
import type { FieldCipher } from '../../src/platform/crypto/index.ts';
import type { TestDatabase } from './test-app.ts';

interface TestApp {
  app: FastifyInstance;
  sms: DevelopmentSmsOutbox;
  database: TestDatabase;
  cipher: FieldCipher;
}

/** Signs a citizen in with the development outbox's code; the session cookie and the account id. */
export async function signInCitizen(
  t: TestApp,
  phone: string,
): Promise<{ cookie: string; accountId: string }> {
  await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in-code', payload: { phone } });
  const code = /验证码是 (\d{6})/.exec(t.sms.messages()[0]?.text ?? '')?.[1] ?? '';
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { phone, code },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in answered ${response.statusCode}`);
  const cookie = response.cookies.find((c) => c.name === 'shebao_session');
  const phoneIndex = t.cipher.blindIndex('phone', phone);
  const { rows } = await t.database.pool.query<{ id: string }>(
    'select id from citizen_accounts where phone_index = $1',
    [phoneIndex],
  );
  return { cookie: `shebao_session=${cookie?.value}`, accountId: rows[0]!.id };
}

/** Signs a citizen in and binds the account to a demo person directly (no route rate limit). */
export async function signInBound(
  t: TestApp,
  phone: string,
  person: { name: string; citizenId: string },
): Promise<{ cookie: string; accountId: string }> {
  const citizen = await signInCitizen(t, phone);
  await bindPersonToAccount({
    db: t.database.db,
    cipher: t.cipher,
    accountId: citizen.accountId,
    ...person,
  });
  return citizen;
}
