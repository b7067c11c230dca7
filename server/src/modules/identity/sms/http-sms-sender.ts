import { SmsDeliveryError, type SmsSender } from './sms-sender.ts';

export interface HttpSmsSender extends SmsSender {
  readonly kind: 'http';
}

/**
 * The SMS gateway adapter. Contract (docs/INTEGRATIONS.md): `POST <url>` with
 * `Authorization: Bearer <token>` and JSON `{ "to": "+8613812345678", "text": "…", "reference": "…" }`;
 * any 2xx means accepted; anything else, or no answer within the timeout, is a failure.
 */
export function createHttpSmsSender(options: {
  url: string;
  token: string;
  timeoutMs?: number;
}): HttpSmsSender {
  return {
    kind: 'http',
    async send({ to, text, reference = crypto.randomUUID() }) {
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ to: `+86${to}`, text, reference }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
      } catch (error) {
        throw new SmsDeliveryError(`SMS gateway unreachable: ${(error as Error).name}`);
      }
      if (!response.ok) throw new SmsDeliveryError(`SMS gateway answered ${response.status}`);
    },
  };
}
