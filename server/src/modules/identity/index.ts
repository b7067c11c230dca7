import type { Config } from '../../platform/config.ts';
import {
  createDevelopmentSmsOutbox,
  type DevelopmentSmsOutbox,
} from './sms/development-sms-outbox.ts';
import { createHttpSmsSender, type HttpSmsSender } from './sms/http-sms-sender.ts';

import {
  createDevelopmentFaceVerifier,
  type DevelopmentFaceVerifier,
} from './verification/development-face-verifier.ts';
import {
  createHttpFaceVerifier,
  type HttpFaceVerifier,
} from './verification/http-face-verifier.ts';

export { identityRoutes } from './identity.routes.ts';
export { verificationRoutes } from './verification.routes.ts';
export { developmentFaceRoutes } from './development-face.routes.ts';
export { issueCounterCode } from './commands/issue-counter-code.ts';
export { requireFreshRealPersonAuthentication } from './queries/real-person-freshness.ts';
export { findBoundPersonId } from './queries/find-bound-person.ts';
export type { IdentityVerifier } from './verification/identity-verifier.ts';
export type { DevelopmentFaceVerifier, HttpFaceVerifier };
export { createDevelopmentFaceVerifier, createHttpFaceVerifier };
export { developmentSmsRoutes } from './development-sms.routes.ts';
export { normalizeMobilePhone } from './phone-number.ts';
export type { SmsSender } from './sms/sms-sender.ts';
export type { DevelopmentSmsOutbox, HttpSmsSender };
export { createDevelopmentSmsOutbox, createHttpSmsSender };

/** The SMS adapters; `kind` tells which one is in use. */
export type SmsAdapter = HttpSmsSender | DevelopmentSmsOutbox;

/** The SMS adapter the configuration names. */
export function createSmsSender(config: Config): SmsAdapter {
  return config.sms.provider === 'http'
    ? createHttpSmsSender({ url: config.sms.url, token: config.sms.token })
    : createDevelopmentSmsOutbox();
}

/** The face-verification adapters; `kind` tells which one is in use. */
export type FaceVerifierAdapter = HttpFaceVerifier | DevelopmentFaceVerifier;

/** The face-verification adapter the configuration names. */
export function createFaceVerifier(config: Config): FaceVerifierAdapter {
  const face = config.faceVerifier;
  return face.provider === 'http'
    ? createHttpFaceVerifier({ url: face.url, token: face.token, publicKey: face.publicKey })
    : createDevelopmentFaceVerifier();
}
