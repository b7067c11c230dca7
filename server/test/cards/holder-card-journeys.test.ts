import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/calendar/iso-date.ts';
import { completeCardTask, refuseCardTask } from '../../src/modules/cards/index.ts';
import { chinaToday } from '../../src/platform/clock.ts';
import { pendingEventPayloads } from '../notifications/notification-helpers.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { cardClient, cardWith, citizenOf, personIdOf, type TestApp } from './card-helpers.ts';

const staffOf = (agencyRegionCode: string) => ({
  id: `staff-${agencyRegionCode}`,
  agencyRegionCode,
});

describe('a holder’s card journeys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  const auditOf = async (cardId: string) =>
    (
      await t.database.pool.query(
        `select action, actor_type, data from audit_log where subject_id = $1 order by seq`,
        [cardId],
      )
    ).rows;
  const openTasksOf = async (cardId: string) =>
    (
      await t.database.pool.query(
        `select kind, reason_code, agency_region_code, status from card_tasks where card_id = $1`,
        [cardId],
      )
    ).rows;

  it('reports a card lost and unblocks it, each step on the timeline, audited and announced', async () => {
    const client = cardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    const [card] = (await client.list()).json().cards;
    const reported = await client.change(card.id, 'temporary-loss');
    expect(reported.statusCode).toBe(200);
    const lost = reported.json();
    expect(lost).toMatchObject({
      status: 'temporary-loss',
      statusLabel: { zh: '临时挂失' },
      availableActions: ['unblock', 'request-replacement', 'cancel'],
      timeline: [{ action: 'temporary-loss-reported', actor: { role: 'holder' } }, {}, {}],
    });
    // CARD_TEMPORARY_LOSS_DAYS defaults to 7.
    const endsIn = Date.parse(lost.temporaryLossEndsAt) - Date.now();
    expect(endsIn).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(endsIn).toBeLessThanOrEqual(7 * 86_400_000);

    const unblocked = (await client.change(card.id, 'unblock')).json();
    expect(unblocked).toMatchObject({ status: 'normal', temporaryLossEndsAt: null });
    expect(unblocked.timeline.map((e: { action: string }) => e.action)).toEqual([
      'temporary-loss-unblocked',
      'temporary-loss-reported',
      'enabled',
      'issued',
    ]);
    expect((await auditOf(card.id)).map((a) => [a.action, a.actor_type])).toEqual([
      ['card.temporary-loss-reported', 'citizen'],
      ['card.temporary-loss-unblocked', 'citizen'],
    ]);
    const events = (await pendingEventPayloads(t)).filter(
      (e) => (e.payload as { cardId?: string }).cardId === card.id,
    );
    expect(events.map((e) => e.name)).toEqual([
      'card.temporary-loss-reported',
      'card.temporary-loss-unblocked',
    ]);
  });

  it('refuses a stale page with 409 CONFLICT and a lapsed real-person authentication with 403', async () => {
    const client = cardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    const [card] = (await client.list()).json().cards;
    const stale = await client.post(card.id, 'temporary-loss', { version: card.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', details: { version: card.version } });

    const notProven = cardClient(t, await citizenOf(t, 'employer-rates'));
    const [other] = (await notProven.list()).json().cards;
    const refused = await notProven.post(other.id, 'temporary-loss', { version: other.version });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('REAL_PERSON_AUTHENTICATION_REQUIRED');
    expect((await notProven.get(other.id)).json().status).toBe('normal');
  });

  it('refuses a renewal too early with the first allowed day, and takes it in time', async () => {
    const client = cardClient(t, await citizenOf(t, 'before-1998', { authenticated: true }));
    const personId = await personIdOf(t, 'before-1998');
    const early = await cardWith(t, personId, ['enabled'], {
      regionCode: '110100',
      issuedOn: '2020-06-15',
    });
    const tooEarly = await client.change(early, 'renewal');
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json()).toMatchObject({
      code: 'RENEWAL_TOO_EARLY',
      message: expect.stringContaining('2030-04-16'),
      details: { allowedFrom: '2030-04-16', expiresOn: '2030-06-15' },
    });
    expect((await client.get(early)).json()).toMatchObject({ version: 2, pendingRequest: null });
    expect(await openTasksOf(early)).toEqual([]);

    const [expiring] = (await client.list())
      .json()
      .cards.filter((c: { expiresOn: string }) => c.expiresOn === addDays(chinaToday(), 30));
    const renewed = await client.change(expiring.id, 'renewal');
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json()).toMatchObject({
      status: 'normal',
      pendingRequest: { kind: 'renewal', label: { en: 'Renewal in progress' } },
      availableActions: ['report-temporary-loss'],
    });
    expect(await openTasksOf(expiring.id)).toEqual([
      {
        kind: 'replacement-issuing',
        reason_code: 'renewal',
        agency_region_code: expiring.issuingRegion.code,
        status: 'open',
      },
    ]);
    const again = await client.change(expiring.id, 'renewal');
    expect(again.json()).toMatchObject({
      code: 'CARD_ACTION_NOT_ALLOWED',
      details: { pendingRequest: 'renewal' },
    });
  });

  it('cancels a duplicate card online at once, and refuses when no card of another region is left', async () => {
    const client = cardClient(
      t,
      await citizenOf(t, 'duplicate-insurance', { authenticated: true }),
    );
    const cards = (await client.list()).json().cards;
    const taiyuan = cards.find(
      (c: { issuingRegion: { code: string } }) => c.issuingRegion.code === '140100',
    );
    const beijing = cards.find(
      (c: { issuingRegion: { code: string } }) => c.issuingRegion.code === '110100',
    );
    const cancelled = await client.change(taiyuan.id, 'cancellation', {
      reason: 'duplicate-card-in-another-region',
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      statusLabel: { zh: '已注销' },
      cancellation: { code: 'duplicate-card-in-another-region', zh: '在其他地区重复持卡' },
      availableActions: [],
      timeline: [
        { action: 'cancelled', reason: { code: 'duplicate-card-in-another-region' } },
        {},
        {},
      ],
    });
    expect(await openTasksOf(taiyuan.id)).toEqual([]);

    const last = await client.change(beijing.id, 'cancellation', {
      reason: 'duplicate-card-in-another-region',
    });
    expect(last.statusCode).toBe(422);
    expect(last.json()).toMatchObject({
      code: 'CANCELLATION_REFUSED',
      details: { refusal: 'NO_LIVE_CARD_IN_ANOTHER_REGION' },
    });
    expect((await client.get(beijing.id)).json().status).toBe('normal');
    expect((await auditOf(beijing.id)).length).toBe(0);

    const death = await client.change(beijing.id, 'cancellation', { reason: 'death' });
    expect(death.statusCode).toBe(400);
  });

  it('leaves a cancellation for settling abroad to the agency, which carries it out', async () => {
    const client = cardClient(t, await citizenOf(t, 'employer-rates', { authenticated: true }));
    const [card] = (await client.list()).json().cards;
    const asked = (
      await client.change(card.id, 'cancellation', { reason: 'settled-abroad' })
    ).json();
    expect(asked).toMatchObject({
      status: 'normal',
      pendingRequest: {
        kind: 'cancellation',
        label: { zh: '注销办理中', en: 'Cancellation requested' },
        reason: { code: 'settled-abroad' },
        requestedAt: expect.any(String),
      },
    });
    const [task] = (
      await t.database.pool.query(
        'select id, version, agency_region_code from card_tasks where card_id = $1',
        [card.id],
      )
    ).rows;
    expect(task.agency_region_code).toBe(card.issuingRegion.code);
    await expect(
      completeCardTask({
        db: t.database.db,
        cipher: t.cipher,
        staff: staffOf('999999'),
        taskId: task.id,
        version: 1,
      }),
    ).rejects.toMatchObject({ code: 'CARD_TASK_NOT_FOUND' });
    const staff = staffOf(card.issuingRegion.code);
    await completeCardTask({
      db: t.database.db,
      cipher: t.cipher,
      staff,
      taskId: task.id,
      version: 1,
    });
    const done = (await client.get(card.id)).json();
    expect(done).toMatchObject({
      status: 'cancelled',
      pendingRequest: null,
      cancellation: { code: 'settled-abroad' },
      timeline: [
        { action: 'cancelled', actor: { role: 'agency' } },
        { action: 'cancellation-requested' },
        {},
        {},
      ],
    });
    await expect(
      completeCardTask({ db: t.database.db, cipher: t.cipher, staff, taskId: task.id, version: 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('shows the agency’s written reason when it refuses a request, and lets the holder ask again', async () => {
    const client = cardClient(t, await citizenOf(t, 'just-below-forty', { authenticated: true }));
    const suzhou = (await client.list())
      .json()
      .cards.find((c: { issuingRegion: { code: string } }) => c.issuingRegion.code === '320500');
    await client.change(suzhou.id, 'cancellation', { reason: 'foreign-nationality' });
    const [task] = (
      await t.database.pool.query('select id from card_tasks where card_id = $1', [suzhou.id])
    ).rows;
    await refuseCardTask({
      db: t.database.db,
      staff: staffOf('320500'),
      taskId: task.id,
      version: 1,
      note: '未提供加入外国国籍的证明',
    });
    const refused = (await client.get(suzhou.id)).json();
    expect(refused).toMatchObject({
      status: 'normal',
      pendingRequest: null,
      timeline: [
        { action: 'request-refused', note: '未提供加入外国国籍的证明', actor: { role: 'agency' } },
        {},
        {},
        {},
      ],
    });
    expect(refused.availableActions).toContain('cancel');
  });

  it('replaces a damaged card: the agency issues a sealed new card and cancels the old one', async () => {
    const client = cardClient(
      t,
      await citizenOf(t, 'older-within-province', { authenticated: true }),
    );
    const [old] = (await client.list()).json().cards;
    await client.change(old.id, 'replacement');
    const [task] = (
      await t.database.pool.query('select id from card_tasks where card_id = $1', [old.id])
    ).rows;
    const { newCard } = await completeCardTask({
      db: t.database.db,
      cipher: t.cipher,
      staff: staffOf(old.issuingRegion.code),
      taskId: task.id,
      version: 1,
    });
    const cards = (await client.list()).json().cards;
    expect(cards.map((c: { status: string }) => c.status)).toEqual(['sealed', 'cancelled']);
    expect(cards[0]).toMatchObject({
      id: newCard!.id,
      replacesCardId: old.id,
      issuingRegion: { code: old.issuingRegion.code },
      issuedOn: chinaToday(),
      expiresOn: `${Number(chinaToday().slice(0, 4)) + 10}${chinaToday().slice(4)}`,
    });
    expect(cards[1]).toMatchObject({ cancellation: { code: 'replacement' } });
    expect(cards[0].cardNumber).not.toBe(cards[1].cardNumber);
    const enabled = await client.change(newCard!.id, 'enable', { password: '369258' });
    expect(enabled.json()).toMatchObject({ status: 'normal' });
    expect((await client.checkPassword(newCard!.id, '369258')).json()).toEqual({ verified: true });
  });

  it('cancels a replaced card online when a newer card of its region is in use', async () => {
    const client = cardClient(t, await citizenOf(t, 'flexible-worker', { authenticated: true }));
    const personId = await personIdOf(t, 'flexible-worker');
    const [current] = (await client.list()).json().cards;
    const older = await cardWith(t, personId, ['enabled'], {
      regionCode: current.issuingRegion.code,
      issuedOn: addDays(current.issuedOn, -400),
    });
    const refused = await client.change(current.id, 'cancellation', { reason: 'replacement' });
    expect(refused.json()).toMatchObject({ details: { refusal: 'NO_NEWER_LIVE_CARD' } });
    const cancelled = await client.change(older, 'cancellation', { reason: 'replacement' });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancellation: { code: 'replacement' },
    });
  });
});
