import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const faceProvider = {
  FACE_VERIFIER_URL: 'https://face.example.org/',
  FACE_VERIFIER_TOKEN: 'a-long-enough-face-token',
  FACE_VERIFIER_PUBLIC_KEY: generateKeyPairSync('ed25519')
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString(),
};

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      demoData: true,
      worker: 'inline',
      rateLimitPerMinute: 600,
    });
    expect(config.dataDir.endsWith('data')).toBe(true);
  });

  it('names every wrong variable', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SHEBAO_WORKER: 'maybe' }),
    ).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*SHEBAO_WORKER|PORT[\s\S]*SHEBAO_WORKER[\s\S]*DATABASE_URL/,
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
  });

  it('requires a real key and an SMS gateway, and refuses demo data and the development outbox in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SHEBAO_DATA_KEY/);
    const key = Buffer.alloc(32, 7).toString('base64');
    const sms = {
      SMS_HTTP_URL: 'https://sms.example.org/send',
      SMS_HTTP_TOKEN: 'a-long-enough-token',
      ...faceProvider,
    };
    expect(() => loadConfig({ NODE_ENV: 'production', SHEBAO_DATA_KEY: key })).toThrow(
      /SMS_HTTP_URL/,
    );
    const production = loadConfig({ NODE_ENV: 'production', SHEBAO_DATA_KEY: key, ...sms });
    expect(production).toMatchObject({
      demoData: false,
      sms: { provider: 'http', url: sms.SMS_HTTP_URL },
    });
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        SHEBAO_DATA_KEY: key,
        ...sms,
        SHEBAO_DEMO_DATA: 'true',
      }),
    ).toThrow(/SHEBAO_DEMO_DATA/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SHEBAO_DATA_KEY: key, SMS_PROVIDER: 'development' }),
    ).toThrow(/SMS_PROVIDER/);
    expect(() => loadConfig({ SHEBAO_DATA_KEY: 'short' })).toThrow(/SHEBAO_DATA_KEY/);
  });

  it('uses the development face verifier outside production, refuses it in production, and needs the provider settings with http', () => {
    expect(loadConfig({}).faceVerifier).toEqual({ provider: 'development' });
    expect(loadConfig({}).realPersonAuthFreshMinutes).toBe(15);
    const key = Buffer.alloc(32, 7).toString('base64');
    const production = {
      NODE_ENV: 'production',
      SHEBAO_DATA_KEY: key,
      SMS_HTTP_URL: 'https://sms.example.org/send',
      SMS_HTTP_TOKEN: 'a-long-enough-token',
    };
    expect(() => loadConfig(production)).toThrow(/FACE_VERIFIER_URL/);
    expect(() =>
      loadConfig({ ...production, ...faceProvider, FACE_VERIFIER: 'development' }),
    ).toThrow(/FACE_VERIFIER: the development face verifier is refused/);
    const config = loadConfig({ ...production, ...faceProvider });
    expect(config.faceVerifier).toMatchObject({
      provider: 'http',
      url: 'https://face.example.org',
    });
    const der = generateKeyPairSync('ed25519')
      .publicKey.export({ type: 'spki', format: 'der' })
      .toString('base64');
    expect(
      loadConfig({ FACE_VERIFIER: 'http', ...faceProvider, FACE_VERIFIER_PUBLIC_KEY: der })
        .faceVerifier.provider,
    ).toBe('http');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    expect(() =>
      loadConfig({ FACE_VERIFIER: 'http', ...faceProvider, FACE_VERIFIER_PUBLIC_KEY: rsa }),
    ).toThrow(/FACE_VERIFIER_PUBLIC_KEY/);
    expect(() => loadConfig({ REAL_PERSON_AUTH_FRESH_MINUTES: '0' })).toThrow(
      /REAL_PERSON_AUTH_FRESH_MINUTES/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });
});
