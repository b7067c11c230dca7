import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/test-app.ts';
import {
  auditOf,
  cardClient,
  cardStaff,
  cardWith,
  citizenOf,
  invalidFields,
  personIdOf,
  type CardStaffClient,
  type TestApp,
} from './agency-card-helpers.ts';

const NOTE = '持卡人本人持居民身份证到柜台办理，已核验。';

// 林悦 (first-job) stands at the Guangzhou (440100) counter with cards made for these tests.
describe('a card at the agency counter: its page, a formal loss report, a password reset', () => {
  let t: TestApp;
  let guangzhou: CardStaffClient;
  let beijing: CardStaffClient;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    guangzhou = await cardStaff(t, 'demo.440100.staff');
    beijing = await cardStaff(t, 'demo.110100.staff');
    personId = await personIdOf(t, 'first-job');
  });
  afterAll(() => t?.close());

  const holder = async () =>
    cardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));

  describe('the card page', () => {
    it('shows the card of this agency with the holder masked, the actions open and the timeline', async () => {
      const cardId = await cardWith(t, personId, ['enabled']);
      const response = await guangzhou.card(personId, cardId);
      expect(response.statusCode, response.body).toBe(200);
      const card = response.json();
      expect(card).toMatchObject({
        id: cardId,
        personId,
        holder: { name: '林*', citizenId: '3502**********2441' },
        issuingRegion: { code: '440100', name: '广州市' },
        status: 'normal',
        openTask: null,
        tasks: [],
        availableActions: ['record-formal-loss'],
        timeline: [
          { action: 'enabled', actor: { role: 'system', displayName: null } },
          { action: 'issued' },
        ],
      });
      expect(card.cardNumber).toMatch(/^[A-Z]\*{6}\d{2}$/);
      // The holder's demo card comes from Xiamen: not this agency's, so not in the list.
      expect(
        card.agencyCards.every(
          (c: { issuingRegion: { code: string } }) => c.issuingRegion.code === '440100',
        ),
      ).toBe(true);
      expect(card.agencyCards.map((c: { id: string }) => c.id)).toContain(cardId);
    });

    it('answers 404 for a card of another agency, or of another person, and 400 for a bad address', async () => {
      const cardId = await cardWith(t, personId, ['enabled']);
      const foreign = await beijing.card(personId, cardId);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().code).toBe('CARD_NOT_FOUND');
      const someoneElse = await personIdOf(t, 'cross-province');
      expect((await guangzhou.card(someoneElse, cardId)).statusCode).toBe(404);
      const bad = await guangzhou.card('me', 'card');
      expect(bad.statusCode).toBe(400);
      expect(invalidFields(bad)).toEqual(['cardId', 'personId']);
    });
  });

  describe('a formal loss report', () => {
    it('is recorded with the note, which the holder reads, audited with the staff member', async () => {
      const cardId = await cardWith(t, personId, ['enabled', 'temporary-loss-reported']);
      const response = await guangzhou.formalLoss(personId, cardId, { version: 3, note: NOTE });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'formal-loss',
        version: 4,
        availableActions: [],
        timeline: [
          {
            action: 'formal-loss-reported',
            actor: { role: 'agency', displayName: '演示经办员 440100' },
            note: NOTE,
          },
          {},
          {},
          {},
        ],
      });
      const seen = (await (await holder()).get(cardId)).json();
      expect(seen.timeline[0]).toMatchObject({ action: 'formal-loss-reported', note: NOTE });
      expect(seen.availableActions).toEqual(['request-replacement', 'cancel']);
      expect(await auditOf(t, cardId)).toContainEqual(
        expect.objectContaining({
          action: 'card.formal-loss-reported',
          actor_type: 'staff',
          actor_id: guangzhou.staffId,
        }),
      );
    });

    it('answers 404 to another agency, 409 when stale or already reported, 400 naming every field', async () => {
      const cardId = await cardWith(t, personId, ['enabled']);
      const foreign = await beijing.formalLoss(personId, cardId, { version: 2, note: NOTE });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().code).toBe('CARD_NOT_FOUND');
      const stale = await guangzhou.formalLoss(personId, cardId, { version: 1, note: NOTE });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'CONFLICT', details: { version: 2 } });
      const bad = await guangzhou.formalLoss(personId, cardId, { version: -1, note: '', by: 'me' });
      expect(bad.statusCode).toBe(400);
      expect(invalidFields(bad)).toEqual(['by', 'note', 'version']);
      const withId = await guangzhou.formalLoss(personId, cardId, {
        version: 2,
        note: '证件号 350203200209092441 已核验',
      });
      expect(invalidFields(withId)).toEqual(['note']);
      expect((await guangzhou.card(personId, cardId)).json()).toMatchObject({
        status: 'normal',
        version: 2,
      });

      expect(
        (await guangzhou.formalLoss(personId, cardId, { version: 2, note: NOTE })).statusCode,
      ).toBe(200);
      const twice = await guangzhou.formalLoss(personId, cardId, { version: 3, note: NOTE });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().code).toBe('CARD_ACTION_NOT_ALLOWED');
    });
  });

  describe('a password reset', () => {
    it('clears the lock with the password the holder typed, which then works', async () => {
      const cardId = await cardWith(t, personId, ['enabled', 'password-locked']);
      const before = (await guangzhou.card(personId, cardId)).json();
      expect(before).toMatchObject({
        locked: true,
        availableActions: ['record-formal-loss', 'reset-password'],
      });
      const response = await guangzhou.passwordReset(personId, cardId, {
        version: before.version,
        password: '246810',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        locked: false,
        availableActions: ['record-formal-loss'],
        timeline: [
          { action: 'password-reset', actor: { displayName: '演示经办员 440100' } },
          {},
          {},
          {},
        ],
      });
      const client = await holder();
      expect((await client.checkPassword(cardId, '246810')).json()).toEqual({ verified: true });
      const audit = await auditOf(t, cardId);
      expect(audit).toContainEqual(
        expect.objectContaining({ action: 'card.password-reset', actor_id: guangzhou.staffId }),
      );
      expect(JSON.stringify(audit)).not.toContain('246810');
    });

    it('answers 404 to another agency, 409 for a stale page or a card not locked, 400 naming every field', async () => {
      const cardId = await cardWith(t, personId, ['enabled', 'password-locked']);
      const foreign = await beijing.passwordReset(personId, cardId, {
        version: 3,
        password: '246810',
      });
      expect(foreign.statusCode).toBe(404);
      const stale = await guangzhou.passwordReset(personId, cardId, {
        version: 2,
        password: '246810',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('CONFLICT');
      const bad = await guangzhou.passwordReset(personId, cardId, { password: '12345a' });
      expect(bad.statusCode).toBe(400);
      expect(invalidFields(bad)).toEqual(['password', 'version']);
      expect((await guangzhou.card(personId, cardId)).json().locked).toBe(true);

      const unlocked = await cardWith(t, personId, ['enabled']);
      const notLocked = await guangzhou.passwordReset(personId, unlocked, {
        version: 2,
        password: '246810',
      });
      expect(notLocked.statusCode).toBe(409);
      expect(notLocked.json()).toMatchObject({
        code: 'CARD_ACTION_NOT_ALLOWED',
        details: { why: 'not locked' },
      });
    });
  });
});
