import type { z } from 'zod';
import type { NotificationRow } from './notifications.repository.ts';
import type { notificationSchema } from './notifications.schemas.ts';

// The web page of each kind of subject (web/src/App.tsx).
const subjectLinks = {
  'transfer-application': (id: string) => `/my-applications/${id}`,
  card: (id: string) => `/my-cards/${id}`,
} as const;

type SubjectType = keyof typeof subjectLinks;

/** A notification as its recipient sees it; the texts hold no personal data by construction. */
export function presentNotification(row: NotificationRow): z.infer<typeof notificationSchema> {
  const type = row.subjectType as SubjectType;
  return {
    id: row.id,
    title: { zh: row.titleZh, en: row.titleEn },
    body: { zh: row.bodyZh, en: row.bodyEn },
    subject: { type, id: row.subjectId },
    link: subjectLinks[type](row.subjectId),
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
