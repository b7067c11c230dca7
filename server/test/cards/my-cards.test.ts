import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/calendar/iso-date.ts';
import { chinaToday } from '../../src/platform/clock.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { cardClient, cardWith, citizenOf, personIdOf, type TestApp } from './card-helpers.ts';

interface CardSummary {
  id: string;
  cardNumber: string;
  identificationCode: string;
  issuingRegion: { code: string; name: string };
  expiresOn: string;
  status: string;
  temporaryLossEndsAt: string;
  renewal: { allowedFrom: string; openNow: boolean };
  availableActions: string[];
}

describe('my cards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  const cardsOf = async (key: string) => {
    const client = cardClient(t, await citizenOf(t, key));
    const response = await client.list();
    expect(response.statusCode).toBe(200);
    return response.json().cards as CardSummary[];
  };

  it('lists the holder’s card with its number, code and name masked', async () => {
    const cards = await cardsOf('first-job');
    expect(cards).toHaveLength(1);
    const [card] = cards;
    expect(card).toMatchObject({
      holderName: '林*',
      issuingRegion: { code: '350200', name: '厦门市' },
      status: 'normal',
      statusLabel: { zh: '正常', en: 'In use' },
      locked: false,
      expired: false,
      pendingRequest: null,
      availableActions: ['report-temporary-loss', 'request-replacement', 'cancel'],
      version: 2,
    });
    expect(card!.cardNumber).toMatch(/^[A-Z]\*{6}[0-9]{2}$/);
    expect(card!.identificationCode).toMatch(/^350200\*{22}[0-9A-F]{4}$/);
    expect(card!.renewal.openNow).toBe(false);
  });

  it('shows the demo stories: two regions, an expiring card, a loss report, a sealed card', async () => {
    const duplicate = await cardsOf('duplicate-insurance');
    expect(duplicate.map((c) => c.issuingRegion.code).sort()).toEqual(['110100', '140100']);

    const [expiring] = await cardsOf('before-1998');
    expect(expiring!.expiresOn).toBe(addDays(chinaToday(), 30));
    expect(expiring!.renewal).toEqual({ allowedFrom: addDays(chinaToday(), -30), openNow: true });
    expect(expiring!.availableActions).toContain('request-renewal');

    const [lost] = await cardsOf('within-province');
    expect(lost).toMatchObject({
      status: 'temporary-loss',
      availableActions: expect.arrayContaining(['unblock']),
    });
    expect(Date.parse(lost!.temporaryLossEndsAt)).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const suqing = await cardsOf('just-below-forty');
    expect(suqing.map((c) => [c.issuingRegion.code, c.status])).toEqual([
      ['500100', 'sealed'],
      ['320500', 'normal'],
    ]);

    const [replacing] = await cardsOf('earlier-ten-years');
    expect(replacing).toMatchObject({
      status: 'formal-loss',
      pendingRequest: { kind: 'replacement', label: { zh: '补换卡办理中' } },
    });

    const yang = await cardsOf('transfer-completed');
    expect(yang.find((c) => c.issuingRegion.code === '610100')).toMatchObject({
      offeredCancellation: { code: 'moved-out-of-province' },
      availableActions: expect.arrayContaining(['decline-cancellation-offer', 'cancel']),
    });
  });

  it('gives one card with its timeline newest first and the reasons that work online now', async () => {
    const client = cardClient(t, await citizenOf(t, 'duplicate-insurance'));
    const cards = (await client.list()).json().cards;
    const taiyuan = cards.find(
      (c: { issuingRegion: { code: string } }) => c.issuingRegion.code === '140100',
    );
    const response = await client.get(taiyuan.id);
    expect(response.statusCode).toBe(200);
    const card = response.json();
    expect(card.timeline.map((e: { action: string }) => e.action)).toEqual(['enabled', 'issued']);
    expect(card.timeline[1]).toMatchObject({
      seq: 1,
      label: { zh: '制卡发放' },
      actor: { role: 'agency' },
    });
    const reasons = Object.fromEntries(
      card.cancellationReasons.map((r: { code: string }) => [r.code, r]),
    );
    expect(Object.keys(reasons)).not.toContain('death');
    expect(reasons['duplicate-card-in-another-region']).toMatchObject({
      handling: 'online',
      availableNow: true,
      refusal: null,
    });
    expect(reasons['replacement']).toMatchObject({
      availableNow: false,
      refusal: 'NO_NEWER_LIVE_CARD',
    });
    expect(reasons['settled-abroad']).toMatchObject({ handling: 'agency', availableNow: true });
    expect(response.headers['cache-control']).toContain('no-store');
  });

  it('shows a deceased holder’s card cancelled for death', async () => {
    const personId = await personIdOf(t, 'deceased');
    const { rows } = await t.database.pool.query(
      'select status, cancellation_reason from cards where person_id = $1',
      [personId],
    );
    expect(rows).toEqual([{ status: 'cancelled', cancellation_reason: 'death' }]);
  });

  it('answers 404 for another person’s card on every route, and changes nothing', async () => {
    const owner = await personIdOf(t, 'first-job');
    const cardId = await cardWith(t, owner, ['enabled']);
    const stranger = cardClient(t, await citizenOf(t, 'cross-province', { authenticated: true }));
    expect((await stranger.get(cardId)).statusCode).toBe(404);
    expect((await stranger.get(cardId)).json().code).toBe('CARD_NOT_FOUND');
    const writes = [
      ['enable', { version: 2, password: '123456' }],
      ['temporary-loss', { version: 2 }],
      ['unblock', { version: 2 }],
      ['renewal', { version: 2 }],
      ['replacement', { version: 2 }],
      ['cancellation', { version: 2, reason: 'settled-abroad' }],
      ['cancellation', { version: 2, reason: 'duplicate-card-in-another-region' }],
      ['cancellation-offer/decline', { version: 2 }],
    ] as const;
    for (const [path, payload] of writes) {
      const response = await stranger.post(cardId, path, payload);
      expect([path, response.statusCode, response.json().code]).toEqual([
        path,
        404,
        'CARD_NOT_FOUND',
      ]);
    }
    const check = await stranger.checkPassword(cardId, '147258');
    expect(check.statusCode).toBe(404);
    const { rows } = await t.database.pool.query('select version from cards where id = $1', [
      cardId,
    ]);
    expect(rows).toEqual([{ version: 2 }]);
  });

  it('asks an unbound account to bind first, and refuses a visitor', async () => {
    const unbound = cardClient(t, await citizenOf(t, null));
    expect((await unbound.list()).json().code).toBe('PERSON_NOT_BOUND');
    const visitor = await t.app.inject({ url: '/api/v1/me/cards' });
    expect(visitor.statusCode).toBe(401);
  });
});
