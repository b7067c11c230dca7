import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectCardForUpdate } from '../../../src/modules/cards/cards.repository.ts';
import { openCardTask } from '../../../src/modules/cards/open-card-task.ts';
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

const REASON = '未能提供出国（境）定居的证明材料，请携带相关证明到柜台重新申请。';

// 林悦 (first-job) asks Guangzhou (440100) to cancel cards made for these tests as settled abroad.
describe('agency staff refuse a card task with a written reason', () => {
  let t: TestApp;
  let guangzhou: CardStaffClient;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    guangzhou = await cardStaff(t, 'demo.440100.staff');
    personId = await personIdOf(t, 'first-job');
  });
  afterAll(() => t?.close());

  const askedCard = async () => {
    const cardId = await cardWith(t, personId, ['enabled']);
    await holderAsks(t, 'first-job', cardId, { cancellation: 'settled-abroad' });
    return { cardId, task: await openTaskOf(guangzhou, personId, cardId) };
  };

  it('ends the request: the holder reads the reason on the card’s timeline and may ask again', async () => {
    const { cardId, task } = await askedCard();
    const response = await guangzhou.refuse(task.id, { version: task.version, note: REASON });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'normal',
      pendingRequest: null,
      openTask: null,
      tasks: [{ id: task.id, status: 'refused', note: REASON, closedBy: '演示经办员 440100' }],
    });

    const holder = cardClient(t, await citizenOf(t, 'first-job', { authenticated: true }));
    const view = (await holder.get(cardId)).json();
    expect(view).toMatchObject({ status: 'normal', pendingRequest: null });
    expect(view.timeline[0]).toMatchObject({
      action: 'request-refused',
      label: { zh: '申请未获办理' },
      actor: { role: 'agency' },
      note: REASON,
    });
    expect(view.availableActions).toContain('cancel');
    expect(await auditOf(t, cardId)).toContainEqual(
      expect.objectContaining({
        action: 'card.request-refused',
        actor_id: guangzhou.staffId,
        data: expect.objectContaining({ taskId: task.id }),
      }),
    );
    expect((await guangzhou.queue()).json().total).toBe(0);
  });

  it('refuses a refusal without a reason, with a short one or with a phone number in it (400)', async () => {
    const { cardId, task } = await askedCard();
    const missing = await guangzhou.refuse(task.id, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('VALIDATION_FAILED');
    expect(invalidFields(missing)).toEqual(['note', 'version']);
    const cases: [Record<string, unknown>, string][] = [
      [{ version: task.version, note: '不行' }, 'note'],
      [{ version: task.version, note: '   ' }, 'note'],
      [{ version: task.version, note: '请致电经办人 13912345678 了解详情。' }, 'note'],
      [{ version: task.version, note: REASON, reasonCode: 'x' }, 'reasonCode'],
      [{ version: 'one', note: REASON }, 'version'],
    ];
    for (const [body, field] of cases) {
      const response = await guangzhou.refuse(task.id, body);
      expect(response.statusCode, field).toBe(400);
      expect(invalidFields(response), JSON.stringify(body)).toEqual([field]);
    }
    expect(await openTaskOf(guangzhou, personId, cardId)).toMatchObject({
      id: task.id,
      version: 1,
    });
    await guangzhou.refuse(task.id, { version: task.version, note: REASON });
  });

  it('answers 404 to another agency and 409 to a stale or closed task', async () => {
    const { cardId, task } = await askedCard();
    const beijing = await cardStaff(t, 'demo.110100.staff');
    const foreign = await beijing.refuse(task.id, { version: task.version, note: REASON });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('CARD_TASK_NOT_FOUND');

    const stale = await guangzhou.refuse(task.id, { version: task.version + 1, note: REASON });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect((await guangzhou.complete(task.id, { version: task.version })).statusCode).toBe(200);
    const closed = await guangzhou.refuse(task.id, { version: task.version, note: REASON });
    expect(closed.statusCode).toBe(409);
    const holder = (await cardClient(t, await citizenOf(t, 'first-job')).get(cardId)).json();
    expect(holder.status).toBe('cancelled');
    expect(holder.timeline.map((e: { action: string }) => e.action)).not.toContain(
      'request-refused',
    );
  });

  describe('a formal loss task (put in the queue by the platform)', () => {
    const formalLossTask = async () => {
      const cardId = await cardWith(t, personId, ['enabled']);
      await t.database.db.transaction(async (tx) =>
        openCardTask(tx, {
          card: (await selectCardForUpdate(tx, personId, cardId))!,
          actor: { type: 'system', id: 'test' },
          kind: 'formal-loss',
          reasonCode: 'formal-loss',
          now: new Date(),
        }),
      );
      return { cardId, task: await openTaskOf(guangzhou, personId, cardId) };
    };

    it('is completed by recording the formal loss', async () => {
      const { task } = await formalLossTask();
      expect(task.kind).toBe('formal-loss');
      const response = await guangzhou.complete(task.id, { version: task.version });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        card: { status: 'formal-loss', openTask: null },
        newCard: null,
      });
    });

    it('is refused without changing the card, and the refusal is still audited', async () => {
      const { cardId, task } = await formalLossTask();
      const response = await guangzhou.refuse(task.id, { version: task.version, note: REASON });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ status: 'normal', version: 2, openTask: null });
      expect(await auditOf(t, cardId)).toContainEqual({
        action: 'card-task.refused',
        actor_type: 'staff',
        actor_id: guangzhou.staffId,
        data: { personId, taskId: task.id, kind: 'formal-loss' },
      });
    });
  });
});
