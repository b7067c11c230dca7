import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { computeCitizenIdCheckCharacter } from '../domain/identifiers/index.ts';
import { buildApp } from '../server/src/app.ts';
import {
  DEMO_PERSONS,
  seedDemoPersons,
  type DemoPerson,
} from '../server/src/modules/persons/index.ts';
import { citizenAccounts } from '../server/src/modules/identity/identity.tables.ts';
import {
  realPersonConsents,
  realPersonVerifications,
} from '../server/src/modules/identity/verification.tables.ts';
import { openSession } from '../server/src/platform/auth/session-store.ts';
import { loadConfig, type Config } from '../server/src/platform/config.ts';
import { createFieldCipher, type FieldCipher } from '../server/src/platform/crypto/index.ts';
import type { Database } from '../server/src/platform/db/database.ts';

/** The demo person whose move (Guangzhou → Shenzhen, employee pension) every clone submits. */
export const TEMPLATE_KEY = 'within-province';

/** The form of the template's move, as the web client sends it. */
export const submissionForm = {
  scheme: 'employee-pension',
  destinationRegion: '440300',
  fromRegion: '440100',
  contactPhone: '13800138000',
  address: '深圳市福田区深南大道1号',
  postCode: '518000',
};

/**
 * The whole platform as in production (`NODE_ENV=production`, logging at `warn`), listening on a
 * loopback port, with the cipher the citizens are seeded with.
 */
export async function startProductionApp(
  database: Database,
): Promise<{ app: FastifyInstance; url: string; cipher: FieldCipher; config: Config }> {
  const loaded = loadConfig({
    NODE_ENV: 'production',
    SHEBAO_DATA_KEY: randomBytes(32).toString('base64'),
    // Production configuration needs a gateway; the benchmark sends no message.
    SMS_HTTP_URL: 'http://127.0.0.1:9/unused',
    SMS_HTTP_TOKEN: 'benchmark-sends-no-message',
    // Likewise a face-verification provider: authentications are recorded as passed directly.
    FACE_VERIFIER_URL: 'http://127.0.0.1:9/unused',
    FACE_VERIFIER_TOKEN: 'benchmark-verifies-no-face',
    FACE_VERIFIER_PUBLIC_KEY: generateKeyPairSync('ed25519')
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString(),
    // And the key that signs e-card QR codes.
    ECARD_SIGNING_KEY: generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString(),
  });
  const config: Config = { ...loaded, logLevel: 'warn', rateLimitPerMinute: 100_000_000 };
  const cipher = createFieldCipher(randomBytes(32));
  const app = await buildApp({ config, database, cipher });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, url, cipher, config };
}

/**
 * `count` people cloned from the template demo person — each with its own check-digit-valid ID
 * number and phone, so each may open one application — every one with a citizen account bound
 * to it, an open session and a real-person authentication that passed just now. Prepared with
 * the persons module's seed command and direct inserts, not through HTTP. Returns the cookies.
 */
export async function prepareCitizens(options: {
  database: Database;
  cipher: FieldCipher;
  config: Config;
  count: number;
  /** Distinguishes batches prepared on the same database. */
  batch: number;
}): Promise<string[]> {
  const { database, cipher, config, count, batch } = options;
  const template = DEMO_PERSONS.find((p) => p.key === TEMPLATE_KEY);
  if (!template) throw new Error(`no demo person ${TEMPLATE_KEY}`);
  const base = Date.UTC(1990 + batch, 0, 1);
  const clones: DemoPerson[] = Array.from({ length: count }, (_, i) => {
    const birth = new Date(base + Math.floor(i / 900) * 86_400_000);
    const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `440106${date}${String(100 + (i % 900)).padStart(3, '0')}`;
    return {
      ...template,
      key: `bench-${batch}-${i}`,
      citizenId: first17 + computeCitizenIdCheckCharacter(first17),
      // 141, two digits of batch and six of clone: unique for 100 batches of a million.
      phone: `141${String(batch).padStart(2, '0')}${String(i).padStart(6, '0')}`,
    };
  });
  const now = new Date();
  const cookieName = config.isProduction ? '__Host-shebao_session' : 'shebao_session';
  const cookies: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const chunk = clones.slice(start, start + 500);
    const { seeded } = await seedDemoPersons({ db: database.db, cipher, persons: chunk });
    if (seeded !== chunk.length) throw new Error(`seeded ${seeded} of ${chunk.length} people`);
    const { rows } = await database.pool.query<{ id: string; citizen_id_index: string }>(
      'select id, citizen_id_index from persons where citizen_id_index = any($1)',
      [chunk.map((p) => cipher.blindIndex('citizen-id', p.citizenId))],
    );
    const personIdOf = new Map(rows.map((r) => [r.citizen_id_index, r.id]));
    await database.db.transaction(async (tx) => {
      const accounts = chunk.map((person) => {
        const personId = personIdOf.get(cipher.blindIndex('citizen-id', person.citizenId));
        if (!personId) throw new Error(`person ${person.key} not found after seeding`);
        const phone = `139${person.phone.slice(3)}`;
        return {
          id: randomUUID(),
          phoneIndex: cipher.blindIndex('phone', phone),
          phoneEncrypted: cipher.encrypt(phone),
          personId,
          createdAt: now,
          boundAt: now,
        };
      });
      await tx.insert(citizenAccounts).values(accounts);
      const consents = accounts.map((a) => ({
        id: randomUUID(),
        accountId: a.id,
        purpose: 'real-person authentication' as const,
        method: 'face' as const,
        noticeVersion: '2026-01',
        channel: 'web',
        givenAt: now,
      }));
      await tx.insert(realPersonConsents).values(consents);
      await tx.insert(realPersonVerifications).values(
        accounts.map((a, i) => ({
          id: randomUUID(),
          accountId: a.id,
          personId: a.personId,
          consentId: consents[i]!.id,
          method: 'face' as const,
          result: 'passed' as const,
          providerTransactionId: `bench-${randomUUID()}`,
          score: 0.99,
          startedAt: now,
          completedAt: now,
        })),
      );
      for (const account of accounts) {
        const { token } = await openSession(
          tx,
          { kind: 'citizen', id: account.id },
          config.session,
          now,
        );
        cookies.push(`${cookieName}=${token}`);
      }
    });
  }
  // Statistics, as autovacuum would keep them in a running database: the tables grow by
  // thousands of rows between rounds, and a connection's generic plan (decision 41) made while
  // `transfer_applications` was nearly empty would otherwise scan it whole (bench/README.md).
  await database.pool.query('analyze');
  return cookies;
}

/** Waits until the pool has no query running or queued: requests the load generator gave up on. */
export async function drainPool(database: Database): Promise<void> {
  const { pool } = database;
  for (let i = 0; i < 100; i++) {
    if (pool.waitingCount === 0 && pool.idleCount === pool.totalCount) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
