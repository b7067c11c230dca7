import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CARD_PASSWORD, resetCardPassword } from '../../src/modules/cards/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { cardClient, cardWith, citizenOf, personIdOf, type TestApp } from './card-helpers.ts';

describe('the card password check of the e-card channel', () => {
  let t: TestApp;
  let client: ReturnType<typeof cardClient>;
  let cardId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    client = cardClient(t, await citizenOf(t, 'first-job'));
    cardId = (await client.list()).json().cards[0].id;
  });
  afterAll(() => t?.close());

  const wrongInARow = async (id: string) =>
    (
      await t.database.pool.query('select wrong_in_a_row from card_passwords where card_id = $1', [
        id,
      ])
    ).rows[0].wrong_in_a_row as number;

  it('accepts the right password and counts wrong ones, a right one clearing the count', async () => {
    expect((await client.checkPassword(cardId, DEMO_CARD_PASSWORD)).json()).toEqual({
      verified: true,
    });
    const wrong = await client.checkPassword(cardId, '000000');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({
      code: 'CARD_PASSWORD_WRONG',
      details: { attemptsLeft: 5 },
    });
    expect((await client.checkPassword(cardId, '000001')).json().details.attemptsLeft).toBe(4);
    expect(await wrongInARow(cardId)).toBe(2);
    expect((await client.checkPassword(cardId, DEMO_CARD_PASSWORD)).statusCode).toBe(200);
    expect(await wrongInARow(cardId)).toBe(0);
  });

  it('locks the card on the sixth wrong password in a row, and then refuses the right one too', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await client.checkPassword(cardId, '999999'));
    expect(answers.map((a) => a.statusCode)).toEqual([422, 422, 422, 422, 422, 423]);
    expect(answers[5]!.json().code).toBe('CARD_LOCKED');
    const right = await client.checkPassword(cardId, DEMO_CARD_PASSWORD);
    expect(right.statusCode).toBe(423);
    const card = (await client.get(cardId)).json();
    expect(card).toMatchObject({
      status: 'normal',
      locked: true,
      timeline: [{ action: 'password-locked', label: { zh: '密码连续输错6次，已锁定' } }, {}, {}],
    });
    const audit = await t.database.pool.query(
      `select action from audit_log where subject_id = $1 and action like 'card.password%' order by seq`,
      [cardId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      ...Array(2).fill('card.password-wrong'),
      ...Array(5).fill('card.password-wrong'),
      'card.password-locked',
    ]);
  });

  it('keeps a locked card reportable lost, and an agency reset opens it again', async () => {
    const proven = cardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    expect((await proven.change(cardId, 'temporary-loss')).json().locked).toBe(true);
    expect((await proven.change(cardId, 'unblock')).json().status).toBe('normal');
    const { version } = (await client.get(cardId)).json();
    await expect(
      resetCardPassword({
        db: t.database.db,
        cipher: t.cipher,
        staff: { id: 'staff', agencyRegionCode: '110100' },
        personId: await personIdOf(t, 'first-job'),
        cardId,
        version,
        password: '135790',
      }),
    ).rejects.toMatchObject({ code: 'CARD_NOT_FOUND' });
    await resetCardPassword({
      db: t.database.db,
      cipher: t.cipher,
      staff: { id: 'staff', agencyRegionCode: '350200' },
      personId: await personIdOf(t, 'first-job'),
      cardId,
      version,
      password: '135790',
    });
    expect((await client.get(cardId)).json()).toMatchObject({
      locked: false,
      timeline: [{ action: 'password-reset', actor: { role: 'agency' } }, {}, {}, {}, {}, {}],
    });
    expect((await client.checkPassword(cardId, DEMO_CARD_PASSWORD)).statusCode).toBe(422);
    expect((await client.checkPassword(cardId, '135790')).json()).toEqual({ verified: true });
  });

  it('lets no burst of parallel guesses past six', async () => {
    const other = cardClient(t, await citizenOf(t, 'employer-rates'));
    const [card] = (await other.list()).json().cards;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => other.checkPassword(card.id, String(100000 + i))),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 422)).toHaveLength(5);
    expect(codes.filter((c) => c === 423)).toHaveLength(7);
    expect(await wrongInARow(card.id)).toBe(6);
    const locks = await t.database.pool.query(
      `select count(*)::int as n from card_actions where card_id = $1 and action = 'password-locked'`,
      [card.id],
    );
    expect(locks.rows[0].n).toBe(1);
  });

  it('checks no password of a sealed or cancelled card, nor of someone else’s card', async () => {
    const personId = await personIdOf(t, 'first-job');
    const sealed = await cardWith(t, personId, []);
    const sealedCheck = await client.checkPassword(sealed, DEMO_CARD_PASSWORD);
    expect(sealedCheck.statusCode).toBe(409);
    expect(sealedCheck.json()).toMatchObject({
      code: 'CARD_ACTION_NOT_ALLOWED',
      details: { status: 'sealed' },
    });
    const stranger = cardClient(t, await citizenOf(t, 'cross-province'));
    expect((await stranger.checkPassword(cardId, '135790')).statusCode).toBe(404);
    const malformed = await client.checkPassword(cardId, '12345');
    expect(malformed.statusCode).toBe(400);
  });
});
