import { Secret, TOTP } from 'otpauth';

/**
 * The TOTP second factor (RFC 6238: SHA-1, 6 digits, 30-second steps — what every authenticator
 * app reads from an otpauth:// URI). One step of clock drift either way is accepted. The step of
 * the accepted code is returned so that the caller can refuse the same code a second time.
 */
const ISSUER = 'Shebao';
const PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The otpauth:// URI an authenticator app enrols from (shown once, at activation). */
export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

/** The time step of a valid code, or undefined. */
export function acceptedTotpStep(
  secret: string,
  code: string,
  now: Date = new Date(),
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totp(secret, 'check').validate({
    token: code,
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return undefined;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** The current code: for the development page of demo accounts and for tests only. */
export function currentTotpCode(secret: string, now: Date = new Date()): string {
  return totp(secret, 'current').generate({ timestamp: now.getTime() });
}
