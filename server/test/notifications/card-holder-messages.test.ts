import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import {
  cardClient,
  cardWith,
  citizenOf,
  demoPerson,
  personIdOf,
  type TestApp,
} from '../cards/card-helpers.ts';
import { deliverPendingEvents, pendingEventPayloads } from './notification-helpers.ts';

/**
 * A card holder is told in 我的消息 and by a text message what happened to their card without them
 * (card-messages.ts): here, a password locked by six wrong tries, which may not have been the
 * holder's, and a card made.
 */
describe('messages about a card', () => {
  let t: TestApp;
  let holder: ReturnType<typeof cardClient>;
  let cookie: string;
  let cardId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    const citizen = await citizenOf(t, 'first-job', { authenticated: true });
    cookie = citizen.cookie;
    holder = cardClient(t, citizen);
    cardId = (await holder.list()).json().cards[0].id;
  });
  afterAll(() => t?.close());

  const textsTo = (phone: string) => t.sms.messages().filter((m) => m.to === phone);

  const messages = async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/notifications',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      notifications: { title: { zh: string; en: string }; subject: unknown; link: string }[];
      unreadCount: number;
    };
  };

  it('tells nothing of what the holder did themselves', async () => {
    expect((await holder.change(cardId, 'temporary-loss')).statusCode).toBe(200);
    expect((await holder.change(cardId, 'unblock')).statusCode).toBe(200);
    await deliverPendingEvents(t);
    expect(await messages()).toEqual({ notifications: [], unreadCount: 0 });
    expect(textsTo(demoPerson('first-job').phone)).toEqual([]);
  });

  it('tells of a password locked, once however often the event is delivered, linking the card', async () => {
    for (let i = 0; i < 6; i++) await holder.checkPassword(cardId, '999999');
    const locked = (await pendingEventPayloads(t)).find((e) => e.name === 'card.password-locked');
    expect(locked).toMatchObject({ payload: { cardId } });
    // The same event once more in the outbox, as a redelivery after a crash would leave it.
    await t.database.pool.query(`select graphile_worker.add_job('dispatch-event', $1::json)`, [
      JSON.stringify(locked),
    ]);
    await deliverPendingEvents(t);
    const { notifications, unreadCount } = await messages();
    expect(unreadCount).toBe(1);
    expect(notifications).toEqual([
      expect.objectContaining({
        title: { zh: '社保卡密码已锁定', en: 'Your card’s password is locked' },
        subject: { type: 'card', id: cardId },
        link: `/my-cards/${cardId}`,
      }),
    ]);
    // And one text, to the phone in the holder's record, whoever typed the passwords.
    expect(textsTo(demoPerson('first-job').phone).map((m) => m.text)).toEqual([
      '【社保】您的社保卡密码连续输错6次，已锁定。如非本人操作，请尽快挂失。',
    ]);
  });

  it('texts a card made to the phone on record, and tells a holder with none in 我的消息 alone', async () => {
    const withPhone = await personIdOf(t, 'within-province');
    await cardWith(t, withPhone, []);
    const withoutPhone = await personIdOf(t, 'cross-province');
    await t.database.pool.query(
      'update persons set phone_encrypted = null, phone_index = null where id = $1',
      [withoutPhone],
    );
    await cardWith(t, withoutPhone, []);
    const sentBefore = t.sms.messages().length;
    await deliverPendingEvents(t);

    expect(textsTo(demoPerson('within-province').phone).map((m) => m.text)).toEqual([
      '【社保】您的社保卡已制发，领到卡后请启用。详情请登录社保服务平台“我的社保卡”查看。',
    ]);
    expect(t.sms.messages()).toHaveLength(sentBefore + 1);
    const { rows } = await t.database.pool.query<{ title_zh: string }>(
      `select title_zh from citizen_notifications where person_id = $1 and subject_type = 'card'`,
      [withoutPhone],
    );
    expect(rows).toEqual([{ title_zh: '社保卡已制发' }]);
  });
});
