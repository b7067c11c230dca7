import type { SmsSender } from './sms-sender.ts';

export interface DevelopmentMessage {
  to: string;
  text: string;
  sentAt: string;
}

export interface DevelopmentSmsOutbox extends SmsSender {
  readonly kind: 'development';
  messages(): DevelopmentMessage[];
}

/**
 * DEVELOPMENT ONLY: keeps sent messages in memory instead of sending them, so that a newcomer can
 * read a sign-in code on the development page `/dev/sms`. The configuration refuses it in production.
 */
export function createDevelopmentSmsOutbox(limit = 50): DevelopmentSmsOutbox {
  const sent: DevelopmentMessage[] = [];
  return {
    kind: 'development',
    async send({ to, text }) {
      sent.unshift({ to, text, sentAt: new Date().toISOString() });
      sent.length = Math.min(sent.length, limit);
    },
    messages: () => [...sent],
  };
}
