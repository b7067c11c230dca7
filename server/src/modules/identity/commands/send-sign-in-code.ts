import type { Db } from '../../../platform/db/database.ts';
import type { FieldCipher } from '../../../platform/crypto/index.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { codeSendTimes, insertCode } from '../identity.repository.ts';
import {
  CODE_LIFETIME_MS,
  newOneTimeCode,
  SEND_INTERVAL_MS,
  SENDS_PER_HOUR,
} from '../one-time-code.ts';
import { SmsDeliveryError, type SmsSender } from '../sms/sms-sender.ts';

/**
 * Sends a sign-in code to a phone. The answer is the same whether or not the phone has an account,
 * so that nobody can probe which numbers are registered. The code row and the message go
 * together: if the gateway refuses the message, the code is not kept.
 */
export async function sendSignInCode({
  db,
  cipher,
  sms,
  phone,
  now = new Date(),
}: {
  db: Db;
  cipher: FieldCipher;
  sms: SmsSender;
  phone: string;
  now?: Date;
}): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
  const phoneIndex = cipher.blindIndex('phone', phone);
  const sent = await codeSendTimes(db, phoneIndex, new Date(now.getTime() - 3_600_000));
  const last = sent[0];
  if (last && now.getTime() - last.getTime() < SEND_INTERVAL_MS) {
    throw new AppError('RATE_LIMITED', {
      retryAfterSeconds: (last.getTime() + SEND_INTERVAL_MS - now.getTime()) / 1000,
    });
  }
  if (sent.length >= SENDS_PER_HOUR) {
    const oldest = sent[sent.length - 1]!;
    throw new AppError('RATE_LIMITED', {
      retryAfterSeconds: (oldest.getTime() + 3_600_000 - now.getTime()) / 1000,
    });
  }
  const code = newOneTimeCode();
  const id = newId();
  try {
    await db.transaction(async (tx) => {
      await insertCode(tx, {
        id,
        phoneIndex,
        purpose: 'sign-in',
        codeHash: cipher.blindIndex('one-time-code', `${id}:${code}`),
        createdAt: now,
        expiresAt: new Date(now.getTime() + CODE_LIFETIME_MS),
      });
      await sms.send({
        to: phone,
        text: `【社保】您的登录验证码是 ${code}，10分钟内有效。工作人员不会向您索要验证码，请勿告诉他人。`,
      });
    });
  } catch (error) {
    if (error instanceof SmsDeliveryError)
      throw new AppError('SMS_UNAVAILABLE', { retryAfterSeconds: 30 });
    throw error;
  }
  return { expiresInSeconds: CODE_LIFETIME_MS / 1000, resendAfterSeconds: SEND_INTERVAL_MS / 1000 };
}
