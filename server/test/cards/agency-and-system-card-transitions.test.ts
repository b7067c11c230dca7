import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveCardState, type CardActionKind } from '../../../domain/cards/index.ts';
import {
  expireTemporaryLosses,
  findCardByNumber,
  recordFormalLoss,
  TEMPORARY_LOSS_EXPIRY_CRONTAB,
  temporaryLossExpiryTask,
} from '../../src/modules/cards/index.ts';
import { cardStateOf } from '../../src/modules/cards/card-row-state.ts';
import {
  selectCardActions,
  selectCardsOfPerson,
} from '../../src/modules/cards/cards.repository.ts';
import { moduleBackgroundWork } from '../../src/modules/index.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { cardClient, cardWith, citizenOf, personIdOf, type TestApp } from './card-helpers.ts';

const DAY = 86_400_000;

describe('card changes by the agency and by the platform', () => {
  let t: TestApp;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    personId = await personIdOf(t, 'first-job');
  });
  afterAll(() => t?.close());

  const cardRow = async (id: string) =>
    (
      await t.database.pool.query(
        'select status, version, temporary_loss_ends_at from cards where id = $1',
        [id],
      )
    ).rows[0];

  describe('temporary loss reports end by themselves', () => {
    it('restores the card once the period has passed, not before, and leaves an unblocked one alone', async () => {
      const client = cardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
      const lost = await cardWith(t, personId, ['enabled']);
      const unblocked = await cardWith(t, personId, ['enabled']);
      for (const id of [lost, unblocked]) await client.change(id, 'temporary-loss');
      await client.change(unblocked, 'unblock');

      const { temporary_loss_ends_at: endsAt } = await cardRow(lost);
      const justBefore = new Date(endsAt.getTime() - 1000);
      // (陈晓珊's demo report, made a little earlier when the demo was seeded, may end here.)
      await expireTemporaryLosses({ db: t.database.db, now: justBefore });
      expect((await cardRow(lost)).status).toBe('temporary-loss');

      const after = new Date(Date.now() + 7 * DAY + 1000);
      const { restored } = await expireTemporaryLosses({ db: t.database.db, now: after });
      expect(restored).toBeGreaterThanOrEqual(1);
      expect(await cardRow(lost)).toMatchObject({ status: 'normal', temporary_loss_ends_at: null });
      expect(await cardRow(unblocked)).toMatchObject({ status: 'normal', version: 4 });
      const card = (await client.get(lost)).json();
      expect(card.timeline[0]).toMatchObject({
        action: 'temporary-loss-expired',
        label: { zh: '临时挂失到期，自动解除' },
        actor: { role: 'system' },
      });
      expect((await expireTemporaryLosses({ db: t.database.db, now: after })).restored).toBe(0);
    });

    it('is scheduled for the worker every ten minutes', async () => {
      const work = moduleBackgroundWork({ db: t.database.db, cipher: t.cipher, sms: t.sms });
      expect(work.crontab.split('\n')).toContain(TEMPORARY_LOSS_EXPIRY_CRONTAB);
      expect(TEMPORARY_LOSS_EXPIRY_CRONTAB).toMatch(
        /^\*\/10 \* \* \* \* card-temporary-loss-expiry /,
      );
      expect(work.tasks['card-temporary-loss-expiry']).toBeTypeOf('function');
      const logged: string[] = [];
      const helpers = { logger: { info: (m: string) => logged.push(m) } };
      await temporaryLossExpiryTask(t.database.db)({}, helpers as never);
      expect(logged).toEqual([]);
    });
  });

  describe('formal loss reports at the agency', () => {
    const staff = { id: 'staff-440100', agencyRegionCode: '440100' };
    const cases: [string, CardActionKind[], boolean][] = [
      ['sealed', [], true],
      ['normal', ['enabled'], true],
      ['temporary-loss', ['enabled', 'temporary-loss-reported'], true],
      ['formal-loss', ['enabled', 'formal-loss-reported'], false],
      ['cancelled', ['enabled', 'formal-loss-reported', 'cancelled'], false],
    ];
    for (const [status, setup, allowed] of cases) {
      it(`${status}: ${allowed ? 'recorded, and cannot be undone' : '409'}`, async () => {
        const id = await cardWith(
          t,
          personId,
          setup.map((a) =>
            a === 'cancelled' ? (['cancelled', 'replacement'] as const) : a,
          ) as never,
        );
        const { version } = await cardRow(id);
        const report = recordFormalLoss({
          db: t.database.db,
          staff,
          personId,
          cardId: id,
          version,
        });
        if (!allowed) {
          await expect(report).rejects.toMatchObject({ code: 'CARD_ACTION_NOT_ALLOWED' });
          return;
        }
        expect((await report).status).toBe('formal-loss');
        const client = cardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
        const undo = await client.change(id, 'unblock');
        expect(undo.json().code).toBe('CARD_ACTION_NOT_ALLOWED');
      });
    }

    it('answers 404 to staff of another agency and 409 to a stale page', async () => {
      const id = await cardWith(t, personId, ['enabled']);
      const other = { id: 'staff-110100', agencyRegionCode: '110100' };
      await expect(
        recordFormalLoss({ db: t.database.db, staff: other, personId, cardId: id, version: 2 }),
      ).rejects.toMatchObject({ code: 'CARD_NOT_FOUND' });
      await expect(
        recordFormalLoss({ db: t.database.db, staff, personId, cardId: id, version: 1 }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect((await cardRow(id)).status).toBe('normal');
    });
  });

  describe('the records behind it', () => {
    it('keeps every card’s stored state equal to the state its history derives', async () => {
      const cards = await selectCardsOfPerson(t.database.db, personId);
      expect(cards.length).toBeGreaterThan(5);
      for (const card of cards) {
        const actions = await selectCardActions(t.database.db, personId, card.id);
        expect(actions.map((a) => a.seq)).toEqual(actions.map((_, i) => i + 1));
        expect(actions).toHaveLength(card.version);
        expect(
          deriveCardState(actions.map((a) => ({ action: a.action, reason: a.reasonCode }))),
        ).toEqual(cardStateOf(card));
      }
    });

    it('refuses to change or delete a card’s history', async () => {
      await expect(
        t.database.pool.query(`update card_actions set note = 'changed' where person_id = $1`, [
          personId,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        t.database.pool.query(`delete from card_actions where person_id = $1`, [personId]),
      ).rejects.toThrow(/append-only/);
    });

    it('stores card numbers only encrypted and finds a card by its number within its region', async () => {
      const { rows } = await t.database.pool.query(
        `select card_number_encrypted, identification_code_encrypted, issuing_region_code, id from cards where person_id = $1 limit 1`,
        [personId],
      );
      const number = t.cipher.decrypt(rows[0].card_number_encrypted);
      expect(number).toMatch(/^[A-Z][0-9]{8}$/);
      expect(t.cipher.decrypt(rows[0].identification_code_encrypted).slice(0, 6)).toBe(
        rows[0].issuing_region_code,
      );
      const dump = JSON.stringify((await t.database.pool.query('select * from cards')).rows);
      expect(dump).not.toContain(number);
      const found = await findCardByNumber({
        db: t.database.db,
        cipher: t.cipher,
        issuingRegionCode: rows[0].issuing_region_code,
        cardNumber: number.toLowerCase(),
      });
      expect(found?.id).toBe(rows[0].id);
      const elsewhere = await findCardByNumber({
        db: t.database.db,
        cipher: t.cipher,
        issuingRegionCode: '999999',
        cardNumber: number,
      });
      expect(elsewhere).toBeUndefined();
    });
  });
});
