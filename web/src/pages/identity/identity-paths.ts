/** The addresses of binding the account to a person and of real-person authentication. */
export const identityPaths = {
  bind: '/account/identity',
  verification: '/account/verification',
  developmentFace: '/account/verification/development',
  counterCode: '/account/verification/counter-code',
} as const;

/** The version of the real-person authentication notice the consent page shows. */
export const VERIFICATION_NOTICE_VERSION = '2026-11';
