import type { Config } from '../../platform/config.ts';
import {
  createDevelopmentSmsOutbox,
  type DevelopmentSmsOutbox,
} from './sms/development-sms-outbox.ts';
import { createHttpSmsSender, type HttpSmsSender } from './sms/http-sms-sender.ts';

export { identityRoutes } from './identity.routes.ts';
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
