import type { FieldCipher } from '../../platform/crypto/index.ts';
import type { EventSubscription } from '../../platform/events/index.ts';
import { newId } from '../../platform/ids.ts';
import type { SmsSender } from '../identity/index.ts';
import { DEADLINE_MOVED_EVENT } from '../transfers/index.ts';
import { composeDeadlineMovedNotice } from './handlers/deadline-moved-notice.ts';
import { composeTransferStepNotice } from './handlers/transfer-step-notice.ts';
import { insertNotificationOnce } from './notifications.repository.ts';
import { notifiedTransferSteps } from './transfer-step-messages.ts';

/**
 * The applicant hears of every step of their transfer application twice: an in-app message
 * (站内消息) and a text message to the contact phone of the application. Two handlers per event,
 * each applied once through the event inbox: a gateway that is down delays the text (the event is
 * retried with back-off) but not the in-app message, and a redelivered event sends nothing again.
 * The text carries the event id as the gateway's `reference`, so even a retry after a send whose
 * commit was lost is recognised by the gateway (docs/INTEGRATIONS.md). A deadline moved by a
 * year's holiday arrangement (`transfer-application.deadline-moved`) is told the same way.
 */
export function notificationSubscriptions(dependencies: {
  cipher: FieldCipher;
  sms: SmsSender;
}): EventSubscription[] {
  const { cipher, sms } = dependencies;
  const stepSubscriptions = notifiedTransferSteps.flatMap((step): EventSubscription[] => [
    {
      handler: 'notifications.transfer-step-message',
      event: `transfer-application.${step}`,
      handle: async (event, tx) => {
        const notice = await composeTransferStepNotice(tx, cipher, step, event);
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
      handler: 'notifications.transfer-step-sms',
      event: `transfer-application.${step}`,
      handle: async (event, tx) => {
        const notice = await composeTransferStepNotice(tx, cipher, step, event);
        await sms.send({ to: notice.contactPhone, text: notice.message.sms, reference: event.id });
      },
    },
  ]);
  const deadlineSubscriptions: EventSubscription[] = [
    {
      handler: 'notifications.deadline-moved-message',
      event: DEADLINE_MOVED_EVENT,
      handle: async (event, tx) => {
        const notice = await composeDeadlineMovedNotice(tx, cipher, event);
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
      handler: 'notifications.deadline-moved-sms',
      event: DEADLINE_MOVED_EVENT,
      handle: async (event, tx) => {
        const notice = await composeDeadlineMovedNotice(tx, cipher, event);
        if (!notice) return;
        await sms.send({ to: notice.contactPhone, text: notice.message.sms, reference: event.id });
      },
    },
  ];
  return [...stepSubscriptions, ...deadlineSubscriptions];
}
