import type { FastifyPluginAsync } from 'fastify';
import { maskPhone } from '../../../../domain/identifiers/index.ts';
import type { DevelopmentMessage } from './sms/development-sms-outbox.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * DEVELOPMENT ONLY — `/dev/sms`: the text messages the development outbox did not send, so that a
 * newcomer can read a sign-in code. Phone numbers are masked here too. Registered only with the development SMS outbox, which the
 * configuration refuses in production.
 */
export const developmentSmsRoutes: FastifyPluginAsync<{
  messages: () => DevelopmentMessage[];
}> = async (app, { messages }) => {
  app.get('/dev/sms', { schema: { hide: true } }, async (_request, reply) => {
    const rows = messages()
      .map(
        (m) =>
          `<li><strong>${escape(maskPhone(m.to))}</strong> <time>${escape(m.sentAt)}</time><p>${escape(m.text)}</p></li>`,
      )
      .join('');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>开发环境短信 Development SMS</title></head>` +
          `<body><h1>开发环境短信（仅供开发演示，不会真正发送）</h1><p>Development only: messages the platform would have sent.</p>` +
          `<ol>${rows || '<li>还没有短信 / No messages yet</li>'}</ol></body></html>`,
      );
  });
};
