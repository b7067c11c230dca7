/**
 * The SMS port: how the platform sends a text message. The production adapter talks to an SMS
 * gateway over HTTP (`http-sms-sender.ts`); the development outbox keeps messages in memory and
 * shows them on a development-only page. Production refuses the development outbox.
 */
export interface SmsSender {
  readonly kind: 'http' | 'development';
  /**
   * `reference` names the message for the gateway's de-duplication (docs/INTEGRATIONS.md): a
   * caller that may retry a send gives the same one each time; without it a new one is made.
   */
  send(message: { to: string; text: string; reference?: string }): Promise<void>;
}

/** The gateway could not take the message; the caller answers 503 and nothing is half-done. */
export class SmsDeliveryError extends Error {
  override name = 'SmsDeliveryError';
}
