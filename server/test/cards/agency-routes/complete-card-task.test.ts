import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/test-app.ts';
import {
  auditOf,
  cardClient,
  cardStaff,
  cardWith,
  citizenOf,
  holderAsks,
  invalidFields,
  openTaskOf,
  personIdOf,
  type CardStaffClient,
  type TestApp,
} from './agency-card-helpers.ts';

// 林悦 (first-job) asks Guangzhou (440100) for cancellations and a replacement of cards made for
// these tests; Beijing's staff (110100) must not find them.
describe('agency staff complete a card task', () => {
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

  const holderView = async (cardId: string) =>
    (await cardClient(t, await citizenOf(t, 'first-job')).get(cardId)).json();

  it('cancels the card for the reason the holder gave, audited with the staff member', async () => {
    const cardId = await cardWith(t, personId, ['enabled']);
    await holderAsks(t, 'first-job', cardId, { cancellation: 'settled-abroad' });
    const task = await openTaskOf(guangzhou, personId, cardId);
    expect(task.kind).toBe('cancellation');

    const response = await guangzhou.complete(task.id, { version: task.version });
    expect(response.statusCode, response.body).toBe(200);
    const { card, newCard } = response.json();
    expect(newCard).toBeNull();
    expect(card).toMatchObject({
      status: 'cancelled',
      cancellation: { code: 'settled-abroad' },
      pendingRequest: null,
      openTask: null,
      availableActions: [],
      tasks: [{ id: task.id, status: 'done', closedBy: '演示经办员 440100' }],
    });
    expect(card.timeline[0]).toMatchObject({
      action: 'cancelled',
      actor: { role: 'agency', displayName: '演示经办员 440100' },
      reason: { code: 'settled-abroad' },
    });

    const holder = await holderView(cardId);
    expect(holder).toMatchObject({ status: 'cancelled', statusLabel: { zh: '已注销' } });
    expect(holder.timeline[0]).toMatchObject({ action: 'cancelled', actor: { role: 'agency' } });
    expect((await guangzhou.queue()).json().rows).toEqual([]);
    expect(await auditOf(t, cardId)).toContainEqual(
      expect.objectContaining({
        action: 'card.cancelled',
        actor_type: 'staff',
        actor_id: guangzhou.staffId,
        data: expect.objectContaining({ taskId: task.id, reason: 'settled-abroad' }),
      }),
    );
  });

  it('issues a new sealed card for a replacement and cancels the old one', async () => {
    const oldId = await cardWith(t, personId, ['enabled', 'temporary-loss-reported']);
    await holderAsks(t, 'first-job', oldId, 'replacement');
    const task = await openTaskOf(guangzhou, personId, oldId);

    const response = await guangzhou.complete(task.id, { version: task.version });
    expect(response.statusCode, response.body).toBe(200);
    const { card, newCard } = response.json();
    expect(card).toMatchObject({ status: 'cancelled', cancellation: { code: 'replacement' } });
    expect(card.tasks[0]).toMatchObject({ status: 'done', newCardId: newCard.id });
    expect(newCard).toMatchObject({
      personId,
      status: 'sealed',
      issuingRegion: { code: '440100', name: '广州市' },
      cardNumber: expect.stringMatching(/^[A-Z]\*{6}\d{2}$/),
    });
    expect(card.agencyCards.map((c: { id: string }) => c.id)).toContain(newCard.id);

    const holderNew = await holderView(newCard.id);
    expect(holderNew).toMatchObject({ status: 'sealed', replacesCardId: oldId });
    expect(holderNew.availableActions).toContain('enable');
    expect(await auditOf(t, newCard.id)).toEqual([
      expect.objectContaining({ action: 'card.issued', actor_id: guangzhou.staffId }),
    ]);
  });

  it('answers 404 to another agency and changes nothing', async () => {
    const cardId = await cardWith(t, personId, ['enabled']);
    await holderAsks(t, 'first-job', cardId, { cancellation: 'foreign-nationality' });
    const task = await openTaskOf(guangzhou, personId, cardId);
    const response = await beijing.complete(task.id, { version: task.version });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('CARD_TASK_NOT_FOUND');
    expect((await beijing.card(personId, cardId)).statusCode).toBe(404);
    expect(await openTaskOf(guangzhou, personId, cardId)).toMatchObject({
      id: task.id,
      version: 1,
    });
    await guangzhou.complete(task.id, { version: task.version });
  });

  it('answers 409 to a stale version and to a task done already, changing nothing more', async () => {
    const cardId = await cardWith(t, personId, ['enabled']);
    await holderAsks(t, 'first-job', cardId, { cancellation: 'moved-out-of-province' });
    const task = await openTaskOf(guangzhou, personId, cardId);
    const stale = await guangzhou.complete(task.id, { version: task.version + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CONFLICT',
      details: { version: 1, status: 'open' },
    });

    expect((await guangzhou.complete(task.id, { version: task.version })).statusCode).toBe(200);
    const again = await guangzhou.complete(task.id, { version: task.version });
    expect(again.statusCode).toBe(409);
    expect(again.json().details).toMatchObject({ status: 'done' });
    const cancellations = (await auditOf(t, cardId)).filter((e) => e.action === 'card.cancelled');
    expect(cancellations).toHaveLength(1);
  });

  it('refuses bad input, naming every field (400)', async () => {
    const cardId = await cardWith(t, personId, ['enabled']);
    await holderAsks(t, 'first-job', cardId, { cancellation: 'settled-abroad' });
    const task = await openTaskOf(guangzhou, personId, cardId);
    const bad = await guangzhou.complete(task.id, { version: 0, status: 'done' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    expect(invalidFields(bad)).toEqual(['status', 'version']);
    expect(invalidFields(await guangzhou.complete(task.id, {}))).toEqual(['version']);
    const notAnId = await guangzhou.complete('task-1', { version: 1 });
    expect(notAnId.statusCode).toBe(400);
    expect(invalidFields(notAnId)).toEqual(['id']);
    expect(await openTaskOf(guangzhou, personId, cardId)).toMatchObject({
      id: task.id,
      version: 1,
    });
  });
});
