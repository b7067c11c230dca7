import { z } from 'zod';
import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { DomainEvent, EventSubscription } from '../../platform/events/index.ts';
import { newId } from '../../platform/ids.ts';
import type { SmsSender } from '../identity/index.ts';
import { findPersonById, revealPhone } from '../persons/index.ts';
import { DEADLINE_MOVED_EVENT } from '../transfers/index.ts';
import { composeDeadlineMovedNotice } from './handlers/deadline-moved-notice.ts';
import { composeTransferStepNotice } from './handlers/transfer-step-notice.ts';
import { cardEventMessage, notifiedCardEvents, type NotifiedCardEvent } from './card-messages.ts';
import { insertNotificationOnce } from './notifications.repository.ts';
import { notifiedTransferSteps, type TransferStepMessage } from './transfer-step-messages.ts';

/**
 * The applicant hears of every step of their transfer application twice: an in-app message
 * (站内消息) and a text message to the contact phone of the application. Two handlers per event,
 * each applied once through the event inbox: a gateway that is down delays the text (the event is
 * retried with back-off) but not the in-app message, and a redelivered event sends nothing again.
 * The text carries the event id as the gateway's `reference`, so even a retry after a send whose
 * commit was lost is recognised by the gateway (docs/INTEGRATIONS.md). A deadline moved by a
 * year's holiday arrangement (`transfer-application.deadline-moved`) is told the same way.
 * A card holder is told of what happens to their card the same two ways, the text going to the
 * phone in the person's record (none registered, no text); card-messages.ts says which events.
 */
export function notificationSubscriptions(dependencies: {
  cipher: FieldCipher;
  sms: SmsSender;
}): EventSubscription[] {
  const { cipher } = dependencies;
  return [
    ...notifiedTransferSteps.flatMap((step) =>
      toldTwice(dependencies, {
        handlers: 'notifications.transfer-step',
        event: `transfer-application.${step}`,
        compose: (event, tx) => composeTransferStepNotice(tx, cipher, step, event),
      }),
    ),
    ...toldTwice(dependencies, {
      handlers: 'notifications.deadline-moved',
      event: DEADLINE_MOVED_EVENT,
      compose: (event, tx) => composeDeadlineMovedNotice(tx, cipher, event),
    }),
    ...notifiedCardEvents.flatMap((cardEvent) => [
      toldInApp(cardEvent),
      toldByText(dependencies, cardEvent),
    ]),
  ];
}

// The part of a `card.<action>` event's payload the message needs (record-card-action.ts,
// issue-card.ts).
const cardPayloadSchema = z.object({
  cardId: z.uuid(),
  personId: z.uuid(),
  reasonCode: z.string().nullish(),
  replacesCardId: z.string().nullish(),
});

/** A card event's card, holder and message; undefined when the event is not told. */
function cardNotice(event: DomainEvent, cardEvent: NotifiedCardEvent) {
  const parsed = cardPayloadSchema.safeParse(event.payload);
  if (!parsed.success) throw new Error(`Event ${event.id} (${event.name}) has no card`);
  const { cardId, personId, ...facts } = parsed.data;
  const message = cardEventMessage(cardEvent, facts);
  return message && { cardId, personId, message };
}

/** The in-app message of one card event, applied once through the event inbox. */
function toldInApp(cardEvent: NotifiedCardEvent): EventSubscription {
  return {
    handler: `notifications.card-${cardEvent}-message`,
    event: `card.${cardEvent}`,
    handle: async (event, tx) => {
      const notice = cardNotice(event, cardEvent);
      if (!notice) return;
      const { sms: _text, ...message } = notice.message;
      const occurredAt = new Date(event.occurredAt);
      await insertNotificationOnce(tx, {
        id: newId(occurredAt.getTime()),
        personId: notice.personId,
        sourceKey: `${event.name}:${event.id}`,
        subjectType: 'card',
        subjectId: notice.cardId,
        ...message,
        createdAt: occurredAt,
      });
    },
  };
}

/**
 * The text message of one card event, to the phone in the holder's record; applied once through
 * the event inbox, with the event id as the gateway's reference (as a transfer step's text).
 */
function toldByText(
  { cipher, sms }: { cipher: FieldCipher; sms: SmsSender },
  cardEvent: NotifiedCardEvent,
): EventSubscription {
  return {
    handler: `notifications.card-${cardEvent}-sms`,
    event: `card.${cardEvent}`,
    handle: async (event, tx) => {
      const notice = cardNotice(event, cardEvent);
      if (!notice) return;
      const holder = await findPersonById({ db: tx, personId: notice.personId });
      if (!holder)
        throw new Error(`Event ${event.id}: card holder ${notice.personId} not on record`);
      const phone = revealPhone(cipher, holder);
      if (phone === undefined) return;
      await sms.send({ to: phone, text: notice.message.sms, reference: event.id });
    },
  };
}

/** What the applicant is told of one event, and where; undefined when nothing is to be told. */
type Notice = {
  personId: string;
  applicationId: string;
  contactPhone: string;
  message: TransferStepMessage;
};

/** The two handlers of one event: `<handlers>-message` (in-app) and `<handlers>-sms`. */
function toldTwice(
  { sms }: { sms: SmsSender },
  {
    handlers,
    event: eventName,
    compose,
  }: {
    handlers: string;
    event: string;
    compose: (event: DomainEvent, tx: Tx) => Promise<Notice | undefined>;
  },
): EventSubscription[] {
  return [
    {
      handler: `${handlers}-message`,
      event: eventName,
      handle: async (event, tx) => {
        const notice = await compose(event, tx);
        if (!notice) return;
        const occurredAt = new Date(event.occurredAt);
        await insertNotificationOnce(tx, {
          id: newId(occurredAt.getTime()),
          personId: notice.personId,
          sourceKey: `${event.name}:${event.id}`,
          subjectType: 'transfer-application',
          subjectId: notice.applicationId,
          titleZh: notice.message.titleZh,
          titleEn: notice.message.titleEn,
          bodyZh: notice.message.bodyZh,
          bodyEn: notice.message.bodyEn,
          createdAt: occurredAt,
        });
      },
    },
    {
      handler: `${handlers}-sms`,
      event: eventName,
      handle: async (event, tx) => {
        const notice = await compose(event, tx);
        if (!notice) return;
        await sms.send({ to: notice.contactPhone, text: notice.message.sms, reference: event.id });
      },
    },
  ];
}
