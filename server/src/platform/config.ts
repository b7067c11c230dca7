import { createPublicKey, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every environment variable the platform reads, with its default. README.md lists the same table. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  SHEBAO_DATA_DIR: z.string().min(1).default('./data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  SHEBAO_DATA_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64 (44 characters)')
    .optional(),
  SHEBAO_DEMO_DATA: booleanFlag.optional(),
  SHEBAO_WORKER: z.enum(['inline', 'off']).default('inline'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY: booleanFlag.default(false),
  SMS_PROVIDER: z.enum(['development', 'http']).optional(),
  SMS_HTTP_URL: z.url().optional(),
  SMS_HTTP_TOKEN: z.string().min(16).optional(),
  FACE_VERIFIER: z.enum(['development', 'http']).optional(),
  FACE_VERIFIER_URL: z.url().optional(),
  FACE_VERIFIER_TOKEN: z.string().min(16).optional(),
  FACE_VERIFIER_PUBLIC_KEY: z.string().min(1).optional(),
  REAL_PERSON_AUTH_FRESH_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  CARD_TEMPORARY_LOSS_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  ECARD_QR_SECONDS: z.coerce.number().int().min(10).max(600).default(60),
  ECARD_SIGNING_KEY: z.string().min(1).optional(),
  ECARD_RETIRED_PUBLIC_KEYS: z.string().min(1).optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  env: Environment['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  embeddedPostgresPort: number;
  dataKey: string | undefined;
  demoData: boolean;
  worker: Environment['SHEBAO_WORKER'];
  logLevel: Environment['LOG_LEVEL'];
  rateLimitPerMinute: number;
  trustProxy: boolean;
  sms: { provider: 'development' } | { provider: 'http'; url: string; token: string };
  session: { idleMinutes: number; absoluteHours: number };
  faceVerifier:
    | { provider: 'development' }
    | { provider: 'http'; url: string; token: string; publicKey: KeyObject };
  /** A sensitive action needs a real-person authentication no older than this. */
  realPersonAuthFreshMinutes: number;
  /** A card's temporary loss report ends by itself after this many days. */
  cardTemporaryLossDays: number;
  /**
   * The e-card's QR codes: how long one is valid, the Ed25519 key that signs them (PEM or base64
   * PKCS#8; required in production) and the public keys of earlier signing keys still accepted.
   * Parsed by the cards module's keyring (modules/cards/ecard/token/ecard-keyring.ts).
   */
  ecard: {
    qrSeconds: number;
    signingKey: string | undefined;
    retiredPublicKeys: string | undefined;
  };
}

/** Thrown when the environment is wrong; its message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; a wrong value stops the start with a message naming it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as shells and .env files commonly produce them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && !e.SHEBAO_DATA_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  SHEBAO_DATA_KEY: required in production (the development key is never used there)',
    );
  }
  if (isProduction && e.SHEBAO_DEMO_DATA) {
    throw new ConfigError(
      'Invalid configuration:\n  SHEBAO_DEMO_DATA: demo data is refused in production',
    );
  }
  const smsProvider = e.SMS_PROVIDER ?? (isProduction ? 'http' : 'development');
  if (isProduction && smsProvider === 'development') {
    throw new ConfigError(
      'Invalid configuration:\n  SMS_PROVIDER: the development outbox is refused in production',
    );
  }
  if (smsProvider === 'http' && (!e.SMS_HTTP_URL || !e.SMS_HTTP_TOKEN)) {
    throw new ConfigError(
      'Invalid configuration:\n  SMS_HTTP_URL, SMS_HTTP_TOKEN: required for the http SMS provider',
    );
  }
  const faceVerifier = loadFaceVerifier(e, isProduction);
  return {
    env: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.SHEBAO_DATA_DIR),
    embeddedPostgresPort: e.EMBEDDED_PG_PORT,
    dataKey: e.SHEBAO_DATA_KEY,
    demoData: e.SHEBAO_DEMO_DATA ?? !isProduction,
    worker: e.SHEBAO_WORKER,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    sms:
      smsProvider === 'http'
        ? { provider: 'http', url: e.SMS_HTTP_URL!, token: e.SMS_HTTP_TOKEN! }
        : { provider: 'development' },
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    faceVerifier,
    realPersonAuthFreshMinutes: e.REAL_PERSON_AUTH_FRESH_MINUTES,
    cardTemporaryLossDays: e.CARD_TEMPORARY_LOSS_DAYS,
    ecard: {
      qrSeconds: e.ECARD_QR_SECONDS,
      signingKey: e.ECARD_SIGNING_KEY,
      retiredPublicKeys: e.ECARD_RETIRED_PUBLIC_KEYS,
    },
  };
}

/** The face-verification provider: development outside production, the HTTP provider in it. */
function loadFaceVerifier(e: Environment, isProduction: boolean): Config['faceVerifier'] {
  const provider = e.FACE_VERIFIER ?? (isProduction ? 'http' : 'development');
  if (isProduction && provider === 'development') {
    throw new ConfigError(
      'Invalid configuration:\n  FACE_VERIFIER: the development face verifier is refused in production',
    );
  }
  if (provider === 'development') return { provider };
  if (!e.FACE_VERIFIER_URL || !e.FACE_VERIFIER_TOKEN || !e.FACE_VERIFIER_PUBLIC_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  FACE_VERIFIER_URL, FACE_VERIFIER_TOKEN, FACE_VERIFIER_PUBLIC_KEY: required for the http face verifier',
    );
  }
  return {
    provider,
    url: e.FACE_VERIFIER_URL.replace(/\/+$/, ''),
    token: e.FACE_VERIFIER_TOKEN,
    publicKey: parseEd25519PublicKey(e.FACE_VERIFIER_PUBLIC_KEY),
  };
}

/** An Ed25519 public key given as PEM or as base64 DER (SubjectPublicKeyInfo). */
function parseEd25519PublicKey(text: string): KeyObject {
  let key: KeyObject | undefined;
  try {
    key = text.includes('-----BEGIN')
      ? createPublicKey(text)
      : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
  } catch {
    key = undefined;
  }
  if (key?.asymmetricKeyType !== 'ed25519') {
    throw new ConfigError(
      'Invalid configuration:\n  FACE_VERIFIER_PUBLIC_KEY: must be an Ed25519 public key, PEM or base64 SPKI',
    );
  }
  return key;
}
