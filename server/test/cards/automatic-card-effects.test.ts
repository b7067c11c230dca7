import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDeath } from '../../src/modules/persons/index.ts';
import { dispatchEvent, type DomainEvent } from '../../src/platform/events/index.ts';
import { moduleBackgroundWork } from '../../src/modules/index.ts';
import {
  deliverPendingEvents,
  pendingEventPayloads,
} from '../notifications/notification-helpers.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { cardClient, cardWith, citizenOf, personIdOf, type TestApp } from './card-helpers.ts';

describe('what happens to cards without the holder', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t?.close());

  const subscriptions = () =>
    moduleBackgroundWork({ db: t.database.db, cipher: t.cipher, sms: t.sms }).subscriptions;
  // The notifications' handlers of the same event need a real application: only the cards' here.
  const cardHandlers = () => subscriptions().filter((s) => s.handler.startsWith('cards.'));
  const cardsOf = async (personId: string) =>
    (
      await t.database.pool.query(
        `select id, status, cancellation_reason, version from cards where person_id = $1 order by issued_on`,
        [personId],
      )
    ).rows;
  const cancellationsOf = async (personId: string) =>
    (
      await t.database.pool.query(
        `select card_id, actor_type, reason_code from card_actions
          where person_id = $1 and action = 'cancelled' order by card_id`,
        [personId],
      )
    ).rows;

  it('cancels every card of a person recorded as deceased, once, even when the event arrives twice', async () => {
    const personId = await personIdOf(t, 'duplicate-insurance');
    // Beside his two demo cards: a sealed one, and one with a replacement waiting at the agency.
    const sealed = await cardWith(t, personId, [], { regionCode: '110100' });
    const waiting = await cardWith(t, personId, ['enabled', 'replacement-requested']);
    await t.database.pool.query(
      `insert into card_tasks (id, person_id, card_id, kind, reason_code, agency_region_code, status,
         requested_at, requested_by_type, requested_by_id)
       values (gen_random_uuid(), $1, $2, 'replacement-issuing', 'replacement', '440100', 'open', now(), 'citizen', 'test')`,
      [personId, waiting],
    );
    await deliverPendingEvents(t);

    const recorded = await t.database.db.transaction((tx) =>
      recordDeath({
        tx,
        actor: { type: 'department', id: 'public-security' },
        personId,
        deceasedOn: '2026-03-01',
        source: 'public-security:test-1',
      }),
    );
    expect(recorded).toEqual({ recorded: true });
    const [died] = (await pendingEventPayloads(t)) as unknown as DomainEvent[];
    expect(died).toMatchObject({
      name: 'person.died',
      payload: { personId, deceasedOn: '2026-03-01' },
    });

    // Delivered twice, as a redelivery after a crash would leave it: the worker runs both jobs, the
    // second finds the inbox claim and does nothing.
    await t.database.pool.query(`select graphile_worker.add_job('dispatch-event', $1::json)`, [
      JSON.stringify(died),
    ]);
    expect(await pendingEventPayloads(t)).toHaveLength(2);
    await deliverPendingEvents(t);
    const inbox = await t.database.pool.query(
      'select handler from event_inbox where event_id = $1',
      [died!.id],
    );
    expect(inbox.rows).toEqual([{ handler: 'cards.cancel-on-death' }]);
    const third = await dispatchEvent(t.database.db, subscriptions(), died!);
    expect(third).toEqual({ applied: [], skipped: ['cards.cancel-on-death'] });

    const cards = await cardsOf(personId);
    expect(cards).toHaveLength(4);
    expect(cards.every((c) => c.status === 'cancelled' && c.cancellation_reason === 'death')).toBe(
      true,
    );
    const cancellations = await cancellationsOf(personId);
    expect(cancellations).toHaveLength(4);
    expect(cancellations.every((c) => c.actor_type === 'system' && c.reason_code === 'death')).toBe(
      true,
    );
    expect(cards.map((c) => c.id)).toContain(sealed);
    const tasks = await t.database.pool.query('select status from card_tasks where card_id = $1', [
      waiting,
    ]);
    expect(tasks.rows).toEqual([{ status: 'obsolete' }]);
    const audits = await t.database.pool.query(
      `select count(*)::int as n from audit_log where action = 'card.cancelled' and data->>'personId' = $1`,
      [personId],
    );
    expect(audits.rows[0].n).toBe(4);

    // The holder sees why, without having done anything.
    const client = cardClient(t, await citizenOf(t, 'duplicate-insurance'));
    const [seen] = (await client.list()).json().cards;
    expect(seen).toMatchObject({
      status: 'cancelled',
      cancellation: { code: 'death', zh: '持卡人死亡' },
    });
  });

  it('announces a death once: a second report of it changes nothing and cancels nothing more', async () => {
    const personId = await personIdOf(t, 'duplicate-insurance');
    await deliverPendingEvents(t);
    const again = await t.database.db.transaction((tx) =>
      recordDeath({
        tx,
        actor: { type: 'staff', id: 'counter' },
        personId,
        deceasedOn: '2026-03-02',
        source: 'counter',
      }),
    );
    expect(again).toEqual({ recorded: false });
    expect(await pendingEventPayloads(t)).toEqual([]);
    const person = await t.database.pool.query(
      'select status, deceased_on from persons where id = $1',
      [personId],
    );
    expect(person.rows).toEqual([{ status: 'deceased', deceased_on: '2026-03-01' }]);
    expect(await cancellationsOf(personId)).toHaveLength(4);
  });

  it('refuses a date of death before the birth or in the future', async () => {
    const personId = await personIdOf(t, 'first-job');
    for (const deceasedOn of ['1990-01-01', '2999-01-01', '2026-02-30'])
      await expect(
        t.database.db.transaction((tx) =>
          recordDeath({
            tx,
            actor: { type: 'staff', id: 's' },
            personId,
            deceasedOn,
            source: 'counter',
          }),
        ),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('offers the cancellation of the card left in the province a transfer moved out of, once', async () => {
    const personId = await personIdOf(t, 'cross-province');
    // His demo card is from Guangzhou, where he contributes now; an older one from Chengdu.
    const [{ id: guangzhou }] = await cardsOf(personId);
    const chengdu = { id: await cardWith(t, personId, ['enabled'], { regionCode: '510100' }) };
    const completed = (from: string, to: string): DomainEvent => ({
      id: crypto.randomUUID(),
      name: 'transfer-application.completed',
      occurredAt: new Date().toISOString(),
      payload: { personId, fromRegionCode: from, toRegionCode: to, scheme: 'employee-pension' },
    });
    const event = completed('510100', '440100');
    await dispatchEvent(t.database.db, cardHandlers(), event);
    await dispatchEvent(t.database.db, cardHandlers(), event);
    const offers = await t.database.pool.query(
      `select card_id, reason_code from card_actions where person_id = $1 and action = 'cancellation-offered'`,
      [personId],
    );
    expect(offers.rows).toEqual([{ card_id: chengdu.id, reason_code: 'moved-out-of-province' }]);

    const client = cardClient(t, await citizenOf(t, 'cross-province', { authenticated: true }));
    const offered = (await client.get(chengdu.id)).json();
    expect(offered).toMatchObject({
      status: 'normal',
      offeredCancellation: { code: 'moved-out-of-province', zh: '参保关系转出本省' },
      timeline: [{ action: 'cancellation-offered', actor: { role: 'system' } }, {}, {}],
    });
    expect((await client.get(guangzhou)).json().offeredCancellation).toBeNull();

    // Accepting the offer is asking for the cancellation: the agency carries it out.
    const accepted = await client.change(chengdu.id, 'cancellation', {
      reason: 'moved-out-of-province',
    });
    expect(accepted.json()).toMatchObject({
      offeredCancellation: null,
      pendingRequest: { kind: 'cancellation', reason: { code: 'moved-out-of-province' } },
    });

    // A move within one province offers nothing.
    await dispatchEvent(t.database.db, cardHandlers(), completed('440100', '440300'));
    expect((await client.get(guangzhou)).json().offeredCancellation).toBeNull();
  });
});
