import type { FastifyPluginAsync } from 'fastify';
import { inArray } from 'drizzle-orm';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { demoStaffAccounts, DEMO_STAFF_PASSWORD } from './seed/demo-staff.ts';
import { staffAccounts } from './staff.tables.ts';
import { currentTotpCode } from './totp.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * DEVELOPMENT ONLY — `/dev/totp`: the current authenticator codes of the demo staff accounts, so
 * that a newcomer can sign in as staff without enrolling an app. Only the demo user names are
 * listed, never a real account's; registered only outside production (app.ts).
 */
export const developmentTotpRoutes: FastifyPluginAsync<{ db: Db; cipher: FieldCipher }> = async (
  app,
  { db, cipher },
) => {
  app.get('/dev/totp', { schema: { hide: true } }, async (_request, reply) => {
    const usernames = demoStaffAccounts().map((account) => account.username);
    const rows = await db
      .select({
        username: staffAccounts.username,
        displayName: staffAccounts.displayName,
        secret: staffAccounts.totpSecretEncrypted,
      })
      .from(staffAccounts)
      .where(inArray(staffAccounts.username, usernames))
      .orderBy(staffAccounts.username);
    const items = rows
      .map(
        (row) =>
          `<li><strong>${escape(row.username)}</strong> ${escape(row.displayName)}: <code>${currentTotpCode(cipher.decrypt(row.secret))}</code></li>`,
      )
      .join('');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>开发环境动态验证码 Development TOTP codes</title></head>` +
          `<body><h1>演示工作人员的动态验证码（仅供开发演示）</h1>` +
          `<p>Development only: the current codes of the demo staff accounts (they change every 30 seconds; reload). ` +
          `Password of every demo account / 演示账号密码: <code>${escape(DEMO_STAFF_PASSWORD)}</code></p>` +
          `<ol>${items || '<li>没有演示账号 / No demo accounts</li>'}</ol></body></html>`,
      );
  });
};
