/**
 * The SMS port: how the platform sends a text message. The production adapter talks to an SMS
 * gateway over HTTP (`http-sms-sender.ts`); the development outbox keeps messages in memory and
 * shows them on a development-only page. Production refuses the development outbox.
 */
export interface SmsSender {
  readonly kind: 'http' | 'development';
  send(message: { to: string; text: string }): Promise<void>;
}

/** The gateway could not take the message; the caller answers 503 and nothing is half-done. */
export class SmsDeliveryError extends Error {
  override name = 'SmsDeliveryError';
}
